import type {Lang} from '../types.js'
import type {StatedDate} from './calendar.js'
import {MONTH_NAMES, monthPattern, WEEKDAY_LIST_JOINERS, WEEKDAY_NAMES} from '../lexicon/calendar.js'
import {wordsPattern} from '../lexicon/patterns.js'

/**
 * A list of weekdays followed by a list of days written once for all of them:
 * « mardi et mercredi 1er et 2 décembre 2026 », "Tuesday and Wednesday,
 * December 1 and 2, 2026", "Saturday and Sunday (Dec. 5–6)". The writer pairs
 * them by position: the first weekday is the first day, and so on. chrono
 * reads instead the weekday nearest the days as the first day's (« mercredi
 * 1er ») and the other one as a bare weekday, a wrong pairing that reported
 * a correct list as an error. The two lists interleaved (« samedi 5 et
 * dimanche 6 décembre », "from Monday, Dec. 7, to Friday, Dec. 11") are read
 * right by chrono and our own refiners, and are no concern of this module.
 */
export interface ListedDay {
  /** The weekday's word in the chunk: a finding about the pair is put on it. */
  index: number
  text: string
  /** The weekday, and the day, month and year the list gives it. */
  stated: StatedDate
}

export interface WeekdayList {
  /** [start, end) of the whole list in the chunk: what chrono read inside is replaced. */
  start: number
  end: number
  days: ListedDay[]
}

const lower = (names: readonly string[]) => names.map((name) => name.toLowerCase())
const WEEKDAYS: Record<Lang, string[]> = {fr: lower(WEEKDAY_NAMES.fr), en: lower(WEEKDAY_NAMES.en)}

/** Month words as newsrooms write them, full or abbreviated (« déc. », "Dec.", "Sept."), each with its number (src/lexicon/calendar.ts). */
const MONTH_WORDS: Record<Lang, Array<[string, number]>> = {
  fr: MONTH_NAMES.fr.map((_, index) => [monthPattern('fr', index), index + 1]),
  en: MONTH_NAMES.en.map((_, index) => [monthPattern('en', index), index + 1])
}

const MONTH_LOOKUP: Record<Lang, Array<[RegExp, number]>> = {
  fr: MONTH_WORDS.fr.map(([words, month]) => [new RegExp(`^(?:${words})$`, 'iu'), month]),
  en: MONTH_WORDS.en.map(([words, month]) => [new RegExp(`^(?:${words})$`, 'iu'), month])
}

const monthAlternatives = (lang: Lang) => MONTH_WORDS[lang].map(([words]) => words).join('|')

/**
 * The two lists' joiners: a comma, a coordinating word, the end of a range
 * (« au », "to", a dash: « du lundi au mercredi 7 au 9 » pairs as well).
 */
const JOINER: Record<Lang, string> = {
  fr: `(?:\\s*,\\s*(?:et\\s+|ou\\s+)?|\\s+(?:${wordsPattern(WEEKDAY_LIST_JOINERS.fr)})\\s+|\\s*[-–—]\\s*)`,
  en: `(?:\\s*,\\s*(?:and\\s+|or\\s+|&\\s+)?|\\s+(?:${wordsPattern(WEEKDAY_LIST_JOINERS.en)})\\s+|\\s*[-–—]\\s*)`
}

const DAY: Record<Lang, string> = {fr: '\\d{1,2}(?:er|e)?', en: '\\d{1,2}(?:st|nd|rd|th)?'}

function listPattern(lang: Lang): RegExp {
  const weekday = `(?:${WEEKDAYS[lang].join('|')})`
  const month = `(?:${monthAlternatives(lang)})`
  const days = `${DAY[lang]}(?:${JOINER[lang]}${DAY[lang]})+`
  // Between the lists a comma or an opening bracket; in French an article (« les samedi et dimanche 5 et 6 »).
  const between = lang === 'fr' ? '\\s*,?\\s*\\(?\\s*(?:(?:les|le|du)\\s+)?' : '\\s*,?\\s*\\(?\\s*(?:the\\s+)?'
  // The month before the days (US style, "December 1 and 2") or after them; the year last.
  const dayList =
    lang === 'fr'
      ? `(?<days>${days})\\s+(?:de\\s+)?(?<monthAfter>${month})(?:\\s+(?<year>\\d{4}))?`
      : `(?:(?<monthBefore>${month})\\s+(?<daysAfter>${days})|(?<days>${days})\\s+(?:of\\s+)?(?<monthAfter>${month}))(?:,?\\s+(?<year>\\d{4}))?`
  return new RegExp(`(?<![\\p{L}\\p{N}])(?<weekdays>${weekday}(?:${JOINER[lang]}${weekday})+)${between}${dayList}(?![\\p{L}\\p{N}])`, 'giu')
}

const LIST: Record<Lang, RegExp> = {fr: listPattern('fr'), en: listPattern('en')}
const WEEKDAY_WORD: Record<Lang, RegExp> = {
  fr: new RegExp(`(?:${WEEKDAYS.fr.join('|')})`, 'giu'),
  en: new RegExp(`(?:${WEEKDAYS.en.join('|')})`, 'giu')
}

/** The weekday lists of a chunk whose number of weekdays is that of the days they are written with. */
export function weekdayLists(chunk: string, lang: Lang): WeekdayList[] {
  const lists: WeekdayList[] = []
  const pattern = LIST[lang]
  pattern.lastIndex = 0
  for (let match = pattern.exec(chunk); match; match = pattern.exec(chunk)) {
    const groups = match.groups!
    const weekdays = [...groups.weekdays!.matchAll(WEEKDAY_WORD[lang])]
    const days = [...(groups.days ?? groups.daysAfter)!.matchAll(/\d{1,2}/g)].map((day) => Number(day[0]))
    // « lundi et mardi 3 et 4 et 5 » pairs nothing for sure: left to chrono's reading.
    if (weekdays.length !== days.length) continue
    const month = monthOf(groups.monthAfter ?? groups.monthBefore!, lang)
    if (month === undefined || days.some((day) => day < 1 || day > 31)) continue
    const year = groups.year === undefined ? undefined : Number(groups.year)
    lists.push({
      start: match.index,
      end: match.index + match[0].length,
      days: weekdays.map((word, position) => {
        const stated: StatedDate = {weekday: WEEKDAYS[lang].indexOf(word[0].toLowerCase()), day: days[position]!, month}
        if (year !== undefined) stated.year = year
        return {index: match!.index + word.index, text: word[0], stated}
      })
    })
  }
  return lists
}

function monthOf(word: string, lang: Lang): number | undefined {
  return MONTH_LOOKUP[lang].find(([pattern]) => pattern.test(word))?.[1]
}
