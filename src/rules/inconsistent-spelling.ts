import {z} from 'zod'
import {findSpellingVariants, type SpellingVariant} from '../analysis/inconsistent-spelling.js'
import {reportBlockIssue} from '../analysis/typography-issues.js'
import type {RuleMessages} from '../types.js'
import {defineRule, say} from './define.js'

const schema = z
  .object({
    /** Words that are distinct from any close variant in your copy (two people, two places). */
    distinct: z.array(z.string().min(1)).default([])
  })
  .strict()
  .default({distinct: []})

function majorityEn({actual, expected, counts}: SpellingVariant): string {
  return `Unexpected \`${actual}\`, expected \`${expected}\` as elsewhere in the document (${counts.expected} to ${counts.actual})`
}

/**
 * `majority`: written otherwise more often elsewhere; `name`: a name written
 * otherwise earlier, as often (maybe two people); `capitalAccent` (French):
 * a capital that lost its accent. The related place is the first occurrence.
 */
const messages = {
  majority: {
    fr: ({actual, expected, counts}: SpellingVariant) => `« ${actual} » est écrit « ${expected} » ailleurs dans le document : « ${expected} » est attendu (${counts.expected} occurrences contre ${counts.actual})`,
    en: majorityEn
  },
  name: {
    fr: ({actual, expected}: SpellingVariant) => `« ${actual} » est écrit « ${expected} » plus haut dans le document : même nom ? « ${expected} » est attendu s’il s’agit de la même personne ou du même lieu`,
    // A name's fewer spelling (the expected one is kept for another reason) reads as the majority's in English.
    en: (variant: SpellingVariant) =>
      variant.counts.expected === variant.counts.actual
        ? `Unexpected \`${variant.actual}\`, written \`${variant.expected}\` earlier in the document: expected \`${variant.expected}\` if this is the same person or place`
        : majorityEn(variant)
  },
  capitalAccent: {
    fr: ({actual, expected}: SpellingVariant) => `« ${actual} » est aussi écrit « ${expected} » dans le document : « ${expected} » est attendu, les capitales gardent leur accent`,
    en: majorityEn
  },
  firstCause: {
    fr: (expected: string) => `Première occurrence de « ${expected} »`,
    en: (expected: string) => `First occurrence of \`${expected}\``
  }
} satisfies RuleMessages

/** Which message a variant takes: the wording of the two languages split on the same cases. */
function messageIdOf({counts, kind}: SpellingVariant): 'majority' | 'name' | 'capitalAccent' {
  if (counts.expected > counts.actual) return 'majority'
  return kind === 'name' ? 'name' : 'capitalAccent'
}

export const inconsistentSpelling = defineRule({
  meta: {
    id: 'inconsistent-spelling',
    description: {
      fr: 'Un mot ou un nom écrit de deux façons dans un même document (accents, capitales, une lettre de travers, trait d’union)',
      en: 'A word or name written in two ways in one document (accents, capitals, a slip of one letter, hyphenation)'
    },
    defaultSeverity: 'warn',
    languages: ['fr', 'en'],
    fixable: true,
    messages
  },
  schema,
  check(ctx, options) {
    const lang = ctx.messageLang
    const blocks = ctx.blocks
    for (const variant of findSpellingVariants(blocks.map((block) => block.text), ctx.lang, options)) {
      const [causeStart, causeEnd] = blocks[variant.majority.block]!.rangeOf(variant.majority.start, variant.majority.end)
      const finding = {
        ...say(messages, messageIdOf(variant), lang, variant),
        cause: {reason: messages.firstCause[lang](ctx.text.slice(causeStart, causeEnd)), start: causeStart, end: causeEnd},
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
