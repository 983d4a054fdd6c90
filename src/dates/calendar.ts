/**
 * Calendar arithmetic on plain (year, month, day) triples, in UTC day numbers
 * so that no time zone or daylight saving shift can move a date.
 */

export interface CalendarDate {
  year: number
  /** 1–12 */
  month: number
  day: number
}

const DAY_MS = 86_400_000

/** Days since 1970-01-01 (may be negative); months and days may overflow. */
export function dayNumber(date: CalendarDate): number {
  return Math.round(Date.UTC(date.year, date.month - 1, date.day) / DAY_MS)
}

export function fromDayNumber(days: number): CalendarDate {
  const value = new Date(days * DAY_MS)
  return {year: value.getUTCFullYear(), month: value.getUTCMonth() + 1, day: value.getUTCDate()}
}

/** 0 = Sunday … 6 = Saturday, like `Date#getDay` and chrono. */
export function weekdayOf(date: CalendarDate): number {
  return (((dayNumber(date) + 4) % 7) + 7) % 7
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
}

export function daysInMonth(year: number, month: number): number {
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
  return date.getUTCDate() === Number(match[3]) ? date : undefined
}
