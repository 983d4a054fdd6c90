import type {Root as MdastRoot} from 'mdast'
import type {Root} from 'nlcst'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import remarkRetext from 'remark-retext'
import {unified} from 'unified'
import type {VFile} from 'vfile'
import {parse as parseYaml} from 'yaml'
import type {Lang} from '../types.js'
import {parserClassFor} from './parsers.js'
import {realignPositions} from './realign.js'

export interface MarkdownParse {
  mdast: MdastRoot
  nlcst: Root
  frontMatter?: Record<string, unknown>
}

export function parseMarkdownTree(file: VFile): MdastRoot {
  return unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).parse(file)
}

/**
 * Markdown through remark-parse and remark-retext: code, HTML and front matter
 * never reach the natural-language tree, and positions stay in the .md file.
 */
export async function parseMarkdown(file: VFile, mdast: MdastRoot, lang: Lang | 'und'): Promise<MarkdownParse> {
  const bridge = unified().use(remarkRetext, parserClassFor(lang) as never)
  const nlcst = (await bridge.run(structuredClone(mdast) as never, file)) as unknown as Root
  realignPositions(nlcst, mdast, file)
  return {mdast, nlcst, frontMatter: frontMatterOf(mdast)}
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
