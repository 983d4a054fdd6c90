/**
 * The first block when it reads as a headline: followed by other blocks,
 * at most 30 words, and not ended as a sentence is (a full stop, a colon).
 * A Markdown `# title` is such a block: its text comes without the `#`.
 */
export function headlineBlock(texts: readonly string[]): number | undefined {
  const first = texts[0]?.trim()
  if (!first || texts.length < 2 || /[.:;…]$/u.test(first) || first.split(/\s+/u).length > 30) return undefined
  return 0
}
