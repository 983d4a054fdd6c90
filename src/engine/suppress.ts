import remarkMessageControl from 'remark-message-control'
import type {Node} from 'unist'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {closest} from '../config/suggest.js'
import {addMessage, DOCS_BASE_URL, SOURCE} from '../document/messages.js'
import type {LoadedRule} from '../rules/define.js'
import type {Lang} from '../types.js'
import {pushAll, replaceContent} from '../text/arrays.js'

/** Where the comments are documented: the page of a comment problem. */
const COMMENTS_URL = DOCS_BASE_URL.replace(/rules\/$/, 'baseline.md#inline-comments-in-markdown')
const DIRECTIVES_URL = DOCS_BASE_URL.replace(/rules\/$/, 'baseline.md#directives-in-plain-text')

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
  if (doc && !doc.mdast) return applyPlainDirectives(file, ruleSet, only)
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
function reportProblem(file: VFile, problem: CommentProblem, lang: Lang | 'und', url = COMMENTS_URL, keywords = KEYWORDS): void {
  const french = lang === 'fr'
  const quote = (text: string) => (french ? `« ${text} »` : `"${text}"`)
  const hint = problem.suggestion ? (french ? ` (vouliez-vous dire ${quote(problem.suggestion)} ?)` : ` (did you mean ${quote(problem.suggestion)}?)`) : ''
  const reason = problem.keyword
    ? french
      ? `Commentaire factlint : mot-clé inconnu ${quote(problem.keyword)}${hint} ; attendu : ${keywords.slice(0, -1).join(', ')} ou ${keywords.at(-1)}. Ce commentaire ne réduit rien au silence`
      : `factlint comment: unknown keyword ${quote(problem.keyword)}${hint}; expected ${keywords.slice(0, -1).join(', ')} or ${keywords.at(-1)}. This comment silences nothing`
    : french
      ? `Commentaire factlint : règle inconnue ${quote(problem.rule!)}${hint} ; elle n’est pas réduite au silence`
      : `factlint comment: unknown rule ${quote(problem.rule!)}${hint}; it is not silenced`
  const message = addMessage(file, {reason, start: problem.start, end: problem.end, expected: problem.suggestion ? [problem.suggestion] : []})
  Object.assign(message, {ruleId: 'suppression-comment', source: SOURCE, url, fatal: problem.keyword ? true : false})
}

const PLAIN_KEYWORDS = ['disable-next-line', 'disable', 'enable']

/**
 * A directive line of a plain-text draft, alone on its line, in the style of
 * ESLint's comments: `[factlint-disable-next-line doubled-word]`,
 * `[factlint-disable unbalanced-quotes]` … `[factlint-enable unbalanced-quotes]`.
 */
const DIRECTIVE = /^[ \t]*\[factlint-([a-z-]+)((?:[ \t]+[^\s\]]+)*)[ \t]*\][ \t]*$/

/**
 * Applies the directive lines of a plain-text document to its messages.
 * `disable-next-line` silences the named rules (every rule when none is
 * named) on the next line that is not blank; `disable` silences them from its
 * line to the matching `enable` (or the end). Findings on a directive line
 * itself are dropped: the line is an instruction, not copy. Unknown keywords
 * and rule ids are reported as Markdown's comments are (suppression-comment).
 */
function applyPlainDirectives(file: VFile, ruleSet: readonly LoadedRule<any>[], only?: readonly VFileMessage[]): void {
  const doc = file.data.factlint!
  const text = doc.text
  if (!text.includes('[factlint-')) return
  const known = new Set(ruleSet.map((rule) => rule.meta.id))
  const lines = text.split(/\r\n|\r|\n/)
  /** Per line (1-based): the rules silenced there, `true` for all. */
  const silenced = new Map<number, Set<string> | true>()
  const directiveLines = new Set<number>()
  const problems: CommentProblem[] = []
  const open = new Map<string, number>() // rule id or '*' → line the range opened
  const silence = (line: number, ids: readonly string[]) => {
    const current = silenced.get(line)
    if (current === true) return
    if (ids.length === 0) return void silenced.set(line, true)
    const set = current ?? new Set<string>()
    for (const id of ids) set.add(id)
    silenced.set(line, set)
  }
  let offset = 0
  const starts = lines.map((line) => {
    const start = offset
    offset += line.length + 1
    return start
  })
  const ranges: Array<{ids: string[]; from: number; to: number}> = []
  lines.forEach((line, index) => {
    const match = DIRECTIVE.exec(line)
    if (!match) return
    const number = index + 1
    directiveLines.add(number)
    const keyword = match[1]!
    const at = (word: string, from = 0) => {
      const column = line.indexOf(word, from)
      return {start: starts[index]! + column, end: starts[index]! + column + word.length}
    }
    if (!PLAIN_KEYWORDS.includes(keyword)) {
      problems.push({...at(keyword), keyword, suggestion: closest(keyword, PLAIN_KEYWORDS)})
      return
    }
    const ids = match[2]!.trim().split(/\s+/).filter(Boolean)
    let from = line.indexOf(keyword) + keyword.length
    const kept: string[] = []
    for (const id of ids) {
      const span = at(id, from)
      from = span.end - starts[index]!
      if (known.has(id)) kept.push(id)
      else problems.push({...span, rule: id, suggestion: closest(id, [...known])})
    }
    // Naming only unknown rules silences nothing, not everything.
    if (ids.length > 0 && kept.length === 0) return
    if (keyword === 'disable-next-line') {
      let next = index + 1
      while (next < lines.length && (lines[next]!.trim() === '' || DIRECTIVE.test(lines[next]!))) next++
      if (next < lines.length) ranges.push({ids: kept, from: next + 1, to: next + 1})
      return
    }
    const keys = kept.length === 0 ? ['*'] : kept
    if (keyword === 'disable') {
      for (const key of keys) if (!open.has(key)) open.set(key, number)
      return
    }
    // enable: closes the named ranges (all of them without a name).
    for (const key of kept.length === 0 ? [...open.keys()] : keys) {
      const start = open.get(key)
      if (start === undefined) continue
      ranges.push({ids: key === '*' ? [] : [key], from: start, to: number})
      open.delete(key)
    }
  })
  for (const [key, start] of open) ranges.push({ids: key === '*' ? [] : [key], from: start, to: lines.length})
  for (const range of ranges) for (let line = range.from; line <= range.to; line++) silence(line, range.ids)
  for (const line of directiveLines) silence(line, [])

  const judged = only ? new Set(only) : undefined
  const kept = file.messages.filter((message) => {
    if (judged && !judged.has(message)) return true
    if (message.ruleId === 'suppression-comment') return true
    const rules = message.line === undefined ? undefined : silenced.get(message.line)
    return !(rules === true || (rules && message.ruleId && rules.has(message.ruleId)))
  })
  file.messages.splice(0, file.messages.length, ...kept)
  if (!only) for (const problem of problems) reportProblem(file, problem, doc.lang, DIRECTIVES_URL, PLAIN_KEYWORDS)
}
