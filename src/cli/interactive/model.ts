import {severityOf, type FactlintMessageFields, type MessageSeverity} from '../../document/messages.js'
import type {VFileMessage} from 'vfile-message'
import type {LintedDocument} from '../../engine/run.js'
import type {Lang} from '../../types.js'
import {langOf, screenLabels} from '../formatters/labels.js'
import {pushAll} from '../../text/arrays.js'

/**
 * The interactive report's data: what the list shows, in which order, under
 * which filters. Pure functions over the engine's documents, so the views stay
 * thin and this part is tested without a terminal.
 */

export type SeverityName = MessageSeverity
export const SEVERITIES: readonly SeverityName[] = ['error', 'warning', 'info']

export type ReviewMessage = VFileMessage & FactlintMessageFields

export interface ReviewFinding {
  /** Index of the document in the report's documents. */
  document: number
  message: ReviewMessage
  path: string
  ruleId: string
  severity: SeverityName
  line: number
  column: number
  /** UTF-16 offsets of the span in the document text. */
  start: number
  end: number
  /** The document's language: the words around the finding follow it (English when absent). */
  lang?: Lang | 'und'
}

export interface Filters {
  /** `undefined`: every rule. */
  rule?: string
  severity?: SeverityName
  /** `F`: one file's findings (its path as shown); `undefined`: every file. */
  file?: string
  /** `/`: words anywhere in a finding; a `file:` (or `fichier:`) term matches the path only. */
  text: string
}

export const NO_FILTERS: Filters = {text: ''}

/**
 * The list's order: grouped by rule within each file (the default), or by
 * place in each file, as a reader goes through the draft.
 */
export type SortOrder = 'rule' | 'line'
export const ORDERS: readonly SortOrder[] = ['rule', 'line']

export type Row =
  | {kind: 'file'; path: string; counts: Record<SeverityName, number>; lang?: Lang | 'und'}
  | {kind: 'rule'; ruleId: string; count: number}
  | {kind: 'finding'; finding: ReviewFinding; index: number; /** In line order, no rule heading says the rule: the row does. */ withRule?: boolean}

export {severityOf}

export function pathOf(document: LintedDocument): string {
  return document.file.path || '<stdin>'
}

/** Every finding of every document, by file (run order), then rule and position, or position alone. */
export function collectFindings(documents: readonly LintedDocument[], order: SortOrder = 'rule'): ReviewFinding[] {
  const findings: ReviewFinding[] = []
  documents.forEach((document, index) => {
    const path = pathOf(document)
    const lang = langOf(document.file)
    const own = document.file.messages.map((message) => ({...toFinding(message as ReviewMessage, index, path), lang}))
    const byPlace = (a: ReviewFinding, b: ReviewFinding) => a.start - b.start || a.end - b.end
    own.sort(order === 'rule' ? (a, b) => a.ruleId.localeCompare(b.ruleId) || byPlace(a, b) : (a, b) => byPlace(a, b) || a.ruleId.localeCompare(b.ruleId))
    pushAll(findings, own)
  })
  return findings
}

function toFinding(message: ReviewMessage, document: number, path: string): ReviewFinding {
  const place = message.place
  const start = place && 'start' in place ? place.start : place
  const end = place && 'start' in place ? place.end : place
  const startOffset = start?.offset ?? message.fix?.range[0] ?? 0
  return {
    document,
    message,
    path,
    ruleId: message.ruleId ?? '',
    severity: severityOf(message),
    line: start?.line ?? message.line ?? 1,
    column: start?.column ?? message.column ?? 1,
    start: startOffset,
    end: Math.max(startOffset, end?.offset ?? startOffset)
  }
}

export function applyFilters(findings: readonly ReviewFinding[], filters: Filters): ReviewFinding[] {
  const {needle, paths} = filterTerms(filters.text)
  return findings.filter(
    (finding) =>
      (filters.rule === undefined || finding.ruleId === filters.rule) &&
      (filters.severity === undefined || finding.severity === filters.severity) &&
      (filters.file === undefined || finding.path === filters.file) &&
      (paths.length === 0 || paths.some((part) => finding.path.toLocaleLowerCase().includes(part))) &&
      (needle === '' || searchText(finding).includes(needle))
  )
}

/** `file:rabat` or `fichier:rabat`, as GitHub's and k9s's filters qualify a term: the path only. */
const FILE_TERM = /(?:^|\s)(?:file|fichier):(\S*)/giu

/**
 * A `/` filter's text: its `file:` terms (a finding's path holds one of
 * them), and the rest, matched anywhere in the finding. A term still being
 * typed (`file:`) filters nothing yet.
 */
