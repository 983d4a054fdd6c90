import type {Key} from 'ink'
import type {LintedDocument} from '../../engine/run.js'
import {runScreenLabels, screenLabels, type ScreenLabels} from '../formatters/labels.js'
import type {TimelineEntry} from './actions.js'
import type {Lang} from '../../types.js'
import {wordsOf} from './words.js'
import {applyFilters, buildRows, collectFindings, cycle, filePaths, fixChoices, NO_FILTERS, ORDERS, ruleIds, SEVERITIES, type FixChoice, type Filters, type ReviewFinding, type Row, type SortOrder} from './model.js'

/**
 * The report's state and what each key does to it, as a pure function: the
 * component keeps the state and runs the effects (write a fix, dismiss,
 * load a timeline, quit) that a key asks for.
 */
export interface ReviewState {
  documents: LintedDocument[]
  filters: Filters
  /** Index in the filtered findings. */
  selected: number
  focus: 'list' | 'detail'
  /** The timeline's `document` is an index in `documents`; `cursor`, the selected date's index in `entries`. */
  overlay?: {kind: 'help'} | {kind: 'timeline'; document: number; path: string; entries?: TimelineEntry[]; loading: boolean; cursor: number}
  overlayScroll: number
  detailScroll: number
  prompt?: {kind: 'filter'} | {kind: 'fix'; choices: FixChoice[]}
  status?: string
  busy: boolean
  /** Dismissed findings, the last one first out: `u` puts it back. */
  dismissed: ReviewFinding[]
  /** `o` switches between grouped by rule and by place in the file. */
  order: SortOrder
  /**
   * While the run is still linting: the report is drawn first, the findings
   * come when it ends. `lang`: the run's language as known so far (French
   * while every document linted is, or, before any is, the first file's guessed).
   */
  loading?: {done: number; total: number; lang?: Lang | 'und'; guessed?: boolean}
  /** A document whose fix was refused because it changed on disk: `R` reads it again. */
  stale?: number
  /** `v`: the detail pane shows the selected finding's related place instead of the finding. */
  showRelated?: boolean
  /** Enter on a date of the timeline that no finding is on: the detail pane shows its line. */
  place?: DatePlace
}

/** A date of the timeline, at its place in its document. */
export interface DatePlace {
  document: number
  path: string
  entry: TimelineEntry
}

export type Effect =
  | {kind: 'quit'}
  | {kind: 'fix'; finding: ReviewFinding; choice: FixChoice}
  | {kind: 'dismiss'; finding: ReviewFinding}
  | {kind: 'undismiss'; finding: ReviewFinding}
  | {kind: 'timeline'; document: number}
  | {kind: 'reload'; document: number}

/** Sizes of what is on screen, for page moves and scrolling limits. */
export interface Viewport {
  listHeight: number
  detailLines: number
  detailHeight: number
  overlayLines: number
  overlayHeight: number
}

export interface View {
  all: ReviewFinding[]
  findings: ReviewFinding[]
  rows: Row[]
  rules: string[]
}

let cached: {documents: LintedDocument[]; filters: Filters; order: SortOrder | undefined; view: View} | undefined

/** Findings and rows for the state, recomputed only when documents, filters or order change. */
export function viewOf(state: Pick<ReviewState, 'documents' | 'filters'> & {order?: SortOrder}): View {
  if (cached && cached.documents === state.documents && cached.filters === state.filters && cached.order === state.order) return cached.view
  const all = collectFindings(state.documents, state.order)
  const findings = applyFilters(all, state.filters)
  const view = {all, findings, rows: buildRows(findings, state.order), rules: ruleIds(all)}
  cached = {documents: state.documents, filters: state.filters, order: state.order, view}
  return view
}

export function initialState(documents: LintedDocument[], loading = false): ReviewState {
  return {
    documents,
    filters: {text: ''},
    selected: 0,
    focus: 'list',
    overlayScroll: 0,
    detailScroll: 0,
    busy: false,
    dismissed: [],
    order: 'rule',
    ...(loading ? {loading: {done: 0, total: 0}} : {})
  }
}

export function selectedFinding(state: ReviewState): ReviewFinding | undefined {
  return viewOf(state).findings[state.selected]
}

/**
 * The screen's words: those of the file being shown (the selected finding's),
 * or, with no finding selected, the run's (French when every document is).
 */
export function labelsOf(state: Pick<ReviewState, 'documents' | 'loading'>, finding: ReviewFinding | undefined): ScreenLabels {
  return finding ? screenLabels(finding.lang) : runLabelsOf(state)
}

/** The words about the whole run: its documents', or while it lints, the language known so far. */
export function runLabelsOf(state: Pick<ReviewState, 'documents' | 'loading'>): ScreenLabels {
  return state.loading ? screenLabels(state.loading.lang) : runScreenLabels(state.documents.map((document) => document.file))
}

