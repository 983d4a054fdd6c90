import type {Chrono, Parser, ParsingContext, ParsingResult, Refiner} from 'chrono-node'
import type {Lang} from '../types.js'
import {LIST_JOINERS, WEEKDAY_NAMES} from '../lexicon/calendar.js'
import {wordsPattern} from '../lexicon/patterns.js'

/**
 * chrono-node, loaded on first use only (importing it costs about 0.3 s) and
 * configured for editorial checking: chrono's casual French and English
 * parsers, plus a parser and two refiners of ours, and none of chrono's
 * filtering of impossible dates, which are exactly what we must report.
 */

type ChronoModule = typeof import('chrono-node')

let loading: Promise<ChronoModule> | undefined
const configured = new Map<Lang, Chrono>()

/**
 * The weekday and month names that each language's chrono reads (its
 * dictionaries, without the full stop of the abbreviations): the French
 * parser has no "march" to find in « marché » nor "mon" in « monétaire », whose
 * accented letter ends a word for chrono (tests/dates/plain.test.ts checks
 * them against chrono's dictionaries).
 */
export const CHRONO_NAMES: Record<Lang, string> = {
  fr: [
    'lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lun|mar|mer|jeu|ven|sam|dim',
    'janvier|janv|jan|février|fevrier|févr|fevr|fév|fev|mars|avril|avr|mai|juin|jun|juillet|juil|jul|août|aout|septembre|sept|sep|octobre|oct|novembre|nov|décembre|decembre|déc|dec'
  ].join('|'),
  en: [
    'monday|mon|tuesday|tues|tue|wednesday|wed|thursday|thurs|thur|thu|friday|fri|saturday|sat|sunday|sun',
    'january|jan|february|feb|march|mar|april|apr|may|june|jun|july|jul|august|aug|september|sept|sep|october|oct|november|nov|december|dec'
  ].join('|')
}

/**
 * Cheap test run before loading chrono: could chrono find a date mention in
 * the text at all? A weekday or month name as chrono's dictionaries spell
 * them (whole words), a numeric date (12/03, 12.03.2024, 2024-03-12,
 * 2024 3 12); casual words (today, hier, la veille…) are not read, see
 * REMOVED_PARSERS. It must never say no to a text chrono would find a
 * mention in; a yes costs only chrono's loading. Prefixes are not enough: « marché », "monitor" or
 * "Saturn" name no day, and loading chrono costs a short run most of its time.
 * Unlike chrono, a letter with an accent counts as a letter: chrono reads the
 * "apr" of « d’après » or the « mar » of « marée » as a month or a weekday, but
 * never as a date mention (no day number follows them in running text).
 * Both languages' names, each once: a text in either language is read for both.
 */
export const CALENDAR_NAMES = [...new Set([...CHRONO_NAMES.fr.split('|'), ...CHRONO_NAMES.en.split('|')])].join('|')

// The word is matched before the look back at what precedes it (the same test, as a
// back-reference): looking back first, at every character of the text, cost twice as much.
const CALENDAR_SOURCE = `((?:${CALENDAR_NAMES}))(?<![\\p{L}\\p{N}_]\\1)(?!\\p{L})|\\d[/.-]\\d|\\d{4}\\s\\d{1,2}\\s\\d{1,2}`
const CALENDAR_WORD = new RegExp(CALENDAR_SOURCE, 'iu')
const CALENDAR_WORDS = new RegExp(CALENDAR_SOURCE, 'giu')
/** The same, for lower-cased text: case-insensitive Unicode matching cost four times as much as lower-casing first. */
const CALENDAR_WORDS_LOWER = new RegExp(CALENDAR_SOURCE, 'gu')

/**
 * A word that ends with a short weekday or month name (« sept », « juin »,
 * "Oct", "Sun", "Thurs"): those chrono's dictionaries also have with a full
 * stop ("Oct." is October, "Sun." Sunday), so that the date may go on after
 * the stop ("Oct. first", "Sun. March 3").
 */
export const ENDS_WITH_SHORT_CALENDAR_NAME = new RegExp(
  `(?:${CALENDAR_NAMES.split('|')
    .filter((name) => name.length <= 4 || name === 'thurs')
    .join('|')})$`,
  'iu'
)

export function mayContainDates(text: string): boolean {
  return CALENDAR_WORD.test(text)
}

/**
 * Every place `mayContainDates` would say yes for, as [start, end) pairs
 * flattened into one array (no pair overlaps the next).
 */
