/**
 * Calendar arithmetic on plain (year, month, day) triples, in UTC day numbers
 * so that no time zone or daylight saving shift can move a date.
 */
import {MONTH_NAMES, WEEKDAY_NAMES} from '../lexicon/calendar.js'

export interface CalendarDate {
  year: number
  /** 1–12 */
  month: number
  day: number
}

/** What the text itself says about a date; a parser's guesses are never stored here. */
export interface StatedDate {
  weekday?: number
  day?: number
  month?: number
  year?: number
}

const DAY_MS = 86_400_000

/**
 * Days since 1970-01-01 (may be negative); months and days may overflow, as
 * with `Date.UTC`. Computed arithmetically (proleptic Gregorian calendar,
 * H. Hinnant's days_from_civil): year inference calls this hundreds of times
 * per document, and a Date per call was a visible share of the date rules.
 */
export function dayNumber(date: CalendarDate): number {
  return dayNumberOf(date.year, date.month, date.day)
}

/** `dayNumber` of a date given as three numbers, for loops that would otherwise build an object per call. */
export function dayNumberOf(year: number, month: number, day: number): number {
  // Date.UTC reads years 0–99 as 1900–1999: keep its answer there (no date of ours has such a year).
  if (year < 100 || !Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return Math.round(Date.UTC(year, month - 1, day) / DAY_MS)
  const monthIndex = month - 1
  const y = year + Math.floor(monthIndex / 12)
  const m = monthIndex - 12 * Math.floor(monthIndex / 12) + 1
  return daysFromCivil(y, m) + day - 1
}

/** Day number of the first of month `m` (1–12) of year `y`. */
function daysFromCivil(y: number, m: number): number {
  // Years start in March so that the leap day ends them.
  const year = m <= 2 ? y - 1 : y
  const era = Math.floor(year / 400)
  const yearOfEra = year - era * 400
  const dayOfYear = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5)
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear
  return era * 146_097 + dayOfEra - 719_468
}

export function fromDayNumber(days: number): CalendarDate {
  // Inverse of daysFromCivil (civil_from_days); Date covers ±100 million days, so does this.
  const shifted = days + 719_468
  const era = Math.floor(shifted / 146_097)
  const dayOfEra = shifted - era * 146_097
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365)
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100))
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153)
  const day = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
  return {year, month, day}
}

/** 0 = Sunday … 6 = Saturday, like `Date#getDay` and chrono. */
export function weekdayOf(date: CalendarDate): number {
  return (((dayNumber(date) + 4) % 7) + 7) % 7
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
}

const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

export function daysInMonth(year: number, month: number): number {
  if (month >= 1 && month <= 12 && Number.isInteger(month) && year >= 100 && Number.isInteger(year)) {
    return month === 2 && isLeapYear(year) ? 29 : MONTH_LENGTHS[month - 1]!
  }
  // Out of range (Date.UTC's overflow rules, years 0–99 read as 1900–1999): keep Date's answer.
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

/** Longest a month can be in any year (29 for February). */
export function maxDaysInMonth(month: number): number {
  return month === 2 ? 29 : daysInMonth(2001, month)
}

export function isValidDate(date: CalendarDate): boolean {
  return date.month >= 1 && date.month <= 12 && date.day >= 1 && date.day <= daysInMonth(date.year, date.month)
}

export function toCalendarDate(value: Date): CalendarDate {
  return {year: value.getUTCFullYear(), month: value.getUTCMonth() + 1, day: value.getUTCDate()}
}

export function isoOf(date: CalendarDate): string {
  return `${String(date.year).padStart(4, '0')}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`
}

/** A `YYYY-MM-DD` date (`--date`, `referenceDate`, front matter) at UTC midnight; undefined unless it exists. */
export function parseIsoDate(value: string | undefined): Date | undefined {
  if (!value) return undefined
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  if (!match) return undefined
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])))
  // Date.UTC rolls over: 2025-13-01 would be 2026-01-01, 2025-02-30 the 2nd of March.
  return date.getUTCDate() === Number(match[3]) && date.getUTCMonth() === Number(match[2]) - 1 ? date : undefined
}

const MONTH_WORDS: ReadonlyMap<string, number> = new Map(
  (['fr', 'en'] as const).flatMap((lang) => MONTH_NAMES[lang].map((name, index) => [name.toLocaleLowerCase(), index + 1] as [string, number]))
)
const WEEKDAY_WORD = `(?:${[...WEEKDAY_NAMES.fr, ...WEEKDAY_NAMES.en].join('|')}),?\\s+`
/** « 3 janvier 2025 », « vendredi 1er janvier 2025 », "3 January 2025". */
const DAY_MONTH_YEAR = new RegExp(`^(?:${WEEKDAY_WORD})?(\\d{1,2})(?:er|st|nd|rd|th)?\\s+(\\p{L}+)\\s+(\\d{4})$`, 'iu')
/** "January 3, 2025", "Friday, January 3, 2025". */
const MONTH_DAY_YEAR = new RegExp(`^(?:${WEEKDAY_WORD})?(\\p{L}+)\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})$`, 'iu')

