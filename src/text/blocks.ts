import type {Nodes, Paragraph, Root, SentenceContent} from 'nlcst'
import type {VFile} from 'vfile'
import type {Block, BlockNumbers} from '../document/block.js'
import {documentOf, memo} from '../document/document.js'

export type {Block, BlockNumbers} from '../document/block.js'

/** Node types of `Block.tokens`, by index. */
export const TOKEN_TYPES: ReadonlyArray<SentenceContent['type']> = ['WordNode', 'WhiteSpaceNode', 'PunctuationNode', 'SymbolNode', 'SourceNode']
/** The indexes in TOKEN_TYPES that scans of Block.tokens compare with. */
export const WORD_TOKEN = 0
export const WHITE_SPACE_TOKEN = 1
export const PUNCTUATION_TOKEN = 2
export const SYMBOL_TOKEN = 3

/** Inline code and other source nodes are masked with this character, one per code unit. */
export const MASK = '\uFFFC'

interface Run {
  /** Index in `text` where the run starts. */
  index: number
  offset: number
  length: number
  /** False when the leaf's value is not its source text (an entity, an escape). */
  exact: boolean
  /** Offset just after the leaf in the file. */
  endOffset: number
}

const KEY = 'blocks'

export function blocksOf(file: VFile, tree: Root): Block[] {
  return memo(file, KEY, () => collectBlocks(tree))
}

/** How many blocks (paragraphs) of the document were analysed, once they were made; undefined before. */
export function blockCount(file: VFile): number | undefined {
  return (file.data.factlint?.cache.get(KEY) as Block[] | undefined)?.length
}

/** Gives the document the blocks its parser already made (plain text is parsed straight into blocks). */
export function setBlocks(file: VFile, blocks: Block[]): void {
  documentOf(file).cache.set(KEY, blocks)
}

export function collectBlocks(tree: Root): Block[] {
  const blocks: Block[] = []
  for (const child of tree.children) {
    if (child.type === 'ParagraphNode' && child.position) blocks.push(toBlock(child))
  }
  return blocks
}

/**
 * The block of one paragraph node. `base` is added to the node's offsets:
 * a paragraph parsed alone has offsets from its own start.
 */
export function toBlock(node: Paragraph, base = 0): Block {
  const runs: Run[] = []
  const parts: string[] = []
  const sentences: number[] = []
  const tokens: number[] = []
  let length = 0
  const visit = (current: Nodes) => {
    if ('children' in current) {
      for (const child of current.children) visit(child)
      return
    }
    const position = current.position
    if (!position || current.value.length === 0) return
    const start = (position.start.offset ?? 0) + base
    const end = position.end.offset === undefined ? start : position.end.offset + base
    const value = current.type === 'SourceNode' ? MASK.repeat(current.value.length) : current.value
    const exact = end - start === value.length
    const last = runs.at(-1)
    // Consecutive leaves that sit end to end in the file (all of a plain-text
    // paragraph) share one run: fewer objects kept for every paragraph.
    if (exact && last && last.exact && last.endOffset === start && last.index + last.length === length) {
      last.length += value.length
      last.endOffset = end
    } else {
      runs.push({index: length, offset: start, length: value.length, exact, endOffset: end})
    }
    parts.push(value)
    length += value.length
  }
  for (const child of node.children) {
    if (child.type !== 'SentenceNode') {
      visit(child)
      continue
    }
    sentences.push(tokens.length / 3)
    for (const token of child.children) {
      const from = length
      visit(token)
      tokens.push(TOKEN_TYPES.indexOf(token.type), from, length)
    }
  }
  sentences.push(tokens.length / 3)
  const text = parts.join('')
  const start = (node.position?.start.offset ?? 0) + base
  const end = node.position?.end.offset === undefined ? start : node.position.end.offset + base

  return {text, sentences: Int32Array.from(sentences), tokens: Int32Array.from(tokens), start, end, ...offsetMap(runs, text.length, start, end)}
}

/**
 * The block of a paragraph parse-latin made from `source` alone, `base` its
 * offset in the file: the same as `toBlock(node, base)`, computed from the
 * tokens' offsets without visiting every leaf or joining their values. The
 * parser's tree is a concrete syntax tree (its leaves are `source` cut into
 * pieces, in order), so when the tokens cover `source` end to end the
 * block's text is `source` itself. Anything else (a node with no position,
 * a source node to mask, a gap) goes the long way.
 */
