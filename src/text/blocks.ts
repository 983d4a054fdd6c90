import type {Nodes, Paragraph, Root} from 'nlcst'
import type {VFile} from 'vfile'
import {memo} from '../engine/document.js'

/**
 * A paragraph as plain text, with a map from each character back to its
 * offset in the original file. Rules analyse `text` with ordinary string
 * code and report offsets through `offsetAt`/`rangeOf`, so the same rule
 * works on plain text and on Markdown (where markup is skipped and inline
 * code is masked).
 */
export interface Block {
  text: string
  node: Paragraph
  /** Offset in the file of the character at `index` (`index === text.length`: end of the block). */
  offsetAt(index: number): number
  /** File offsets of the text range [from, to). */
  rangeOf(from: number, to: number): [number, number]
  /** File offset where the block starts and ends. */
  start: number
  end: number
}

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

export function blocksOf(file: VFile, tree: Root): Block[] {
  return memo(file, 'blocks', () => collectBlocks(tree))
}

export function collectBlocks(tree: Root): Block[] {
  const blocks: Block[] = []
  for (const child of tree.children) {
    if (child.type === 'ParagraphNode' && child.position) blocks.push(toBlock(child))
  }
  return blocks
}

function toBlock(node: Paragraph): Block {
  const runs: Run[] = []
  const parts: string[] = []
  let length = 0
  const visit = (current: Nodes) => {
    if ('children' in current) {
      for (const child of current.children) visit(child)
      return
    }
    const position = current.position
    if (!position || current.value.length === 0) return
    const start = position.start.offset ?? 0
    const end = position.end.offset ?? start
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
  visit(node)
  const text = parts.join('')
  const start = node.position?.start.offset ?? 0
  const end = node.position?.end.offset ?? start

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
    if (index >= text.length) return end
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
    text,
    node,
    start,
    end,
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
