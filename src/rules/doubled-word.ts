import {z} from 'zod'
import {findDoubledWords} from '../analysis/doubled-words.js'
import {blocksOf} from '../text/blocks.js'
import {quotationsOf} from '../text/quotations.js'
import {defineRule, messageLang} from './define.js'
import type {Lang} from '../types.js'

const schema = z
  .object({
    /** Extra words that may legitimately repeat, in lower case. */
    allow: z.array(z.string().min(1)).default([])
  })
  .strict()
  .default({allow: []})

const reasons: Record<Lang, {repeat: (word: string) => string; negation: (word: string) => string}> = {
  fr: {
    repeat: (word) => `Mot répété « ${word} » : un seul est attendu`,
    negation: (word) => `Particule de négation « ${word} » répétée dans la même proposition : une seule est attendue`
  },
  en: {
    repeat: (word) => `Unexpected repeated \`${word}\`, expected one`,
    negation: (word) => `Unexpected repeated negation \`${word}\` in one clause, expected one`
  }
}

export const doubledWord = defineRule({
  meta: {
    id: 'doubled-word',
    description: 'The same word twice in a row, or a French negation particle repeated in one clause',
    defaultSeverity: 'error',
    languages: ['fr', 'en'],
    fixable: true
  },
  schema,
  check(ctx, options) {
    const lang = messageLang(ctx.lang)
    const allow = new Set(options.allow.map((word) => word.toLocaleLowerCase()))
    for (const block of blocksOf(ctx.file, ctx.tree)) {
      const found = findDoubledWords(block, lang, allow)
      if (found.length === 0) continue
      const quoted = quotationsOf(block.text).map((quotation) => block.rangeOf(quotation.start, quotation.end))
      for (const doubled of found) {
        // Someone's words are quoted as said: the repetition may be theirs, so --fix leaves it unless asked.
        const inQuotation = quoted.some(([start, end]) => doubled.start >= start && doubled.end <= end)
        ctx.report({
          reason: reasons[lang][doubled.kind](doubled.word),
          start: doubled.start,
          end: doubled.end,
          expected: [''],
          fix: {range: [doubled.removeStart, doubled.end], text: '', ...(inQuotation ? {unsafe: true} : {})},
          data: {first: {start: doubled.firstStart, end: doubled.firstEnd}, kind: doubled.kind}
        })
      }
    }
  }
})
