/**
 * What the language server says about a linted document, in the protocol's
 * terms: findings as diagnostics, fixes and suggestions as code actions, a
 * finding's explanation as a hover. Pure: a vfile and a TextDocument in,
 * protocol objects out, so the server only moves them over the connection.
 */
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {CodeActionKind, DiagnosticSeverity, DiagnosticTag, type CodeAction, type Diagnostic, type DiagnosticRelatedInformation, type Hover, type Position, type Range, type TextEdit} from 'vscode-languageserver'
import type {TextDocument} from 'vscode-languageserver-textdocument'
import {severityOf, type FactlintMessageFields} from '../document/messages.js'
import {applyFixes, fixesOf} from '../fix/apply.js'
import {SOURCE} from '../document/messages.js'
import {packageFile} from '../version.js'

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.${SOURCE}`

type Message = VFileMessage & FactlintMessageFields

/** What a diagnostic carries back to the server in a code action request. */
export interface DiagnosticData {
  version: number
  index: number
}

const SEVERITY = {error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, info: DiagnosticSeverity.Information} as const

/** The message's start and end as offsets into the linted text (a message without a place sits at 1:1). */
export function offsetsOf(message: VFileMessage, document: TextDocument): [number, number] {
  const place = message.place
  if (place && 'start' in place) {
    const start = place.start.offset ?? document.offsetAt({line: place.start.line - 1, character: place.start.column - 1})
    const end = place.end.offset ?? document.offsetAt({line: place.end.line - 1, character: place.end.column - 1})
    return [start, end]
  }
  const start = place ? (place.offset ?? document.offsetAt({line: place.line - 1, character: place.column - 1})) : 0
  return [start, start]
}

function rangeOf(document: TextDocument, start: number, end: number): Range {
  return {start: document.positionAt(start), end: document.positionAt(end)}
}

/** A point of vfile (1-based line and column) as a protocol position (0-based). */
function positionOf(point: {line: number; column: number}): Position {
  return {line: Math.max(0, point.line - 1), character: Math.max(0, point.column - 1)}
}

/** An open document by the path its file was linted under (cross-file findings name the other document by that path). */
export type OpenDocumentOf = (path: string) => TextDocument | undefined

/** The document's findings as diagnostics, in the order of `file.messages`. */
export function diagnosticsOf(file: VFile, document: TextDocument, cwd: string, openDocumentOf: OpenDocumentOf = () => undefined): Diagnostic[] {
  return file.messages.map((message, index) => {
    const [start, end] = offsetsOf(message, document)
    const diagnostic: Diagnostic = {
      range: rangeOf(document, start, end),
      severity: SEVERITY[severityOf(message)],
      source: SOURCE,
      message: message.reason,
      data: {version: document.version, index} satisfies DiagnosticData
    }
    if (message.ruleId) diagnostic.code = message.ruleId
    if (message.url) diagnostic.codeDescription = {href: message.url}
    // Words the finding's own fix deletes (the second of a doubled word) are shown as unnecessary, faded.
    const {fix} = message as Message
    if (fix && fix.text === '' && !fix.unsafe && start < end && fix.range[0] <= start && end <= fix.range[1]) diagnostic.tags = [DiagnosticTag.Unnecessary]
    const related = relatedOf(message, document, cwd, openDocumentOf)
    if (related) diagnostic.relatedInformation = [related]
    return diagnostic
  })
}

/**
 * The related place of a finding (the first copy of a duplicate, the date a
 * year came from): in this document, in another open document (by the
 * editor's text), or in a file on disk (by its line and column).
 */
function relatedOf(message: VFileMessage, document: TextDocument, cwd: string, openDocumentOf: OpenDocumentOf): DiagnosticRelatedInformation | undefined {
  const cause = message.cause as VFileMessage | undefined
  if (!(cause instanceof Error) || !cause.place || !('start' in cause.place)) return undefined
  const {start, end} = cause.place
  const here = !cause.file || cause.file === message.file
  const other = here ? document : cause.file ? openDocumentOf(cause.file) : undefined
  // An archived story's place may be its URL (`--archive`): linked as it is, not as a file.
  const uri = other ? other.uri : !cause.file ? document.uri : /^[a-z][\w+.-]*:\/\//i.test(cause.file) ? cause.file : pathToFileURL(path.resolve(cwd, cause.file)).href
  const range: Range =
    other && start.offset !== undefined && end.offset !== undefined ? rangeOf(other, start.offset, end.offset) : {start: positionOf(start), end: positionOf(end)}
  return {location: {uri, range}, message: cause.reason}
}

/** The messages behind the diagnostics the editor sent back with a code action request, if the document has not changed since. */
export function messagesOf(file: VFile, version: number, diagnostics: readonly Diagnostic[]): Array<{message: Message; diagnostic: Diagnostic}> {
  const found: Array<{message: Message; diagnostic: Diagnostic}> = []
  for (const diagnostic of diagnostics) {
    if (diagnostic.source !== SOURCE) continue
    const data = diagnostic.data as Partial<DiagnosticData> | undefined
    if (data?.version !== version || typeof data.index !== 'number') continue
    const message = file.messages[data.index]
    if (message) found.push({message: message as Message, diagnostic})
  }
  return found
}

function edit(document: TextDocument, start: number, end: number, text: string): TextEdit {
  return {range: rangeOf(document, start, end), newText: text}
}

/**
 * The quick fixes of one finding: its fix (preferred when safe), then each
 * other suggestion as a replacement of the finding's words, to be chosen by
 * the writer.
 */
export function quickFixesOf(message: Message, diagnostic: Diagnostic | undefined, document: TextDocument): CodeAction[] {
  const actions: CodeAction[] = []
  const [start, end] = offsetsOf(message, document)
  const rule = message.ruleId ?? SOURCE
  const seen = new Set<string>()
  if (message.fix) {
    const [fixStart, fixEnd] = message.fix.range
    const edits = [edit(document, fixStart, fixEnd, message.fix.text)]
    seen.add(`${fixStart}:${fixEnd}:${message.fix.text}`)
    actions.push({
      title: `${titleOf(document.getText().slice(fixStart, fixEnd), message.fix.text)} (${rule})`,
      kind: CodeActionKind.QuickFix,
      diagnostics: diagnostic ? [diagnostic] : undefined,
      isPreferred: !message.fix.unsafe,
      edit: {changes: {[document.uri]: edits}}
    })
  }
  // As in the interactive report: the fix is the first suggestion, made by the rule.
  for (const suggestion of (message.expected ?? []).slice(message.fix ? 1 : 0)) {
    if (typeof suggestion !== 'string' || start === end || seen.has(`${start}:${end}:${suggestion}`)) continue
    seen.add(`${start}:${end}:${suggestion}`)
    actions.push({
      title: `${titleOf(document.getText().slice(start, end), suggestion)} (${rule})`,
      kind: CodeActionKind.QuickFix,
      diagnostics: diagnostic ? [diagnostic] : undefined,
      edit: {changes: {[document.uri]: [edit(document, start, end, suggestion)]}}
    })
  }
  return actions
}

/**
 * "Ignore this finding", in the way the document's format allows: in
 * Markdown, a `<!-- factlint-ignore rule-id -->` comment on its own line
 * before the top-level block that holds the finding (the comment covers that
 * whole block, as docs/baseline.md says); in plain text, the directive line
 * `[factlint-disable-next-line rule-id]` before the finding's line (added to
 * the directive already there, if any). Undefined for a finding that is not
 * a rule's (`known` holds the ids a comment may name) or lies outside every
 * Markdown block.
 */
export function ignoreActionOf(message: Message, diagnostic: Diagnostic | undefined, file: VFile, document: TextDocument, known: ReadonlySet<string>): CodeAction | undefined {
  if (!message.ruleId || !known.has(message.ruleId)) return undefined
  const [start] = offsetsOf(message, document)
  const mdast = file.data.factlint?.mdast
  const action = (title: string, at: [number, number], text: string): CodeAction => ({
    title,
    kind: CodeActionKind.QuickFix,
    diagnostics: diagnostic ? [diagnostic] : undefined,
    edit: {changes: {[document.uri]: [edit(document, at[0], at[1], text)]}}
  })
  const text = document.getText()
  if (!mdast) return plainIgnoreOf(message.ruleId, text, start, action)
  const block = mdast.children.find((child) => child.type !== 'yaml' && child.position?.start.offset !== undefined && child.position.start.offset <= start && start < (child.position.end.offset ?? 0))
  const at = block?.position?.start.offset
  if (at === undefined) return undefined
  // The comment starts the block's first line, before a list marker or a quote marker.
  const lineStart = text.lastIndexOf('\n', at - 1) + 1
  return action(`Ignore ${message.ruleId} in this block (<!-- ${SOURCE}-ignore -->)`, [lineStart, lineStart], `<!-- ${SOURCE}-ignore ${message.ruleId} -->\n`)
}

/** `[factlint-disable-next-line a b]` alone on its line, as the engine reads it (engine/suppress.ts). */
const NEXT_LINE_DIRECTIVE = new RegExp(`^([ \\t]*\\[${SOURCE}-disable-next-line)((?:[ \\t]+[^\\s\\]]+)*)([ \\t]*\\][ \\t]*)$`)

function plainIgnoreOf(ruleId: string, text: string, start: number, action: (title: string, at: [number, number], text: string) => CodeAction): CodeAction {
  const title = `Ignore ${ruleId} on this line ([${SOURCE}-disable-next-line])`
  const lineStart = text.lastIndexOf('\n', start - 1) + 1
  // The line above already holds a directive for this line: it names one rule more.
  if (lineStart > 0) {
    const aboveStart = text.lastIndexOf('\n', lineStart - 2) + 1
    const above = text.slice(aboveStart, lineStart - 1).replace(/\r$/, '')
    const match = NEXT_LINE_DIRECTIVE.exec(above)
    if (match && match[2]!.trim() !== '') {
      const at = aboveStart + match[1]!.length + match[2]!.length
      return action(title, [at, at], ` ${ruleId}`)
    }
  }
  const newline = text.includes('\r\n') ? '\r\n' : '\n'
  return action(title, [lineStart, lineStart], `[${SOURCE}-disable-next-line ${ruleId}]${newline}`)
}

const SHOWN = 40

function titleOf(before: string, after: string): string {
  const show = (text: string) => `“${text.length > SHOWN ? `${text.slice(0, SHOWN)}…` : text}”`.replace(/\n/g, '⏎')
  if (after === '') return `Delete ${show(before)}`
  if (before === '') return `Insert ${show(after)}`
  return `Replace ${show(before)} with ${show(after)}`
}

/**
 * Every safe fix of the document that does not overlap another, as the
 * first pass of `factlint --fix` applies them; undefined when there is none.
 */
export function fixAllOf(file: VFile, document: TextDocument, kind: string): CodeAction | undefined {
  const {applied} = applyFixes(document.getText(), fixesOf(file.messages))
  if (applied.length === 0) return undefined
  return {
    title: `Fix all safe problems in this file (${applied.length} ${SOURCE} fix${applied.length === 1 ? '' : 'es'})`,
    kind,
    edit: {changes: {[document.uri]: applied.map(({fix}) => edit(document, fix.range[0], fix.range[1], fix.text))}}
  }
}

/** The findings under `position`, explained: the message, its suggestions, the related place and the rule page's first paragraph. */
export function hoverOf(file: VFile, document: TextDocument, position: Position): Hover | undefined {
  const offset = document.offsetAt(position)
  const under = file.messages.filter((message) => {
    const [start, end] = offsetsOf(message, document)
    return start <= offset && (offset < end || (start === end && offset === start))
  }) as Message[]
  if (under.length === 0) return undefined
  const parts = under.map((message) => {
    const lines = [`**${SOURCE}** \`${message.ruleId ?? ''}\` (${severityOf(message)}): ${message.reason}`]
    const suggestions = (message.expected ?? []).filter((suggestion) => typeof suggestion === 'string')
    if (suggestions.length > 0) lines.push('', `Suggested: ${suggestions.map((suggestion) => (suggestion === '' ? '(delete)' : `“${suggestion}”`)).join(', ')}`)
    const cause = message.cause as VFileMessage | undefined
    if (cause instanceof Error) lines.push('', `Related: ${cause.reason}${cause.line ? ` (line ${cause.line})` : ''}`)
    const summary = message.ruleId ? rulePageSummary(message.ruleId) : undefined
    if (summary) lines.push('', summary)
    if (message.url) lines.push('', `[${message.ruleId}](${message.url})`)
    return lines.join('\n')
  })
  const [start, end] = offsetsOf(under[0]!, document)
  return {contents: {kind: 'markdown', value: parts.join('\n\n---\n\n')}, range: rangeOf(document, start, end)}
}

const summaries = new Map<string, string | undefined>()

/**
 * The first paragraph (or list) of the rule's page, docs/rules/<id>.md, after
 * its title and its line of metadata; undefined when the page is missing.
 */
export function rulePageSummary(ruleId: string): string | undefined {
  if (!/^[a-z][a-z0-9-]*$/.test(ruleId)) return undefined
  if (!summaries.has(ruleId)) {
    let summary: string | undefined
    try {
      summary = firstParagraph(readFileSync(packageFile(`docs/rules/${ruleId}.md`), 'utf8'))
    } catch {
      summary = undefined
    }
    summaries.set(ruleId, summary)
  }
  return summaries.get(ruleId)
}

export function firstParagraph(page: string): string | undefined {
  const blocks = page.split(/\r?\n\s*\r?\n/).map((block) => block.trim())
  return blocks.find((block) => block !== '' && !block.startsWith('#') && !/^\*\*(Default|Severity):\*\*/.test(block))
}
