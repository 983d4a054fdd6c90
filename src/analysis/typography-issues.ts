/**
 * What the consistency analyses (spelling, typography, abbreviation) return,
 * and how their rules report it: an issue in one block's plain text with the
 * edit that fixes it, mapped back to the file through the block.
 */
import type {Block} from '../text/blocks.js'
import type {Finding, RuleContext} from '../types.js'

export interface BlockIssue {
  block: number
  /** The span reported, [start, end) in the block's text. */
  start: number
  end: number
  actual: string
  expected: string
  /** The edit that turns the text into the expected one, in the block's text. */
  fix: {start: number; end: number; text: string}
  /** The edit may be wrong (two different people): `--fix` applies it only when the rule is named with --fix-type. */
  unsafe?: boolean
  /** The edit is too uncertain to apply even on request: reported as a suggestion, to make by hand. */
  byHand?: boolean
}

export function reportBlockIssue(ctx: RuleContext, blocks: readonly Block[], issue: BlockIssue, finding: Pick<Finding, 'reason' | 'messageId' | 'cause' | 'data'>): void {
  const block = blocks[issue.block]!
  const [start, end] = block.rangeOf(issue.start, issue.end)
  // Spaces on both sides of what the prose leaves out (an HTML comment, a code span) are two runs in the file, not a doubled space.
  if (end - start > issue.end - issue.start && isBlank(issue.actual)) return
  // An insertion (a missing space) has no character to map: it goes before the one at its index.
  const at = block.offsetAt(issue.fix.start)
  const [fixStart, fixEnd] = issue.fix.end > issue.fix.start ? block.rangeOf(issue.fix.start, issue.fix.end) : [at, at]
  const fix = issue.byHand ? {} : {fix: {range: [fixStart, fixEnd] as [number, number], text: issue.fix.text, ...(issue.unsafe ? {unsafe: true} : {})}}
  ctx.report({...finding, start, end, actual: issue.actual, expected: [issue.expected], ...fix})
}

function isBlank(text: string): boolean {
  return text.trim() === ''
}
