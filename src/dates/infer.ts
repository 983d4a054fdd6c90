import {dayNumber, isValidDate, type CalendarDate, weekdayOf} from './calendar.js'
import type {DateMention} from './extract.js'

/** Where the year of a date comes from. */
export type YearSource =
  | {kind: 'written'}
  /** The publication date (`--date`, `referenceDate`, front matter `date:`). */
  | {kind: 'reference'; date: CalendarDate}
  /** The year that makes the document's weekdays agree, fixed by `from`. */
  | {kind: 'document'; from: DateMention}
  /** No weekday settles it: the year nearest the document's years or today. */
  | {kind: 'default'}

export interface ResolvedDate {
  mention: DateMention
  /** May be impossible (`valid: false`): « 31 avril », "Feb. 30". */
  date: CalendarDate
  valid: boolean
  /** The stated weekday, when there is one, is that of `date`. */
  agrees: boolean
  yearSource: YearSource
}

export interface InferenceOptions {
  referenceDate?: CalendarDate
  /** Four-digit years written anywhere in the document. */
  years: readonly number[]
  today: CalendarDate
}

/** How many years after the latest year a story mentions its own events are looked for. */
const YEARS_AFTER_MENTIONED = 15
/** How far back from today a story without any written year is looked for. */
const YEARS_BEFORE_TODAY = 40
/** A date reads into the next or previous year only when that puts it within this many days of the previous date. */
const YEAR_SWITCH_DAYS = 92

/**
 * Gives every dated mention (day and month) its year:
 * 1. the year written in the text (or shared with a list: « 12 et 13 juin 2023 »);
 * 2. otherwise the year that puts it nearest the publication date, when known;
 * 3. otherwise the year of the document: the one that makes the most distinct
 *    weekday+date pairs agree, reading dates in order so that « jeudi 31
 *    décembre 2020 » then « vendredi 1er janvier » moves to 2021; among equals,
 *    the one nearest the years the text writes, else the latest one not after today.
 */
export function resolveYears(mentions: readonly DateMention[], options: InferenceOptions): ResolvedDate[] {
  const dated = mentions.filter((mention) => mention.kind === 'date')
  if (options.referenceDate) {
    const reference = options.referenceDate
    return dated.map((mention) => {
      if (mention.stated.year !== undefined) return resolved(mention, mention.stated.year, {kind: 'written'})
      return resolved(mention, nearestYear(mention, reference), {kind: 'reference', date: reference})
    })
  }
  if (dated.length === 0) return []
  let best: {year: number; result: ResolvedDate[]; score: number; preference: number[]} | undefined
  for (const year of candidateYears(dated, options)) {
    const result = readInOrder(dated, year)
    const score = agreeingPairs(result)
    const preference = preferenceOf(year, result, options)
    if (!best || score > best.score || (score === best.score && lessThan(preference, best.preference))) {
      best = {year, result, score, preference}
    }
  }
  return best!.result
}

function resolved(mention: DateMention, year: number, yearSource: YearSource): ResolvedDate {
  const date = {year, month: mention.stated.month!, day: mention.stated.day!}
  const valid = isValidDate(date)
  const agrees = mention.stated.weekday === undefined || (valid && weekdayOf(date) === mention.stated.weekday)
  return {mention, date, valid, agrees, yearSource}
}

/** The year (of three) that puts the day and month nearest `anchor`. */
function nearestYear(mention: DateMention, anchor: CalendarDate, threshold = 183): number {
  const target = dayNumber(anchor)
  let year = anchor.year
  let distance = Math.abs(dayNumber({year, month: mention.stated.month!, day: mention.stated.day!}) - target)
  for (const other of [anchor.year - 1, anchor.year + 1]) {
    const candidate = Math.abs(dayNumber({year: other, month: mention.stated.month!, day: mention.stated.day!}) - target)
    if (candidate < distance && candidate <= threshold) {
      year = other
      distance = candidate
    }
  }
  return year
}

