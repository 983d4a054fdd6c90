import remarkMessageControl from 'remark-message-control'
import type {Node} from 'unist'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {DOCS_BASE_URL, SOURCE} from '../rules/define.js'
import type {LoadedRule} from '../rules/define.js'

/** Where the comments are documented: the page of a comment problem. */
const COMMENTS_URL = DOCS_BASE_URL.replace(/rules\/$/, 'baseline.md#inline-comments-in-markdown')

/** The comment name: `<!-- factlint-disable doubled-word -->`. */
export const COMMENT_NAME = 'factlint'

/**
 * Applies the suppression comments of a Markdown document
 * (`<!-- factlint-disable|enable|ignore [rule-id …] -->`) to its messages,
 * through remark-message-control. Plain text has no comments: it is left
 * alone (the baseline covers it).
 *
 * With `only`, just those messages are judged (the findings a cross-file
 * rule added after the document's own rules ran) and the comments are not
 * reported a second time.
 */
export function applySuppressions(file: VFile, ruleSet: readonly LoadedRule<any>[], only?: readonly VFileMessage[]): void {
  const doc = file.data.factlint
  if (!doc?.mdast) return
  const known = ruleSet.map((rule) => rule.meta.id)
  if (!only) {
    control(file, doc.mdast, known)
    return
  }
  // A scratch file holding only the new messages, so that comment problems
  // (an unknown rule id) are not reported twice.
  const scratch = new VFile({value: file.value, path: file.path})
  scratch.messages.push(...only)
  control(scratch, doc.mdast, undefined)
  const kept = new Set(scratch.messages)
  const judged = new Set(only)
  const remaining = file.messages.filter((message) => !judged.has(message) || kept.has(message))
  file.messages.splice(0, file.messages.length, ...remaining)
}

function control(file: VFile, tree: NonNullable<NonNullable<VFile['data']['factlint']>['mdast']>, known: string[] | undefined): void {
  try {
    remarkMessageControl({name: COMMENT_NAME, known, source: SOURCE})(withSpacedMarkers(tree) as typeof tree, file)
  } catch (error) {
    // `<!-- factlint-frobnicate -->`: message control fails the file with a
    // message it has already added; keep it and every finding, as a fatal one.
    if (!file.messages.includes(error as VFileMessage)) throw error
  }
  // Comment problems speak as factlint does: a rule id, a source and a page.
  for (const message of file.messages) {
    if (message.source === 'unified-message-control' || (message.fatal === true && message.source === undefined && message.ruleId === undefined)) {
      message.ruleId = 'suppression-comment'
      message.source = SOURCE
      message.url = COMMENTS_URL
      message.expected ??= []
    }
  }
}

/** `<!-- factlint-disable …` as written by users; message control reads `<!-- factlint disable …`. */
const HYPHENATED = /^(<!--\s*factlint)-([a-z]+)/i

/**
 * message control reads a comment's first word as its name and the second as
 * the keyword (remark-lint's `<!--lint disable-->`). factlint's comments are
 * hyphenated like ESLint's, so a copy of the tree is given in which they are
 * spaced; positions are unchanged, so ranges fall where the user wrote them.
 */
function withSpacedMarkers(node: Node): Node {
  if (node.type === 'html' && typeof (node as {value?: unknown}).value === 'string') {
    const value = (node as unknown as {value: string}).value
    return HYPHENATED.test(value) ? ({...node, value: value.replace(HYPHENATED, '$1 $2')} as Node) : node
  }
  const children = (node as {children?: Node[]}).children
  return children ? ({...node, children: children.map(withSpacedMarkers)} as Node) : node
}
