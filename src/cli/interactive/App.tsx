import {Box, Text, useApp, useInput, useStdout, type Key} from 'ink'
import {useEffect, useRef, useState} from 'react'
import type {LintedDocument} from '../../engine/run.js'
import {FileChangedError} from '../../fix/write.js'
import {ruleDescription, type LoadedRule} from '../../rules/define.js'
import {findRule} from '../../rules/index.js'
import {langOf, screenLabels, type ScreenLabels} from '../formatters/labels.js'
import type {Lang} from '../../types.js'
import type {ReviewActions} from './actions.js'
import {detailLines, detailTitle, placeText, relatedLines, relatedOf, sourceLines, type Line} from './detail.js'
import {VFileMessage} from 'vfile-message'
import {countFindings, windowStart, type ReviewFinding} from './model.js'
import {initialState, labelsOf, reduceKey, runLabelsOf, timelineRowOf, viewOf, withDocuments, withLanguage, withLoaded, type DatePlace, type Effect, type ReviewState, type Viewport} from './state.js'
import {fitKeyBar, wordsOf} from './words.js'
import {timelineDurationLines} from './durations.js'
import {Divider, FindingList, filterTitle, Header, helpLines, Pane, timelineLines, type Theme} from './views.js'

export interface AppProps {
  documents: LintedDocument[]
  actions: ReviewActions
  /** Colour or not (NO_COLOR, FORCE_COLOR, terminal). */
  color: boolean
  /** The CLI's exit code for the documents as they are when the user quits. */
  exitCodeOf(documents: LintedDocument[]): number
  onExit(code: number): void
  /**
   * The run, when the report is drawn before it ends: `documents` is empty
   * until it resolves, and a "linting N files…" frame shows its progress.
   * A rejection closes the report with that error.
   */
  load?: {start(onProgress: (done: number, total: number) => void, onLanguage?: (lang: Lang | 'und', guess: boolean) => void): Promise<LintedDocument[]>}
}

/** The exit code of a report closed before the run ended: interrupted, as Ctrl+C leaves a plain run. */
export const QUIT_WHILE_LINTING = 130

const MIN_COLUMNS = 40
const MIN_ROWS = 12
/** Header (3 lines), two dividers and the status line. */
const CHROME = 6
/** Message, five source lines and the caret line, suggestions, related place, rule. */
const DETAIL_LINES = 12

