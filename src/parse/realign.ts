import type {Root as MdastRoot, Text as MdastText} from 'mdast'
import type {Nodes, Root} from 'nlcst'
import {decodeNamedCharacterReference} from 'decode-named-character-reference'
import type {VFile} from 'vfile'
import {locate} from '../document/messages.js'

/**
 * mdast-util-to-nlcst places the words of a Markdown text node by adding up
 * the lengths of their decoded values from the node's start. Where the source
 * holds more than the value — a blockquote's `> ` or a list item's indent on
 * a continuation line, an escape `\*`, an entity `&amp;` — every later word
 * of that node drifts. This puts each leaf back on its source characters and
 * rebuilds the positions of the nodes above it.
 */
export function realignPositions(nlcst: Root, mdast: MdastRoot, file: VFile): void {
  const text = String(file.value)
  const leaves = collectLeaves(nlcst)
  let moved = false
  for (const node of textNodes(mdast)) {
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (start === undefined || end === undefined || text.slice(start, end) === node.value) continue
    const map = alignValue(node.value, text, start, end)
    if (!map) continue
    for (const leaf of leavesFrom(leaves, start, start + node.value.length)) {
      const position = leaf.position!
      const from = (position.start.offset ?? start) - start
      const to = (position.end.offset ?? start) - start
      position.start.offset = map.startOf(from)
      position.end.offset = map.endOf(to)
      moved = true
    }
  }
  if (moved) rebuild(nlcst, locate(file))
}

export interface ValueMap {
  /** Source offset of the value character at `index`. */
  startOf(index: number): number
  /** Source offset just after the value characters before `index`. */
  endOf(index: number): number
}

const REFERENCE = /^&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{0,31}));/

/** Walks value and source together; source characters the value lacks are markup. */
export function alignValue(value: string, text: string, start: number, end: number): ValueMap | undefined {
  const starts = new Int32Array(value.length + 1)
  const ends = new Int32Array(value.length + 1)
  let source = start
  let index = 0
  while (index < value.length) {
    if (source >= end) return undefined
    const char = text[source]
    // micromark reads a NUL as U+FFFD, one character for one.
    if (char === value[index] || (char === '\u0000' && value[index] === '\uFFFD')) {
      starts[index] = source
      ends[index + 1] = source + 1
      index++
      source++
      continue
    }
    if (char === '\\' && text[source + 1] === value[index]) {
      starts[index] = source + 1
      ends[index + 1] = source + 2
      index++
      source += 2
      continue
    }
    const reference = char === '&' ? REFERENCE.exec(text.slice(source, source + 40)) : null
    const decoded = reference ? decodeReference(reference) : undefined
    if (reference && decoded && value.startsWith(decoded, index)) {
      for (let offset = 0; offset < decoded.length; offset++) {
        starts[index + offset] = source
        ends[index + offset + 1] = source + reference[0].length
      }
      index += decoded.length
      source += reference[0].length
      continue
    }
    source++
  }
  starts[value.length] = source
  ends[0] = start
  return {
    startOf: (at) => starts[Math.min(Math.max(at, 0), value.length)]!,
    endOf: (at) => ends[Math.min(Math.max(at, 0), value.length)]!
  }
}

function decodeReference(match: RegExpExecArray): string | undefined {
  try {
    if (match[1]) return String.fromCodePoint(Number(match[1]))
    if (match[2]) return String.fromCodePoint(Number.parseInt(match[2], 16))
    const named = decodeNamedCharacterReference(match[3]!)
    return named === false ? undefined : named
  } catch {
    return undefined
  }
}

function* textNodes(node: {type: string; children?: unknown[]}): Generator<MdastText> {
  if (node.type === 'text') yield node as MdastText
  if (node.children) for (const child of node.children) yield* textNodes(child as {type: string; children?: unknown[]})
}

function collectLeaves(root: Root): Nodes[] {
  const leaves: Nodes[] = []
  const visit = (node: Nodes) => {
    if ('children' in node) for (const child of node.children) visit(child)
    else if (node.position) leaves.push(node)
  }
  visit(root)
  return leaves
}

/** Leaves whose (drifted) start lies in [from, to), found by binary search: leaves are in document order. */
function* leavesFrom(leaves: Nodes[], from: number, to: number): Generator<Nodes> {
  let low = 0
  let high = leaves.length
  while (low < high) {
    const middle = (low + high) >> 1
    if ((leaves[middle]!.position!.start.offset ?? 0) < from) low = middle + 1
    else high = middle
  }
  for (let index = low; index < leaves.length && (leaves[index]!.position!.start.offset ?? 0) < to; index++) yield leaves[index]!
}

/** Recomputes points from offsets, and each parent's span from its children. */
function rebuild(node: Nodes, place: ReturnType<typeof locate>): void {
  if ('children' in node && node.children.length > 0) {
    for (const child of node.children) rebuild(child, place)
    const first = node.children[0]!.position
    const last = node.children[node.children.length - 1]!.position
    if (first && last) node.position = {start: {...first.start}, end: {...last.end}}
    return
  }
  if (!node.position) return
  const start = place.toPoint(node.position.start.offset ?? 0)
  const end = place.toPoint(node.position.end.offset ?? 0)
  if (start && end) node.position = {start, end}
}
