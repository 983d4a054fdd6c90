import {z} from 'zod'
import {ageMentions, ageMismatches, headlineTollMismatches, sizeMentions, sizeMismatches, tollMentions, tollMismatches, type AgeMention, type SizeMention, type TollKind, type TollMention} from '../analysis/figure-mismatch.js'
import {headlineBlock} from '../text/headline.js'
import {defineRule, say} from './define.js'
import type {RuleMessages} from '../types.js'

const schema = z.object({}).strict().default({})

interface AgeMismatch {
  name: string
  first: AgeMention
  second: AgeMention
}

interface SizeMismatch {
  first: SizeMention
  second: SizeMention
}

interface TollMismatch {
  first: TollMention
  second: TollMention
}

/** What a toll counts, as a message says it: « Nombre de morts », "dead". */
const TOLL_NAMES: Record<TollKind, {fr: string; en: string; of: string}> = {
  dead: {fr: 'morts', en: 'dead', of: 'de morts'},
  injured: {fr: 'blessés', en: 'injured', of: 'de blessés'},
  arrested: {fr: 'interpellés', en: 'arrested', of: 'd’interpellés'},
  evacuated: {fr: 'évacués', en: 'evacuated', of: 'd’évacués'},
  victims: {fr: 'victimes', en: 'victims', of: 'de victimes'}
}

function capitalised(noun: string): string {
  return noun.charAt(0).toUpperCase() + noun.slice(1)
}

/**
 * `size`: one document or deal given two sizes; `age`: one person given two
 * ages; `toll`: one event's count given two values; each related place is the
 * first value. `headlineToll`: the headline's count against the body's, on the
 * headline, the body's value its related place.
 */
const messages = {
  size: {
    fr: ({first, second}: SizeMismatch) => `${capitalised(second.noun)} de ${second.figure} ici, de ${first.figure} plus haut ; une seule valeur est attendue`,
    en: ({first, second}: SizeMismatch) => `Unexpected “${second.figure} ${second.noun}”, given as “${first.figure} ${first.noun}” earlier; expected one size`
  },
  sizeCause: {
    fr: ({first}: SizeMismatch) => `Donné plus haut : ${first.noun} de ${first.figure}`,
    en: ({first}: SizeMismatch) => `Given earlier: ${first.figure} ${first.noun}`
  },
  toll: {
    fr: ({first, second}: TollMismatch) => `Nombre ${TOLL_NAMES[second.kind].of} : ${second.number} ici, ${first.number} plus haut ; un seul bilan est attendu`,
    en: ({first, second}: TollMismatch) => `Unexpected count of ${second.number} ${TOLL_NAMES[second.kind].en}, given as ${first.number} earlier; expected one count`
  },
  tollCause: {
    fr: ({first}: TollMismatch) => `Bilan donné plus haut : ${first.number} ${TOLL_NAMES[first.kind].fr}`,
    en: ({first}: TollMismatch) => `Count given earlier: ${first.number} ${TOLL_NAMES[first.kind].en}`
  },
  headlineToll: {
    fr: ({first, second}: TollMismatch) => `Nombre ${TOLL_NAMES[second.kind].of} : ${second.number} dans le titre, ${first.number} dans le texte ; un seul bilan est attendu`,
    en: ({first, second}: TollMismatch) => `Headline gives ${second.number} ${TOLL_NAMES[second.kind].en}, the story ${first.number}; expected one count`
  },
  headlineTollCause: {
    fr: ({first}: TollMismatch) => `Bilan donné dans le texte : ${first.number} ${TOLL_NAMES[first.kind].fr}`,
    en: ({first}: TollMismatch) => `Count given in the story: ${first.number} ${TOLL_NAMES[first.kind].en}`
  },
  age: {
    fr: ({name, first, second}: AgeMismatch) => `Âge de ${name} : ${second.age} ans ici, ${first.age} ans plus haut ; un seul est attendu`,
    en: ({name, first, second}: AgeMismatch) => `Unexpected age ${second.age} for ${name}, given as ${first.age} earlier; expected one age`
  },
  ageCause: {
    fr: ({first}: AgeMismatch) => `Âge donné plus haut : ${first.age} ans (${first.name})`,
    en: ({first}: AgeMismatch) => `Age given earlier: ${first.age} (${first.name})`
  }
} satisfies RuleMessages