export function App({documents, actions, color, exitCodeOf, onExit, load}: AppProps) {
  const {exit} = useApp()
  const {columns, rows} = useTerminalSize()
  const [state, setState] = useState(() => initialState(documents, load !== undefined))
  // Keys can arrive faster than React renders: each one starts from the latest state.
  const latest = useRef(state)
  const update = (next: ReviewState) => {
    latest.current = next
    setState(next)
  }
  const mounted = useRef(true)
  useEffect(() => () => void (mounted.current = false), [])
  useEffect(() => {
    if (!load) return
    const progress = (done: number, total: number) => {
      if (mounted.current && latest.current.loading) update({...latest.current, loading: {...latest.current.loading, done, total}})
    }
    // The frame speaks the run's language as soon as it is known (a French run's reads in French from the start).
    const language = (lang: Lang | 'und', guess: boolean) => {
      if (mounted.current) {
        const next = withLanguage(latest.current, lang, guess)
        if (next !== latest.current) update(next)
      }
    }
    load.start(progress, language).then(
      (loaded) => {
        if (mounted.current) update(withLoaded(latest.current, loaded))
      },
      (error: unknown) => {
        if (mounted.current) exit(error instanceof Error ? error : new Error(String(error)))
      }
    )
  }, [])

  const theme: Theme = {color}
  const width = Math.max(MIN_COLUMNS, columns)
  // One line short of the terminal: a frame as tall as the screen makes Ink clear it on every render.
  const height = Math.max(MIN_ROWS, rows) - 1
  const body = height - CHROME
  // The detail pane gets what a finding usually needs, the list the rest (at least 40 %); Enter enlarges the detail.
  const detailHeight = state.focus === 'detail' ? body - Math.min(3, body - 3) : Math.min(DETAIL_LINES, body - Math.max(3, Math.floor(body * 0.4)))
  const listHeight = body - detailHeight

  const view = viewOf(state)
  const counts = countFindings(view.all)
  const finding = view.findings[state.selected]
  const document = finding ? state.documents[finding.document] : undefined
  // The words follow the file being shown; the header, about the whole run, follows the run.
  const labels = labelsOf(state, finding)
  const runLabels = runLabelsOf(state)
  const textOf = (path: string) => {
    const other = state.documents.find((each) => each.file.path === path)
    return other ? String(other.file.value) : undefined
  }
  const empty: Line[] = [[{text: state.loading ? wordsOf(labels).linting(state.loading.done, state.loading.total) : view.all.length === 0 ? labels.noFindings : labels.noMatch, style: 'dim'}]]
  // v: the related place instead of the finding.
  const related = state.showRelated && finding && document ? relatedLines(finding, String(document.file.value), width, textOf) : undefined
  const cause = related && finding ? relatedOf(finding.message) : undefined
  // Enter on a date of the timeline no finding is on: its line.
  const place = state.place ? placeLines(state.place, state.documents[state.place.document], width) : undefined
  const detail: Line[] =
    place ?? related ?? (finding && document ? detailLines(finding, String(document.file.value), descriptionOf(finding.ruleId, finding.lang, document.config.rules), width, textOf) : empty)
  const detailHeading = state.place
    ? `${wordsOf(labels).dateTitle} · ${state.place.path}:${state.place.entry.line}:${state.place.entry.column}`
    : finding
    ? cause
      ? `${wordsOf(labels).relatedTitle} · ${cause.file && cause.file !== finding.path ? cause.file : finding.path}:${placeText(cause)}`
      : `${labels.detailTitle} · ${detailTitle(finding)}`
    : labels.detailTitle
  const overlayLabels = state.overlay?.kind === 'timeline' ? screenLabels(langOf(state.documents[state.overlay.document]?.file)) : labels
  const overlay: Line[] | undefined =
    state.overlay?.kind === 'help'
      ? helpLines(overlayLabels)
      : state.overlay?.kind === 'timeline'
        ? state.overlay.loading
          ? [[{text: overlayLabels.timelineOf(state.overlay.path), style: 'heading'}], [], [{text: overlayLabels.readingDates, style: 'dim'}]]
          : timelineLines(state.overlay.path, state.overlay.entries, overlayLabels, state.overlay.cursor)
        : undefined
  const overlayHeight = body + 1
  // The durations date-arithmetic checked, under the timeline's dates.
  overlay?.push(...timelineDurationLines(state.overlay, state.overlay?.kind === 'timeline' ? state.documents[state.overlay.document]?.file : undefined))

  const selectedRow = finding ? view.rows.findIndex((row) => row.kind === 'finding' && row.index === state.selected) : 0
  const top = useRef(0)
  top.current = windowStart(top.current, selectedRow, listHeight, view.rows)

  const viewport: Viewport = {listHeight, detailLines: detail.length, detailHeight, overlayLines: overlay?.length ?? 0, overlayHeight}
  const viewportRef = useRef(viewport)
  viewportRef.current = viewport

  const run = (effect: Effect) => {
    const current = latest.current
    const after = (status: string) => (changed: LintedDocument) => {
      if (!mounted.current) return
      const documents = latest.current.documents.map((each, index) => (index === documentIndexOf(effect) ? changed : each))
      update(withDocuments(latest.current, documents, status))
    }
    const failed = (action: 'fix' | 'dismiss' | 'timeline', labels: ScreenLabels) => (error: unknown) => {
      if (!mounted.current) return
      // Someone edited the file: the fix is refused, and R reads the file again.
      // (By name: in the CLI's bundle the class may come from another chunk.)
      if (error instanceof FileChangedError || (error instanceof Error && error.name === 'FileChangedError')) {
        const document = documentIndexOf(effect)
        update({...latest.current, busy: false, stale: document, status: wordsOf(labels).changedOnDisk(latest.current.documents[document]?.file.path || '<stdin>')})
        return
      }
      update({...latest.current, busy: false, status: labels.failed(action, error instanceof Error ? error.message : String(error))})
    }
    switch (effect.kind) {
      case 'quit': {
        onExit(current.loading ? QUIT_WHILE_LINTING : exitCodeOf(current.documents))
        exit()
        return
      }
      case 'reload': {
        const target = current.documents[effect.document]!
        const labels = screenLabels(langOf(target.file))
        const path = target.file.path || '<stdin>'
        actions.reload(target).then(
          (changed) => {
            after(wordsOf(labels).reloaded(path, changed.file.messages.length))(changed)
            if (mounted.current && latest.current.stale === effect.document) update({...latest.current, stale: undefined})
          },
          failed('fix', labels)
        )
        return
      }
      case 'fix': {
        const target = current.documents[effect.finding.document]!
        const where = `${effect.finding.path}:${effect.finding.line}:${effect.finding.column}`
        const labels = screenLabels(effect.finding.lang)
        actions.applyFix(target, effect.choice).then(after(labels.fixed(where, effect.choice.label)), failed('fix', labels))
        return
      }
      case 'dismiss': {
        const target = current.documents[effect.finding.document]!
        const labels = screenLabels(effect.finding.lang)
        const done = after(labels.dismissed(`${effect.finding.path}:${effect.finding.line}:${effect.finding.column}`))
        actions.dismiss(target, effect.finding.message).then((changed) => {
          done(changed)
          if (mounted.current) update({...latest.current, dismissed: [effect.finding, ...latest.current.dismissed]})
        }, failed('dismiss', labels))
        return
      }
      case 'undismiss': {
        const target = current.documents[effect.finding.document]!
        const labels = screenLabels(effect.finding.lang)
        actions.undismiss(target, effect.finding.message).then(after(wordsOf(labels).undone(`${effect.finding.path}:${effect.finding.line}:${effect.finding.column}`)), failed('dismiss', labels))
        return
      }
      case 'timeline': {
        const target = current.documents[effect.document]
        const show = (entries: Awaited<ReturnType<ReviewActions['timeline']>>) => {
          const overlay = latest.current.overlay
          if (mounted.current && overlay?.kind === 'timeline') update({...latest.current, overlay: {...overlay, entries, loading: false}})
        }
        if (!target) show(undefined)
        else actions.timeline(target).then(show, (error: unknown) => {
          failed('timeline', screenLabels(langOf(target.file)))(error)
          show(undefined)
        })
      }
    }
  }

  useInput((input, key) => {
    // Keys typed faster than they are read arrive together ("jjj"): each counts, except as filter text.
    const keys = latest.current.prompt?.kind !== 'filter' && input.length > 1 && !key.ctrl && !key.meta ? [...input] : [input]
    for (const each of keys) {
      const result = reduceKey(latest.current, each, keys.length > 1 ? keyOf(each, key) : key, viewportRef.current)
      if (result.state !== latest.current) update(result.state)
      if (result.effect) run(result.effect)
    }
  })

  return (
    <Box flexDirection="column" width={width} height={height}>
      <Header counts={counts} fileCount={state.documents.length} shown={view.findings.length} theme={theme} labels={runLabels} loading={state.loading} />
      {overlay ? (
        <>
          <Divider title={state.overlay?.kind === 'help' ? overlayLabels.helpTitle : overlayLabels.timelineTitle} width={width} active />
          <Pane lines={overlay} start={state.overlayScroll} height={overlayHeight} theme={theme} width={width} selected={timelineCursorRow(state)} />
        </>
      ) : (
        <>
          <Divider
            title={`${labels.findingsTitle} ${view.findings.length === 0 ? 0 : state.selected + 1}/${view.findings.length} · ${filterTitle(state.filters, labels)}${state.order === 'line' ? ` · ${wordsOf(labels).byLine}` : ''}`}
            width={width}
            active={state.focus === 'list'}
          />
          {view.rows.length === 0 ? (
            <Pane lines={empty} start={0} height={listHeight} theme={theme} />
          ) : (
            <FindingList rows={view.rows} start={top.current} height={listHeight} selected={state.selected} theme={theme} focused={state.focus === 'list'} width={width} />
          )}
          <Divider title={detailHeading} width={width} active={state.focus === 'detail'} />
          <Pane lines={detail} start={state.detailScroll} height={detailHeight} theme={theme} />
        </>
      )}
      <StatusLine state={state} labels={labels} width={width} />
    </Box>
  )
}