/**
 * The run's language as known while it lints: a guess until a document is
 * linted, then French while every document linted is French.
 */
export function withLanguage(state: ReviewState, lang: Lang | 'und', guess: boolean): ReviewState {
  const loading = state.loading
  if (!loading) return state
  if (guess) return loading.lang === undefined ? {...state, loading: {...loading, lang, guessed: true}} : state
  if (loading.lang === undefined || loading.guessed || loading.lang === 'fr') return {...state, loading: {...loading, lang, guessed: false}}
  return state
}

/** New filters, keeping the same finding selected when it still shows. */
export function withFilters(state: ReviewState, filters: Filters): ReviewState {
  return keepSelection(state, {...state, filters})
}

/** Another order of the list, with the same finding selected. */
export function withOrder(state: ReviewState, order: SortOrder): ReviewState {
  return keepSelection(state, {...state, order})
}

function keepSelection(state: ReviewState, next: ReviewState): ReviewState {
  const previous = selectedFinding(state)
  const index = previous ? viewOf(next).findings.findIndex((finding) => finding.message === previous.message) : -1
  return {...next, selected: Math.max(0, index), detailScroll: 0, place: undefined}
}

/** The run has ended: its documents replace the loading frame. */
export function withLoaded(state: ReviewState, documents: LintedDocument[]): ReviewState {
  const {loading: _loading, ...rest} = state
  return {...rest, documents, selected: 0, detailScroll: 0}
}

/** Documents after an action: the selection stays at the same place in the list. */
export function withDocuments(state: ReviewState, documents: LintedDocument[], status: string): ReviewState {
  const next = {...state, documents, status, busy: false, detailScroll: 0, place: undefined}
  const count = viewOf(next).findings.length
  return {...next, selected: Math.max(0, Math.min(state.selected, count - 1))}
}

