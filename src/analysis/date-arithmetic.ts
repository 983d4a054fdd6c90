import {toCardinal as frenchWords, toOrdinal as frenchOrdinal} from 'n2words/fr-FR'
import {toCardinal as englishWords, toOrdinal as englishOrdinal} from 'n2words/en-US'
import type {DateAnalysis, TimelineEvent} from '../dates/analysis.js'
import {sentenceAt, sentenceIndexAt, sentenceRanges} from './arithmetic.js'
import {dayNumber, toCalendarDate, type CalendarDate, type CalendarName} from '../dates/calendar.js'
import {readNumbers, type NumberMention} from '../text/numbers.js'
import type {Lang} from '../types.js'
import {AGO_CUES, BACKGROUND_WORDS, DAY_KINDS_FR, DURATION_LINKS, EARLIER_WORDS, EVENT_DETERMINERS, LATER_UNITS, LATER_WORDS, MONTH_UNITS, MONTHS, PARTS_OF_YEAR, PRESENT_WORDS, SEASONS, YEAR_UNITS} from '../lexicon/calendar.js'
import {RESTATING, ROUGH_BEFORE_COUNT} from '../lexicon/figures.js'
import {AGE_APPOSITION_FOLLOWERS_EN, AGE_ELSEWHEN, AGE_ELSEWHEN_ENDS_EN, AGE_ELSEWHEN_WORDS_EN} from '../lexicon/referents.js'
import {formsPattern, wordsPattern} from '../lexicon/patterns.js'

/**
 * A duration or an age the text states, checked against the dates it joins:
 *
 * - `range`: a range's stated length, « du lundi 2 au vendredi 6 mars, soit quatre jours » (five);
 * - `later`: « trois jours plus tard, le jeudi 5 mars », "three days later, on March 5", against the date told just before;
 * - `age`: an age against a birth date and the publication date;
 * - `ago`: « il y a dix ans, en 2015 », "ten years ago, in 2015", « dix ans après les attentats de 2015, … toujours », against the story's date;
 * - `anniversary`: « le dixième anniversaire des attentats de 2015 », "the 10th anniversary of the 2015 attacks", against the story's date;
 * - `laterYears`: « neuf ans plus tard, en 2019 », "nine years later, in 2019", against the one year told just before;
 * - `since`: « il y a trois jours, le 2 mars », "three days ago, on March 2", against the story's date.
 *
 * Offsets are file offsets. Every check is kept, right or wrong: `factlint timeline` lists them.
 */
export interface DurationCheck {
  kind: 'range' | 'later' | 'age' | 'ago' | 'anniversary' | 'laterYears' | 'since'
  /** The stated figure (« quatre », "49"). */
  start: number
  end: number
  stated: string
  statedValue: number
  unit: 'day' | 'night' | 'week' | 'month' | 'year'
  /** What the dates give, in the same unit (weeks rounded). */
  computed: number
  /** For weeks: the days between the dates. */
  days?: number
  /** The stated figure as the dates give it, written the same way (digits or words). */
  expected: string
  /** The dates it joins: the first (the range's start, the earlier date, the birth date, the year of an event) and the second (absent for an age, a duration ago or an anniversary: the story's date). */
  from: {text: string; start: number; end: number; date: CalendarDate; calendar?: CalendarName; yearOnly?: boolean}
  to?: {text: string; start: number; end: number; date: CalendarDate; yearOnly?: boolean}
  /** The publication date, for an age; the story's date (publication date or dateline), for a duration ago or an anniversary. */
  reference?: CalendarDate
  ok: boolean
}

export interface DateArithmeticInput {
  analysis: DateAnalysis
  text: string
  lang: Lang
  referenceDate?: Date
}

const SPACE = '[\\s\\u00a0\\u202f]'
const FR_MONTHS = MONTHS.fr.map((month) => month.names[0]).join('|')
const EN_MONTHS = MONTHS.en.map((month) => month.names[0]).join('|')
/** The seasons, and in French after an elided article (« l’été »). */
const FR_SEASONS = wordsPattern([...SEASONS.fr, ...SEASONS.fr.filter((season) => /^[aeiouéh]/u.test(season)).map((season) => `l’${season}`)])
/** After a duration, the words that place a date after or before another: « plus tard », "earlier". */
const LATER_OR_EARLIER: Record<Lang, string> = {
  fr: wordsPattern([...LATER_WORDS.fr, ...EARLIER_WORDS.fr], `${SPACE}+`),
  en: wordsPattern([...LATER_WORDS.en, ...EARLIER_WORDS.en], `${SPACE}+`)
}

