import {Box, Text} from 'ink'
import {screenLabels, type KeyAction, type ScreenLabels} from '../formatters/labels.js'
import type {Line, SegmentStyle} from './detail.js'
import type {TimelineEntry} from './actions.js'
import type {Counts, Filters, Row, SeverityName} from './model.js'
import {largest} from '../../text/arrays.js'
import {wordsOf} from './words.js'

/** Colours only when the terminal wants them (NO_COLOR, pipes); inverse and bold are not colour. */
export interface Theme {
  color: boolean
}

type TextStyle = {color?: string; dimColor?: boolean; bold?: boolean; inverse?: boolean; underline?: boolean; strikethrough?: boolean}

const SEVERITY_COLOUR: Record<SeverityName, string> = {error: 'red', warning: 'yellow', info: 'blue'}

function styleOf(style: SegmentStyle | undefined, theme: Theme): TextStyle {
  const colour = (name: string) => (theme.color ? {color: name} : {})
  switch (style) {
    case 'dim':
      return {dimColor: true}
    case 'bold':
    case 'heading':
      return {bold: true}
    case 'error':
    case 'warning':
    case 'info':
      return {...colour(SEVERITY_COLOUR[style]), bold: true}
    case 'highlight':
      return {...colour('red'), inverse: true}
    case 'caret':
      return colour('red')
    case 'suggestion':
      return colour('green')
    // A word-level difference: its [-…-] and {+…+} marks read without colour too.
    case 'removed':
      return {...colour('red'), strikethrough: true}
    case 'added':
      return {...colour('green'), bold: true}
    default:
      return {}
  }
}

export function LineView({line, theme}: {line: Line; theme: Theme}) {
  return (
    <Text wrap="truncate">
      {line.length === 0 ? ' ' : line.map((segment, index) => <Text key={index} {...styleOf(segment.style, theme)}>{segment.text}</Text>)}
    </Text>
  )
}

/** A horizontal rule with a title: `── Findings 3/12 ─────`. */
export function Divider({title, width, active}: {title: string; width: number; active?: boolean}) {
  const head = `── ${title} `
  return (
    <Text wrap="truncate" bold={active} dimColor={!active}>
      {head + '─'.repeat(Math.max(0, width - [...head].length))}
    </Text>
  )
}

/** The run's counts; `labels` are the run's (French when every document is). */
export function Header({counts, fileCount, shown, theme, labels, loading}: {counts: Counts; fileCount: number; shown: number; theme: Theme; labels: ScreenLabels; loading?: {done: number; total: number}}) {
  // Drawn before the run ends: what it is doing, and how far.
  if (loading) {
    return (
      <Box flexDirection="column">
        <Text wrap="truncate">
          <Text bold>factlint</Text>
          <Text>{`  ${wordsOf(labels).linting(loading.done, loading.total)}`}</Text>
        </Text>
        <Text wrap="truncate" dimColor>{`${labels.rulesHeading}…`}</Text>
        <Text wrap="truncate" dimColor>{`${labels.filesHeading}…`}</Text>
      </Box>
    )
  }
  // Every file linted counts, not only those with findings; a clean run says so in words.
  if (counts.total === 0) {
    return (
      <Box flexDirection="column">
        <Text wrap="truncate">
          <Text bold>factlint</Text>
          <Text>{`  ${labels.files(fileCount)} · ${wordsOf(labels).noFindingsYet}`}</Text>
        </Text>
        <Text wrap="truncate" dimColor>{`${labels.rulesHeading}—`}</Text>
        <Text wrap="truncate" dimColor>{`${labels.filesHeading}—`}</Text>
      </Box>
    )
  }
  return (
    <Box flexDirection="column">
      <Text wrap="truncate">
        <Text bold>factlint</Text>
        <Text>{`  ${labels.files(fileCount)} · ${labels.findings(counts.total)}`}</Text>
        <Text {...styleOf('error', theme)}>{labels.errors(counts.severity.error)}</Text>
        <Text>{', '}</Text>
        <Text {...styleOf('warning', theme)}>{labels.warnings(counts.severity.warning)}</Text>
        <Text>{', '}</Text>
        <Text {...styleOf('info', theme)}>{labels.infos(counts.severity.info)}</Text>
        {shown !== counts.total ? <Text dimColor>{`  ${labels.shown(shown)}`}</Text> : null}
      </Text>
      <Text wrap="truncate" dimColor>
        {`${labels.rulesHeading}${counts.rules.map(([id, count]) => `${id} ${count}`).join(' · ') || '—'}`}
      </Text>
      <Text wrap="truncate" dimColor>
        {`${labels.filesHeading}${counts.files.map(([file, count]) => `${file} ${count}`).join(' · ') || '—'}`}
      </Text>
    </Box>
  )
}