export function reduceKey(state: ReviewState, input: string, key: Key, viewport: Viewport): {state: ReviewState; effect?: Effect} {
  // Ctrl+C quits from anywhere, with the same exit code as q.
  if (key.ctrl && input === 'c') return {state, effect: {kind: 'quit'}}
  // What an action reports stays until the next key, then the key bar comes back.
  if (state.status !== undefined && !state.busy) state = {...state, status: undefined}
  if (state.prompt?.kind === 'filter') return {state: filterPrompt(state, input, key)}
  if (state.prompt?.kind === 'fix') return fixPrompt(state, state.prompt.choices, input, key)
  if (state.overlay) return {state: overlayKey(state, input, key, viewport)}
  // Until the run ends there is nothing to move through: only quitting and help make sense.
  if (state.loading) {
    if (input === 'q' || key.escape) return {state, effect: {kind: 'quit'}}
    if (input === '?') return {state: {...state, overlay: {kind: 'help'}, overlayScroll: 0}}
    return {state}
  }

  const view = viewOf(state)
  const count = view.findings.length
  const select = (index: number): ReviewState => ({...state, selected: Math.max(0, Math.min(count - 1, index)), detailScroll: 0, status: undefined, showRelated: false, place: undefined})
  const scroll = (delta: number): ReviewState => ({
    ...state,
    detailScroll: Math.max(0, Math.min(viewport.detailLines - viewport.detailHeight, state.detailScroll + delta))
  })
  const inDetail = state.focus === 'detail'

  // As in lazygit or k9s, Esc first undoes the filters (/ text, r rule, s severity, F file); q always quits.
  const filtered = state.filters.text !== '' || state.filters.rule !== undefined || state.filters.severity !== undefined || state.filters.file !== undefined
  if (key.escape && filtered) return {state: {...withFilters(state, NO_FILTERS), status: undefined}}
  if (input === 'q' || key.escape) return {state, effect: {kind: 'quit'}}
  if (key.downArrow || input === 'j') return {state: inDetail ? scroll(1) : select(state.selected + 1)}
  if (key.upArrow || input === 'k') return {state: inDetail ? scroll(-1) : select(state.selected - 1)}
  if (key.pageDown) return {state: inDetail ? scroll(viewport.detailHeight) : select(state.selected + Math.max(1, viewport.listHeight - 1))}
  if (key.pageUp) return {state: inDetail ? scroll(-viewport.detailHeight) : select(state.selected - Math.max(1, viewport.listHeight - 1))}
  if (input === 'g' || key.home) return {state: select(0)}
  if (input === 'G' || key.end) return {state: select(count - 1)}
  if (key.return || key.rightArrow) return {state: {...state, focus: 'detail'}}
  if (key.leftArrow) return {state: {...state, focus: 'list'}}
  if (key.tab) return {state: {...state, focus: inDetail ? 'list' : 'detail'}}
  if (input === '/') return {state: {...state, prompt: {kind: 'filter'}, status: undefined}}
  if (input === 'r') return {state: withFilters(state, {...state.filters, rule: cycle(view.rules, state.filters.rule)})}
  if (input === 's') return {state: withFilters(state, {...state.filters, severity: cycle(SEVERITIES, state.filters.severity)})}
  if (input === 'F') {
    // The selected finding's file first, as lazygit narrows to what is under the cursor; then the next files, then all.
    const files = filePaths(view.all)
    const current = state.filters.file
    const file = current === undefined ? (view.findings[state.selected]?.path ?? files[0]) : cycle(files, current)
    return {state: withFilters(state, {...state.filters, file})}
  }
  if (input === '?') return {state: {...state, overlay: {kind: 'help'}, overlayScroll: 0}}
  if (input === 'o') return {state: withOrder(state, cycle(ORDERS, state.order) ?? ORDERS[0]!)}

  const finding = view.findings[state.selected]
  if (input === 'n' || input === 'N') {
    // n: the next file's first finding; N: this file's first, or from there the previous file's.
    const firsts = view.findings.flatMap((each, index) => (index === 0 || view.findings[index - 1]!.document !== each.document ? [index] : []))
    const target = input === 'n' ? firsts.find((index) => index > state.selected) : firsts.filter((index) => index < state.selected).at(-1)
    return {state: target === undefined ? state : select(target)}
  }
  if (input === 'v') {
    const labels = labelsOf(state, finding)
    if (!finding?.message.cause) return {state: {...state, status: wordsOf(labels).noRelated}}
    return {state: {...state, showRelated: !state.showRelated, detailScroll: 0, place: undefined}}
  }
  if (input === 't') {
    const document = finding?.document ?? 0
    const path = state.documents[document]?.file.path || '<stdin>'
    return {state: {...state, overlay: {kind: 'timeline', document, path, loading: true, cursor: 0}, overlayScroll: 0}, effect: {kind: 'timeline', document}}
  }
  if (input === 'R') {
    // The file a refused fix found changed on disk, or else the selected finding's file.
    const document = state.stale ?? finding?.document
    const labels = labelsOf(state, finding)
    if (document === undefined || !state.documents[document]?.absolutePath) return {state: {...state, status: wordsOf(labels).nothingToReload}}
    if (state.busy) return {state: {...state, status: labels.busy}}
    return {state: {...state, busy: true, status: wordsOf(labels).reloading(state.documents[document]!.file.path || '')}, effect: {kind: 'reload', document}}
  }
  if (input === 'u') {
    const last = state.dismissed[0]
    const labels = labelsOf(state, finding)
    if (state.busy) return {state: {...state, status: labels.busy}}
    if (!last) return {state: {...state, status: wordsOf(labels).nothingToUndo}}
    return {state: {...state, busy: true, dismissed: state.dismissed.slice(1)}, effect: {kind: 'undismiss', finding: last}}
  }
  if (input === 'f' || input === 'i') {
    const labels = labelsOf(state, finding)
    if (!finding) return {state: {...state, status: labels.noSelection}}
    if (state.busy) return {state: {...state, status: labels.busy}}
    if (input === 'i') return {state: {...state, busy: true, status: labels.dismissing}, effect: {kind: 'dismiss', finding}}
    const choices = fixChoices(finding)
    if (choices.length === 0) return {state: {...state, status: labels.noSuggestion}}
    return {state: {...state, prompt: {kind: 'fix', choices}, status: undefined}}
  }
  return {state}
}

function filterPrompt(state: ReviewState, input: string, key: Key): ReviewState {
  if (key.return) return {...state, prompt: undefined}
  if (key.escape) return {...withFilters(state, {...state.filters, text: ''}), prompt: undefined}
  if (key.backspace || key.delete) return {...withFilters(state, {...state.filters, text: [...state.filters.text].slice(0, -1).join('')})}
  if (input && !key.ctrl && !key.meta && !key.tab && !key.upArrow && !key.downArrow) {
    return withFilters(state, {...state.filters, text: state.filters.text + input})
  }
  return state
}

function fixPrompt(state: ReviewState, choices: FixChoice[], input: string, key: Key): {state: ReviewState; effect?: Effect} {
  const index = input === 'y' || key.return ? 0 : /^[1-3]$/.test(input) ? Number(input) - 1 : -1
  const finding = selectedFinding(state)
  const choice = choices[index]
  const labels = labelsOf(state, finding)
  if (!choice || !finding) return {state: {...state, prompt: undefined, status: labels.fixCancelled}}
  return {state: {...state, prompt: undefined, busy: true, status: labels.applying}, effect: {kind: 'fix', finding, choice}}
}

