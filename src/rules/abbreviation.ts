import {z} from 'zod'
import {findAbbreviations, type AbbreviationIssue} from '../analysis/abbreviation.js'
import {reportBlockIssue} from '../analysis/typography-issues.js'
import {blocksOf} from '../text/blocks.js'
import type {Lang} from '../types.js'
import {defineRule, messageLang} from './define.js'

const schema = z.object({}).strict().optional()

const reasons: Record<Lang, (issue: AbbreviationIssue) => string> = {
  fr: ({actual, expected, reason}) =>
    reason === 'always'
      ? `« ${actual} » : l’abréviation ne prend pas de point, « ${expected} » est attendu`
      : `Abréviation « ${actual} » écrite autrement ailleurs dans le document : « ${expected} » est attendu`,
  en: ({actual, expected}) => `Unexpected \`${actual}\`, expected \`${expected}\` as elsewhere in the document`
}

export const abbreviation = defineRule({
  meta: {
    id: 'abbreviation',
    description: 'Honorifics (M., Mme, Dr, Mr., Mrs.) written with and without a full stop in one document',
    defaultSeverity: 'warn',
    languages: ['fr', 'en'],
    fixable: true
  },
  schema,
  check(ctx) {
    const lang = messageLang(ctx.lang)
    const blocks = blocksOf(ctx.file, ctx.tree)
    for (const issue of findAbbreviations(blocks.map((block) => block.text), ctx.lang)) {
      reportBlockIssue(ctx, blocks, issue, {reason: reasons[lang](issue)})
    }
  }
})
