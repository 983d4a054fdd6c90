import {describe, expect, it} from 'vitest'
import {dayNumber, daysInMonth, fromDayNumber, isValidDate, maxDaysInMonth, parseWrittenDate, weekdayOf} from '../../src/dates/calendar.js'

// The calendar is computed arithmetically; Date is the reference it must agree with.
const DAY_MS = 86_400_000
const byDate = {
  dayNumber: (year: number, month: number, day: number) => Math.round(Date.UTC(year, month - 1, day) / DAY_MS),
  fromDayNumber: (days: number) => {
    const value = new Date(days * DAY_MS)
    return {year: value.getUTCFullYear(), month: value.getUTCMonth() + 1, day: value.getUTCDate()}
  },
  daysInMonth: (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate()
}

describe('calendar arithmetic agrees with Date', () => {
  it('day numbers of every day from 1582 to 2500, and back', () => {
    const first = byDate.dayNumber(1582, 1, 1)
    const last = byDate.dayNumber(2500, 12, 31)
    const wrong: number[] = []
    for (let days = first; days <= last; days++) {
      const date = fromDayNumber(days)
      const expected = byDate.fromDayNumber(days)
      if (date.year !== expected.year || date.month !== expected.month || date.day !== expected.day || dayNumber(date) !== days) wrong.push(days)
    }
    expect(wrong).toEqual([])
  })

  it('months and days that overflow, as Date.UTC reads them', () => {
    const wrong: string[] = []
    for (const year of [100, 101, 399, 400, 1600, 1699, 1700, 1900, 1999, 2000, 2023, 2024, 2100, 2400, 9999]) {
      for (let month = -25; month <= 26; month++) {
        for (const day of [-400, -31, -1, 0, 1, 15, 28, 29, 30, 31, 32, 60, 366, 1000]) {
          if (dayNumber({year, month, day}) !== byDate.dayNumber(year, month, day)) wrong.push(`${year}-${month}-${day}`)
        }
      }
    }
    expect(wrong).toEqual([])
  })

  it('years 0 to 99 as Date.UTC reads them (1900 to 1999)', () => {
    for (const year of [0, 1, 4, 50, 99]) {
      expect(dayNumber({year, month: 3, day: 1})).toBe(byDate.dayNumber(year, 3, 1))
      expect(daysInMonth(year, 2)).toBe(byDate.daysInMonth(year, 2))
    }
  })

  it('month lengths, leap years included, and out-of-range months', () => {
    const wrong: string[] = []
    for (let year = 1590; year <= 2410; year++) {
      for (let month = -1; month <= 14; month++) if (daysInMonth(year, month) !== byDate.daysInMonth(year, month)) wrong.push(`${year}-${month}`)
    }
    expect(wrong).toEqual([])
    expect([daysInMonth(2000, 2), daysInMonth(1900, 2), daysInMonth(2024, 2), daysInMonth(2023, 2)]).toEqual([29, 28, 29, 28])
    expect(maxDaysInMonth(2)).toBe(29)
    expect(maxDaysInMonth(4)).toBe(30)
  })

  it('weekdays and impossible dates (« 31 avril », "Feb. 29" of a common year)', () => {
    expect(weekdayOf({year: 2020, month: 10, day: 30})).toBe(5) // vendredi 30 octobre 2020
    expect(weekdayOf({year: 2024, month: 6, day: 4})).toBe(2) // Tuesday, June 4, 2024
    expect(weekdayOf({year: 1969, month: 12, day: 31})).toBe(3)
    expect(weekdayOf({year: 1600, month: 3, day: 1})).toBe(new Date(Date.UTC(1600, 2, 1)).getUTCDay())
    expect(isValidDate({year: 2021, month: 4, day: 31})).toBe(false)
    expect(isValidDate({year: 2021, month: 4, day: 30})).toBe(true)
    expect(isValidDate({year: 2023, month: 2, day: 29})).toBe(false)
    expect(isValidDate({year: 2024, month: 2, day: 29})).toBe(true)
    expect(isValidDate({year: 2100, month: 2, day: 29})).toBe(false)
    expect(isValidDate({year: 2024, month: 13, day: 1})).toBe(false)
    expect(isValidDate({year: 2024, month: 1, day: 0})).toBe(false)
  })

  it('NaN stays NaN', () => {
    expect(dayNumber({year: Number.NaN, month: 1, day: 1})).toBeNaN()
    expect(fromDayNumber(Number.NaN).year).toBeNaN()
  })
})

describe('parseWrittenDate: a front matter’s date as a newsroom writes it', () => {
  const table: Array<[string, string]> = [
    ['2025-01-03', '2025-01-03'],
    ['2025-01-03T09:00:00+01:00', '2025-01-03'],
    ['January 3, 2025', '2025-01-03'],
    ['Friday, January 3, 2025', '2025-01-03'],
    ['3 January 2025', '2025-01-03'],
    ['3 janvier 2025', '2025-01-03'],
    ['1er janvier 2025', '2025-01-01'],
    ['vendredi 3 janvier 2025', '2025-01-03'],
    ['29 février 2024', '2024-02-29'],
    // Impossible or unreadable: refused, never rolled over.
    ['2025-13-01', 'invalid'],
    ['2025-02-29', 'invalid'],
    ['31 avril 2025', 'invalid'],
    ['February 30, 2025', 'invalid'],
    ['3 brumaire 2025', 'invalid'],
    ['bientôt', 'invalid'],
    ['2025', 'invalid']
  ]
  it.each(table)('%s → %s', (written, expected) => {
    const parsed = parseWrittenDate(written)
    expect(parsed === 'invalid' ? parsed : parsed.toISOString().slice(0, 10)).toBe(expected)
  })
})