export function filterTitle(filters: Filters, labels: ScreenLabels): string {
  return labels.filterTitle(filters.rule, filters.severity, filters.text) + (filters.file === undefined ? '' : wordsOf(labels).fileTitle(filters.file))
}

export function FindingList({rows, start, height, selected, theme, focused, width}: {rows: readonly Row[]; start: number; height: number; selected: number; theme: Theme; focused: boolean; width: number}) {
  // Only the rows in the window are rendered: a thousand findings cost the same as twenty.
  const visible = rows.slice(start, start + height)
  return (
    <Box flexDirection="column" height={height}>
      {visible.map((row, offset) => (
        <RowView key={start + offset} row={row} selected={row.kind === 'finding' && row.index === selected} theme={theme} focused={focused} width={width} />
      ))}
    </Box>
  )
}

function RowView({row, selected, theme, focused, width}: {row: Row; selected: boolean; theme: Theme; focused: boolean; width: number}) {
  if (row.kind === 'file') {
    const labels = screenLabels(row.lang)
    const parts = (['error', 'warning', 'info'] as const).filter((severity) => row.counts[severity] > 0).map((severity) => labels.fileCount(row.counts[severity], severity))
    return (
      <Text wrap="truncate">
        <Text bold underline>{row.path}</Text>
        <Text dimColor>{`  ${parts.join(' · ')}`}</Text>
      </Text>
    )
  }
  if (row.kind === 'rule') {
    return (
      <Text wrap="truncate" bold>
        {`  ${row.ruleId} `}
        <Text dimColor>{`(${row.count})`}</Text>
      </Text>
    )
  }
  const {finding} = row
  const labels = screenLabels(finding.lang)
  const place = `${`${finding.line}:${finding.column}`.padEnd(8)} `
  const severity = labels.severity[finding.severity].padEnd(labels.severityWidth)
  // In line order no heading names the rule: the row does, before the message.
  const rule = row.withRule ? `${finding.ruleId}  ` : ''
  if (selected) {
    // A bar across the whole row, in reverse video (bold when the list has the focus): visible without colour.
    const text = ` › ${place}${severity}${rule}${finding.message.reason}`
    const length = [...text].length
    const bar = length > width ? [...text].slice(0, width - 1).join('') + '…' : text + ' '.repeat(width - length)
    return (
      <Text wrap="truncate" inverse bold={focused}>
        {bar}
      </Text>
    )
  }
  return (
    <Text wrap="truncate">
      <Text>{'   '}</Text>
      <Text dimColor>{place}</Text>
      <Text {...(theme.color ? {color: SEVERITY_COLOUR[finding.severity]} : {})}>{severity}</Text>
      {rule ? <Text dimColor>{rule}</Text> : null}
      <Text>{finding.message.reason}</Text>
    </Text>
  )
}

/** Lines in a window; `selected` (a line's index) shows as the list's bar, across `width`. */
export function Pane({lines, start, height, theme, selected, width}: {lines: readonly Line[]; start: number; height: number; theme: Theme; selected?: number; width?: number}) {
  return (
    <Box flexDirection="column" height={height}>
      {lines.slice(start, start + height).map((line, index) =>
        start + index === selected ? <SelectedLine key={start + index} line={line} width={width ?? 80} /> : <LineView key={start + index} line={line} theme={theme} />
      )}
    </Box>
  )
}