export function calendarWords(text: string): number[] {
  const found: number[] = []
  const lower = text.toLowerCase()
  // Lower-casing keeps every position unless a character grows (« İ » gives two), and only
  // « ſ » matches a letter of the names case-insensitively without lowering to it (checked
  // over every code point): otherwise the case-insensitive pattern gives the same matches.
  const [pattern, subject] = lower.length === text.length && !text.includes('ſ') ? [CALENDAR_WORDS_LOWER, lower] : [CALENDAR_WORDS, text]
  pattern.lastIndex = 0
  for (let match = pattern.exec(subject); match; match = pattern.exec(subject)) {
    found.push(match.index, match.index + match[0].length)
  }
  return found
}

export async function dateParser(lang: Lang): Promise<Chrono> {
  const cached = configured.get(lang)
  if (cached) return cached
  loading ??= import('chrono-node')
  const chrono = await loading
  const parser = configure(lang === 'fr' ? chrono.fr.casual.clone() : chrono.en.casual.clone(), lang)
  configured.set(lang, parser)
  return parser
}

/**
 * Refiners of chrono's we take out: the filter that silently drops
 * « 31 avril » and "Feb. 30", and the range mergers, which glue the two ends
 * of « du lundi 12 au jeudi 15 juin » into one result and so lose where the
 * first end is written (we share the month between the ends ourselves).
 */
const REMOVED_REFINERS = new Set(['UnlikelyFormatFilter', 'FRMergeDateRangeRefiner', 'ENMergeDateRangeRefiner', 'ENEndOfPeriodRefiner'])

/**
 * Parsers of chrono's we take out, because what they read is not a date the
 * text states:
 * - times (« 14 h 30 », "2:30 p.m."), which we never check, and which read a
 *   score before a date as a time range: in "failed 7–4 on Tuesday, June 4,
 *   2024" or « 3-1 mardi 4 juin 2024 », chrono merged "7–4" (7:00 to 4:00)
 *   into the date and, the range ending before it starts, moved its end to
 *   the next day: a second date, June 5, with the weekday of June 4;
 * - casual words (today, yesterday, « hier », « la veille », end of the
 *   month): chrono dates them from its reference, a fixed 1 January 2000 for
 *   us, so "today" read as a date written with the year 2000, and the year
 *   of the document's other dates followed it.
 */
const REMOVED_PARSERS = new Set([
  'ENTimeExpressionParser',
  'FRTimeExpressionParser',
  'FRSpecificTimeExpressionParser',
  'ENCasualDateParser',
  'ENCasualTimeParser',
  'ENEndOfCurrentMonthParser',
  'FRCasualDateParser',
  'FRCasualTimeParser'
])

function configure(parser: Chrono, lang: Lang): Chrono {
  parser.parsers = parser.parsers.filter((candidate) => !REMOVED_PARSERS.has(candidate.constructor.name)).map(withFixedPattern)
  parser.refiners = parser.refiners.filter((refiner) => !REMOVED_REFINERS.has(refiner.constructor.name))
  parser.parsers.push(new WeekdayDayParser(lang))
  parser.refiners.unshift(new DropNumberRunRefiner())
  // Durations go first: « lundi 6 juillet, dans une semaine » would otherwise lend
  // the duration's year (chrono's reference, 2000) to the date before it.
  parser.refiners.push(new DropRelativeRefiner(), new SharedMonthRefiner(lang))
  return parser
}

/**
 * Some of chrono's parsers build their regular expression anew on every
 * parse (the time-unit parsers join and sort a dictionary each time), which
 * also defeats chrono's own cache of the pattern. Their patterns depend only
 * on the parsing options, and we never pass any: the first one is kept.
 */
function withFixedPattern(parser: Parser): Parser {
  // A wrapper, not a patch: the parser objects are chrono's own, shared with its casual instances.
  let pattern: RegExp | undefined
  return {
    pattern: (context) => (pattern ??= parser.pattern(context)),
    extract: (context, match) => parser.extract(context, match)
  }
}

export const TAG_WEEKDAY_DAY = 'factlint/weekday-day'
export const TAG_SHARED_MONTH = 'factlint/shared-month'
export const TAG_SHARED_YEAR = 'factlint/shared-year'

const WEEKDAYS: Record<Lang, string[]> = {
  fr: WEEKDAY_NAMES.fr.map((name) => name.toLowerCase()),
  en: WEEKDAY_NAMES.en.map((name) => name.toLowerCase())
}

const MONTH_WORD: Record<Lang, string> = {
  fr: '(?:janv|f[ée]vr?|mars|avr|mai|juin|juil|ao[uû]t|sept?|oct|nov|d[ée]c)',
  en: '(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)'
}