export function paragraphBlock(node: Paragraph, source: string, base: number, numbers: NumberArena = new NumberArena(0)): Block {
  const tokens = paragraphTokens(node, source.length, numbers)
  if (!tokens) return toBlock(node, base)
  return new SourceBlock(source, tokens.sentences, tokens.tokens, base)
}

/**
 * The block of a paragraph parsed in pieces: `starts` are the offsets in
 * `source` where each piece starts (the first 0), `parse` parses one piece.
 * Its sentences and tokens are the pieces' end to end, their offsets moved
 * by each piece's start: the same block as paragraphBlock of the whole
 * paragraph when the parser cuts the whole paragraph at each start and
 * joins nothing across it (src/parse/plain.ts chooses such starts). Only
 * one piece's tree is alive at a time: the tree of a whole 5 MB line held
 * about 700 MB. Undefined when a piece's nodes do not cover it end to end.
 */
export function piecewiseParagraphBlock(source: string, starts: readonly number[], parse: (piece: string) => Paragraph, base: number, numbers: NumberArena): Block | undefined {
  const scratch = new NumberArena(0)
  const parts: Array<Pick<Block, 'sentences' | 'tokens'> & {start: number}> = []
  let sentenceCount = 0
  let tokenCount = 0
  for (let index = 0; index < starts.length; index++) {
    const start = starts[index]!
    const end = starts[index + 1] ?? source.length
    const part = paragraphTokens(parse(source.slice(start, end)), end - start, scratch)
    if (!part) return undefined
    parts.push({...part, start})
    sentenceCount += part.sentences.length - 1
    tokenCount += part.tokens.length / 3
  }
  // Token offsets run to the paragraph's length, sentence starts to its token count (no more than its length).
  const sentences = numbers.take(sentenceCount + 1, source.length)
  const tokens = numbers.take(tokenCount * 3, source.length)
  let sentence = 0
  let token = 0
  for (const part of parts) {
    const first = token / 3
    for (let index = 0; index + 1 < part.sentences.length; index++) sentences[sentence++] = part.sentences[index]! + first
    for (let index = 0; index < part.tokens.length; index += 3) {
      tokens[token++] = part.tokens[index]!
      tokens[token++] = part.tokens[index + 1]! + part.start
      tokens[token++] = part.tokens[index + 2]! + part.start
    }
  }
  sentences[sentence] = token / 3
  return new SourceBlock(source, sentences, tokens, base)
}

/**
 * A block that is its source text character for character (a plain-text
 * paragraph): its offsets are the text's plus `start`, so it needs no run
 * to look up, and its methods live on the class, not in two closures per
 * paragraph (a long document has tens of thousands).
 */
class SourceBlock implements Block {
  readonly end: number

  constructor(
    readonly text: string,
    readonly sentences: BlockNumbers,
    readonly tokens: BlockNumbers,
    readonly start: number
  ) {
    this.end = start + text.length
  }

  offsetAt(index: number): number {
    return index >= this.text.length ? this.end : this.start + index
  }

  rangeOf(from: number, to: number): [number, number] {
    return [this.offsetAt(from), to <= from ? this.offsetAt(from) : this.start + Math.min(to, this.text.length)]
  }
}

/** The sentences and tokens of a paragraph whose nodes cover [0, length) end to end; undefined otherwise. */
function paragraphTokens(node: Paragraph, length: number, numbers: NumberArena): Pick<Block, 'sentences' | 'tokens'> | undefined {
  if (node.position?.start.offset !== 0 || node.position.end.offset !== length) return undefined
  let sentenceCount = 0
  let tokenCount = 0
  for (const child of node.children) {
    if (child.type !== 'SentenceNode') continue
    sentenceCount++
    tokenCount += child.children.length
  }
  // Token offsets run to `length`, sentence starts to the token count (no more than `length`: tokens are not empty).
  const sentences = numbers.take(sentenceCount + 1, length)
  const tokens = numbers.take(tokenCount * 3, length)
  let cursor = 0
  let sentence = 0
  let token = 0
  for (const child of node.children) {
    if (child.type !== 'SentenceNode') {
      const end = spanEnd(child, cursor)
      if (end === undefined) return undefined
      cursor = end
      continue
    }
    sentences[sentence++] = token / 3
    for (const leaf of child.children) {
      const type = plainTokenType(leaf.type)
      const end = spanEnd(leaf, cursor)
      if (type < 0 || end === undefined) return undefined
      tokens[token++] = type
      tokens[token++] = cursor
      tokens[token++] = end
      cursor = end
    }
  }
  sentences[sentence] = token / 3
  return cursor === length ? {sentences, tokens} : undefined
}

