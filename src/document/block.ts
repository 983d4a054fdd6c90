/**
 * A paragraph as plain text, with a map from each character back to its
 * offset in the original file. Rules analyse `text` with ordinary string
 * code and report offsets through `offsetAt`/`rangeOf`, so the same rule
 * works on plain text and on Markdown (where markup is skipped and inline
 * code is masked). Made by the parsers (text/blocks.ts), handed to each
 * rule as `ctx.blocks`.
 */
/**
 * The numbers of a block: 16 bits each when every one fits (a paragraph of
 * fewer than 65,536 characters, all of a long document's but a rare one),
 * 32 otherwise. Read them by index; never write them.
 */
export type BlockNumbers = Int32Array | Uint16Array

export interface Block {
  text: string
  /**
   * The language parser's sentences as indexes into `tokens`: sentence `n`
   * holds tokens `sentences[n]` to `sentences[n + 1]` (exclusive).
   */
  sentences: BlockNumbers
  /**
   * The parser's tokens (the nodes directly inside each sentence: words,
   * white space, punctuation, symbols, source), three numbers each: the
   * index of the node type in TOKEN_TYPES, then [start, end) in `text`.
   * Numbers rather than nodes: a document's tree costs about a hundred bytes
   * per character, this a few, and no rule needs more once the parser is done.
   */
  tokens: BlockNumbers
  /** Offset in the file of the character at `index` (`index === text.length`: end of the block). */
  offsetAt(index: number): number
  /** File offsets of the text range [from, to). */
  rangeOf(from: number, to: number): [number, number]
  /** File offset where the block starts and ends. */
  start: number
  end: number
}

