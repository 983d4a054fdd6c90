import {diffWordsWithSpace} from 'diff'
import type {VFileMessage} from 'vfile-message'
import {screenLabels} from '../formatters/labels.js'
import {fixChoices, suggestionLabel, type ReviewFinding} from './model.js'
import {wordsOf} from './words.js'

/**
 * The detail pane as terminal lines, each a list of styled segments that fit
 * the pane's width: the view only paints them, and scrolling is a slice.
 */

export type SegmentStyle = 'plain' | 'dim' | 'bold' | 'error' | 'warning' | 'info' | 'highlight' | 'caret' | 'suggestion' | 'heading' | 'removed' | 'added'

export interface Segment {
  text: string
  style?: SegmentStyle
}

export type Line = Segment[]

/** Source lines shown on each side of the finding's line. */
export const CONTEXT_LINES = 2
/** Rows of the finding's paragraph shown, wrapped, around the flagged words. */
export const PARAGRAPH_ROWS = 6
/** Characters of unchanged text kept on each side of a change in a word-level difference. */
export const DIFF_CONTEXT = 40

/** The detail pane's title: what the finding is and where. */
export function detailTitle(finding: ReviewFinding): string {
  return `${screenLabels(finding.lang).severity[finding.severity]} · ${finding.ruleId} · ${finding.path}:${placeText(finding.message)}`
}

/**
 * The detail of a finding: its message, its paragraph wrapped with the
 * flagged words marked, the suggestions, the fix `f` applies as a word-level
 * difference, for a near copy what differs from the other copy, the related
 * place and the rule. `textOf` gives the text of another file of the run.
 */