/**
 * « lundi 12 », "Monday the 12th": a weekday and a day with no month, which
 * chrono reads as a weekday followed by a time (« lundi 12 » = Monday noon).
 * On its own it names no date (« le vendredi 13 »); followed by « et mardi 13
 * juin » or « au jeudi 15 juin » it takes the month of the date it is listed with.
 */
class WeekdayDayParser implements Parser {
  private readonly regex: RegExp

  constructor(lang: Lang) {
    const weekday = `(${WEEKDAYS[lang].join('|')})`
    const day = lang === 'fr' ? '(?:le\\s+)?(\\d{1,2})(?:er|e)?' : '(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?'
    // Not a time (« lundi 12 h », "Monday 12:30", "Monday 12 pm") and not a date
    // with its month, which chrono's own parsers read in full.
    const notAfter =
      lang === 'fr'
        ? `(?!\\s*(?:h\\b|heures?\\b|[:.,]\\d|%|(?:de\\s+)?${MONTH_WORD.fr}))`
        : `(?!\\s*(?:[ap]\\.?m\\b|o'clock|[:.,]\\d|%|(?:of\\s+)?${MONTH_WORD.en}))`
    // The same optional lead as chrono's weekday parser (« ce », "on", a comma), so
    // that ours is the longer match and wins chrono's overlap removal.
    const lead = '(?:(?:on|ce|this|,|\\()\\s*)?'
    // The look back (nothing alphanumeric before the match) comes after the words, as a
    // back-reference to them: done first, at every character chrono gives us, it cost
    // more than chrono's own parsers.
    this.regex = new RegExp(`(${lead}${weekday})(?<![\\p{L}\\p{N}]\\1)\\s*,?\\s+${day}(?![\\p{L}\\p{N}])${notAfter}`, 'iu')
  }

  pattern(): RegExp {
    return this.regex
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const name = match[2]!.toLowerCase()
    const weekday = WEEKDAYS.fr.indexOf(name)
    const day = Number(match[3])
    if (day < 1 || day > 31) return null
    const result = context.createParsingResult(match.index!, match[0], {
      weekday: weekday >= 0 ? weekday : WEEKDAYS.en.indexOf(name),
      day
    })
    result.addTag(TAG_WEEKDAY_DAY)
    return result
  }
}

const LIST_JOINER: Record<Lang, RegExp> = {
  fr: new RegExp(String.raw`^\s*(?:,|${wordsPattern(LIST_JOINERS.fr)}|-|–|—)\s*$`, 'i'),
  en: new RegExp(String.raw`^\s*(?:,|${wordsPattern(LIST_JOINERS.en)}|-|–|—)\s*$`, 'i')
}

/**
 * In « lundi 12 et mardi 13 juin » or "from Monday, June 12 to Thursday,
 * June 15, 2023", the month and year are written once for the whole list: the
 * text does state them for the first date too, so they are assigned (marked as
 * shared), not implied.
 */
class SharedMonthRefiner implements Refiner {
  constructor(private readonly lang: Lang) {}

  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    for (let index = results.length - 2; index >= 0; index--) {
      const current = results[index]!
      const next = results[index + 1]!
      const between = context.text.slice(current.index + current.text.length, next.index)
      if (!LIST_JOINER[this.lang].test(between)) continue
      const from = current.start
      const to = next.start
      if (!from.isCertain('day') || !to.isCertain('day') || !to.isCertain('month')) continue
      if (!from.isCertain('month')) {
        from.assign('month', to.get('month')!)
        from.addTag(TAG_SHARED_MONTH)
      }
      if (!from.isCertain('year') && to.isCertain('year')) {
        from.assign('year', to.get('year')!)
        from.addTag(TAG_SHARED_YEAR)
      }
    }
    return results
  }
}

/**
 * A numeric date inside a longer run of number groups is part of a phone or
 * reference number: « 06-12-34-56-78 » is not 6 December 2034.
 */
class DropNumberRunRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    return results.filter((result) => {
      if (!/^[\d\s./-]+$/.test(result.text)) return true
      const before = context.text.slice(Math.max(0, result.index - 2), result.index)
      const after = context.text.slice(result.index + result.text.length, result.index + result.text.length + 2)
      return !/\d[./-]?$/.test(before) && !/^[./-]?\d/.test(after)
    })
  }
}

/** « dans dix ans », « de dix ans », "in 10 years": durations, not dates. */
class DropRelativeRefiner implements Refiner {
  refine(_context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    return results.filter((result) => !result.start.tags().has('result/relativeDate'))
  }
}
