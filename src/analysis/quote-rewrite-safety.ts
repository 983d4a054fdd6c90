/**
 * Whether rewriting quotation marks keeps every quotation of a paragraph
 * around the same words. Straight quotes pair by their context (a " after a
 * digit closes a quotation or is a unit depending on the marks after it), so
 * turning one pair into another style can change how the others pair: such a
 * rewrite is left to the editor rather than applied.
 */
import {quotationsOf} from '../text/quotations.js'
import type {BlockIssue} from './typography-issues.js'

const EDGE_SPACES = /^[ \u00A0\u202F]+|[ \u00A0\u202F]+$/g

/** The words inside each « ” or " quotation of a paragraph, spaces at the edges aside. */
export function quotedWords(text: string): string[] {
  return quotationsOf(text, {pairing: 'balanced', marks: '«“"'}).map((quotation) => quotation.inner.replace(EDGE_SPACES, ''))
}

/**
 * Marks `byHand` the rewrites of whole quotations (each fix spanning one
 * quotation, the fixes of a block not overlapping) after which a quotation of
 * the block would no longer pair around its words. When the quotation lost
 * is one of those rewritten, only its rewrite is held back; otherwise every
 * rewrite of the block is: checked again after holding back the first,
 * every remaining one is held back if a quotation is still lost.
 */
export function holdUnsafeRewrites<T extends BlockIssue>(texts: readonly string[], rewrites: readonly T[]): T[] {
  const result = rewrites.map((issue) => ({...issue}))
  const byBlock = new Map<number, T[]>()
  for (const issue of result) {
    const issues = byBlock.get(issue.block)
    if (issues) issues.push(issue)
    else byBlock.set(issue.block, [issue])
  }
  for (const [block, issues] of byBlock) {
    const text = texts[block]!
    const before = quotedWords(text)
    // Twice at most: the rewrites of the quotations lost, then, if others still are, all of them (a bound on the work, whatever the paragraph).
    for (let round = 0; round < 2; round++) {
      const applied = issues.filter((issue) => !issue.byHand)
      if (applied.length === 0) break
      const lost = new Set(missing(before, quotedWords(rewrite(text, applied))))
      if (lost.size === 0) break
      const culprits = round === 0 ? applied.filter((issue) => lost.has(text.slice(issue.fix.start + 1, issue.fix.end - 1).replace(EDGE_SPACES, ''))) : []
      for (const issue of culprits.length > 0 ? culprits : applied) issue.byHand = true
    }
  }
  return result
}

function rewrite(text: string, issues: readonly BlockIssue[]): string {
  const parts: string[] = []
  let cursor = 0
  for (const {fix} of [...issues].sort((a, b) => a.fix.start - b.fix.start)) {
    parts.push(text.slice(cursor, fix.start), fix.text)
    cursor = fix.end
  }
  parts.push(text.slice(cursor))
  return parts.join('')
}

/** The items of `before` not matched, one for one, in `after`. */
function missing(before: readonly string[], after: readonly string[]): string[] {
  const left = new Map<string, number>()
  for (const words of after) left.set(words, (left.get(words) ?? 0) + 1)
  const lost: string[] = []
  for (const words of before) {
    const count = left.get(words) ?? 0
    if (count === 0) lost.push(words)
    else left.set(words, count - 1)
  }
  return lost
}
