import type {Nodes, Root as MdastRoot} from 'mdast'

/** The file ranges [start, end) of a Markdown document's outermost blockquotes, in order. */
export function blockquoteRanges(mdast: MdastRoot): Array<[number, number]> {
  const ranges: Array<[number, number]> = []
  const visit = (node: Nodes) => {
    if (node.type === 'blockquote') {
      const start = node.position?.start.offset
      const end = node.position?.end.offset
      if (start !== undefined && end !== undefined) ranges.push([start, end])
      return
    }
    if ('children' in node) for (const child of node.children) visit(child)
  }
  visit(mdast)
  return ranges
}

/**
 * Whether each block (given by its start offset, blocks in the order of the
 * file) sits inside one of `ranges` (in order, not overlapping): the
 * language tree keeps paragraphs, not the Markdown container they came from.
 */
export function startsInside(starts: readonly number[], ranges: ReadonlyArray<readonly [number, number]>): boolean[] {
  let range = 0
  return starts.map((start) => {
    while (range < ranges.length && ranges[range]![1] <= start) range++
    return range < ranges.length && ranges[range]![0] <= start
  })
}