/**
 * Hands out the number arrays of a document's blocks as views of a few
 * shared buffers. An array of its own for each paragraph cost more than
 * filling it: a typed array of more than a few numbers gets a buffer
 * allocated outside the heap, which the collector then tracks and frees one
 * by one. The views of a document live as long as its blocks: a buffer is
 * shared by the blocks of one parse, never across documents. Numbers that
 * all fit in 16 bits (those of a paragraph of fewer than 65,536 characters)
 * take half the room: a long document's tokens are most of what its blocks
 * keep (22 MB in 32 bits for 5 MB of text).
 */
export class NumberArena {
  private wide = new Int32Array(0)
  private wideUsed = 0
  private narrow = new Uint16Array(0)
  private narrowUsed = 0

  /** `chunk`: the length of each new buffer (longer when one array needs more). */
  constructor(private readonly chunk: number) {}

  /** A zeroed array of `length` numbers that no other take shares; each number written to it must be at most `max`. */
  take(length: number, max = Infinity): BlockNumbers {
    if (max <= 0xffff) {
      if (this.narrowUsed + length > this.narrow.length) {
        this.narrow = new Uint16Array(Math.max(this.chunk, length))
        this.narrowUsed = 0
      }
      this.narrowUsed += length
      return this.narrow.subarray(this.narrowUsed - length, this.narrowUsed)
    }
    if (this.wideUsed + length > this.wide.length) {
      this.wide = new Int32Array(Math.max(this.chunk, length))
      this.wideUsed = 0
    }
    this.wideUsed += length
    return this.wide.subarray(this.wideUsed - length, this.wideUsed)
  }
}

/** Where a node that starts at `cursor` ends; undefined when it does not start there or is empty. */
function spanEnd(node: Nodes, cursor: number): number | undefined {
  const position = node.position
  if (!position || position.start.offset !== cursor) return undefined
  const end = position.end.offset
  return end !== undefined && end > cursor ? end : undefined
}

/**
 * The index in TOKEN_TYPES of a token whose text is its source, -1 for any
 * other node: a source node is masked, which only toBlock does.
 */
function plainTokenType(type: string): number {
  switch (type) {
    case 'WordNode':
      return WORD_TOKEN
    case 'WhiteSpaceNode':
      return WHITE_SPACE_TOKEN
    case 'PunctuationNode':
      return PUNCTUATION_TOKEN
    case 'SymbolNode':
      return SYMBOL_TOKEN
    default:
      return -1
  }
}

/** `offsetAt` and `rangeOf` of a block of `length` characters over `runs`. */
function offsetMap(runs: readonly Run[], length: number, start: number, end: number): Pick<Block, 'offsetAt' | 'rangeOf'> {
  const only = runs.length === 1 ? runs[0]! : undefined
  if (only && only.exact && only.index === 0 && only.length === length && only.offset === start && only.endOffset === end) {
    // The block is its source text, character for character (all of plain text): no run to look up.
    const offsetAt = (index: number) => (index >= length ? end : start + index)
    return {offsetAt, rangeOf: (from, to) => [offsetAt(from), to <= from ? offsetAt(from) : start + Math.min(to, length)]}
  }
  const findRun = (index: number): Run | undefined => {
    let low = 0
    let high = runs.length - 1
    while (low <= high) {
      const middle = (low + high) >> 1
      const run = runs[middle]!
      if (index < run.index) high = middle - 1
      else if (index >= run.index + run.length) low = middle + 1
      else return run
    }
    return undefined
  }
  const offsetAt = (index: number): number => {
    if (index >= length) return end
    const run = findRun(index)
    if (!run) return end
    return run.exact ? run.offset + (index - run.index) : run.offset
  }
  const endOffsetOf = (index: number): number => {
    // End (exclusive) of the character at `index`.
    const run = findRun(index)
    if (!run) return end
    return run.exact ? run.offset + (index - run.index) + 1 : run.endOffset
  }
  return {
    offsetAt,
    rangeOf(from, to) {
      if (to <= from) {
        const at = offsetAt(from)
        return [at, at]
      }
      return [offsetAt(from), endOffsetOf(to - 1)]
    }
  }
}
