import {z} from 'zod'
import {findSpellingVariants, type SpellingVariant} from '../analysis/spelling.js'
import {reportBlockIssue} from '../analysis/typography-issues.js'
import {blocksOf} from '../text/blocks.js'
import type {Lang} from '../types.js'
import {defineRule} from './define.js'
import {messageLang} from '../document/messages.js'

const schema = z
  .object({
    /** Words that are distinct from any close variant in your copy (two people, two places). */
    distinct: z.array(z.string().min(1)).default([])
  })
  .strict()
  .default({distinct: []})

const reasons: Record<Lang, (variant: SpellingVariant) => string> = {
  fr: ({actual, expected, counts, kind}) =>
    counts.expected > counts.actual
      ? `« ${actual} » est écrit « ${expected} » ailleurs dans le document : « ${expected} » est attendu (${counts.expected} occurrences contre ${counts.actual})`
      : kind === 'name'
        ? `« ${actual} » est écrit « ${expected} » plus haut dans le document : même nom ? « ${expected} » est attendu s’il s’agit de la même personne ou du même lieu`
        : `« ${actual} » est aussi écrit « ${expected} » dans le document : « ${expected} » est attendu, les capitales gardent leur accent`,
  en: ({actual, expected, counts, kind}) =>
    counts.expected === counts.actual && kind === 'name'
      ? `Unexpected \`${actual}\`, written \`${expected}\` earlier in the document: expected \`${expected}\` if this is the same person or place`
      : `Unexpected \`${actual}\`, expected \`${expected}\` as elsewhere in the document (${counts.expected} to ${counts.actual})`
}

const causes: Record<Lang, (expected: string) => string> = {
  fr: (expected) => `Première occurrence de « ${expected} »`,
  en: (expected) => `First occurrence of \`${expected}\``
}

export const inconsistentSpelling = defineRule({
  meta: {
    id: 'inconsistent-spelling',
    description: 'A word or name written in two ways in one document (accents, capitals, a slip of one letter, hyphenation)',
    defaultSeverity: 'warn',
    languages: ['fr', 'en'],
    fixable: true
  },
  schema,
  check(ctx, options) {
    const lang = messageLang(ctx.lang)
    const blocks = blocksOf(ctx.file, ctx.tree)
    for (const variant of findSpellingVariants(blocks.map((block) => block.text), ctx.lang, options)) {
      const [causeStart, causeEnd] = blocks[variant.majority.block]!.rangeOf(variant.majority.start, variant.majority.end)
      const finding = {
        reason: reasons[lang](variant),
        cause: {reason: causes[lang](ctx.text.slice(causeStart, causeEnd)), start: causeStart, end: causeEnd},
        data: {kind: variant.kind, counts: variant.counts}
      }
      if (!variant.byHand) {
        reportBlockIssue(ctx, blocks, variant, finding)
        continue
      }
      // A quotation or a name's hyphen: the suggestion stays, the edit is the editor's.
      const [start, end] = blocks[variant.block]!.rangeOf(variant.start, variant.end)
      ctx.report({...finding, start, end, actual: variant.actual, expected: [variant.expected]})
    }
  }
})
