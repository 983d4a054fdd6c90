import type {Lang} from '../types.js'
import {calendarWords, CHRONO_NAMES} from './chrono.js'
import {isCut} from './chunks.js'
import type {StatedDate} from './calendar.js'
import {MONTH_NAMES, WEEKDAY_NAMES} from '../lexicon/calendar.js'
import {BEFORE_TIME_QUANTITY_EN, ORDINAL_BEGINNINGS_EN, RANGE_OR_TIME_WORDS, RISKY_AFTER_DATE, RISKY_BEFORE_DATE, TIME_QUANTIFIERS_EN, TIME_QUANTITIES_EN, TIME_UNITS_EN, TIME_UNITS_FR} from '../lexicon/chrono-words.js'
import {formsPattern, wordsPattern} from '../lexicon/patterns.js'

/**
 * The commonest date of a news draft, written out in full with its weekday
 * (« mercredi 30 octobre », « Dimanche 14 juin 2026 », "Wednesday, October 30",
 * "Friday, May 15, 2026"), read without chrono when it is the only thing in
 * its sentence chrono could read: chrono costs about as much to build its
 * results as to find them, and this shape is most of the dates of a story.
 *
 * Every condition below keeps the fast path to chunks where chrono's reading
 * is known (tests/dates/plain.test.ts compares both on generated sentences
 * and runs of sentences); anything else goes to chrono.
 */
export interface PlainDate {
  index: number
  text: string
  stated: StatedDate
}

// The names the reports write, lower-cased: the shape is matched on lower-cased text.
const lowerCased = (names: readonly string[]) => names.map((name) => name.toLowerCase())
const FR_WEEKDAYS = lowerCased(WEEKDAY_NAMES.fr)
const EN_WEEKDAYS = lowerCased(WEEKDAY_NAMES.en)
const FR_MONTHS = lowerCased(MONTH_NAMES.fr)
const EN_MONTHS = lowerCased(MONTH_NAMES.en)

// Matched on lower-cased text, case-sensitively, as are the guards below: the case-insensitive Unicode flag
// would also take « ſ » for an s, which chrono does not. The guards' word bounds are chrono's (ASCII letters)
// or looser. A single space between the words; an underscore counts as a letter (chrono's \w).
const SHAPE: Record<Lang, RegExp> = {
  fr: new RegExp(`(?<![\\p{L}\\p{N}_])(${FR_WEEKDAYS.join('|')}) (0[1-9]|[12]\\d|3[01]|[1-9])(?:er)? (${FR_MONTHS.join('|')})(?: ([12]\\d{3}))?(?![\\p{L}\\p{N}_])`, 'u'),
  en: new RegExp(`(?<![\\p{L}\\p{N}_])(${EN_WEEKDAYS.join('|')}), (${EN_MONTHS.join('|')}) (0[1-9]|[12]\\d|3[01]|[1-9])(?:, ([12]\\d{3}))?(?![\\p{L}\\p{N}_])`, 'u')
}

/**
 * Words that, right before the date, change chrono's reading: a determiner or
 * modifier of the weekday (« ce », "this", "last"…), the start of a range.
 */
const RISKY_BEFORE = new RegExp(String.raw`(?:^|[^a-z])(?:${wordsPattern(RISKY_BEFORE_DATE)})[\s,(（]*$`)

/**
 * What, right after the date, chrono may read as part of it: a time zone or
 * era in capitals ("EST", "AD"), an era or time word, the end of a range, a
 * weekday modifier, an ordinal number written out ("April 22 twenty-first").
 */
// chrono's `^\s*,?\s*`, written so that a long run of spaces is not tried twice over.
const TIME_ZONE_AFTER = /^\s*(?:,\s*)?\(?[A-Z]{2,4}\)?(?!\w)/
const RISKY_AFTER =
  new RegExp(String.raw`^[\s,–—-]*(?:(?:${formsPattern(RISKY_AFTER_DATE)})(?![a-z])|(?:${wordsPattern(ORDINAL_BEGINNINGS_EN)}))`)

/**
 * A duration anywhere in the chunk (« dans une semaine », "two weeks later"):
 * chrono reads it as a date of its own, merges it with a date next to it
 * ("a week after Monday, June 3"), or lends its year to the date it follows
 * in a list (see SharedMonthRefiner). The units are chrono's own words. In
 * English chrono reads one only after a quantity ("a", "the", "few", "two"…,
 * its NUMBER_PATTERN, which may follow "in", "within"… with no space) or
 * "this/last/next": "another day of protests" is none; in French « la
 * semaine » already is one, so any unit counts.
 */
const TIME_UNIT: Record<Lang, RegExp> = {
  fr: new RegExp(String.raw`(?<![a-z])(?:${formsPattern(TIME_UNITS_FR)})(?![a-z])`),
  en: new RegExp(
    String.raw`(?:(?<![a-z])|(?<=${wordsPattern(BEFORE_TIME_QUANTITY_EN)}))(?:${wordsPattern(TIME_QUANTITIES_EN)}|an?(?![a-z])|${wordsPattern(TIME_QUANTIFIERS_EN)}|\d)\s*(?:${formsPattern(TIME_UNITS_EN)})(?![a-z])`
  )
}

/**
 * A weekday or month name elsewhere in the chunk as chrono may read it, which
 * `calendarWords` does not see: chrono's word bounds are ASCII (« éjuin »,
 * "éMarch"), and its numbers and ordinals may be glued to a month
 * ("firstMarch", "march5", « 1ermars »). Any such name sends the chunk to
 * chrono. Only the names of the chunk's language count: « monétaire » and
 * « marché » hold the "mon" and "march" of English, which chrono's French
 * parser does not know.
 */