/** The timeline's selected date, as a row of its pane. */
function timelineCursorRow(state: ReviewState): number | undefined {
  const overlay = state.overlay
  if (overlay?.kind !== 'timeline' || overlay.loading || !overlay.entries || overlay.entries.length === 0) return undefined
  return timelineRowOf(overlay.entries, overlay.cursor)
}

/** A date no finding is on, in the detail pane: its words and its line in the text. */
function placeLines(place: DatePlace, document: LintedDocument | undefined, width: number): Line[] {
  const lang = langOf(document?.file)
  const labels = screenLabels(lang)
  const {entry} = place
  const head: Line[] = [[{text: `${wordsOf(labels).noFindingOnDate} `, style: 'dim'}, {text: entry.text, style: 'bold'}, {text: entry.date ? `  ${entry.date} ${entry.weekday ?? ''}`.trimEnd() : '', style: 'dim'}]]
  if (!document) return head
  const at: ReviewFinding = {document: place.document, message: new VFileMessage(''), path: place.path, ruleId: '', severity: 'info', line: entry.line, column: entry.column, start: entry.start, end: entry.end, lang}
  return [...head, ...sourceLines(at, String(document.file.value), width)]
}

/** The rule's one-line description in the language of the finding's document. */
function descriptionOf(ruleId: string, lang: ReviewFinding['lang'], rules: readonly LoadedRule<any>[]): string | undefined {
  const rule = findRule(ruleId, rules)
  return rule && ruleDescription(rule.meta, lang)
}

