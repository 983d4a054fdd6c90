import {z} from 'zod'
import {findDoubledWords} from '../analysis/doubled-words.js'
import {defineRule} from './define.js'
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
    const lang: Lang = ctx.lang === 'und' ? 'en' : ctx.lang
    const allow = new Set(options.allow.map((word) => word.toLocaleLowerCase()))
    for (const paragraph of ctx.tree.children) {
      if (paragraph.type !== 'ParagraphNode') continue
      for (const found of findDoubledWords(paragraph, lang, allow)) {
        ctx.report({
          reason: reasons[lang][found.kind](found.word),
          start: found.start,
          end: found.end,
          expected: [''],
          fix: {range: [found.removeStart, found.end], text: ''},
          data: {first: {start: found.firstStart, end: found.firstEnd}, kind: found.kind}
        })
      }
    }
  }
})
