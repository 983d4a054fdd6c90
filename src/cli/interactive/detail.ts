import type {VFileMessage} from 'vfile-message'
import {screenLabels} from '../formatters/labels.js'
import {fixChoices, suggestionLabel, type ReviewFinding} from './model.js'

/**
 * The detail pane as terminal lines, each a list of styled segments that fit
 * the pane's width: the view only paints them, and scrolling is a slice.
 */

export type SegmentStyle = 'plain' | 'dim' | 'bold' | 'error' | 'warning' | 'info' | 'highlight' | 'caret' | 'suggestion' | 'heading'

export interface Segment {
  text: string
  style?: SegmentStyle
}

export type Line = Segment[]

/** Source lines shown on each side of the finding's line. */
export const CONTEXT_LINES = 2

/** The detail pane's title: what the finding is and where. */
export function detailTitle(finding: ReviewFinding): string {
  return `${screenLabels(finding.lang).severity[finding.severity]} · ${finding.ruleId} · ${finding.path}:${placeText(finding.message)}`
}

export function detailLines(finding: ReviewFinding, text: string, description: string | undefined, width: number): Line[] {
  const {message} = finding
  const lines: Line[] = []
  for (const row of wrap(message.reason, width)) lines.push([{text: row}])
  lines.push(...sourceLines(finding, text, width))

  const labels = screenLabels(finding.lang)
  const choices = fixChoices(finding)
  if (choices.length > 0) {
    const segments: Segment[] = [{text: labels.suggestions, style: 'heading'}]
    choices.forEach((choice, index) => {
      segments.push({text: `${index + 1} `, style: 'dim'}, {text: choice.label, style: 'suggestion'})
      if (choice.unsafe) segments.push({text: labels.unsafe, style: 'dim'})
      segments.push({text: '  '})
    })
    segments.push({text: labels.applyKey, style: 'dim'})
    lines.push(segments)
  } else if ((message.expected ?? []).length > 0) {
    lines.push([{text: labels.suggestions, style: 'heading'}, {text: (message.expected ?? []).map((value) => suggestionLabel(value, finding.lang)).join(', '), style: 'suggestion'}])
  } else {
    lines.push([{text: labels.suggestions, style: 'heading'}, {text: labels.none, style: 'dim'}])
  }

  // What follows a heading is wrapped and indented by the heading's length.
  const headed = (heading: string, value: string, style?: SegmentStyle) => {
    const indent = [...heading].length
    const [first = '', ...rest] = wrap(value, Math.max(10, width - indent))
    lines.push([{text: heading, style: 'heading'}, {text: first, ...(style ? {style} : {})}])
    for (const row of rest) lines.push([{text: `${' '.repeat(indent)}${row}`, ...(style ? {style} : {})}])
  }
  const cause = relatedOf(message)
  if (cause) headed(labels.related, `${cause.file && cause.file !== finding.path ? `${cause.file}:` : ''}${placeText(cause)} ${cause.reason}`)
  if (description) headed(labels.rule, description, 'dim')
  return lines
}

export function relatedOf(message: VFileMessage): VFileMessage | undefined {
  const cause = message.cause
  return cause && typeof cause === 'object' && 'reason' in cause && 'place' in cause ? (cause as VFileMessage) : undefined
}

export function placeText(message: VFileMessage): string {
  const place = message.place
  if (place && 'start' in place) return `${place.start.line}:${place.start.column}-${place.end.line}:${place.end.column}`
  return `${message.line ?? 1}:${message.column ?? 1}`
}

/**
 * Two lines before and after the finding's line, one terminal row each. The
 * finding's line is cut around the span so that the span is always visible,
 * highlighted, with carets under it for terminals without colour.
 */
export function sourceLines(finding: ReviewFinding, text: string, width: number): Line[] {
  const all = text.split(/\r\n|\r|\n/)
  const line = finding.line
  const first = Math.max(1, line - CONTEXT_LINES)
  const last = Math.min(all.length, line + CONTEXT_LINES)
  const gutter = String(last).length
  const room = Math.max(10, width - gutter - 5)
  const out: Line[] = []
  for (let number = first; number <= last; number++) {
    const content = (all[number - 1] ?? '').replace(/\t/g, ' ')
    const marker = number === line ? '>' : ' '
    const prefix: Segment = {text: `${marker} ${String(number).padStart(gutter)} │ `, style: number === line ? 'bold' : 'dim'}
    if (number !== line) {
      out.push([prefix, {text: truncate(content, room), style: 'dim'}])
      continue
    }
    const from = Math.min(finding.column - 1, content.length)
    const to = finding.end - finding.start > 0 ? Math.min(content.length, from + (finding.end - finding.start)) : from
    const spanLength = Math.max(1, Math.min(to - from, room - 2))
    // Context around the span: a third before it, the rest after, with an ellipsis where cut.
    let windowStart = Math.max(0, from - Math.floor((room - spanLength) / 3))
    const windowEnd = Math.min(content.length, windowStart + room)
    windowStart = Math.max(0, Math.min(windowStart, windowEnd - room))
    const cutBefore = windowStart > 0
    const cutAfter = windowEnd < content.length
    const visibleStart = windowStart + (cutBefore ? 1 : 0)
    const visibleEnd = windowEnd - (cutAfter ? 1 : 0)
    const spanStart = Math.max(visibleStart, from)
    const spanEnd = Math.min(visibleEnd, Math.max(to, from))
    out.push([
      prefix,
      {text: cutBefore ? '…' : ''},
      {text: content.slice(visibleStart, spanStart)},
      {text: content.slice(spanStart, spanEnd) || ' ', style: 'highlight'},
      {text: content.slice(spanEnd, visibleEnd)},
      {text: cutAfter ? '…' : ''}
    ])
    const caretOffset = (cutBefore ? 1 : 0) + (spanStart - visibleStart)
    const continues = to >= content.length && finding.end - finding.start > to - from ? screenLabels(finding.lang).toLine(endLineOf(finding)) : ''
    out.push([
      {text: `${' '.repeat(gutter + 2)} │ `, style: 'dim'},
      {text: ' '.repeat(caretOffset)},
      {text: '^'.repeat(Math.max(1, Math.min(spanEnd - spanStart, room - caretOffset - continues.length))), style: 'caret'},
      {text: continues, style: 'dim'}
    ])
  }
  return out
}

function endLineOf(finding: ReviewFinding): number {
  const place = finding.message.place
  return place && 'end' in place ? place.end.line : finding.line
}

export function truncate(value: string, width: number): string {
  const chars = [...value]
  if (chars.length <= width) return value
  return chars.slice(0, Math.max(0, width - 1)).join('') + '…'
}

/** Word wrap on spaces; a word longer than the width is cut. */
export function wrap(value: string, width: number): string[] {
  const rows: string[] = []
  let current = ''
  for (const word of value.split(/\s+/).filter(Boolean)) {
    let rest = word
    while ([...rest].length > width) {
      if (current) {
        rows.push(current)
        current = ''
      }
      rows.push([...rest].slice(0, width).join(''))
      rest = [...rest].slice(width).join('')
    }
    if (!rest) continue
    if (!current) current = rest
    else if ([...current].length + 1 + [...rest].length <= width) current += ` ${rest}`
    else {
      rows.push(current)
      current = rest
    }
  }
  if (current) rows.push(current)
  return rows.length > 0 ? rows : ['']
}