/** The key of one character of a batch: Ink parses escape sequences apart, but not Enter, Tab or Backspace. */
function keyOf(character: string, batch: Key): Key {
  return {...batch, return: character === '\r' || character === '\n', tab: character === '\t', backspace: character === '\u007f' || character === '\b'}
}

function documentIndexOf(effect: Effect): number {
  return effect.kind === 'fix' || effect.kind === 'dismiss' || effect.kind === 'undismiss' ? effect.finding.document : effect.kind === 'timeline' || effect.kind === 'reload' ? effect.document : -1
}

function StatusLine({state, labels, width}: {state: ReviewState; labels: ScreenLabels; width: number}) {
  if (state.prompt?.kind === 'filter') {
    return (
      <Text wrap="truncate">
        <Text bold>/</Text>
        {state.filters.text}
        <Text inverse> </Text>
        <Text dimColor>{labels.filterPrompt}</Text>
      </Text>
    )
  }
  if (state.prompt?.kind === 'fix') {
    const [first, ...others] = state.prompt.choices
    return (
      <Text wrap="truncate" bold>
        {labels.fixPrompt(first!.label, first!.unsafe, others.map((choice, index) => ` · ${index + 2} ${choice.label}`).join(''))}
      </Text>
    )
  }
  if (state.status) return <Text wrap="truncate">{state.status}</Text>
  return <Text wrap="truncate" dimColor>{fitKeyBar(labels.keyBar, width, wordsOf(labels))}</Text>
}

/** The terminal's size, updated when it is resized. */
function useTerminalSize(): {columns: number; rows: number} {
  const {stdout} = useStdout()
  const read = () => ({columns: stdout.columns || 80, rows: stdout.rows || 24})
  const [size, setSize] = useState(read)
  useEffect(() => {
    const onResize = () => setSize(read())
    stdout.on('resize', onResize)
    return () => {
      stdout.off('resize', onResize)
    }
  }, [stdout])
  return size
}
