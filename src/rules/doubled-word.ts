import {z} from 'zod'
import {findDoubledWords, type DoubledWord} from '../analysis/doubled-word.js'
import {quotationsOf} from '../text/quotations.js'
import {defineRule, say} from './define.js'
import type {RuleMessages} from '../types.js'

const schema = z
  .object({
    /** Extra words that may legitimately repeat, in lower case. */
    allow: z.array(z.string().min(1)).default([])
  })
  .strict()
  .default({allow: []})

/** `repeat`: a word twice; `negation`: a French negation particle twice in a clause; `comma`: a repeat between two clauses; `phrase`: a group of words twice. */
const messages = {
  repeat: {
    fr: (word: string) => `Mot répété « ${word} » : un seul est attendu`,
    en: (word: string) => `Unexpected repeated \`${word}\`, expected one`
  },
  comma: {
    fr: (word: string) => `Mot répété « ${word} » entre deux propositions : une virgule manque-t-elle ?`,
    en: (word: string) => `Repeated \`${word}\` between two clauses: a missing comma?`
  },
  negation: {
    fr: (word: string) => `Particule de négation « ${word} » répétée dans la même proposition : une seule est attendue`,
    en: (word: string) => `Unexpected repeated negation \`${word}\` in one clause, expected one`
  },
  phrase: {
    fr: (word: string) => `Groupe de mots « ${word} » répété : un seul est attendu`,
    en: (word: string) => `Unexpected repeated phrase \`${word}\`, expected one`
  }
} satisfies RuleMessages

export const doubledWord = defineRule({
  meta: {
    id: 'doubled-word',
    description: {
      fr: 'Le même mot deux fois de suite, ou une particule de négation répétée dans une même proposition',
      en: 'The same word twice in a row, or a French negation particle repeated in one clause'
    },
    defaultSeverity: 'error',
    languages: ['fr', 'en'],
    fixable: true,
    messages
  },
  schema,
  check(ctx, options) {
    const lang = ctx.messageLang
    const allow = new Set(options.allow.map((word) => word.toLocaleLowerCase()))
    for (const block of ctx.blocks) {
      const found = findDoubledWords(block, lang, allow)
      if (found.length === 0) continue
      const quoted = quotationsOf(block.text).map((quotation) => block.rangeOf(quotation.start, quotation.end))
      for (const doubled of found) {
        const inQuotation = quoted.some(([start, end]) => doubled.start >= start && doubled.end <= end)
        // A speaker who says "very very", or « plus vite plus vite », is quoted as said.
        if ((doubled.certainty === 'emphasis' || doubled.kind === 'phrase') && inQuotation) continue
        if (doubled.certainty === 'comma') {
          // Both words are meant: the suggestion puts the comma between them, by hand (no fix).
          const first = ctx.text.slice(doubled.firstStart, doubled.firstEnd)
          ctx.report({
            ...say(messages, 'comma', lang, doubled.word),
            start: doubled.firstStart,
            end: doubled.end,
            expected: [`${first}, ${doubled.word}`],
            data: {first: {start: doubled.firstStart, end: doubled.firstEnd}, kind: doubled.kind, certainty: doubled.certainty}
          })
          continue
        }
        const range = deletionRange(ctx.text, doubled)
        // Someone's words are quoted as said, and a doubt is the writer's call: --fix leaves both unless asked.
        const unsafe = inQuotation || doubled.certainty !== 'slip'
        ctx.report({
          ...say(messages, doubled.kind, lang, doubled.word),
          start: doubled.start,
          end: doubled.end,
          expected: [''],
          ...(range ? {fix: {range, text: '', ...(unsafe ? {unsafe: true} : {})}} : {}),
          data: {first: {start: doubled.firstStart, end: doubled.firstEnd}, kind: doubled.kind, certainty: doubled.certainty}
        })
      }
    }
  }
})

/**
 * What to delete in the file so that one word and one run of white space go
 * and nothing else: the second word with the white space before it, or else
 * (a repeat whose second word opens a link, « the [the report](…) ») the
 * first word with the white space after it. Markdown markup between the two
 * words (`**`, `[`) stays; when every choice would take some, there is no
 * fix and the suggestion is made by hand.
 */
function deletionRange(text: string, doubled: DoubledWord): [number, number] | undefined {
  const gap = text.slice(doubled.removeStart, doubled.start)
  const wordIntact = (start: number, end: number) => text.slice(start, end) === doubled.word
  const spaceBefore = gap.length - gap.trimEnd().length
  if (spaceBefore > 0 && wordIntact(doubled.start, doubled.end)) return [doubled.start - spaceBefore, doubled.end]
  const spaceAfter = gap.length - gap.trimStart().length
  if (doubled.kind === 'repeat' && spaceAfter > 0 && wordIntact(doubled.firstStart, doubled.firstEnd) && doubled.removeStart === doubled.firstEnd) {
    return [doubled.firstStart, doubled.firstEnd + spaceAfter]
  }
  return undefined
}