export function filterTerms(text: string): {needle: string; paths: string[]} {
  const paths = [...text.matchAll(FILE_TERM)].map((match) => match[1]!.toLocaleLowerCase()).filter(Boolean)
  const needle = text.replace(FILE_TERM, '').trim().toLocaleLowerCase()
  return {needle, paths}
}

/** The paths of the files that have findings, in the run's order. */
export function filePaths(findings: readonly ReviewFinding[]): string[] {
  return [...new Set(findings.map((finding) => finding.path))]
}

function searchText(finding: ReviewFinding): string {
  const {message} = finding
  return [message.reason, finding.ruleId, finding.path, message.actual ?? '', ...(message.expected ?? [])].join('\n').toLocaleLowerCase()
}

/** The next value of a cycling filter: all, then each value in turn, then all again. */
export function cycle<T>(values: readonly T[], current: T | undefined): T | undefined {
  if (values.length === 0) return undefined
  if (current === undefined) return values[0]
  const index = values.indexOf(current)
  return index === -1 || index === values.length - 1 ? undefined : values[index + 1]
}

export function ruleIds(findings: readonly ReviewFinding[]): string[] {
  return [...new Set(findings.map((finding) => finding.ruleId))].sort()
}

/** List rows: a heading per file, a heading per rule within it (in rule order), then its findings. */
export function buildRows(findings: readonly ReviewFinding[], order: SortOrder = 'rule'): Row[] {
  const rows: Row[] = []
  let file: Extract<Row, {kind: 'file'}> | undefined
  let rule: Extract<Row, {kind: 'rule'}> | undefined
  let documentIndex = -1
  findings.forEach((finding, index) => {
    if (!file || finding.document !== documentIndex) {
      documentIndex = finding.document
      file = {kind: 'file', path: finding.path, counts: {error: 0, warning: 0, info: 0}, ...(finding.lang ? {lang: finding.lang} : {})}
      rows.push(file)
      rule = undefined
    }
    if (order === 'rule' && (!rule || rule.ruleId !== finding.ruleId)) {
      rule = {kind: 'rule', ruleId: finding.ruleId, count: 0}
      rows.push(rule)
    }
    file.counts[finding.severity]++
    if (rule) rule.count++
    rows.push(order === 'rule' ? {kind: 'finding', finding, index} : {kind: 'finding', finding, index, withRule: true})
  })
  return rows
}

export interface Counts {
  total: number
  severity: Record<SeverityName, number>
  rules: Array<[string, number]>
  files: Array<[string, number]>
}

export function countFindings(findings: readonly ReviewFinding[]): Counts {
  const severity: Record<SeverityName, number> = {error: 0, warning: 0, info: 0}
  const rules = new Map<string, number>()
  const files = new Map<string, number>()
  for (const finding of findings) {
    severity[finding.severity]++
    rules.set(finding.ruleId, (rules.get(finding.ruleId) ?? 0) + 1)
    files.set(finding.path, (files.get(finding.path) ?? 0) + 1)
  }
  return {total: findings.length, severity, rules: [...rules].sort((a, b) => a[0].localeCompare(b[0])), files: [...files]}
}

/**
 * First row of the list window: the selected row stays visible, and when
 * scrolling up onto the first finding of a group its headings come along.
 */
export function windowStart(previous: number, selectedRow: number, height: number, rows: readonly Row[]): number {
  const maxStart = Math.max(0, rows.length - height)
  let start = Math.min(previous, maxStart)
  if (selectedRow < start) {
    start = selectedRow
    while (start > 0 && rows[start - 1]?.kind !== 'finding' && selectedRow - start < height - 1) start--
  } else if (selectedRow >= start + height) {
    start = selectedRow - height + 1
  }
  return Math.max(0, Math.min(start, maxStart))
}

/** An edit the `f` key can apply: the rule's own fix first, then the other suggestions on the span. */
export interface FixChoice {
  label: string
  range: [number, number]
  text: string
  unsafe: boolean
}

export const MAX_CHOICES = 3

export function fixChoices(finding: ReviewFinding): FixChoice[] {
  const {message} = finding
  const expected = message.expected ?? []
  const choices: FixChoice[] = []
  const label = (value: string) => suggestionLabel(value, finding.lang)
  if (message.fix) {
    choices.push({label: label(expected[0] ?? message.fix.text), range: message.fix.range, text: message.fix.text, unsafe: message.fix.unsafe === true})
  }
  for (const value of expected.slice(message.fix ? 1 : 0)) {
    choices.push({label: label(value), range: [finding.start, finding.end], text: value, unsafe: false})
  }
  return choices.slice(0, MAX_CHOICES)
}

/** A suggested text as the report shows it, a deletion in words of the document's language. */
export function suggestionLabel(value: string, lang?: Lang | 'und'): string {
  return value === '' ? screenLabels(lang).deletion : `“${value}”`
}