/** What follows a range before its stated length: « , soit », « (», "or", a dash. */
const RANGE_LENGTH: Record<Lang, RegExp> = {
  fr: new RegExp(`^${SPACE}*(?:[,(–—:]${SPACE}*)?(?:(?:${wordsPattern([...RESTATING.fr, ...DURATION_LINKS.fr])})${SPACE}*)?(?:près${SPACE}+de${SPACE}+)?$`, 'iu'),
  en: new RegExp(`^${SPACE}*(?:[,(–—:]${SPACE}*)?(?:(?:${wordsPattern([...RESTATING.en, ...DURATION_LINKS.en])})${SPACE}*)?$`, 'iu')
}
const UNIT_AFTER: Record<Lang, RegExp> = {
  fr: new RegExp(`^${SPACE}+(jours?|journées?|nuits?|nuitées?)(?![\\p{L}])`, 'iu'),
  en: new RegExp(`^(?:${SPACE}+|-)(days?|nights?)(?![\\p{L}])`, 'iu')
}
const WORKING_DAYS = new RegExp(String.raw`^[\s\u00a0]+(?:${wordsPattern(DAY_KINDS_FR)})`, 'iu')
/** « trois jours plus tard, le », "three days later, on": the words between the duration and the date. */
const LATER: Record<Lang, RegExp> = {
  fr: new RegExp(`^${SPACE}+(${formsPattern(LATER_UNITS.fr)})${SPACE}+(${LATER_OR_EARLIER.fr})${SPACE}*(?:,${SPACE}*)?(?:le${SPACE}+|soit${SPACE}+le${SPACE}+)?$`, 'iu'),
  en: new RegExp(`^(?:${SPACE}+|-)(${formsPattern(LATER_UNITS.en)})${SPACE}+(${LATER_OR_EARLIER.en})${SPACE}*(?:,${SPACE}*)?(?:on${SPACE}+)?$`, 'iu')
}
/** « le 5 mars, soit trois jours après le scrutin du 2 mars », "on March 5, three days after the vote on March 2": a date, then a count from another. */
const RELATIVE: Record<Lang, RegExp> = {
  fr: new RegExp(`^${SPACE}*,${SPACE}*(?:soit${SPACE}+|c[’']est-à-dire${SPACE}+)?(\\S+(?:[\\s-]+et[\\s-]+un)?)${SPACE}+(jours?|semaines?)${SPACE}+(après|avant)${SPACE}+(?:l[’']|(?:${wordsPattern(EVENT_DETERMINERS.fr)})${SPACE}+)[^.;:!?,\\d\\n]{0,40}?${SPACE}(?:du|le)${SPACE}+$`, 'iu'),
  en: new RegExp(`^${SPACE}*,${SPACE}*(?:or${SPACE}+|i\\.e\\.,?${SPACE}+)?(\\S+)${SPACE}+(days?|weeks?)${SPACE}+(after|before)${SPACE}+(?:${wordsPattern(EVENT_DETERMINERS.en)})${SPACE}+[^.;:!?,\\d\\n]{0,40}?${SPACE}(?:on|of)${SPACE}+$`, 'iu')
}
/** Words that count back from a date: « plus tôt », « avant », "earlier". */
const BEFORE_WORDS = new RegExp(`^(?:${wordsPattern([...EARLIER_WORDS.fr, 'avant', ...EARLIER_WORDS.en], '\\s+')})$`, 'iu')
/** A count of months or years, by its unit's word. */
const MONTHS_OR_YEARS = new RegExp(`^(?:${wordsPattern([...MONTH_UNITS, ...YEAR_UNITS])})`, 'iu')
const YEARS = new RegExp(`^(?:${wordsPattern(YEAR_UNITS)})`, 'iu')
/** A date told in the pluperfect or as background is no step of the story: « il avait été vu le… », "had been seen on". */
const BACKGROUND: Record<Lang, RegExp> = {
  fr: new RegExp(String.raw`\b(?:${wordsPattern(BACKGROUND_WORDS.fr)})`, 'iu'),
  en: new RegExp(String.raw`\b(?:${wordsPattern(BACKGROUND_WORDS.en)})\b`, 'iu')
}
const BORN: Record<Lang, RegExp> = {
  fr: new RegExp(`(?:né|née|nés|nées)${SPACE}+(?:le${SPACE}+)?$`, 'iu'),
  en: new RegExp(`\\bborn${SPACE}+(?:on${SPACE}+)?$`, 'iu')
}
/** An age told of the present: « âgé de 49 ans », « Jean Dupont, 49 ans, », "aged 49", "49-year-old", "…, 49, said". */
const AGE: Record<Lang, RegExp> = {
  fr: /(?:âgée?s?\s+de\s+|,\s+|\(\s*)(\d{1,3})\s+ans(?![\p{L}])/giu,
  en: new RegExp(String.raw`(?:aged\s+(\d{1,3})(?!\d)|(\d{1,3})-year-old|,\s+(\d{1,3}),\s+(?:${wordsPattern(AGE_APPOSITION_FOLLOWERS_EN)}))`, 'giu')
}
/** An age of another time: « à l’époque », « il y a », « quand », "when", "at the time", a year other than the birth year. */
const AGE_OTHER_TIME: Record<Lang, RegExp> = {
  fr: new RegExp(formsPattern(AGE_ELSEWHEN.fr), 'iu'),
  en: new RegExp(String.raw`${formsPattern(AGE_ELSEWHEN.en)}|\b(?:${wordsPattern(AGE_ELSEWHEN_WORDS_EN)})\b|(?:${wordsPattern(AGE_ELSEWHEN_ENDS_EN)})\b`, 'iu')
}

export function findDateArithmetic(input: DateArithmeticInput): DurationCheck[] {
  const {analysis, text, lang} = input
  const checks: DurationCheck[] = []
  const dated = analysis.events.filter((event) => event.mention.kind === 'date')
  const byId = new Map(dated.map((event) => [event.mention.id, event]))
  checks.push(...ranges(dated, byId, text, lang))
  checks.push(...laters(dated, text, lang))
  checks.push(...relatives(dated, text, lang))
  checks.push(...yearLaters(text, lang))
  checks.push(...since(analysis, dated, text, lang, input.referenceDate ? toCalendarDate(input.referenceDate) : undefined))
  if (input.referenceDate) checks.push(...ages(dated, text, lang, toCalendarDate(input.referenceDate)))
  checks.push(...yearsAgo(analysis, text, lang, input.referenceDate ? toCalendarDate(input.referenceDate) : undefined))
  return checks.sort((a, b) => a.start - b.start)
}

function placeOf(event: TimelineEvent): DurationCheck['from'] {
  return {text: event.mention.text, start: event.mention.start, end: event.mention.end, date: event.date, calendar: event.calendar}
}

function ranges(dated: readonly TimelineEvent[], byId: Map<number, TimelineEvent>, text: string, lang: Lang): DurationCheck[] {
  const checks: DurationCheck[] = []
  const seen = new Set<number>()
  for (const event of dated) {
    const other = event.mention.rangeOf !== undefined && event.mention.rangeOf >= 0 ? byId.get(event.mention.rangeOf) : writtenRange(event, byId, text, lang)
    if (!other || seen.has(event.mention.id) || seen.has(other.mention.id)) continue
    seen.add(event.mention.id).add(other.mention.id)
    const [first, last] = event.day <= other.day ? [event, other] : [other, event]
    if (last.day - first.day > 366) continue
    const end = Math.max(first.mention.end, last.mention.end)
    const after = text.slice(end, end + 60)
    const number = readNumbers(after, lang).find((found) => !found.unit && !found.year)
    if (!number || number.approx || !RANGE_LENGTH[lang].test(after.slice(0, number.start))) continue
    const unit = UNIT_AFTER[lang].exec(after.slice(number.end))
    // « six jours ouvrés », "four working days": a count of some days of the range only.
    if (!unit || WORKING_DAYS.test(after.slice(number.end + unit[0].length))) continue
    const nights = /^nu/iu.test(unit[1]!) || /^night/iu.test(unit[1]!)
    // A range of days counts both ends (« du 2 au 6 », five days); its nights are one fewer.
    const computed = last.day - first.day + (nights ? 0 : 1)
    checks.push(check('range', number, end, computed, nights ? 'night' : 'day', lang, placeOf(first), placeOf(last)))
  }
  return checks
}

/** « du lundi 2 au vendredi 6 mars », "from Monday, March 2, to Friday, March 6": two dates read apart that make one range. */
const RANGE_FROM: Record<Lang, RegExp> = {fr: /(?:^|\s)(?:du|depuis le)\s+$/iu, en: /(?:^|\s)(?:from|between)\s+$/iu}
const RANGE_TO: Record<Lang, RegExp> = {fr: /^\s*(?:,\s*)?(?:au|jusqu[’']au)\s+$/iu, en: /^\s*(?:,\s*)?(?:to|through|until|and)\s+$/iu}

function writtenRange(event: TimelineEvent, byId: Map<number, TimelineEvent>, text: string, lang: Lang): TimelineEvent | undefined {
  const next = byId.get(event.mention.id + 1)
  if (!next || next.mention.start < event.mention.end) return undefined
  if (!RANGE_FROM[lang].test(text.slice(Math.max(0, event.mention.start - 12), event.mention.start))) return undefined
  return RANGE_TO[lang].test(text.slice(event.mention.end, next.mention.start)) ? next : undefined
}

function laters(dated: readonly TimelineEvent[], text: string, lang: Lang): DurationCheck[] {
  const checks: DurationCheck[] = []
  for (let index = 1; index < dated.length; index++) {
    const event = dated[index]!
    const previous = dated[index - 1]!
    if (event.mention.rangeOf !== undefined || previous.mention.rangeOf !== undefined) continue
    // The duration is told just before the date: « Trois jours plus tard, le jeudi 5 mars ».
    const windowStart = Math.max(previous.mention.end, event.mention.start - 40)
    const before = text.slice(windowStart, event.mention.start)
    const number = readNumbers(before, lang).filter((found) => !found.unit && !found.year).pop()
    if (!number || number.approx) continue
    const words = LATER[lang].exec(before.slice(number.end))
    if (!words) continue
    // The date before must be the step just before: in the same or the previous sentence, not background.
    const between = text.slice(previous.mention.end, windowStart + number.start)
    if ((between.match(/[.!?](?=\s)/g) ?? []).length > 1 || between.includes('\n')) continue
    const sentenceStart = Math.max(text.lastIndexOf('. ', previous.mention.start), text.lastIndexOf('\n', previous.mention.start), 0)
    if (BACKGROUND[lang].test(text.slice(sentenceStart, previous.mention.start))) continue
    const weeks = /^(?:semaine|week)/iu.test(words[1]!)
    const earlier = BEFORE_WORDS.test(words[2]!.replace(/\s+/gu, ' '))
    const days = earlier ? previous.day - event.day : event.day - previous.day
    if (days <= 0) continue
    const [first, second] = earlier ? [event, previous] : [previous, event]
    if (MONTHS_OR_YEARS.test(words[1]!)) {
      const years = YEARS.test(words[1]!)
      checks.push(looseCount(number, windowStart, monthsBetween(first.date, second.date) / (years ? 12 : 1), years ? 'year' : 'month', lang, placeOf(first), placeOf(second)))
      continue
    }
    // « Trois jours plus tôt, le 2 mars » after « le 5 mars »: the same count, told back.
    if (!weeks) {
      checks.push(dayCount('later', number, windowStart, days, lang, placeOf(first), placeOf(second)))
      continue
    }
    // Weeks are counted loosely: « trois semaines plus tard » may be 18 to 24 days.
    const counted = check('later', number, windowStart, Math.round(days / 7), 'week', lang, placeOf(first), placeOf(second))
    checks.push({...counted, days, ok: Math.abs(days - number.value * 7) <= 3})
  }
  return checks
}

/** A count of days; in French « huit jours » is a week and « quinze jours » two, as well as eight and fifteen. */
function dayCount(kind: DurationCheck['kind'], number: NumberMention, base: number, days: number, lang: Lang, from: DurationCheck['from'], to?: DurationCheck['to']): DurationCheck {
  const counted = check(kind, number, base, days, 'day', lang, from, to)
  const idiom = lang === 'fr' && number.word && ((number.value === 15 && days === 14) || (number.value === 8 && days === 7))
  return idiom ? {...counted, ok: true} : counted
}

/** Whole and part months between two dates (« du 2 mars au 17 juin »: 3.5). */
function monthsBetween(from: CalendarDate, to: CalendarDate): number {
  return (to.year - from.year) * 12 + (to.month - from.month) + (to.day - from.day) / 30
}

/**
 * A count of months or years between two dates is told loosely: « cinq ans
 * plus tard » for four years and eleven months, or five and a half. Right
 * when less than one unit away from the exact span.
 */
function looseCount(number: NumberMention, base: number, exact: number, unit: 'month' | 'year', lang: Lang, from: DurationCheck['from'], to?: DurationCheck['to'], kind: DurationCheck['kind'] = 'later'): DurationCheck {
  const computed = Math.max(0, Math.round(exact))
  const counted = check(kind, number, base, computed, unit, lang, from, to)
  return {...counted, ok: Math.abs(number.value - exact) < 1}
}

function ages(dated: readonly TimelineEvent[], text: string, lang: Lang, reference: CalendarDate): DurationCheck[] {
  const births = dated.filter((event) => event.yearSource.kind === 'written' && !event.yearSource.inSentence && !event.yearSource.inParagraph && BORN[lang].test(text.slice(Math.max(0, event.mention.start - 20), event.mention.start)))
  // One birth date in the story: with two, an age may be either person's.
  if (births.length !== 1) return []
  const birth = births[0]!
  if (birth.day > dayNumber(reference)) return []
  // The age is told in the sentence of the birth date, or else in the next one: one age, told of the present.
  let sentence = sentenceAround(text, birth.mention.start)
  let found = agesIn(text, sentence, lang)
  if (found.length === 0 && sentence[1] < text.length && text[sentence[1]] !== '\n') {
    sentence = sentenceAround(text, sentence[1] + 1)
    found = agesIn(text, sentence, lang)
  }
  const checks: DurationCheck[] = []
  if (found.length !== 1 || AGE_OTHER_TIME[lang].test(text.slice(sentence[0], sentence[1]))) return []
  const age = found[0]!
  let years = reference.year - birth.date.year
  if (reference.month < birth.date.month || (reference.month === birth.date.month && reference.day < birth.date.day)) years--
  const number: NumberMention = {start: 0, end: age.end - age.start, text: String(age.age), value: age.age, half: 0, decimals: 0, word: false, year: false, scaled: false, scale: 1}
  const result = check('age', number, age.start, years, 'year', lang, placeOf(birth))
  checks.push({...result, reference})
  return checks
}

function agesIn(text: string, [start, end]: [number, number], lang: Lang): Array<{age: number; start: number; end: number}> {
  const found: Array<{age: number; start: number; end: number}> = []
  for (const match of text.slice(start, end).matchAll(AGE[lang])) {
    const digits = match[1] ?? match[2] ?? match[3]
    if (!digits) continue
    const at = start + match.index + match[0].lastIndexOf(digits)
    found.push({age: Number(digits), start: at, end: at + digits.length})
  }
  return found
}

function sentenceAround(text: string, index: number): [number, number] {
  let start = 0
  for (const stop of text.matchAll(/[.!?](?=\s+\S)|\n/g)) {
    if (stop.index >= index) break
    start = stop.index + 1
  }
  const end = /[.!?](?=\s|$)|\n/g
  end.lastIndex = index
  const found = end.exec(text)
  return [start, found ? found.index + 1 : text.length]
}

function check(
  kind: DurationCheck['kind'],
  number: NumberMention,
  base: number,
  computed: number,
  unit: DurationCheck['unit'],
  lang: Lang,
  from: DurationCheck['from'],
  to?: DurationCheck['to']
): DurationCheck {
  const written = number.word ? wordsOf(computed, lang, number.text) : String(computed)
  return {
    kind,
    start: base + number.start,
    end: base + number.end,
    stated: number.text,
    statedValue: number.value,
    unit,
    computed,
    expected: written,
    from,
    ...(to ? {to} : {}),
    ok: number.value === computed
  }
}

/** A count written in words, as the stated one is (its capital kept). */
function wordsOf(value: number, lang: Lang, like: string): string {
  if (value < 2 || value > 100) return String(value)
  const words = lang === 'fr' ? frenchWords(value) : englishWords(value)
  return /^\p{Lu}/u.test(like) ? words.charAt(0).toUpperCase() + words.slice(1) : words
}

const YEAR = '(1[89]\\d\\d|20\\d\\d)(?![\\p{N}])'
/** A count of years: digits, words (« dix », "ten") or decades (« une décennie », "a decade", "two decades"). */
const COUNT = '(\\d{1,3}|[\\p{L}-]+(?:[\\s-]+et[\\s-]+un)?|une\\s+décennie|a\\s+decade|two\\s+decades|deux\\s+décennies)'
/** The words that may come between the count and the year: « , en », « , le 13 novembre », "in", "on Nov. 13,". */
const FR_JOIN = `${SPACE}*(?:,${SPACE}*)?(?:(?:en|le|au|à\\s+la|lors\\s+de|dès)${SPACE}+)?(?:(?:\\d{1,2}(?:er)?|${FR_MONTHS}|${FR_SEASONS})${SPACE}+){0,2}`
const EN_JOIN = `${SPACE}*(?:,${SPACE}*)?(?:(?:this|last)${SPACE}+(?:week|month)${SPACE}*(?:,${SPACE}*)?)?(?:(?:in|on|during)${SPACE}+)?(?:(?:${EN_MONTHS}|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.|${wordsPattern(SEASONS.en)}|\\d{1,2}(?:st|nd|rd|th)?,?)${SPACE}+){0,2}`
/** Words of the event between « anniversaire de » and its year: « des attentats du 13 novembre ». No figure, no sentence end. */
const EVENT = "[^.;!?\\n\\d]{0,60}?(?:\\d{1,2}(?:er|st|nd|rd|th)?[^.;!?\\n\\d]{1,15}?)?"
/** The present of the story in a sentence told « N ans après »: « toujours », « encore », "still", "now", "today". */
const PRESENT: Record<Lang, RegExp> = {
  fr: new RegExp(String.raw`(?<![\p{L}])(?:${wordsPattern(PRESENT_WORDS.fr)})(?![\p{L}])`, 'iu'),
  en: new RegExp(String.raw`\b(?:${formsPattern(PRESENT_WORDS.en)})\b`, 'iu')
}

const AGO_PATTERNS: Record<Lang, Array<{pattern: RegExp; kind: 'ago' | 'anniversary'; yearFirst?: boolean; present?: boolean}>> = {
  fr: [
    {kind: 'ago', pattern: new RegExp(`(?<![\\p{L}])il${SPACE}+y${SPACE}+a${SPACE}+${COUNT}(?:${SPACE}+ans|(?<=décennies?))(?:${SPACE}+jour${SPACE}+pour${SPACE}+jour)?${FR_JOIN}${YEAR}`, 'giu')},
    {kind: 'ago', yearFirst: true, pattern: new RegExp(`(?<![\\p{L}])(?:en|le|au)${SPACE}+(?:[\\p{L}\\d]+${SPACE}+){0,2}${YEAR}${SPACE}*[,(]${SPACE}*il${SPACE}+y${SPACE}+a${SPACE}+${COUNT}(?:${SPACE}+ans|(?<=décennies?))(?![\\p{L}])`, 'giu')},
    {kind: 'anniversary', pattern: new RegExp(`(?<![\\p{L}\\p{N}])(\\d{1,3}(?:e|ème|è)|[\\p{L}-]+ième)${SPACE}+anniversaire${SPACE}+(?:de|des|du|d[’'])${EVENT}${YEAR}`, 'giu')},
    {kind: 'ago', present: true, pattern: new RegExp(`(?:^|\n|[.!?]${SPACE}+|${SPACE}[-–—]${SPACE}+)${COUNT}${SPACE}+(?:ans${SPACE}+)?après${SPACE}+(?:l[’']|les?|la|du|des)${EVENT}${YEAR}`, 'giu')}
  ],
  en: [
    {kind: 'ago', pattern: new RegExp(`(?<![\\p{L}])${COUNT}(?:${SPACE}+years)?${SPACE}+ago${EN_JOIN}${YEAR}`, 'giu')},
    {kind: 'ago', yearFirst: true, pattern: new RegExp(`(?<![\\p{L}])(?:in|on)${SPACE}+(?:[\\p{L}\\d.,]+${SPACE}+){0,2}${YEAR}${SPACE}*[,(]${SPACE}*${COUNT}(?:${SPACE}+years)?${SPACE}+ago(?![\\p{L}])`, 'giu')},
    {kind: 'anniversary', pattern: new RegExp(`(?<![\\p{L}\\p{N}])(\\d{1,3}(?:st|nd|rd|th)|[\\p{L}-]+(?:th|st|nd|rd))${SPACE}+anniversary${SPACE}+of${EVENT}${YEAR}`, 'giu')},
    {kind: 'ago', present: true, pattern: new RegExp(`(?:^|\n|[.!?]${SPACE}+|${SPACE}[-–—]${SPACE}+)${COUNT}(?:${SPACE}+years)?${SPACE}+after${SPACE}+the${EVENT}${YEAR}`, 'giu')}
  ]
}

const ORDINALS: Record<Lang, Map<string, number>> = {fr: new Map(), en: new Map()}
for (let value = 1; value <= 100; value++) {
  ORDINALS.fr.set(frenchOrdinal(value).replace(/[\s-]+/g, ' '), value)
  ORDINALS.en.set(englishOrdinal(value).replace(/[\s-]+/g, ' '), value)
}

/** A count of years as written: its value, and how loosely it is meant (a decade is eight to twelve years). */
function yearCount(written: string, lang: Lang): {value: number; slack: number} | undefined {
  const key = written.toLowerCase().replace(/[\s\u00a0-]+/g, ' ')
  if (/^(?:une décennie|a decade)$/u.test(key)) return {value: 10, slack: 2}
  if (/^(?:deux décennies|two decades)$/u.test(key)) return {value: 20, slack: 3}
  if (/^\d+$/u.test(key)) return {value: Number(key), slack: 1}
  const read = readNumbers(written, lang)
  if (read.length === 1 && read[0]!.word && !read[0]!.approx && read[0]!.start === 0 && read[0]!.end === written.length) return {value: read[0]!.value, slack: 1}
  return undefined
}

function ordinalCount(written: string, lang: Lang): number | undefined {
  const digits = /^(\d{1,3})/u.exec(written)
  if (digits) return Number(digits[1])
  return ORDINALS[lang].get(written.toLowerCase().replace(/[\s-]+/g, ' '))
}

/** The story's date at an offset: the publication date, else the last dateline with its year before it. */
function storyDateAt(analysis: DateAnalysis, reference: CalendarDate | undefined, offset: number): CalendarDate | undefined {
  if (reference) return reference
  const dateline = analysis.datelines.filter((mention) => mention.start <= offset).pop()
  const entry = dateline && analysis.resolved.find((resolved) => resolved.mention.id === dateline.id)
  return entry?.valid ? entry.date : undefined
}

/**
 * « il y a dix ans, en 2015 », "the 10th anniversary of the 2015 attacks":
 * a count of years joined to a year, against the story's date. The count
 * may be a year off either way (the day in the year is not known, an
 * anniversary is told ahead or after), a decade two; an approximation
 * (« près de dix ans », "nearly a decade") is not checked, nor a year
 * after the story's.
 */
/** A quick test: a text with none of these words holds no count of years ago. */
const AGO_CUE = new RegExp(wordsPattern(AGO_CUES, String.raw`\s+`), 'iu')
/** « près de dix ans », "just over ten years": a rough count. */
const ROUGH_COUNT = new RegExp(String.raw`(?:${wordsPattern(ROUGH_BEFORE_COUNT, String.raw`\s+`)})[\s\u00a0]*(?:de|d[’']|than)?[\s\u00a0]*$`, 'iu')

function yearsAgo(analysis: DateAnalysis, text: string, lang: Lang, reference: CalendarDate | undefined): DurationCheck[] {
  const checks: DurationCheck[] = []
  if (!AGO_CUE.test(text)) return checks
  const sentences = sentenceRanges(text)
  for (const {pattern, kind, yearFirst, present} of AGO_PATTERNS[lang]) {
    for (const match of text.matchAll(pattern)) {
      const [countText, yearText] = yearFirst ? [match[2]!, match[1]!] : [match[1]!, match[2]!]
      const count = kind === 'anniversary' ? ordinalCount(countText, lang) : yearCount(countText, lang)?.value
      if (count === undefined || count < 2) continue
      const slack = kind === 'anniversary' ? 1 : yearCount(countText, lang)!.slack
      const countStart = match.index + (yearFirst ? match[0].lastIndexOf(countText) : match[0].indexOf(countText))
      const yearStart = match.index + (yearFirst ? match[0].indexOf(yearText) : match[0].lastIndexOf(yearText))
      if (ROUGH_COUNT.test(text.slice(Math.max(0, countStart - 16), countStart))) continue
      const sentence = sentenceAt(sentences, countStart) ?? [0, text.length]
      if (present && !PRESENT[lang].test(text.slice(sentence[0], sentence[1]))) continue
      const story = storyDateAt(analysis, reference, countStart)
      if (!story) continue
      const year = Number(yearText)
      const years = story.year - year
      if (years < 0) continue
      const number: NumberMention = {start: 0, end: countText.length, text: countText, value: count, half: 0, decimals: 0, word: !/^\d/u.test(countText), year: false, scaled: false, scale: 1}
      const result = check(kind, number, countStart, years, 'year', lang, {text: yearText, start: yearStart, end: yearStart + yearText.length, date: {year, month: 1, day: 1}, yearOnly: true})
      const decades = /décenni|decade/iu.test(countText)
      checks.push({
        ...result,
        reference: story,
        ok: Math.abs(count - years) <= slack,
        ...(decades ? {expected: lang === 'fr' ? `${years} ans` : `${years} years`} : kind === 'anniversary' ? {expected: ordinalLike(years, lang, countText)} : {})
      })
    }
  }
  return checks
}

/** An ordinal written as the stated one is: « 10e », "10th", « dixième ». */
function ordinalLike(value: number, lang: Lang, like: string): string {
  const digits = /^\d+(.*)$/u.exec(like)
  if (digits) return lang === 'fr' ? `${value}${digits[1]}` : `${value}${value % 100 >= 11 && value % 100 <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][value % 10] ?? 'th'}`
  if (value < 1 || value > 100) return String(value)
  const words = lang === 'fr' ? frenchOrdinal(value) : englishOrdinal(value)
  return /^\p{Lu}/u.test(like) ? words.charAt(0).toUpperCase() + words.slice(1) : words
}

/** A count read alone: « trois », "27", « vingt et un »; no approximation, two or more. */
function countOf(written: string, lang: Lang): NumberMention | undefined {
  const read = readNumbers(written, lang)
  const number = read.length === 1 ? read[0]! : undefined
  if (!number || number.start !== 0 || number.end !== written.length || number.approx || number.unit || number.scaled || number.value < 2 || !Number.isInteger(number.value)) return undefined
  return number
}

/** « le 5 mars, soit trois jours après le scrutin du 2 mars »: the count from the second date to the first. */
function relatives(dated: readonly TimelineEvent[], text: string, lang: Lang): DurationCheck[] {
  const checks: DurationCheck[] = []
  for (let index = 0; index + 1 < dated.length; index++) {
    const told = dated[index]!
    const other = dated[index + 1]!
    if (other.mention.start < told.mention.end || other.mention.start - told.mention.end > 90) continue
    const between = text.slice(told.mention.end, other.mention.start)
    const match = RELATIVE[lang].exec(between)
    if (!match) continue
    const number = countOf(match[1]!, lang)
    if (!number) continue
    const after = /^(?:après|after)$/iu.test(match[3]!)
    const days = after ? told.day - other.day : other.day - told.day
    if (days <= 0) continue
    const [first, second] = after ? [other, told] : [told, other]
    const base = told.mention.end + match[0].indexOf(match[1]!)
    if (/^(?:semaine|week)/iu.test(match[2]!)) {
      const counted = check('later', number, base, Math.round(days / 7), 'week', lang, placeOf(first), placeOf(second))
      checks.push({...counted, days, ok: Math.abs(days - number.value * 7) <= 3})
    } else {
      checks.push(dayCount('later', number, base, days, lang, placeOf(first), placeOf(second)))
    }
  }
  return checks
}

/** « neuf ans plus tard, en 2019 », "nine years later, in 2019": a count of years, then at once its year. */
const YEAR_LATER: Record<Lang, RegExp> = {
  fr: new RegExp(`(?<![\\p{L}\\p{N}])${COUNT}${SPACE}+(?:ans|années)${SPACE}+(${LATER_OR_EARLIER.fr})${SPACE}*,${SPACE}*(?:en|dès)${SPACE}+(?:(${FR_MONTHS})${SPACE}+)?${YEAR}`, 'giu'),
  en: new RegExp(`(?<![\\p{L}\\p{N}])${COUNT}${SPACE}+years${SPACE}+(${LATER_OR_EARLIER.en})${SPACE}*,${SPACE}*in${SPACE}+(?:(${EN_MONTHS})${SPACE}+)?${YEAR}`, 'giu')
}
/** A year told with a part of it (« en mars 2010 », « fin 2010 », "late 2010"): a count of years may be one off. */
const PART_OF_YEAR = new RegExp(`(?:${FR_MONTHS}|${EN_MONTHS}|${wordsPattern([...PARTS_OF_YEAR.fr, ...SEASONS.fr, ...PARTS_OF_YEAR.en, ...SEASONS.en])})(?:${SPACE}+(?:de|d[’']|of))?(?:${SPACE}+l[’']année)?[${'\\s\\u00a0'}-]*$`, 'iu')
// A year of a span (« 2010-2012 ») counts as two: which end a count starts from is unsure.
const YEAR_ALONE = /(?<![\p{L}\p{N}'’,.])(1[6-9]\d\d|20\d\d)(?![\p{N}]|[.,]\d)/gu

/**
 * « En 2010, il fonde sa société. Neuf ans plus tard, en 2019, il la revend »:
 * the count against the one year told before it, in its sentence or the one
 * before, in the same paragraph. Two years there, or background (« avait »,
 * « depuis », "had", "since"), and nothing is checked. Bare years give the
 * count exactly; a part of a year (« en mars 2010 », « fin 2010 ») lets it be one off.
 */
/** A quick test: a text with none of these words holds no count of years later or earlier. */
const LATER_OR_EARLIER_CUE = new RegExp(wordsPattern([...LATER_WORDS.fr, ...EARLIER_WORDS.fr, ...LATER_WORDS.en, ...EARLIER_WORDS.en], String.raw`\s+`), 'iu')

function yearLaters(text: string, lang: Lang): DurationCheck[] {
  const checks: DurationCheck[] = []
  if (!LATER_OR_EARLIER_CUE.test(text)) return checks
  const sentences = sentenceRanges(text)
  for (const match of text.matchAll(YEAR_LATER[lang])) {
    const number = countOf(match[1]!, lang)
    if (!number) continue
    const countStart = match.index + match[0].indexOf(match[1]!)
    const yearText = match[4]!
    const yearStart = match.index + match[0].lastIndexOf(yearText)
    const sentenceIndex = sentenceIndexAt(sentences, countStart)
    if (sentenceIndex < 0) continue
    const windowStart = sentences[Math.max(0, sentenceIndex - 1)]![0]
    let window = text.slice(windowStart, countStart)
    // Another paragraph is another story step.
    const newline = window.lastIndexOf('\n')
    const windowFrom = newline >= 0 ? windowStart + newline + 1 : windowStart
    window = text.slice(windowFrom, countStart)
    const years = [...window.matchAll(YEAR_ALONE)]
    if (years.length === 0 || new Set(years.map((year) => year[1])).size !== 1) continue
    if (years.some((year) => /^[\s\u00a0]*[-–/][\s\u00a0]*\d{2}/u.test(window.slice(year.index + 4)))) continue
    const previous = years[years.length - 1]!
    const previousStart = windowFrom + previous.index
    const ownSentence = sentenceAt(sentences, previousStart) ?? [windowFrom, countStart]
    if (BACKGROUND[lang].test(text.slice(Math.max(windowFrom, ownSentence[0]), previousStart))) continue
    const earlier = BEFORE_WORDS.test(match[2]!.replace(/\s+/gu, ' '))
    const [fromYear, toYear] = earlier ? [Number(yearText), Number(previous[1])] : [Number(previous[1]), Number(yearText)]
    const computed = toYear - fromYear
    if (computed <= 0) continue
    const loose = Boolean(match[3]) || PART_OF_YEAR.test(text.slice(Math.max(0, previousStart - 20), previousStart))
    const previousPlace = {text: previous[1]!, start: previousStart, end: previousStart + 4, date: {year: Number(previous[1]), month: 1, day: 1}, yearOnly: true}
    const thisPlace = {text: yearText, start: yearStart, end: yearStart + 4, date: {year: Number(yearText), month: 1, day: 1}, yearOnly: true}
    const [from, to] = earlier ? [thisPlace, previousPlace] : [previousPlace, thisPlace]
    const counted = check('laterYears', number, countStart, computed, 'year', lang, from, to)
    checks.push({...counted, ok: loose ? Math.abs(number.value - computed) <= 1 : number.value === computed})
  }
  return checks
}

/** « il y a trois jours, le 2 mars », "three days ago, on March 2", or the date first: « le 2 mars, il y a trois jours ». */
const SINCE_BEFORE: Record<Lang, RegExp> = {
  fr: new RegExp(`(?<![\\p{L}])il${SPACE}+y${SPACE}+a${SPACE}+(\\S+(?:[\\s-]+et[\\s-]+un)?)${SPACE}+(jours|semaines|mois)${SPACE}*(?:,${SPACE}*)?(?:le${SPACE}+|soit${SPACE}+le${SPACE}+)?$`, 'iu'),
  en: new RegExp(`(?<![\\p{L}])(\\S+)${SPACE}+(days|weeks|months)${SPACE}+ago${SPACE}*(?:,${SPACE}*)?(?:on${SPACE}+)?$`, 'iu')
}
const SINCE_AFTER: Record<Lang, RegExp> = {
  fr: new RegExp(`^${SPACE}*,${SPACE}*(?:soit${SPACE}+)?il${SPACE}+y${SPACE}+a${SPACE}+(\\S+(?:[\\s-]+et[\\s-]+un)?)${SPACE}+(jours|semaines|mois)(?![\\p{L}])`, 'iu'),
  en: new RegExp(`^${SPACE}*,${SPACE}*(\\S+)${SPACE}+(days|weeks|months)${SPACE}+ago(?![\\p{L}])`, 'iu')
}

/**
 * A count of days, weeks or months ago joined to its date, against the
 * story's date (the publication date, else a dateline with its year).
 * Days are exact, weeks three days either way, months less than one off.
 */
function since(analysis: DateAnalysis, dated: readonly TimelineEvent[], text: string, lang: Lang, reference: CalendarDate | undefined): DurationCheck[] {
  const checks: DurationCheck[] = []
  if (!/(?:il\s+y\s+a|ago)/iu.test(text)) return checks
  for (const event of dated) {
    if (event.mention.rangeOf !== undefined) continue
    const windowStart = Math.max(0, event.mention.start - 45)
    const before = SINCE_BEFORE[lang].exec(text.slice(windowStart, event.mention.start))
    const after = before ? null : SINCE_AFTER[lang].exec(text.slice(event.mention.end, event.mention.end + 45))
    const match = before ?? after
    if (!match) continue
    const number = countOf(match[1]!, lang)
    if (!number) continue
    const base = before ? windowStart + match.index + match[0].indexOf(match[1]!) : event.mention.end + match[0].indexOf(match[1]!)
    const story = storyDateAt(analysis, reference, base)
    if (!story) continue
    const days = dayNumber(story) - event.day
    if (days <= 0) continue
    const reached = {...placeOf(event)}
    if (/^(?:mois|month)/iu.test(match[2]!)) {
      checks.push({...looseCount(number, base, monthsBetween(event.date, story), 'month', lang, reached, undefined, 'since'), reference: story})
    } else if (/^(?:semaine|week)/iu.test(match[2]!)) {
      const counted = check('since', number, base, Math.round(days / 7), 'week', lang, reached)
      checks.push({...counted, days, reference: story, ok: Math.abs(days - number.value * 7) <= 3})
    } else {
      checks.push({...dayCount('since', number, base, days, lang, reached), reference: story})
    }
  }
  return checks
}
