/**
 * Whether rewriting quotation marks keeps every quotation of a paragraph
 * around the same words. Straight quotes pair by their context (a " after a
 * digit closes a quotation or is a unit depending on the marks after it), so
 * turning one pair into another style can change how the others pair: such a
 * rewrite is left to the editor rather than applied.
 */
import {balanceParagraph} from './quote-balance.js'
import type {BlockIssue} from './typography-issues.js'

const QUOTATION_OPENERS = new Set(['«', '“', '"'])
const EDGE_SPACES = /^[ \u00A0\u202F]+|[ \u00A0\u202F]+$/g

/** The words inside each « ” or " quotation of a paragraph, spaces at the edges aside. */
export function quotedWords(text: string): string[] {
  return balanceParagraph(text)
    .pairs.filter((pair) => QUOTATION_OPENERS.has(pair.char) && (pair.char !== '“' || text[pair.close] === '”'))
    .map((pair) => text.slice(pair.open + 1, pair.close).replace(EDGE_SPACES, ''))
}

/**
 * Marks `byHand` the rewrites of whole quotations (each fix spanning one
 * quotation, the fixes of a block not overlapping) after which a quotation of
 * the block would no longer pair around its words. When the quotation lost
 * is one of those rewritten, only its rewrite is held back; otherwise every
 * rewrite of the block is. Repeated until the remaining rewrites are safe.
 */
export function holdUnsafeRewrites<T extends BlockIssue>(texts: readonly string[], rewrites: readonly T[]): T[] {
  const result = rewrites.map((issue) => ({...issue}))
  const byBlock = new Map<number, T[]>()
  for (const issue of result) byBlock.set(issue.block, [...(byBlock.get(issue.block) ?? []), issue])
  for (const [block, issues] of byBlock) {
    const text = texts[block]!
    const before = quotedWords(text)
    for (;;) {
      const applied = issues.filter((issue) => !issue.byHand)
      if (applied.length === 0) break
      const lost = missing(before, quotedWords(rewrite(text, applied)))
      if (lost.length === 0) break
      const culprits = applied.filter((issue) => lost.includes(text.slice(issue.fix.start + 1, issue.fix.end - 1).replace(EDGE_SPACES, '')))
      for (const issue of culprits.length > 0 ? culprits : applied) issue.byHand = true
    }
  }
  return result
}

function rewrite(text: string, issues: readonly BlockIssue[]): string {
  let output = text
  for (const {fix} of [...issues].sort((a, b) => b.fix.start - a.fix.start)) output = output.slice(0, fix.start) + fix.text + output.slice(fix.end)
  return output
}

/** The items of `before` not matched, one for one, in `after`. */
function missing(before: readonly string[], after: readonly string[]): string[] {
  const left = [...after]
  const lost: string[] = []
  for (const words of before) {
    const at = left.indexOf(words)
    if (at < 0) lost.push(words)
    else left.splice(at, 1)
  }
  return lost
}