export const figureMismatch = defineRule({
  meta: {
    id: 'figure-mismatch',
    description: {
      fr: 'Une même quantité d’un même objet donnée avec deux valeurs : l’âge d’une personne, la taille d’un document ou d’un contrat, le bilan d’un événement, le titre contre le texte',
      en: 'One quantity of one referent given two different values: a person’s age, the size of a document or a deal, an event’s toll, the headline against the story'
    },
    defaultSeverity: 'warn',
    languages: ['fr', 'en'],
    fixable: false,
    messages
  },
  schema,
  check(ctx) {
    const lang = ctx.messageLang
    const mentions: AgeMention[] = []
    const sizes: SizeMention[] = []
    const tolls: TollMention[] = []
    let headlineTolls: TollMention[] = []
    const headline = headlineBlock(ctx.blocks.map((block) => block.text))
    ctx.blocks.forEach((block, index) => {
      const found = tollMentions(block.text, lang).map((mention) => {
        const [start, end] = block.rangeOf(mention.start, mention.end)
        const [sentence] = block.rangeOf(mention.sentence, mention.sentence)
        return {...mention, start, end, sentence}
      })
      if (index === headline) headlineTolls = found
      else tolls.push(...found)
    })
    // A front matter's title is the headline of a document whose first block is none.
    const title = ctx.frontMatter?.['title']
    const firstBlock = ctx.blocks[0]?.start ?? ctx.text.length
    if (headline === undefined && typeof title === 'string' && title.trim()) {
      const at = ctx.text.slice(0, firstBlock).indexOf(title)
      if (at >= 0) headlineTolls = tollMentions(title, lang).map((mention) => ({...mention, start: at + mention.start, end: at + mention.end, sentence: at + mention.sentence}))
    }
    for (const block of ctx.blocks) {
      for (const mention of ageMentions(block.text, lang)) {
        const [start, end] = block.rangeOf(mention.start, mention.end)
        const [nameStart, nameEnd] = block.rangeOf(mention.nameStart, mention.nameEnd)
        const [sentence] = block.rangeOf(mention.sentence, mention.sentence)
        mentions.push({...mention, start, end, nameStart, nameEnd, sentence})
      }
      for (const mention of sizeMentions(block.text, lang)) {
        const [start, end] = block.rangeOf(mention.start, mention.end)
        sizes.push({...mention, start, end})
      }
    }
    for (const {first, second} of sizeMismatches(sizes, ctx.text, lang)) {
      ctx.report({
        ...say(messages, 'size', lang, {first, second}),
        start: second.start,
        end: second.end,
        expected: [first.figure],
        cause: {
          reason: messages.sizeCause[lang]({first, second}),
          start: first.start,
          end: first.end
        },
        data: {kind: 'size', noun: second.noun, unit: second.unit, values: [first.value, second.value]}
      })
    }
    for (const {first, second} of tollMismatches(tolls, ctx.text, lang, headlineTolls)) {
      ctx.report({
        ...say(messages, 'toll', lang, {first, second}),
        start: second.start,
        end: second.end,
        expected: [first.number],
        cause: {reason: messages.tollCause[lang]({first, second}), start: first.start, end: first.end},
        data: {kind: 'toll', count: second.kind, values: [first.value, second.value]}
      })
    }
    for (const {first, second} of headlineTollMismatches(headlineTolls, tolls, ctx.text, lang)) {
      ctx.report({
        ...say(messages, 'headlineToll', lang, {first, second}),
        start: second.start,
        end: second.end,
        expected: [first.number],
        cause: {reason: messages.headlineTollCause[lang]({first, second}), start: first.start, end: first.end},
        data: {kind: 'headline-toll', count: second.kind, values: [first.value, second.value]}
      })
    }
    for (const {first, second} of ageMismatches(mentions, ctx.text)) {
      const name = first.surnameOnly ? second.name : first.name
      ctx.report({
        ...say(messages, 'age', lang, {name, first, second}),
        start: second.start,
        end: second.end,
        expected: [String(first.age)],
        cause: {
          reason: messages.ageCause[lang]({name, first, second}),
          start: first.start,
          end: first.end
        },
        data: {kind: 'age', name, ages: [first.age, second.age]}
      })
    }
  }
})
