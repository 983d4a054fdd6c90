/**
 * The options every date rule takes (date-weekday, date-timeline,
 * date-arithmetic): how numeric dates are read and where the Julian calendar
 * ends. One schema, so that the three rules accept and document the same
 * words, and one conversion to the analysis' reading.
 */
import {z} from 'zod'
import type {DateReading} from '../dates/analysis.js'
import {calendarDateOf, isValidDate} from '../dates/calendar.js'

export const DEFAULT_GREGORIAN_FROM = '1582-10-15'

/** The zod shape of the date options, to spread into a date rule's options object. */
export const dateOptionsShape = {
  /** Day and month order of numeric dates: `dmy` (French, British), `mdy` (American), `auto` (French d/m; English either, both readings checked). */
  dateOrder: z.enum(['dmy', 'mdy', 'auto']).default('auto'),
  /** First day of the Gregorian calendar (`YYYY-MM-DD`); dates before it are read in the Julian calendar. `1752-09-14` for British and American history. */
  gregorianFrom: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date written YYYY-MM-DD')
    .refine((value) => isValidDate(calendarDateOf(value)), 'a date that exists')
    .default(DEFAULT_GREGORIAN_FROM)
}

/** The defaults of the date options, for a rule schema's `.default(…)`. */
export const DATE_OPTION_DEFAULTS = {dateOrder: 'auto', gregorianFrom: DEFAULT_GREGORIAN_FROM} as const

export type DateOptions = {dateOrder: 'dmy' | 'mdy' | 'auto'; gregorianFrom: string}

/** How the analysis reads dates under these options. */
export function readingOf(options: DateOptions): DateReading {
  return {
    dateOrder: options.dateOrder,
    ...(options.gregorianFrom === DEFAULT_GREGORIAN_FROM ? {} : {gregorianFrom: calendarDateOf(options.gregorianFrom)})
  }
}