/**
 * The publication date a Markdown front matter's `date:` holds, as a
 * newsroom writes it: `2025-01-03` (a time after it, `2025-01-03T09:00:00+01:00`,
 * is dated by the day as written), `January 3, 2025`, `3 January 2025`,
 * `3 janvier 2025`, `1er janvier 2025`, with or without the weekday.
 * `invalid` for anything else, or a day that does not exist (`2025-13-01`,
 * `31 avril 2025`): a date the writer meant and factlint cannot use.
 */
export function parseWrittenDate(value: string): Date | 'invalid' {
  const text = value.trim().replace(/\s+/gu, ' ')
  const iso = /^(\d{4}-\d{2}-\d{2})(?:[T ][\d:.+\-Z ]*)?$/u.exec(text)
  if (iso) return parseIsoDate(iso[1]) ?? 'invalid'
  let parts: [string, string, string] | undefined
  const dayFirst = DAY_MONTH_YEAR.exec(text)
  if (dayFirst) parts = [dayFirst[1]!, dayFirst[2]!, dayFirst[3]!]
  const monthFirst = dayFirst ? undefined : MONTH_DAY_YEAR.exec(text)
  if (monthFirst) parts = [monthFirst[2]!, monthFirst[1]!, monthFirst[3]!]
  const month = parts && MONTH_WORDS.get(parts[1].toLocaleLowerCase())
  if (!parts || month === undefined) return 'invalid'
  const date = {year: Number(parts[2]), month, day: Number(parts[0])}
  return isValidDate(date) ? new Date(Date.UTC(date.year, month - 1, date.day)) : 'invalid'
}

/** The first day of the Gregorian calendar in the Catholic countries; Britain and its colonies switched on 1752-09-14. */
export const GREGORIAN_FROM: CalendarDate = {year: 1582, month: 10, day: 15}

/** Days since 1970-01-01 of a date of the Julian calendar (through the Julian day number). */
export function julianDayNumber(date: CalendarDate): number {
  const a = Math.floor((14 - date.month) / 12)
  const y = date.year + 4800 - a
  const m = date.month + 12 * a - 3
  return date.day + Math.floor((153 * m + 2) / 5) + 365 * y + Math.floor(y / 4) - 32_083 - 2_440_588
}

function julianDaysInMonth(year: number, month: number): number {
  return month === 2 && year % 4 === 0 ? 29 : MONTH_LENGTHS[month - 1]!
}

function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day
}

/**
 * The calendar a date is written in: `julian` before `gregorianFrom`, `gregorian`
 * from it on, `gap` for the days the switch skipped (5–14 October 1582), which
 * were never written where the switch was made.
 */
export function calendarOf(date: CalendarDate, gregorianFrom: CalendarDate = GREGORIAN_FROM): 'julian' | 'gregorian' | 'gap' {
  if (compareDates(date, gregorianFrom) >= 0) return 'gregorian'
  return julianDayNumber(date) >= dayNumber(gregorianFrom) ? 'gap' : 'julian'
}

/** The calendar a date was read in: the Julian one before the switch (see `calendarOf`), else the Gregorian one. */
export type CalendarName = 'julian' | 'gregorian'

/** The date of the Julian calendar of a day number (the inverse of `julianDayNumber`). */
export function fromJulianDayNumber(days: number): CalendarDate {
  const c = days + 2_440_588 + 32_082
  const d = Math.floor((4 * c + 3) / 1461)
  const e = c - Math.floor((1461 * d) / 4)
  const m = Math.floor((5 * e + 2) / 153)
  const day = e - Math.floor((153 * m + 2) / 5) + 1
  const month = m + 3 - 12 * Math.floor(m / 10)
  const year = d - 4800 + Math.floor(m / 10)
  return {year, month, day}
}

/** Weekday (0 = Sunday) of a date of the Julian calendar. */
export function julianWeekdayOf(date: CalendarDate): number {
  return (((julianDayNumber(date) + 4) % 7) + 7) % 7
}

export function isValidJulianDate(date: CalendarDate): boolean {
  return date.month >= 1 && date.month <= 12 && date.day >= 1 && date.day <= julianDaysInMonth(date.year, date.month)
}

/** Reads `YYYY-MM-DD` (a date of the Gregorian calendar). */
export function calendarDateOf(iso: string): CalendarDate {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number]
  return {year, month, day}
}
