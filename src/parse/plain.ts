import type {Nodes, Paragraph, Root, WhiteSpace} from 'nlcst'
import type {VFile} from 'vfile'
import {locate} from '../rules/define.js'
import {splitParagraphs} from '../text/paragraphs.js'
import type {NlcstParser} from './parsers.js'

/**
 * Parses plain text paragraph by paragraph: parse-latin is superlinear on one
 * long string, and paragraphs are the unit every rule reasons about. Offsets
 * are shifted back into the document and points recomputed from them, so
 * every node's position is exact in the original file.
 */
export function parsePlainText(file: VFile, text: string, parser: NlcstParser): Root {
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
  for (const range of splitParagraphs(text)) {
    whiteSpace(cursor, range.start)
    const paragraph = parser.tokenizeParagraph(text.slice(range.start, range.end))
    shift(paragraph, range.start, place)
    children.push(paragraph)
    cursor = range.end
  }
  whiteSpace(cursor, text.length)
  const root: Root = {type: 'RootNode', children}
  if (text.length > 0) root.position = {start: place.toPoint(0)!, end: place.toPoint(text.length)!}
  return root
}

function shift(node: Nodes, base: number, place: ReturnType<typeof locate>): void {
  if (node.position) {
    const start = (node.position.start.offset ?? 0) + base
    const end = (node.position.end.offset ?? 0) + base
    node.position = {start: place.toPoint(start)!, end: place.toPoint(end)!}
  }
  if ('children' in node) for (const child of node.children) shift(child, base, place)
}