const ORDINAL_START = wordsPattern(['first', 'second', 'third', ...ORDINAL_BEGINNINGS_EN])
const otherName = (lang: Lang) => new RegExp(`(?:^|[^a-z]|st|nd|rd|th|of|er|de)(?:${CHRONO_NAMES[lang]})(?:$|[^a-z]|${ORDINAL_START})`)
const OTHER_NAME: Record<Lang, RegExp> = {fr: otherName('fr'), en: otherName('en')}

/**
 * The dates of a chunk whose every sentence is one plain date (see
 * `plainDate`), or undefined: a story's dated sentences often follow one
 * another, and `dateChunks` hands them over as one run. The run is cut where
 * `dateChunks` may cut (`isCut`): no date chrono reads straddles such a cut,
 * and neither chrono's refiners nor ours join two results across one (they
 * want nothing but spaces, a comma or a list word between them), so chrono
 * reads the run as it reads its sentences one by one (tests/dates/plain.test.ts
 * compares both on generated runs).
 */
export function plainDates(chunk: string, lang: Lang): PlainDate[] | undefined {
  const dates: PlainDate[] = []
  let from = 0
  for (let at = 1; at <= chunk.length; at++) {
    if (at < chunk.length && (chunk.charCodeAt(at) !== 32 || !isCut(chunk, at))) continue
    const date = plainDate(chunk.slice(from, at), lang)
    if (!date) return undefined
    dates.push(from === 0 ? date : {index: from + date.index, text: date.text, stated: date.stated})
    from = at
  }
  return dates
}

export function plainDate(chunk: string, lang: Lang): PlainDate | undefined {
  const lower = chunk.toLowerCase()
  if (lower.length !== chunk.length) return undefined
  const match = SHAPE[lang].exec(lower)
  if (!match) return undefined
  const start = match.index
  const end = start + match[0].length
  if (!numbersApart(lower, start, end)) return undefined
  if (!onlyCalendarWords(chunk, lang, match)) return undefined
  if (OTHER_NAME[lang].test(lower.slice(0, start)) || OTHER_NAME[lang].test(lower.slice(end))) return undefined
  if (RISKY_BEFORE.test(lower.slice(Math.max(0, start - 24), start))) return undefined
  if (TIME_ZONE_AFTER.test(chunk.slice(end, end + 24)) || RISKY_AFTER.test(lower.slice(end, end + 24)) || TIME_UNIT[lang].test(lower)) return undefined
  return {index: start, text: chunk.slice(start, end), stated: statedOf(match, lang)}
}

/**
 * Other numbers of the chunk (« devant 807 personnes ») are words away from
 * the date: right after it chrono would read a year (« juin, 57 » is 1957,
 * "June 3, 12" 2012) or the end of a range ("June 3 to 5"). A duration
 * (« 3 jours ») is caught by TIME_UNIT, a numeric date by `calendarWords`.
 */
function numbersApart(lower: string, start: number, end: number): boolean {
  const before = lastDigit(lower, start)
  if (before >= 0 && !ASCII_LETTER.test(lower.slice(before, start))) return false
  const after = firstDigit(lower, end)
  if (after < 0) return true
  return WORD_BETWEEN.test(lower.slice(end, after))
}

const ASCII_LETTER = /[a-z]/

/** A word of two letters or more that neither joins a range nor introduces a time. */
const WORD_BETWEEN =
  new RegExp(String.raw`(?<![a-z])(?!(?:${wordsPattern(RANGE_OR_TIME_WORDS)})(?![a-z]))[a-z]{2,}`)

function isDigitAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at)
  return code >= 48 && code <= 57
}

function lastDigit(text: string, before: number): number {
  for (let at = before - 1; at >= 0; at--) if (isDigitAt(text, at)) return at
  return -1
}

function firstDigit(text: string, from: number): number {
  for (let at = from; at < text.length; at++) if (isDigitAt(text, at)) return at
  return -1
}

/** The weekday and the month are the chunk's only weekday or month names (and it has no numeric date). */
function onlyCalendarWords(chunk: string, lang: Lang, match: RegExpExecArray): boolean {
  const words = calendarWords(chunk)
  if (words.length !== 4) return false
  const weekdayStart = match.index
  const monthWord = lang === 'fr' ? match[3]! : match[2]!
  // In French the day may be written « 1er »; the month is the only word of letters after it.
  const monthStart = lang === 'fr' ? weekdayStart + match[0].lastIndexOf(monthWord) : weekdayStart + match[1]!.length + 2
  return (
    words[0] === weekdayStart &&
    words[1] === weekdayStart + match[1]!.length &&
    words[2] === monthStart &&
    words[3] === monthStart + monthWord.length
  )
}

function statedOf(match: RegExpExecArray, lang: Lang): StatedDate {
  const [weekday, day, month, year] = lang === 'fr' ? [match[1]!, match[2]!, match[3]!, match[4]] : [match[1]!, match[3]!, match[2]!, match[4]]
  const stated: StatedDate = {
    weekday: (lang === 'fr' ? FR_WEEKDAYS : EN_WEEKDAYS).indexOf(weekday),
    day: Number(day),
    month: (lang === 'fr' ? FR_MONTHS : EN_MONTHS).indexOf(month) + 1
  }
  if (year !== undefined) stated.year = Number(year)
  return stated
}
