import type {Lang} from '../types.js'
import {MONTH_NAMES, WEEKDAY_NAMES, weekdayAbbreviationsFromMonday, weekdaysFromMonday} from '../lexicon/calendar.js'
import type {StatedDate} from './calendar.js'

/**
 * Numeric dates written after a weekday: « vendredi 28/08/2014 »,
 * « vendredi 28-8-2014 », « vendredi 2014/08/28 », "Monday, 10/31/2014",
 * "Monday, 10/31". Only after a weekday: the weekday is what makes digits a
 * date, so a fraction « 4/5 », a score « 2-1 », a time « 20h30 », a phone
 * number, a version 2.10.3, an ISBN or a table's « 28/08 » are never read.
 *
 * Day and month order: `dmy` (French, British), `mdy` (American), or `auto`:
 * French reads d/m; English reads whichever order gives a month (31/10 is
 * d/m, 10/31 m/d) and, when both do (10/12), keeps both readings: the date
 * is then checked against each, and a weekday fitting either is right.
 */
export type DateOrder = 'dmy' | 'mdy' | 'auto'

export interface NumericStyle {
  /** The order the digits were read in. */
  order: 'dmy' | 'mdy' | 'ymd'
  separator: string
  /** Day and month written with two digits (« 08 »). */
  pad: boolean
  /** Digits of the year as written: none, two or four. */
  yearDigits: 0 | 2 | 4
}

export interface NumericDate {
  index: number
  text: string
  stated: StatedDate
  /** The other reading, when both orders give a date (English, `auto`). */
  alternative?: StatedDate
  numeric: NumericStyle
}

/** A weekday, in full or abbreviated with or without its full stop. */
const weekdayWord = (lang: Lang) => `(${[...weekdaysFromMonday(lang), ...weekdayAbbreviationsFromMonday(lang).map((word) => `${word}\\.?`)].join('|')})`
const WEEKDAY_WORD: Record<Lang, string> = {fr: weekdayWord('fr'), en: weekdayWord('en')}

// ISO-like year first; day and month with a year; day and month alone (a slash only: « 28.08 » is a number, « 2-1 » a score).
const NUMBER = '(?:(\\d{4})([-/.])(\\d{1,2})\\3(\\d{1,2})|(\\d{1,2})([-/.])(\\d{1,2})\\7(\\d{4}|\\d{2})|(\\d{1,2})/(\\d{1,2}))'

const PATTERN: Record<Lang, RegExp> = {
  fr: new RegExp(`(?<![\\p{L}\\p{N}_])${WEEKDAY_WORD.fr}(?<=[\\p{L}.])(?:,\\s*|\\s+)${NUMBER}(?![\\p{L}\\p{N}]|[-/.,:]\\d)`, 'giu'),
  en: new RegExp(`(?<![\\p{L}\\p{N}_])${WEEKDAY_WORD.en}(?<=[\\p{L}.])(?:,\\s*|\\s+)${NUMBER}(?![\\p{L}\\p{N}]|[-/.,:]\\d)`, 'giu')
}

/** Two digits of a year: 00–49 are 2000–2049, 50–99 1950–1999 (a news story's dates lie near its own). */
function fullYear(digits: string): number {
  const value = Number(digits)
  return digits.length === 4 ? value : value < 50 ? 2000 + value : 1900 + value
}

const isMonth = (month: number) => month >= 1 && month <= 12
const isDay = (day: number) => day >= 1 && day <= 31

export function numericDates(chunk: string, lang: Lang, order: DateOrder): NumericDate[] {
  const found: NumericDate[] = []
  const pattern = PATTERN[lang]
  pattern.lastIndex = 0
  for (let match = pattern.exec(chunk); match; match = pattern.exec(chunk)) {
    const word = match[1]!.toLowerCase().replace(/\.$/, '')
    const weekday = WEEKDAY_NAMES[lang].findIndex((name) => name.toLowerCase().startsWith(word))
    if (weekday < 0) continue
    const read = readingsOf(match, lang, order)
    if (!read) continue
    read.stated.weekday = weekday
    if (read.alternative) read.alternative.weekday = weekday
    found.push({index: match.index, text: match[0], ...read})
  }
  return found
}

