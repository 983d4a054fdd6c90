import type {CalendarDate, CalendarName} from './calendar.js'
import type {DateMention} from './extract.js'
import type {YearSource} from './infer.js'

/** A dated point of the story: a date of the text, or a bare weekday placed from an anchor. */
export interface TimelineEvent {
  mention: DateMention
  date: CalendarDate
  /** Day number of `date`, for arithmetic (the same count in either calendar). */
  day: number
  /** The calendar `date` is written in: Julian before the switch (date-weekday's `gregorianFrom`). */
  calendar: CalendarName
  yearSource: YearSource
  /** For a bare weekday: the date it was read from (absent: the publication date). */
  anchor?: DateMention
  /** False for a date whose weekday is wrong: it is no anchor for others. */
  trusted: boolean
}

export interface TimelineOptions {
  /** An event further than this from every other event of the story is reported. */
  maxGapDays: number
}

export const DEFAULT_MAX_GAP_DAYS = 14

/** A date told next but read up to this many days before the one told before it is a slip, not the next year's. */
const SLIP_DAYS = 31

export type TimelineProblem =
  | {
      kind: 'outlier'
      event: TimelineEvent
      /** Days to the nearest event of the story's main group. */
      gap: number
      later: boolean
      nearest: TimelineEvent
      /** First and last event of the main group. */
      first: TimelineEvent
      last: TimelineEvent
    }
  | {kind: 'order'; event: TimelineEvent; previous: TimelineEvent}

/** Splits items sorted by day wherever two neighbours lie more than `maxGapDays` apart. */
export function groupByGap<T extends {day: number}>(sorted: readonly T[], maxGapDays: number): T[][] {
  const groups: T[][] = []
  for (const item of sorted) {
    const group = groups[groups.length - 1]
    if (group && item.day - group[group.length - 1]!.day <= maxGapDays) group.push(item)
    else groups.push([item])
  }
  return groups
}

/**
 * Whether « puis », "then" before `later` can speak of `earlier`, the event
 * told just before it: in the same paragraph, or in the sentence right
 * before it across a paragraph break. Further away, a sentence opening with
 * « Puis » or "Then" starts another topic (« Puis il y a le dossier de la
 * piscine, fermée le jeudi 12 novembre »), not the next step of that event.
 */
export function toldTogether(earlier: DateMention, later: DateMention): boolean {
  if (earlier.paragraph === later.paragraph) return true
  return later.paragraph === earlier.paragraph + 1 && earlier.closesParagraph && later.opensParagraph
}

/**
 * The dates that do not fit the story:
 * - a date whose stated weekday is wrong (see date-weekday) and that lies more
 *   than `maxGapDays` from the story's main group: the group with the most
 *   events whose date is sure (weekday and date agree, or no weekday to
 *   disagree), when one group has more than the others. A date whose weekday
 *   agrees with it is never reported for its distance alone: the pair is
 *   self-consistent (the writer checked a calendar), and a story mentions
 *   earlier and announced events all the time. A date with a written year is
 *   deliberate (background, an anniversary), and so is one told in another
 *   year (« l’an dernier », "last year"); a bare weekday (« jeudi ») or a
 *   date without weekday has no stated date to be wrong about;
 * - a date told after another with « puis », « ensuite », "then", "later"… but
 *   earlier than it, when the other is told in the same paragraph or the
 *   sentence just before (see `toldTogether`). Not a date its clause dates
 *   from another event (« deux jours après l’attaque », "two days after the
 *   attack"), nor one told in the pluperfect or the past conditional (« avait
 *   été », « se seraient rendus », "had been") against a date told before
 *   that verb: both are background, not the next step of the story.
 */
/**
 * Whether a date told after `previous` but read more than a month before it
 * may as well be the same day of the next year: nothing fixes its year (no
 * year written with it, in its sentence or paragraph, no weekday).
 * « Partie des violences du 1er mai, l’affaire … En janvier, … Puis, le 7
 * février » runs into the next year; the text cannot tell that from a
 * slip, so the order is not reported. A date days before the one told
 * before it (« puis filmé le 18 décembre » after « vendredi 23 décembre
 * 2016 ») is a slip rather than a year on.
 */
function mayBeNextYear(event: TimelineEvent, previous: TimelineEvent): boolean {
  const {stated} = event.mention
  if (stated.year !== undefined || stated.weekday !== undefined || event.yearSource.kind === 'written' || event.yearSource.kind === 'relative') return false
  return previous.day - event.day > SLIP_DAYS
}

export function timelineProblems(events: readonly TimelineEvent[], options: TimelineOptions): TimelineProblem[] {
  const problems: TimelineProblem[] = []
  const sorted = [...events].sort((a, b) => a.day - b.day || a.mention.start - b.mention.start)
  const groups = groupByGap(sorted.filter((event) => event.trusted), options.maxGapDays)
  const sizes = groups.map((group) => group.length)
  const largest = Math.max(0, ...sizes)
  const main = sizes.filter((size) => size === largest).length === 1 ? groups[sizes.indexOf(largest)] : undefined
  if (main) {
    const first = main[0]!
    const last = main[main.length - 1]!
    for (const event of sorted) {
      const {mention} = event
      if (event.trusted || mention.kind !== 'date' || mention.stated.weekday === undefined || mention.stated.year !== undefined) continue
      // « l’an dernier », "last year": the text says the date is in another year.
      if (event.yearSource.kind === 'relative') continue
      const later = event.day > last.day
      const nearest = later ? last : first
      const gap = Math.abs(event.day - nearest.day)
      if ((later || event.day < first.day) && gap > options.maxGapDays) {
        problems.push({kind: 'outlier', event, gap, later, nearest, first, last})
      }
    }
  }
  for (let index = 1; index < events.length; index++) {
    const event = events[index]!
    const previous = events[index - 1]!
    const {mention} = event
    // « Bledsoe, qui a ensuite été condamné le… »: the relative clause's « ensuite » orders its own story, not the date before it.
    const ownStory = mention.sequenceClause === undefined || previous.mention.start >= mention.start - mention.sequenceClause
    // « où il avait été filmé le 21 décembre », « se seraient rendus … puis … le 7 novembre 2015 »: backstory, ordered only within itself.
    const inBackstory = mention.backstory === undefined || previous.mention.start >= mention.start - mention.backstory
    // « le 21 décembre, deux jours après l’attaque »: dated from another event, not from the date told before.
    if (mention.sequenced && ownStory && inBackstory && !mention.anchored && mention.kind === 'date' && event.day < previous.day && toldTogether(previous.mention, mention) && !mayBeNextYear(event, previous)) {
      problems.push({kind: 'order', event, previous})
    }
  }
  return problems.sort((a, b) => a.event.mention.start - b.event.mention.start)
}
