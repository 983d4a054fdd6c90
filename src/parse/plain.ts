import type {Nodes, Paragraph, Root, WhiteSpace} from 'nlcst'
import type {Point} from 'unist'
import type {VFile} from 'vfile'
import {locate} from '../document/messages.js'
import {NumberArena, paragraphBlock, piecewiseParagraphBlock, type Block} from '../text/blocks.js'
import {splitParagraphs} from '../text/paragraphs.js'
import type {NlcstParser} from './parsers.js'

export interface PlainText {
  blocks: Block[]
  /** The document's nlcst tree, built the first time it is read. */
  tree: Root
}

/**
 * Parses plain text paragraph by paragraph (parse-latin is superlinear on one
 * long string, and paragraphs are the unit every rule reasons about) into
 * blocks, dropping each paragraph's tree once its block is made. The built-in
 * rules read blocks only; keeping the trees of a long document alive would
 * cost about a hundred bytes per character and most of the run in garbage
 * collection. A rule that walks `tree` gets the whole document parsed again,
 * once, with exact positions.
 */
export function parsePlainText(file: VFile, text: string, parser: NlcstParser, pieceLength = PIECE_LENGTH): PlainText {
  const blocks: Block[] = []
  // A token is three numbers and a few characters long: about one number a character.
  const numbers = new NumberArena(Math.min(text.length, ARENA_CHUNK))
  for (const range of splitParagraphs(text)) {
    const source = text.slice(range.start, range.end)
    const starts = source.length > pieceLength ? pieceStarts(source, pieceLength) : undefined
    const pieced = starts && starts.length > 1 ? piecewiseParagraphBlock(source, starts, (piece) => parser.tokenizeParagraph(piece), range.start, numbers) : undefined
    if (pieced) {
      blocks.push(pieced)
      continue
    }
    const paragraph = parser.tokenizeParagraph(source)
    if (paragraph.position) blocks.push(paragraphBlock(paragraph, source, range.start, numbers))
  }
  return {blocks, tree: lazyRoot(() => parsePlainTree(file, text, parser))}
}

/** Characters of a paragraph parsed at once (at least, up to the next place to cut): 64 KB. */
export const PIECE_LENGTH = 1 << 16

/**
 * Where to cut a long paragraph into pieces of at least `length`
 * characters that parse-latin (and parse-english) parse as they parse the
 * whole: after a full stop that ends a word of six lower-case letters or
 * more (longer than any abbreviation either parser joins to the next
 * sentence), standing after white space, and before white space then a
 * capital (no lower-case or digit start, no closing mark to hand back). The
 * tokenizer starts a token at either side of the cut, no sentence plugin
 * merges across white space, and no paragraph plugin joins the two
 * sentences (the rule of isSentenceBreak in parsers.ts, read in the text).
 * The white space goes with the next piece, where the parser puts it
 * between the sentences as it does in the whole. Always starts with 0.
 */
export function pieceStarts(source: string, length: number): number[] {
  const starts = [0]
  CUT.lastIndex = length
  for (let match = CUT.exec(source); match; match = CUT.exec(source)) {
    const cut = match.index + match[0].length
    starts.push(cut)
    CUT.lastIndex = cut + length
  }
  return starts
}

/** parse-latin's white space, as a character class. */
const SPACE = '[\\t-\\r \\u0085\\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000]'
const CUT = new RegExp(`(?<=${SPACE})[a-zß-öø-ÿœ]{6,}\\.(?=${SPACE}+[A-ZÀ-ÖØ-Þ])`, 'gu')

/** Numbers in each buffer of a long document's blocks (256 KB). */
const ARENA_CHUNK = 1 << 16

/** A root whose children and position are computed on first access. */
function lazyRoot(build: () => Root): Root {
  let built: Root | undefined
  const root = () => (built ??= build())
  const lazy = {type: 'RootNode'} as Root
  Object.defineProperties(lazy, {
    children: {enumerable: true, get: () => root().children, set: (children: Root['children']) => void (root().children = children)},
    position: {enumerable: true, get: () => root().position, set: (position: Root['position']) => void (root().position = position)}
  })
  return lazy
}

/** The whole document as one nlcst tree, every node's position exact in the file. */
export function parsePlainTree(file: VFile, text: string, parser: NlcstParser): Root {
  const place = locate(file)
  const children: Array<Paragraph | WhiteSpace> = []
  let cursor = 0
  const whiteSpace = (start: number, end: number) => {
    if (end <= start) return
    children.push({
      type: 'WhiteSpaceNode',
      value: text.slice(start, end),
      position: {start: place.toPoint(start)!, end: place.toPoint(end)!}
    })
  }
  const points = pointFinder(text)
  for (const range of splitParagraphs(text)) {
    whiteSpace(cursor, range.start)
    const paragraph = parser.tokenizeParagraph(text.slice(range.start, range.end))
    shift(paragraph, range.start, points)
    children.push(paragraph)
    cursor = range.end
  }
  whiteSpace(cursor, text.length)
  const root: Root = {type: 'RootNode', children}
  if (text.length > 0) root.position = {start: place.toPoint(0)!, end: place.toPoint(text.length)!}
  return root
}

function shift(node: Nodes, base: number, points: (offset: number) => Point): void {
  if (node.position) {
    const start = (node.position.start.offset ?? 0) + base
    const end = (node.position.end.offset ?? 0) + base
    node.position = {start: points(start), end: points(end)}
  }
  if ('children' in node) for (const child of node.children) shift(child, base, points)
}

/**
 * The point of an offset, as vfile-location computes it (a line ends at \r\n,
 * \r or \n), for offsets asked in nearly increasing order: the line of the
 * previous offset is tried first, so a paragraph's nodes cost no search.
 */
function pointFinder(text: string): (offset: number) => Point {
  const starts = [0]
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code === 10 || (code === 13 && text.charCodeAt(index + 1) !== 10)) starts.push(index + 1)
  }
  let line = 0
  return (offset) => {
    if (offset < starts[line]! || (line + 1 < starts.length && offset >= starts[line + 1]!)) {
      let low = 0
      let high = starts.length - 1
      while (low < high) {
        const middle = (low + high + 1) >> 1
        if (starts[middle]! <= offset) low = middle
        else high = middle - 1
      }
      line = low
    }
    return {line: line + 1, column: offset - starts[line]! + 1, offset}
  }
}