export function detailLines(finding: ReviewFinding, text: string, description: string | undefined, width: number, textOf?: (path: string) => string | undefined): Line[] {
  const {message} = finding
  const lines: Line[] = []
  for (const row of wrap(message.reason, width)) lines.push([{text: row}])
  lines.push(...sourceLines(finding, text, width))

  const labels = screenLabels(finding.lang)
  const words = wordsOf(labels)
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
  const headed = (heading: string, value: string, style?: SegmentStyle) => headedSegments(heading, [{text: value, ...(style ? {style} : {})}])
  const headedSegments = (heading: string, segments: Segment[]) => {
    const indent = [...heading].length
    const [first = [], ...rest] = wrapSegments(segments, Math.max(10, width - indent))
    lines.push([{text: heading, style: 'heading'}, ...first])
    for (const row of rest) lines.push([{text: ' '.repeat(indent)}, ...row])
  }
  const preview = fixPreview(finding, text)
  if (preview) headedSegments(words.fixPreview, preview)
  const cause = relatedOf(message)
  const copy = cause && finding.ruleId === 'duplicate-block' ? copyDifference(finding, text, cause, textOf) : undefined
  if (copy) headedSegments(words.otherCopy, copy)
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
    // The paragraph wrapped on words, the flagged ones in reverse video; a long paragraph
    // shows the rows around them, an ellipsis saying where it was cut.
    const rows = wrapSegments(
      [{text: content.slice(0, from)}, {text: content.slice(from, to) || ' ', style: 'highlight'}, {text: content.slice(to)}],
      room - 1
    )
    const spanRow = Math.max(0, rows.findIndex((row) => row.some((segment) => segment.style === 'highlight')))
    const firstRow = Math.max(0, Math.min(spanRow - 2, rows.length - PARAGRAPH_ROWS))
    const lastRow = Math.min(rows.length, firstRow + PARAGRAPH_ROWS)
    const continuation: Segment = {text: `${' '.repeat(gutter + 2)} │ `, style: 'dim'}
    for (let index = firstRow; index < lastRow; index++) {
      const row = rows[index]!
      const cutBefore = index === firstRow && firstRow > 0
      const cutAfter = index === lastRow - 1 && lastRow < rows.length
      out.push([index === firstRow ? prefix : continuation, ...(cutBefore ? [{text: '…'}] : []), ...row, ...(cutAfter ? [{text: '…'}] : [])])
      if (index !== spanRow) continue
      // Carets under the flagged words, for terminals that show no reverse video.
      const at = row.findIndex((segment) => segment.style === 'highlight')
      const caretOffset = (cutBefore ? 1 : 0) + row.slice(0, at).reduce((sum, segment) => sum + [...segment.text].length, 0)
      const flagged = row.filter((segment) => segment.style === 'highlight').reduce((sum, segment) => sum + [...segment.text].length, 0)
      const continues = to >= content.length && finding.end - finding.start > to - from ? screenLabels(finding.lang).toLine(endLineOf(finding)) : ''
      out.push([continuation, {text: ' '.repeat(caretOffset)}, {text: '^'.repeat(Math.max(1, flagged)), style: 'caret'}, {text: continues, style: 'dim'}])
    }
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

/**
 * Styled segments wrapped on spaces into rows of at most `width` characters.
 * Spaces between words are where rows break; a marked segment (flagged
 * words, a change) keeps its own spaces, and a word longer than a row is cut.
 */
export function wrapSegments(segments: readonly Segment[], width: number): Line[] {
  // Words: runs of pieces between breakable spaces, each knowing whether a space came before it.
  const words: Segment[][] = []
  const breaks: boolean[] = []
  let word: Segment[] = []
  let pendingSpace = false
  let wordSpaced = false
  const flush = () => {
    if (word.length > 0) {
      words.push(word)
      breaks.push(wordSpaced)
    }
    word = []
  }
  const add = (piece: Segment) => {
    if (word.length === 0) {
      wordSpaced = pendingSpace
      pendingSpace = false
    }
    word.push(piece)
  }
  for (const segment of segments) {
    if (segment.text === '') continue
    if (segment.style === 'highlight' || segment.style === 'added' || segment.style === 'removed') {
      add(segment)
      continue
    }
    for (const piece of segment.text.split(/(\s+)/)) {
      if (piece === '') continue
      if (/^\s+$/.test(piece)) {
        flush()
        pendingSpace = true
      } else add({...segment, text: piece})
    }
  }
  flush()
  const rows: Line[] = []
  let row: Segment[] = []
  let used = 0
  const lengthOf = (pieces: readonly Segment[]) => pieces.reduce((sum, piece) => sum + [...piece.text].length, 0)
  words.forEach((pieces, index) => {
    const gap = used > 0 && breaks[index] ? 1 : 0
    let length = lengthOf(pieces)
    if (used > 0 && used + gap + length > width) {
      rows.push(row)
      row = []
      used = 0
    } else if (gap) {
      row.push({text: ' '})
      used++
    }
    // A word longer than a row is cut where the row ends.
    let rest = [...pieces]
    while (length > width - used && length > 0) {
      const taken: Segment[] = []
      let room = width - used
      while (room > 0 && rest.length > 0) {
        const chars = [...rest[0]!.text]
        if (chars.length <= room) {
          taken.push(rest.shift()!)
          room -= chars.length
        } else {
          taken.push({...rest[0]!, text: chars.slice(0, room).join('')})
          rest[0] = {...rest[0]!, text: chars.slice(room).join('')}
          room = 0
        }
      }
      rows.push([...row, ...taken])
      row = []
      used = 0
      length = lengthOf(rest)
    }
    row.push(...rest)
    used += length
  })
  if (row.length > 0 || rows.length === 0) rows.push(row)
  return rows
}

/** Spaces a change consists of, made visible: a space, a no-break space, a narrow one. */
function visibleSpaces(value: string): string {
  return /^\s+$/.test(value) ? value.replace(/ /g, '␣').replace(/[\u00a0\u202f]/g, '⍽').replace(/\r?\n/g, '¶') : value.replace(/\s+/g, ' ')
}

/**
 * A word-level difference as segments: what only `before` has in `[-…-]`,
 * what only `after` has in `{+…+}` (readable without colour, as git's
 * --word-diff prints them), unchanged text cut to DIFF_CONTEXT characters
 * on each side of a change.
 */
export function wordDifference(before: string, after: string): Segment[] {
  // With spaces as tokens: a typography fix is often a space added, removed or replaced.
  // Changes separated by spaces alone are one change (« à la circulation » → « aux voitures »).
  const parts: Array<{kind: 'same' | 'change'; value: string; removed: string; added: string}> = []
  for (const part of diffWordsWithSpace(before, after)) {
    const last = parts.at(-1)
    if (part.added || part.removed) {
      const change = last?.kind === 'change' ? last : {kind: 'change' as const, value: '', removed: '', added: ''}
      if (change !== last) parts.push(change)
      if (part.added) change.added += part.value
      else change.removed += part.value
      continue
    }
    const next = parts.at(-1)
    if (/^\s+$/.test(part.value) && next?.kind === 'change') {
      next.removed += part.value
      next.added += part.value
      next.value += part.value
      continue
    }
    parts.push({kind: 'same', value: part.value, removed: '', added: ''})
  }
  // Spaces picked up after a change that no other change followed go back to the unchanged text.
  for (let index = 0; index < parts.length; index++) {
    const part = parts[index]!
    if (part.kind !== 'change' || part.value === '') continue
    const trailing = part.value
    if (part.removed.endsWith(trailing) && part.added.endsWith(trailing) && part.removed !== trailing && part.added !== trailing) {
      part.removed = part.removed.slice(0, -trailing.length)
      part.added = part.added.slice(0, -trailing.length)
      const after = parts[index + 1]
      if (after?.kind === 'same') after.value = trailing + after.value
      else parts.splice(index + 1, 0, {kind: 'same', value: trailing, removed: '', added: ''})
    }
    part.value = ''
  }
  const segments: Segment[] = []
  const mark = (value: string, kind: 'removed' | 'added') => {
    if (value === '') return
    const shown = visibleSpaces(shorten(value, 160))
    segments.push(kind === 'added' ? {text: `{+${shown}+}`, style: 'added'} : {text: `[-${shown}-]`, style: 'removed'})
  }
  parts.forEach((part, index) => {
    if (part.kind === 'change') {
      // Spaces at the edges of a changed run stand outside its marks.
      const both = part.removed + part.added
      const spacesOnly = /^\s*$/.test(both)
      const lead = spacesOnly ? '' : commonLead(part.removed, part.added)
      const trail = spacesOnly ? '' : commonTrail(part.removed.slice(lead.length), part.added.slice(lead.length))
      const core = (value: string) => (spacesOnly ? value : value.slice(lead.length, value.length - trail.length).trim())
      const edgeBefore = !spacesOnly && (lead !== '' || /^\s/.test(part.removed) || /^\s/.test(part.added))
      const edgeAfter = !spacesOnly && (trail !== '' || /\s$/.test(part.removed) || /\s$/.test(part.added))
      if (edgeBefore && !/\s$/.test(segments.at(-1)?.text ?? ' ')) segments.push({text: ' '})
      mark(core(part.removed), 'removed')
      mark(core(part.added), 'added')
      if (edgeAfter && !/^\s/.test(parts[index + 1]?.value ?? ' ')) segments.push({text: ' '})
      return
    }
    const value = part.value.replace(/\s+/g, ' ')
    const first = index === 0
    const last = index === parts.length - 1
    const chars = [...value]
    if (first && chars.length > DIFF_CONTEXT) segments.push({text: '…' + cutAtSpace(chars.slice(-DIFF_CONTEXT).join(''), 'start')})
    else if (last && chars.length > DIFF_CONTEXT) segments.push({text: cutAtSpace(chars.slice(0, DIFF_CONTEXT).join(''), 'end') + '…'})
    else if (!first && !last && chars.length > 2 * DIFF_CONTEXT + 3) {
      segments.push({text: `${cutAtSpace(chars.slice(0, DIFF_CONTEXT).join(''), 'end')} … ${cutAtSpace(chars.slice(-DIFF_CONTEXT).join(''), 'start')}`})
    } else segments.push({text: value})
  })
  return segments
}

/** The white space both strings start with, when it is the same. */
function commonLead(a: string, b: string): string {
  const x = a.slice(0, a.length - a.trimStart().length)
  return x !== '' && x === b.slice(0, b.length - b.trimStart().length) ? x : ''
}

/** The white space both strings end with, when it is the same (trimEnd: linear, where /\s*$/ is quadratic). */
function commonTrail(a: string, b: string): string {
  const x = a.slice(a.trimEnd().length)
  return x !== '' && x === b.slice(b.trimEnd().length) ? x : ''
}

/** Unchanged text cut on a word: the partial word at the cut end goes. */
function cutAtSpace(value: string, side: 'start' | 'end'): string {
  if (side === 'start') {
    const space = value.indexOf(' ')
    return space === -1 ? value : value.slice(space)
  }
  const space = value.lastIndexOf(' ')
  return space === -1 ? value : value.slice(0, space + 1)
}

/** A long change (a paragraph deleted) shown by its first and last words. */
function shorten(value: string, limit: number): string {
  const chars = [...value]
  if (chars.length <= limit) return value
  return `${chars.slice(0, Math.floor(limit * 0.6)).join('')} … ${chars.slice(-Math.floor(limit * 0.3)).join('')}`
}

/** The fix `f` or Enter applies, on the lines it touches, as a word-level difference. */
export function fixPreview(finding: ReviewFinding, text: string): Segment[] | undefined {
  const choice = fixChoices(finding)[0]
  if (!choice) return undefined
  const [from, to] = choice.range
  if (from < 0 || to > text.length || from > to) return undefined
  const lineStart = text.lastIndexOf('\n', from - 1) + 1
  const newline = text.indexOf('\n', Math.max(from, to - 1))
  const lineEnd = newline === -1 ? text.length : newline
  const before = text.slice(lineStart, Math.max(lineEnd, to))
  const after = text.slice(lineStart, from) + choice.text + text.slice(to, Math.max(lineEnd, to))
  return before === after ? undefined : wordDifference(before, after)
}

/** What a near copy changed from the other copy, word by word; nothing for an exact copy. */
export function copyDifference(finding: ReviewFinding, text: string, cause: VFileMessage, textOf?: (path: string) => string | undefined): Segment[] | undefined {
  const place = cause.place
  if (!place || !('start' in place) || place.start.offset === undefined || place.end.offset === undefined) return undefined
  const otherText = cause.file && cause.file !== finding.path ? textOf?.(cause.file) : text
  if (otherText === undefined) return undefined
  const other = otherText.slice(place.start.offset, place.end.offset)
  const own = text.slice(finding.start, finding.end)
  if (other === '' || own === '' || other.replace(/\s+/g, ' ') === own.replace(/\s+/g, ' ')) return undefined
  return wordDifference(other, own)
}

/**
 * `v`: the related place of a finding (the original of a copied passage, the
 * date a year was read from) as the detail pane shows a finding: its reason,
 * then its paragraph and the lines around it, the related words highlighted.
 */
export function relatedLines(finding: ReviewFinding, text: string, width: number, textOf?: (path: string) => string | undefined): Line[] | undefined {
  const cause = relatedOf(finding.message)
  const place = cause?.place
  if (!cause || !place || !('start' in place)) return undefined
  const path = cause.file && cause.file !== finding.path ? cause.file : finding.path
  const source = path === finding.path ? text : textOf?.(path)
  const lines: Line[] = wrap(cause.reason, width).map((row) => [{text: row}])
  if (source === undefined || place.start.offset === undefined || place.end.offset === undefined) return lines
  const related: ReviewFinding = {...finding, path, line: place.start.line, column: place.start.column, start: place.start.offset, end: place.end.offset}
  return [...lines, ...sourceLines(related, source, width)]
}