/** Lines of the timeline above its first date: its title, its counts, a blank line (see timelineLines). */
export const TIMELINE_HEAD = 3

/** The timeline's row of a date: one row per date, two when a rule reports it (its reason under it). */
export function timelineRowOf(entries: readonly TimelineEntry[], index: number): number {
  let row = TIMELINE_HEAD
  for (const entry of entries.slice(0, index)) row += entry.conflict ? 2 : 1
  return row
}

/**
 * The timeline has a cursor, as the list has: j/k and the arrows move it
 * from date to date, the pane scrolling to keep it in sight; Enter goes to
 * the finding on that date, or shows the date's line when none is on it.
 */
function timelineKey(state: ReviewState, overlay: Extract<ReviewState['overlay'], {kind: 'timeline'}>, entries: readonly TimelineEntry[], input: string, key: Key, viewport: Viewport): ReviewState {
  const moveTo = (index: number): ReviewState => {
    const cursor = Math.max(0, Math.min(entries.length - 1, index))
    const first = timelineRowOf(entries, cursor)
    const last = first + (entries[cursor]!.conflict ? 1 : 0)
    const limit = Math.max(0, viewport.overlayLines - viewport.overlayHeight)
    // The head stays in sight on the first date; the cursor's rows, whatever the scroll.
    let scroll = cursor === 0 ? 0 : state.overlayScroll
    if (first < scroll) scroll = first
    if (last >= scroll + viewport.overlayHeight) scroll = last - viewport.overlayHeight + 1
    return {...state, overlay: {...overlay, cursor}, overlayScroll: Math.max(0, Math.min(limit, scroll))}
  }
  const page = Math.max(1, Math.floor(viewport.overlayHeight / 2))
  if (key.downArrow || input === 'j') return moveTo(overlay.cursor + 1)
  if (key.upArrow || input === 'k') return moveTo(overlay.cursor - 1)
  if (key.pageDown) return moveTo(overlay.cursor + page)
  if (key.pageUp) return moveTo(overlay.cursor - page)
  if (input === 'g' || key.home) return moveTo(0)
  if (input === 'G' || key.end) return moveTo(entries.length - 1)
  if (key.return || key.rightArrow) {
    const entry = entries[overlay.cursor]
    return entry ? jumpToDate(state, overlay.document, overlay.path, entry) : state
  }
  return state
}

/**
 * Enter on a date: the finding on those words (a date rule's first), kept
 * selected in the list; when the filters hide it, they are cleared. A date
 * no finding is on: the detail pane shows its line.
 */
export function jumpToDate(state: ReviewState, document: number, path: string, entry: TimelineEntry): ReviewState {
  const closed: ReviewState = {...state, overlay: undefined, overlayScroll: 0, detailScroll: 0, showRelated: false, place: undefined, status: undefined}
  const dateRules = new Set(entry.findings.map((finding) => finding.ruleId))
  const on = (finding: ReviewFinding) => finding.document === document && finding.start < Math.max(entry.end, entry.start + 1) && Math.max(finding.end, finding.start + 1) > entry.start
  const best = (findings: readonly ReviewFinding[]) => {
    const index = findings.findIndex((finding) => on(finding) && dateRules.has(finding.ruleId))
    return index >= 0 ? index : findings.findIndex(on)
  }
  const shown = best(viewOf(state).findings)
  if (shown >= 0) return {...closed, selected: shown}
  const unfiltered = {...closed, filters: NO_FILTERS}
  const hidden = best(viewOf(unfiltered).findings)
  if (hidden >= 0) return {...unfiltered, selected: hidden}
  return {...closed, place: {document, path, entry}}
}

function overlayKey(state: ReviewState, input: string, key: Key, viewport: Viewport): ReviewState {
  const close = key.escape || input === 'q' || (input === '?' && state.overlay?.kind === 'help') || (input === 't' && state.overlay?.kind === 'timeline')
  if (close) return {...state, overlay: undefined}
  const overlay = state.overlay
  if (overlay?.kind === 'timeline' && overlay.entries && overlay.entries.length > 0) return timelineKey(state, overlay, overlay.entries, input, key, viewport)
  const limit = Math.max(0, viewport.overlayLines - viewport.overlayHeight)
  const scroll = (delta: number) => ({...state, overlayScroll: Math.max(0, Math.min(limit, state.overlayScroll + delta))})
  if (key.downArrow || input === 'j') return scroll(1)
  if (key.upArrow || input === 'k') return scroll(-1)
  if (key.pageDown) return scroll(viewport.overlayHeight)
  if (key.pageUp) return scroll(-viewport.overlayHeight)
  return state
}
