import type {Root as MdastRoot} from 'mdast'
import type {Root} from 'nlcst'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import remarkRetext from 'remark-retext'
import {unified} from 'unified'
import type {Position} from 'unist'
import {VFile} from 'vfile'
import {location} from 'vfile-location'
import {parse as parseYaml} from 'yaml'
import type {Lang} from '../types.js'
import {LONGEST_RUN, maskDeepNesting} from './limits.js'
import {parserClassFor} from './parsers.js'
import {realignPositions} from './realign.js'

export interface MarkdownParse {
  mdast: MdastRoot
  nlcst: Root
  frontMatter?: Record<string, unknown>
}

/**
 * The Markdown tree of `file`. Lines nested deeper than MAX_NESTING
 * containers are read as an HTML comment (parse/limits): micromark and every recursive
 * walk of the tree would exhaust time or the stack on them.
 */
export function parseMarkdownTree(file: VFile): MdastRoot {
  const masked = maskDeepNesting(String(file.value))
  const source = masked.count === 0 ? file : new VFile({value: masked.text, path: file.path})
  return unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).parse(source)
}

/**
 * Markdown through remark-parse and remark-retext: code, HTML and front matter
 * never reach the natural-language tree, and positions stay in the .md file.
 */
export async function parseMarkdown(file: VFile, mdast: MdastRoot, lang: Lang | 'und'): Promise<MarkdownParse> {
  const bridge = unified().use(remarkRetext, parserClassFor(lang) as never)
  const copy = structuredClone(mdast)
  splitLongTexts(copy, location(file))
  const nlcst = await bridgeInPieces(copy, (piece) => bridge.run(piece as never, file) as Promise<unknown> as Promise<Root>)
  realignPositions(nlcst, mdast, file)
  return {mdast, nlcst, frontMatter: frontMatterOf(mdast)}
}

/** Characters of Markdown the bridge converts at once (see bridgeInPieces). */
const BRIDGE_PIECE = 60_000

type Block = {type: string; position?: Position; children?: Block[]}

/**
 * mdast-util-to-nlcst gathers the tokens of the whole document through
 * nested `push(...tokens)`: past about 120,000 tokens (a few hundred KB of
 * Markdown) the stack overflows. A document longer than BRIDGE_PIECE is
 * converted in groups of blocks (descending into a block longer than that),
 * joined by the paragraph break the bridge puts between blocks anyway. A
 * shorter document goes through in one piece, as before.
 */
async function bridgeInPieces(tree: MdastRoot, run: (piece: MdastRoot) => Promise<Root>): Promise<Root> {
  const sizeOf = (node: Block) => (node.position?.end.offset ?? 0) - (node.position?.start.offset ?? 0)
  if (sizeOf(tree as Block) <= BRIDGE_PIECE) return run(tree)
  const groups: Block[][] = []
  let group: Block[] = []
  let size = 0
  const flush = () => {
    if (group.length > 0) groups.push(group)
    group = []
    size = 0
  }
  const gather = (nodes: readonly Block[]) => {
    for (const node of nodes) {
      if (!node.position) continue
      const own = sizeOf(node)
      if (own > BRIDGE_PIECE && node.children && node.children.length > 0) {
        flush()
        gather(node.children)
        flush()
        continue
      }
      if (size + own > BRIDGE_PIECE) flush()
      group.push(node)
      size += own
    }
  }
  gather(tree.children as Block[])
  flush()
  const children: Root['children'] = []
  for (const nodes of groups) {
    const root = await run({type: 'root', children: nodes as never, position: {start: nodes[0]!.position!.start, end: nodes.at(-1)!.position!.end}})
    if (root.children.length === 0) continue
    const previous = children.at(-1)
    const next = root.children[0]!
    if (previous?.position && next.position) {
      children.push({type: 'WhiteSpaceNode', value: '\n\n', position: {start: {...previous.position.end}, end: {...next.position.start}}})
    }
    for (const child of root.children) children.push(child)
  }
  const first = children[0]?.position
  const last = children.at(-1)?.position
  return {type: 'RootNode', children, ...(first && last ? {position: {start: first.start, end: last.end}} : {})}
}

/** Characters of a text node tokenized at once (see splitLongTexts). */
const TEXT_PIECE = 2 * LONGEST_RUN

/**
 * mdast-util-to-nlcst spreads the tokens of each text node as arguments
 * (`push(...tokens)`): a paragraph of 150,000 words would overflow the stack.
 * A long text node becomes several, cut after white space, each placed where
 * the bridge would have placed its tokens (its offset plus the length before it).
 */
function splitLongTexts(tree: MdastRoot, place: ReturnType<typeof location>): void {
  const stack: Array<{children?: unknown[]}> = [tree]
  while (stack.length > 0) {
    const parent = stack.pop()!
    if (!parent.children) continue
    const children: unknown[] = []
    for (const child of parent.children as Array<{type: string; value?: string; position?: Position; children?: unknown[]}>) {
      if (child.type !== 'text' || child.value === undefined || child.value.length <= TEXT_PIECE || child.position?.start.offset === undefined) {
        children.push(child)
        if (child.children) stack.push(child)
        continue
      }
      const base = child.position.start.offset
      for (const [from, to] of piecesOf(child.value)) {
        const start = place.toPoint(base + from)
        const end = place.toPoint(base + to)
        children.push({type: 'text', value: child.value.slice(from, to), ...(start && end ? {position: {start, end}} : {})})
      }
    }
    parent.children = children
  }
}

/** [from, to) pieces of at most TEXT_PIECE characters, cut after white space when there is some (never inside a surrogate pair). */
function piecesOf(value: string): Array<[number, number]> {
  const pieces: Array<[number, number]> = []
  let from = 0
  while (value.length - from > TEXT_PIECE) {
    let to = from + TEXT_PIECE
    let cut = to
    while (cut > from + LONGEST_RUN && !/\s/.test(value[cut - 1]!)) cut--
    if (cut > from + LONGEST_RUN) to = cut
    else if (/[\ud800-\udbff]/.test(value[to - 1]!)) to--
    pieces.push([from, to])
    from = to
  }
  pieces.push([from, value.length])
  return pieces
}

/** The YAML front matter as an object, or undefined when absent or not a mapping. */
export function frontMatterOf(mdast: MdastRoot): Record<string, unknown> | undefined {
  const first = mdast.children[0]
  if (!first || first.type !== 'yaml') return undefined
  try {
    // Keep dates as strings: `date: 2020-10-02` must not shift with the time zone.
    const value: unknown = parseYaml(first.value, {schema: 'core'})
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined
  } catch {
    return undefined
  }
}

/** The text of the document without front matter and code, for language detection. */
export function proseOf(mdast: MdastRoot, text: string): string {
  const parts: string[] = []
  const visit = (node: {type: string; value?: string; children?: unknown[]}) => {
    if (node.type === 'text' && typeof node.value === 'string') parts.push(node.value)
    if (node.children) for (const child of node.children) visit(child as typeof node)
  }
  visit(mdast as never)
  return parts.length > 0 ? parts.join(' ') : text.length > 0 ? '' : text
}
