import type {VFile} from 'vfile'
import {severityOf} from '../document/messages.js'
import type {Lang} from '../types.js'
import {shownDates} from './analysis.js'
import {isoOf, julianWeekdayOf, weekdayOf, type CalendarName} from './calendar.js'
import type {DateMention, MentionKind} from './extract.js'
import {weekdayName, yearSourceReason} from './format.js'

export interface TimelineFinding {
  ruleId: string
  severity: 'error' | 'warning' | 'info'
  reason: string
  expected: string[]
}

/** One date of the document, as `factlint timeline` and the interactive report show it. */
export interface TimelineEntry {
  line: number
  column: number
  /** The words of the text. */
  text: string
  start: number
  end: number
  kind: MentionKind
  /** The date it was read as (ISO); absent when it names no date (« le vendredi 13 », « 31 avril »). */
  date?: string
  /** Real weekday of `date`, in the document's language. */
  weekday?: string
  /** The calendar `date` is written in: `julian` before the switch (the date rules' `gregorianFrom`), else `gregorian`. */
  calendar?: CalendarName
  /** Where the year came from; absent when the text writes it. */
  year?: string
  /** This date's own weekday chose the document's year (`year` then names the date itself). */
  yearFromItself?: true
  /** The date a bare weekday was read from. */
  anchor?: {text: string; line: number}
  /** What the date rules reported on these words. */
  findings: TimelineFinding[]
  /** The first finding's reason, for one-line views. */
  conflict?: string
}

export interface Timeline {
  path?: string
  lang: Lang | 'und'
  /** The day of the run (YYYY-MM-DD), from which a draft with no publication date announces what is to come. */
  today?: string
  /** The publication date (YYYY-MM-DD), when one was given. */
  referenceDate?: string
  /** Placed dates in date order, then the mentions that name no date, in document order. */
  entries: TimelineEntry[]
}

const DATE_RULES = new Set(['date-weekday', 'date-timeline'])

/**
 * The timeline of a document linted with the date rules: the analysis they
 * shared (never recomputed; date-timeline's reading first, see `shownDates`)
 * and the messages they left on the file.
 */
export async function timelineOf(file: VFile): Promise<Timeline> {
  const doc = file.data.factlint
  const lang = doc?.lang ?? 'und'
  const analysis = doc ? await shownDates(file) : undefined
  const timeline: Timeline = {
    path: file.path || undefined,
    lang,
    ...(doc?.today ? {today: doc.today.toISOString().slice(0, 10)} : {}),
    ...(doc?.referenceDate ? {referenceDate: doc.referenceDate.toISOString().slice(0, 10)} : {}),
    entries: []
  }
  if (!analysis) return timeline
  const findings = findingsByOffset(file)
  const entryOf = (mention: DateMention): TimelineEntry => {
    const found = findings.get(mention.start) ?? []
    return {
      line: mention.line,
      column: columnOf(String(file.value), mention.start),
      text: mention.text,
      start: mention.start,
      end: mention.end,
      kind: mention.kind,
      findings: found,
      ...(found[0] ? {conflict: found[0].reason} : {})
    }
  }
  const placed = new Set<number>()
  const events = [...analysis.events].sort((a, b) => a.day - b.day || a.mention.start - b.mention.start)
  for (const event of events) {
    placed.add(event.mention.id)
    const entry = entryOf(event.mention)
    entry.date = isoOf(event.date)
    entry.weekday = weekdayName(analysis.lang, event.calendar === 'julian' ? julianWeekdayOf(event.date) : weekdayOf(event.date))
    entry.calendar = event.calendar
    const year = yearSourceReason(analysis.lang, event.yearSource, event.date)
    if (year) entry.year = year
    if (event.yearSource.kind === 'document' && event.yearSource.from.id === event.mention.id) entry.yearFromItself = true
    if (event.anchor) entry.anchor = {text: event.anchor.text, line: event.anchor.line}
    timeline.entries.push(entry)
  }
  for (const mention of analysis.mentions) if (!placed.has(mention.id)) timeline.entries.push(entryOf(mention))
  return timeline
}

function findingsByOffset(file: VFile): Map<number, TimelineFinding[]> {
  const byOffset = new Map<number, TimelineFinding[]>()
  for (const message of file.messages) {
    if (!DATE_RULES.has(String(message.ruleId))) continue
    const offset = message.place && 'start' in message.place ? message.place.start.offset : undefined
    if (offset === undefined) continue
    const list = byOffset.get(offset) ?? []
    list.push({
      ruleId: String(message.ruleId),
      severity: severityOf(message),
      reason: message.reason,
      expected: message.expected ?? []
    })
    byOffset.set(offset, list)
  }
  return byOffset
}

function columnOf(text: string, offset: number): number {
  return offset - (text.lastIndexOf('\n', offset - 1) + 1) + 1
}