function readingsOf(match: RegExpExecArray, lang: Lang, order: DateOrder): Omit<NumericDate, 'index' | 'text'> | undefined {
  if (match[2] !== undefined) {
    const [month, day] = [Number(match[4]), Number(match[5])]
    if (!isMonth(month) || !isDay(day)) return undefined
    return {stated: {year: Number(match[2]), month, day}, numeric: {order: 'ymd', separator: match[3]!, pad: match[4]!.length === 2, yearDigits: 4}}
  }
  const [first, separator, second, year] = match[6] !== undefined ? [match[6], match[7]!, match[8]!, match[9]] : [match[10]!, '/', match[11]!, undefined]
  const a = Number(first)
  const b = Number(second)
  const base = {separator, pad: first.length === 2 && second.length === 2, yearDigits: (year === undefined ? 0 : year.length) as 0 | 2 | 4}
  const withYear = (stated: StatedDate): StatedDate => (year === undefined ? stated : {...stated, year: fullYear(year)})
  const dmy = isMonth(b) && isDay(a) ? withYear({day: a, month: b}) : undefined
  const mdy = isMonth(a) && isDay(b) ? withYear({day: b, month: a}) : undefined
  if (order !== 'auto') {
    const reading = order === 'dmy' ? dmy : mdy
    return reading ? {stated: reading, numeric: {order, ...base}} : undefined
  }
  if (lang === 'fr') {
    if (dmy) return {stated: dmy, numeric: {order: 'dmy', ...base}}
    return mdy ? {stated: mdy, numeric: {order: 'mdy', ...base}} : undefined
  }
  if (dmy && mdy && a !== b) return {stated: mdy, alternative: dmy, numeric: {order: 'mdy', ...base}}
  const reading = mdy ?? dmy
  if (!reading) return undefined
  return {stated: reading, numeric: {order: reading === mdy ? 'mdy' : 'dmy', ...base}}
}

/** `date` written as the numeric date of `style` was. */
export function writeNumeric(style: NumericStyle, date: {year: number; month: number; day: number}): string {
  const two = (value: number) => (style.pad ? String(value).padStart(2, '0') : String(value))
  const {separator} = style
  if (style.order === 'ymd') return [String(date.year), two(date.month), two(date.day)].join(separator)
  const parts = style.order === 'dmy' ? [two(date.day), two(date.month)] : [two(date.month), two(date.day)]
  if (style.yearDigits === 4) parts.push(String(date.year))
  else if (style.yearDigits === 2) parts.push(String(date.year % 100).padStart(2, '0'))
  return parts.join(separator)
}

/** A day above 31 (« le 32 mars », "March 32", « le 40-02-2011 »): a date no month has, found where the words make it a date. */
export interface ImpossibleDay {
  index: number
  text: string
  stated: StatedDate
  numeric?: NumericStyle
}

const FR_MONTHS = MONTH_NAMES.fr.map((name) => name.toLowerCase())
const EN_MONTHS = MONTH_NAMES.en.map((name) => name.toLowerCase())
const EN_SHORT = EN_MONTHS.map((name) => name.slice(0, 3))

const BIG_DAY = '(3[2-9]|[4-9]\\d)'

/**
 * French: the day before its month after « le », « du », « au » or a weekday
 * (« il y a eu 32 mars » is not written; « 45 mai » after a count is no
 * date either). English: the month before the day after "on" or a weekday,
 * or with a year after it, or ending the clause: "In March 32 people died"
 * is a count.
 */
