import {Box, Text} from 'ink'
import type {Line, SegmentStyle} from './detail.js'
import type {TimelineEntry} from './actions.js'
import type {Counts, Filters, Row, SeverityName} from './model.js'

/** Colours only when the terminal wants them (NO_COLOR, pipes); inverse and bold are not colour. */
export interface Theme {
  color: boolean
}

type TextStyle = {color?: string; dimColor?: boolean; bold?: boolean; inverse?: boolean; underline?: boolean}

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

export function Header({counts, shown, theme}: {counts: Counts; shown: number; theme: Theme}) {
  const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`
  return (
    <Box flexDirection="column">
      <Text wrap="truncate">
        <Text bold>factlint</Text>
        <Text>{`  ${plural(counts.files.length, 'file')} · ${plural(counts.total, 'finding')}: `}</Text>
        <Text {...styleOf('error', theme)}>{plural(counts.severity.error, 'error')}</Text>
        <Text>{', '}</Text>
        <Text {...styleOf('warning', theme)}>{plural(counts.severity.warning, 'warning')}</Text>
        <Text>{', '}</Text>
        <Text {...styleOf('info', theme)}>{`${counts.severity.info} info`}</Text>
        {shown !== counts.total ? <Text dimColor>{`  (${shown} shown)`}</Text> : null}
      </Text>
      <Text wrap="truncate" dimColor>
        {`rules: ${counts.rules.map(([id, count]) => `${id} ${count}`).join(' · ') || '—'}`}
      </Text>
      <Text wrap="truncate" dimColor>
        {`files: ${counts.files.map(([file, count]) => `${file} ${count}`).join(' · ') || '—'}`}
      </Text>
    </Box>
  )
}

export function filterTitle(filters: Filters): string {
  return `rule: ${filters.rule ?? 'all'} · severity: ${filters.severity ?? 'all'}${filters.text ? ` · text: “${filters.text}”` : ''}`
}

export function FindingList({rows, start, height, selected, theme, focused}: {rows: readonly Row[]; start: number; height: number; selected: number; theme: Theme; focused: boolean}) {
  // Only the rows in the window are rendered: a thousand findings cost the same as twenty.
  const visible = rows.slice(start, start + height)
  return (
    <Box flexDirection="column" height={height}>
      {visible.map((row, offset) => (
        <RowView key={start + offset} row={row} selected={row.kind === 'finding' && row.index === selected} theme={theme} focused={focused} />
      ))}
    </Box>
  )
}

function RowView({row, selected, theme, focused}: {row: Row; selected: boolean; theme: Theme; focused: boolean}) {
  if (row.kind === 'file') {
    const parts = (['error', 'warning', 'info'] as const).filter((severity) => row.counts[severity] > 0).map((severity) => `${row.counts[severity]} ${severity}`)
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
  return (
    <Text wrap="truncate" inverse={selected && focused} bold={selected}>
      <Text>{selected ? ' › ' : '   '}</Text>
      <Text dimColor={!selected}>{`${`${finding.line}:${finding.column}`.padEnd(8)} `}</Text>
      <Text {...(theme.color ? {color: SEVERITY_COLOUR[finding.severity]} : {})}>{finding.severity.padEnd(8)}</Text>
      <Text>{finding.message.reason}</Text>
    </Text>
  )
}

export function Pane({lines, start, height, theme}: {lines: readonly Line[]; start: number; height: number; theme: Theme}) {
  return (
    <Box flexDirection="column" height={height}>
      {lines.slice(start, start + height).map((line, index) => (
        <LineView key={start + index} line={line} theme={theme} />
      ))}
    </Box>
  )
}

export const KEYS: Array<[string, string]> = [
  ['↑/↓  j/k', 'move in the list (or scroll the detail)'],
  ['PgUp/PgDn', 'move a page'],
  ['g/G', 'first / last finding'],
  ['Enter/→', 'open the detail (← back to the list)'],
  ['Tab', 'switch between list and detail'],
  ['/', 'filter by text (Enter keeps it, Esc clears it)'],
  ['r', 'cycle the rule filter'],
  ['s', 'cycle the severity filter'],
  ['f', 'apply the fix: y/Enter the first suggestion, 1–3 another'],
  ['i', 'dismiss into the baseline (.factlint-baseline.json)'],
  ['t', 'timeline of the current file'],
  ['?', 'this help'],
  ['q/Esc', 'quit (exit code as the CLI: 1 when errors remain)']
]

export function helpLines(): Line[] {
  return [
    [{text: 'Keys', style: 'heading'}],
    [],
    ...KEYS.map(([keys, what]): Line => [{text: `  ${keys.padEnd(12)}`, style: 'bold'}, {text: what}]),
    [],
    [{text: 'Press ? or Esc to go back.', style: 'dim'}]
  ]
}

export function timelineLines(path: string, entries: TimelineEntry[] | undefined): Line[] {
  const title: Line = [{text: `Timeline of ${path}`, style: 'heading'}]
  if (entries === undefined) return [title, [], [{text: 'No timeline available for this file.', style: 'dim'}]]
  if (entries.length === 0) return [title, [], [{text: 'No dates in this file.', style: 'dim'}]]
  const gutter = Math.max(...entries.map((entry) => String(entry.line).length))
  const conflicts = entries.filter((entry) => entry.conflict).length
  return [
    title,
    [{text: `${entries.length} date${entries.length === 1 ? '' : 's'}, ${conflicts} conflict${conflicts === 1 ? '' : 's'}`, style: 'dim'}],
    [],
    ...entries.flatMap((entry): Line[] => {
      const row: Line = [
        {text: entry.conflict ? '✖ ' : '  ', style: 'error'},
        {text: `line ${String(entry.line).padStart(gutter)}  `, style: 'dim'},
        {text: (entry.date ?? '?').padEnd(10), style: 'bold'},
        {text: ` ${(entry.weekday ?? '').padEnd(9)}`, style: 'dim'},
        {text: ` ${entry.text}`}
      ]
      return entry.conflict ? [row, [{text: `${' '.repeat(gutter + 7)}↳ ${entry.conflict}`, style: 'error'}]] : [row]
    })
  ]
}
