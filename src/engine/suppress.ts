import remarkMessageControl from 'remark-message-control'
import type {Node} from 'unist'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {closest} from '../config/suggest.js'
import {addMessage, DOCS_BASE_URL, SOURCE} from '../rules/define.js'
import type {LoadedRule} from '../rules/define.js'
import type {Lang} from '../types.js'
import {pushAll, replaceContent} from '../text/arrays.js'

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
  const known = new Set(ruleSet.map((rule) => rule.meta.id))
  if (!only) {
    const problems: CommentProblem[] = []
    control(file, checkedComments(doc.mdast, known, problems))
    for (const problem of problems) reportProblem(file, problem, doc.lang)
    return
  }
  // A scratch file holding only the new messages, so that comment problems
  // (an unknown rule id) are not reported twice.
  const scratch = new VFile({value: file.value, path: file.path})
  pushAll(scratch.messages, only)
  control(scratch, checkedComments(doc.mdast, known, []))
  const kept = new Set(scratch.messages)
  const judged = new Set(only)
  const remaining = file.messages.filter((message) => !judged.has(message) || kept.has(message))
  replaceContent(file.messages, remaining)
}

function control(file: VFile, tree: Node): void {
  remarkMessageControl({name: COMMENT_NAME, source: SOURCE})(tree as never, file)
}

const KEYWORDS = ['disable', 'enable', 'ignore']

/** `<!-- factlint-disable a b -->` as users write it, or spaced as message control reads it. */
const COMMENT = /^<!--\s*factlint(?:-|\s+)(\S+?)((?:\s+[^\s>]+)*?)\s*-->$/

interface CommentProblem {
  /** Offsets of the unknown word in the document. */
  start: number
  end: number
  /** An unknown keyword, or an unknown rule id. */
  keyword?: string
  rule?: string
  suggestion?: string
}

/**
 * A copy of the tree that message control can read: factlint's hyphenated
 * comments spaced (positions unchanged, so ranges fall where the user wrote
 * them), a comment with an unknown keyword made inert, unknown rule ids left
 * out (a comment naming only unknown ids silences nothing). Each problem is
 * collected, so that one typo never stops the other comments from working.
 */
function checkedComments(node: Node, known: ReadonlySet<string>, problems: CommentProblem[]): Node {
  if (node.type === 'html' && typeof (node as {value?: unknown}).value === 'string') {
    const raw = (node as unknown as {value: string}).value
    const match = COMMENT.exec(raw.trim())
    if (!match) return node
    // The problem's span is the word itself, so that a suggestion replaces just it.
    const offset = (node.position?.start.offset ?? 0) + raw.indexOf(match[0])
    let searchFrom = match[0].indexOf('factlint') + 'factlint'.length
    const spanOf = (word: string) => {
      const at = match[0].indexOf(word, searchFrom)
      searchFrom = at + word.length
      return {start: offset + at, end: offset + at + word.length}
    }
    const keyword = match[1]!
    if (!KEYWORDS.includes(keyword)) {
      problems.push({...spanOf(keyword), keyword, suggestion: closest(keyword, KEYWORDS)})
      return {...node, value: '<!-- -->'} as Node
    }
    spanOf(keyword)
    const ids = match[2]!.trim().split(/\s+/).filter(Boolean)
    const kept = ids.filter((id) => known.has(id))
    for (const id of ids) {
      const span = spanOf(id)
      if (!known.has(id)) problems.push({...span, rule: id, suggestion: closest(id, [...known])})
    }
    const value = ids.length > 0 && kept.length === 0 ? '<!-- -->' : `<!--factlint ${[keyword, ...kept].join(' ')}-->`
    return {...node, value} as Node
  }
  const children = (node as {children?: Node[]}).children
  return children ? ({...node, children: children.map((child) => checkedComments(child, known, problems))} as Node) : node
}

/** A comment problem in the document's language: an unknown keyword is an error, an unknown rule a warning. */
function reportProblem(file: VFile, problem: CommentProblem, lang: Lang | 'und'): void {
  const french = lang === 'fr'
  const quote = (text: string) => (french ? `« ${text} »` : `"${text}"`)
  const hint = problem.suggestion ? (french ? ` (vouliez-vous dire ${quote(problem.suggestion)} ?)` : ` (did you mean ${quote(problem.suggestion)}?)`) : ''
  const reason = problem.keyword
    ? french
      ? `Commentaire factlint : mot-clé inconnu ${quote(problem.keyword)}${hint} ; attendu : disable, enable ou ignore. Ce commentaire ne réduit rien au silence`
      : `factlint comment: unknown keyword ${quote(problem.keyword)}${hint}; expected disable, enable or ignore. This comment silences nothing`
    : french
      ? `Commentaire factlint : règle inconnue ${quote(problem.rule!)}${hint} ; elle n’est pas réduite au silence`
      : `factlint comment: unknown rule ${quote(problem.rule!)}${hint}; it is not silenced`
  const message = addMessage(file, {reason, start: problem.start, end: problem.end, expected: problem.suggestion ? [problem.suggestion] : []})
  Object.assign(message, {ruleId: 'suppression-comment', source: SOURCE, url: COMMENTS_URL, fatal: problem.keyword ? true : false})
}
