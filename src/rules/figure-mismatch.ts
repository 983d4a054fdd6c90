import {z} from 'zod'
import {ageMentions, ageMismatches, sizeMentions, sizeMismatches, type AgeMention, type SizeMention} from '../analysis/figure-mismatch.js'
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

function capitalised(noun: string): string {
  return noun.charAt(0).toUpperCase() + noun.slice(1)
}

/** `size`: one document or deal given two sizes; `age`: one person given two ages; each related place is the first value. */
const messages = {
  size: {
    fr: ({first, second}: SizeMismatch) => `${capitalised(second.noun)} de ${second.figure} ici, de ${first.figure} plus haut ; une seule valeur est attendue`,
    en: ({first, second}: SizeMismatch) => `Unexpected “${second.figure} ${second.noun}”, given as “${first.figure} ${first.noun}” earlier; expected one size`
  },
  sizeCause: {
    fr: ({first}: SizeMismatch) => `Donné plus haut : ${first.noun} de ${first.figure}`,
    en: ({first}: SizeMismatch) => `Given earlier: ${first.figure} ${first.noun}`
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
      fr: 'Une même quantité d’un même objet donnée avec deux valeurs : l’âge d’une personne, la taille d’un document ou d’un contrat',
      en: 'One quantity of one referent given two different values: a person’s age, the size of a document or a deal'
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
    for (const block of ctx.blocks) {
      for (const mention of ageMentions(block.text, lang)) {
        const [start, end] = block.rangeOf(mention.start, mention.end)
        const [nameStart, nameEnd] = block.rangeOf(mention.nameStart, mention.nameEnd)
        mentions.push({...mention, start, end, nameStart, nameEnd})
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
