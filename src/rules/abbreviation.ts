import {z} from 'zod'
import {findAbbreviations, type AbbreviationIssue} from '../analysis/abbreviation.js'
import {reportBlockIssue} from '../analysis/typography-issues.js'
import type {Block} from '../text/blocks.js'
import type {RuleMessages} from '../types.js'
import {defineRule, say} from './define.js'

const schema = z.object({}).strict().optional()

/**
 * `always`: an honorific that never takes a full stop has one (« Mme. »);
 * `majority`: written otherwise than elsewhere in the document.
 */
const messages = {
  always: {
    fr: ({actual, expected}: AbbreviationIssue) => `« ${actual} » : l’abréviation ne prend pas de point, « ${expected} » est attendu`,
    en: ({actual, expected}: AbbreviationIssue) => `Unexpected \`${actual}\`, expected \`${expected}\` as elsewhere in the document`
  },
  majority: {
    fr: ({actual, expected, elsewhere}: AbbreviationIssue) =>
      elsewhere === undefined
        ? `Abréviation « ${actual} » écrite autrement ailleurs dans le document : « ${expected} » est attendu`
        : `Abréviation « ${actual} » écrite autrement que le document ne l’écrit ailleurs (${elsewhere.map((form) => `« ${form} »`).join(', ')}) : « ${expected} » est attendu`,
    en: ({actual, expected, elsewhere}: AbbreviationIssue) =>
      elsewhere === undefined
        ? `Unexpected \`${actual}\`, expected \`${expected}\` as elsewhere in the document`
        : `Unexpected \`${actual}\`, expected \`${expected}\` as the document writes ${elsewhere.map((form) => `\`${form}\``).join(', ')}`
  }
} satisfies RuleMessages

export const abbreviation = defineRule({
  meta: {
    id: 'abbreviation',
    description: {
      fr: 'Civilités (M., Mme, Dr, Mr., Mrs.) écrites avec et sans point dans un même document',
      en: 'Honorifics (M., Mme, Dr, Mr., Mrs.) written with and without a full stop in one document'
    },
    defaultSeverity: 'warn',
    languages: ['fr', 'en'],
    fixable: true,
    messages
  },
  schema,
  check(ctx) {
    const lang = ctx.messageLang
    const blocks = ctx.blocks
    const emphasis = ctx.format === 'markdown' ? (index: number) => emphasisOf(blocks[index]!, ctx.text) : undefined
    for (const issue of findAbbreviations(blocks.map((block) => block.text), ctx.lang, emphasis)) {
      reportBlockIssue(ctx, blocks, issue, say(messages, issue.reason, lang, issue))
    }
  }
})

/**
 * Spans of a Markdown block's text in italics or bold (*Dr. Strangelove*),
 * where a title may be: the block's text has lost the markup, the file
 * still has it between two consecutive characters.
 */
function emphasisOf(block: Block, source: string): Array<[number, number]> {
  const marks: number[] = []
  let previous = block.start
  for (let index = 0; index <= block.text.length; index++) {
    const offset = index === block.text.length ? block.end : block.offsetAt(index)
    if (offset > previous && /^[*_]+$/.test(source.slice(previous, offset))) marks.push(index)
    if (index < block.text.length) previous = offset + 1
  }
  const spans: Array<[number, number]> = []
  for (let index = 0; index + 1 < marks.length; index += 2) spans.push([marks[index]!, marks[index + 1]!])
  return spans
}
