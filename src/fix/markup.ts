/**
 * Which edits leave a Markdown document's markup alone. A rule sees the
 * prose of a Markdown document, not its syntax: an edit of a few words may
 * still reach across the `[` of a link or the `**` of a bold run, and
 * deleting one of those breaks the document. Such a fix is never applied
 * automatically; its message keeps the suggestion, to make by hand.
 */
import type {Root} from 'mdast'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {parseMarkdownTree} from '../parse/markdown.js'
import {alignValue} from '../parse/realign.js'
import type {Fix} from '../types.js'

/** What a character of a Markdown document is to a fix. */
const OTHER = 0
/** The source of prose: a character of a text node's value, an escaped character, an entity. */
const PROSE = 1
/** Syntax even when blank: the `- ` of a list item, the `## ` of a heading, code, HTML, front matter. */
const SYNTAX = 2

interface MdastNode {
  type: string
  value?: unknown
  children?: MdastNode[]
  position?: {start: {offset?: number}; end: {offset?: number}}
}

/**
 * Takes off the messages of a Markdown document the fixes that would change
 * its markup, whatever rule made them: the message keeps its suggestions, to
 * apply by hand, and every report (the count of fixable problems, JSON for
 * editors, the interactive review) sees the same fixes as --fix applies.
 */
export function dropFixesOnMarkup(messages: readonly VFileMessage[], text: string, tree: Root): void {
  let fits: ((fix: Fix) => boolean) | undefined
  for (const message of messages) {
    const withFix = message as VFileMessage & {fix?: Fix}
    if (!withFix.fix) continue
    fits ??= markupGuard(text, tree)
    if (!fits(withFix.fix)) delete withFix.fix
  }
}

/** A test of whether a fix changes only prose and white space of `text`, a Markdown document (parsed as `tree`). */
export function markupGuard(text: string, tree: Root = parseMarkdownTree(new VFile(text))): (fix: Fix) => boolean {
  const kinds = characterKinds(text, tree)
  return (fix) => changesOnlyProse(text, kinds, fix.range)
}

/**
 * One kind per character of `text`: PROSE, SYNTAX, or OTHER for markup that
 * is not blank (`*`, `[`, a link's address, a blockquote's `>`, a backslash
 * that escapes) and for the white space between blocks and between words.
 */
export function characterKinds(text: string, tree: Root): Uint8Array {
  const kinds = new Uint8Array(text.length)
  const visit = (node: MdastNode) => {
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (start === undefined || end === undefined) return
    if (node.type === 'text' && typeof node.value === 'string') markText(text, kinds, node.value, start, end)
    else if (!node.children) kinds.fill(SYNTAX, start, end)
    else {
      // Before the first child and after the last: the node's own marks (`## `, `- `, `> `, `](url)`).
      const first = node.children[0]?.position?.start.offset ?? end
      const last = node.children.at(-1)?.position?.end.offset ?? end
      if (node.type !== 'root') {
        kinds.fill(SYNTAX, start, first)
        kinds.fill(SYNTAX, last, end)
      }
      for (const child of node.children) visit(child)
    }
  }
  visit(tree as MdastNode)
  return kinds
}

function markText(text: string, kinds: Uint8Array, value: string, start: number, end: number): void {
  if (text.slice(start, end) === value) {
    kinds.fill(PROSE, start, end)
    return
  }
  // The source holds more than the value (an escape, an entity, a `>` on a continuation line): only what maps to the value is prose.
  const map = alignValue(value, text, start, end)
  if (!map) return
  for (let index = 0; index < value.length; index++) kinds.fill(PROSE, map.startOf(index), map.endOf(index + 1))
}

/**
 * Whether replacing [start, end) changes only prose and the white space
 * between words and blocks. An insertion must touch prose on one side: not
 * inside a link's address, not between the two `*` of `**`.
 */
function changesOnlyProse(text: string, kinds: Uint8Array, [start, end]: [number, number]): boolean {
  if (start === end) return kinds[start - 1] === PROSE || kinds[start] === PROSE
  for (let index = start; index < end; index++) {
    const kind = kinds[index]
    if (kind === PROSE) continue
    if (kind === SYNTAX || !/\s/.test(text[index]!)) return false
  }
  return true
}