/** Reads the dates in order, the first undated one in `year`, each next one near the previous. */
function readInOrder(dated: readonly DateMention[], year: number): ResolvedDate[] {
  const result: ResolvedDate[] = []
  let previous: ResolvedDate | undefined
  for (const mention of dated) {
    let current: ResolvedDate
    if (mention.stated.year !== undefined) {
      current = resolved(mention, mention.stated.year, {kind: 'written'})
    } else if (!previous || isAnniversary(mention, previous)) {
      current = resolved(mention, year, {kind: 'default'})
    } else {
      const chosen = nearestYear(mention, previous.date, YEAR_SWITCH_DAYS)
      const source: YearSource =
        chosen === previous.date.year && previous.yearSource.kind !== 'written'
          ? previous.yearSource
          : {kind: 'document', from: previous.mention}
      current = resolved(mention, chosen, source)
    }
    result.push(current)
    previous = current
  }
  // The year of the undated dates read from `year` comes from the first of them whose weekday agrees.
  const base = result.find((entry) => entry.yearSource.kind === 'default' && entry.mention.stated.weekday !== undefined && entry.agrees)?.mention
  if (base) {
    const from = base
    for (const entry of result) if (entry.yearSource.kind === 'default') entry.yearSource = {kind: 'document', from}
  }
  return result
}

/**
 * « mercredi 11 septembre » after « mardi 11 septembre 2001 »: the same day
 * and month as a date whose year is written, with another weekday, is that
 * date's anniversary in another year, not a date near it.
 */
function isAnniversary(mention: DateMention, previous: ResolvedDate): boolean {
  const {stated} = mention
  return (
    previous.yearSource.kind === 'written' &&
    previous.date.day === stated.day &&
    previous.date.month === stated.month &&
    stated.weekday !== undefined &&
    stated.weekday !== previous.mention.stated.weekday
  )
}

/** Distinct weekday+date pairs that agree: a paragraph pasted twice counts once. */
function agreeingPairs(result: readonly ResolvedDate[]): number {
  const seen = new Set<string>()
  for (const entry of result) {
    if (entry.mention.stated.weekday === undefined || !entry.agrees) continue
    seen.add(`${entry.mention.stated.weekday}|${entry.date.year}-${entry.date.month}-${entry.date.day}`)
  }
  return seen.size
}

function candidateYears(dated: readonly DateMention[], options: InferenceOptions): number[] {
  const years = new Set<number>()
  for (let year = options.today.year - YEARS_BEFORE_TODAY; year <= options.today.year + 1; year++) years.add(year)
  for (const written of options.years) for (let year = written - 1; year <= written + YEARS_AFTER_MENTIONED; year++) years.add(year)
  for (const mention of dated) if (mention.stated.year !== undefined) years.add(mention.stated.year)
  return [...years].sort((a, b) => a - b)
}

/**
 * Among years that make as many pairs agree, prefer (in this order): the year
 * nearest the dates whose year is written; a year from the latest year the
 * text mentions to 15 years after it (a story mentions its past: « depuis
 * 2006 »); a date not after today; the latest year.
 */
function preferenceOf(year: number, result: readonly ResolvedDate[], options: InferenceOptions): number[] {
  const writtenDates = result.filter((entry) => entry.yearSource.kind === 'written').map((entry) => entry.date.year)
  const nearWritten = writtenDates.length > 0 ? Math.min(...writtenDates.map((written) => Math.abs(written - year))) : 0
  const plausible = options.years.filter((written) => written <= options.today.year + 1)
  let outsideWindow = 0
  if (plausible.length > 0) {
    const latest = Math.max(...plausible)
    const high = Math.min(latest + YEARS_AFTER_MENTIONED, options.today.year + 1)
    outsideWindow = year < latest ? latest - year : year > high ? year - high : 0
  }
  const first = result.find((entry) => entry.mention.stated.year === undefined)
  const future = first && dayNumber(first.date) > dayNumber(options.today) ? 1 : 0
  return [nearWritten, outsideWindow, future, -year]
}

function lessThan(a: readonly number[], b: readonly number[]): boolean {
  for (let index = 0; index < a.length; index++) {
    if (a[index]! !== b[index]!) return a[index]! < b[index]!
  }
  return false
}