const IMPOSSIBLE_WORDS: Record<Lang, RegExp> = {
  fr: new RegExp(`(?<![\\p{L}\\p{N}])(?:${WEEKDAY_WORD.fr}\\s+|(?:le|du|au)\\s+)${BIG_DAY}\\s+(${FR_MONTHS.join('|')})(?:\\s+(\\d{4}))?(?![\\p{L}\\p{N}])`, 'giu'),
  en: new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${WEEKDAY_WORD.en},?\\s+|(on)\\s+)?(${EN_MONTHS.join('|')}|(?:${EN_SHORT.join('|')})\\.)\\s+${BIG_DAY}(?:st|nd|rd|th)?(?:,\\s*(\\d{4}))?(?![\\p{L}\\p{N}])`,
    'giu'
  )
}

const IMPOSSIBLE_NUMERIC: Record<Lang, RegExp> = {
  fr: new RegExp(`(?<![\\p{L}\\p{N}_])(?:${WEEKDAY_WORD.fr}(?<=[\\p{L}.]),?\\s+|(?:le|du|au)\\s+)(\\d{1,2})([-/.])(\\d{1,2})\\3(\\d{4})(?![\\p{L}\\p{N}]|[-/.,:]\\d)`, 'giu'),
  en: new RegExp(`(?<![\\p{L}\\p{N}_])(?:${WEEKDAY_WORD.en}(?<=[\\p{L}.]),?\\s+|on\\s+)(\\d{1,2})([-/.])(\\d{1,2})\\3(\\d{4})(?![\\p{L}\\p{N}]|[-/.,:]\\d)`, 'giu')
}

function weekdayOfWord(word: string | undefined, lang: Lang): number | undefined {
  if (word === undefined) return undefined
  const prefix = word.toLowerCase().replace(/\.$/, '')
  const index = WEEKDAY_NAMES[lang].findIndex((name) => name.toLowerCase().startsWith(prefix))
  return index < 0 ? undefined : index
}

export function impossibleDays(chunk: string, lang: Lang): ImpossibleDay[] {
  const found: ImpossibleDay[] = []
  const words = IMPOSSIBLE_WORDS[lang]
  words.lastIndex = 0
  for (let match = words.exec(chunk); match; match = words.exec(chunk)) {
    const [weekdayWord, day, monthWord, year] = lang === 'fr' ? [match[1], match[2]!, match[3]!, match[4]] : [match[1], match[4]!, match[3]!, match[5]]
    const rest = chunk.slice(match.index + match[0].length)
    // English, a bare "March 32": a date only when the clause ends there ("In March 32 people died" is a count).
    if (lang === 'en' && weekdayWord === undefined && match[2] === undefined && year === undefined && !/^\s*(?:[.;:)!?]|$)/.test(rest)) continue
    const name = monthWord.toLowerCase().replace(/\.$/, '')
    const month = lang === 'fr' ? FR_MONTHS.indexOf(name) + 1 : (EN_MONTHS.indexOf(name) + 1 || EN_SHORT.indexOf(name) + 1)
    if (month < 1) continue
    const stated: StatedDate = {day: Number(day), month}
    if (year !== undefined) stated.year = Number(year)
    const weekday = weekdayOfWord(weekdayWord, lang)
    if (weekday !== undefined) stated.weekday = weekday
    const lead = weekdayWord === undefined ? /^\S+\s+/.exec(match[0])![0].length * (lang === 'fr' || match[2] !== undefined ? 1 : 0) : 0
    found.push({index: match.index + lead, text: match[0].slice(lead), stated})
  }
  const numeric = IMPOSSIBLE_NUMERIC[lang]
  numeric.lastIndex = 0
  for (let match = numeric.exec(chunk); match; match = numeric.exec(chunk)) {
    const a = Number(match[2])
    const b = Number(match[4])
    const [day, month, order] = a > 31 && isMonth(b) ? [a, b, 'dmy' as const] : b > 31 && isMonth(a) ? [b, a, 'mdy' as const] : [0, 0, undefined]
    if (!order) continue
    const stated: StatedDate = {day, month, year: Number(match[5])}
    const weekday = weekdayOfWord(match[1], lang)
    if (weekday !== undefined) stated.weekday = weekday
    const lead = match[1] === undefined ? /^\S+\s+/.exec(match[0])![0].length : 0
    found.push({index: match.index + lead, text: match[0].slice(lead), stated, numeric: {order, separator: match[3]!, pad: match[2]!.length === 2 && match[4]!.length === 2, yearDigits: 4}})
  }
  return found.sort((x, y) => x.index - y.index)
}