/** A selected line in reverse video across the width, as the list's selected row: visible without colour. */
function SelectedLine({line, width}: {line: Line; width: number}) {
  const text = line.map((segment) => segment.text).join('')
  const length = [...text].length
  const bar = length > width ? [...text].slice(0, width - 1).join('') + '…' : text + ' '.repeat(width - length)
  return (
    <Text wrap="truncate" inverse bold>
      {bar}
    </Text>
  )
}

type HelpAction = KeyAction | 'undo' | 'order' | 'reload' | 'nextFile' | 'showRelated' | 'fileFilter'

/** The keys, the same in every language; what each does is in the labels. Keys that go together share a line. */
export const KEYS: Array<[string, HelpAction, ...HelpAction[]]> = [
  ['↑/↓  j/k', 'move'],
  ['PgUp/PgDn', 'page'],
  ['g/G  n/N', 'ends', 'nextFile'],
  ['Enter/→  v', 'open', 'showRelated'],
  ['Tab', 'switch'],
  ['/', 'filter'],
  ['r  s', 'rule', 'severity'],
  ['F', 'fileFilter'],
  ['o', 'order'],
  ['f', 'fix'],
  ['i', 'dismiss'],
  ['u', 'undo'],
  ['R', 'reload'],
  ['t', 'timeline'],
  ['?', 'help'],
  ['q/Esc', 'quit']
]

function helpText(action: HelpAction, labels: ScreenLabels): string {
  return action === 'undo' || action === 'order' || action === 'reload' || action === 'nextFile' || action === 'showRelated' || action === 'fileFilter' ? wordsOf(labels)[action] : labels.keys[action]
}

export function helpLines(labels: ScreenLabels): Line[] {
  return [
    [{text: labels.keysHeading, style: 'heading'}],
    ...KEYS.map(([keys, ...actions]): Line => [{text: `  ${keys.padEnd(12)}`, style: 'bold'}, {text: actions.map((action) => helpText(action, labels)).join(' · ')}]),
    [{text: labels.helpBack, style: 'dim'}]
  ]
}

/** The timeline pane; `cursor`, the selected date, marked `›` (and drawn as a bar) as the list's row. */
export function timelineLines(path: string, entries: TimelineEntry[] | undefined, labels: ScreenLabels, cursor = -1): Line[] {
  const title: Line = [{text: labels.timelineOf(path), style: 'heading'}]
  if (entries === undefined) return [title, [], [{text: labels.noTimeline, style: 'dim'}]]
  if (entries.length === 0) return [title, [], [{text: labels.noDates, style: 'dim'}]]
  const gutter = largest(entries.map((entry) => String(entry.line).length))
  const conflicts = entries.filter((entry) => entry.conflict).length
  return [
    title,
    [{text: labels.datesAndConflicts(entries.length, conflicts), style: 'dim'}],
    [],
    ...entries.flatMap((entry, index): Line[] => {
      const row: Line = [
        {text: index === cursor ? '›' : ' ', style: 'bold'},
        {text: entry.conflict ? '✖ ' : '  ', style: 'error'},
        {text: `${labels.line} ${String(entry.line).padStart(gutter)}  `, style: 'dim'},
        {text: (entry.date ?? '?').padEnd(10), style: 'bold'},
        {text: ` ${(entry.weekday ?? '').padEnd(9)}`, style: 'dim'},
        {text: ` ${entry.text}`}
      ]
      // The conflict's text goes under the date: past the cursor and the marker, the line label and number, then its arrow.
      const indent = 3 + [...labels.line].length + 1 + gutter
      return entry.conflict ? [row, [{text: `${' '.repeat(indent)}↳ ${entry.conflict}`, style: 'error'}]] : [row]
    }),
    [],
    [{text: wordsOf(labels).timelineKeys, style: 'dim'}]
  ]
}
