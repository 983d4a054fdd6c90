import type {Lang} from '../types.js'
import {isoOf, type CalendarDate} from './calendar.js'
import type {DateMention} from './extract.js'
import type {YearSource} from './infer.js'
import {writeNumeric} from './numeric.js'
import {HOUSE_MONTH_ABBREVIATIONS, MONTH_NAMES, STOPPED_MONTH_ABBREVIATIONS, WEEKDAY_NAMES} from '../lexicon/calendar.js'
import {wordsPattern} from '../lexicon/patterns.js'

export function weekdayName(lang: Lang, weekday: number): string {
  return WEEKDAY_NAMES[lang][weekday] ?? ''
}

export function monthName(lang: Lang, month: number): string {
  return MONTH_NAMES[lang][month - 1] ?? ''
}

/** « 1er octobre 2020 », "October 1, 2020"; `year: false` leaves the year out. */
export function formatDate(lang: Lang, date: CalendarDate, year = true): string {
  if (lang === 'fr') return `${date.day === 1 ? '1er' : date.day} ${monthName(lang, date.month)}${year ? ` ${date.year}` : ''}`
  return `${monthName(lang, date.month)} ${date.day}${year ? `, ${date.year}` : ''}`
}

/** Average days in a month (as before: rounding the same gaps the same way) and in a Gregorian year. */
const MONTH_DAYS = 30.44
const YEAR_DAYS = 365.2425

/**
 * Days between two dates as a newsroom writes them: days or weeks up to two
 * months (« 3 jours », "4 weeks"), then months (« environ 5 mois »), then a
 * year and months (« environ un an et 3 mois », "about a year and 3 months"),
 * then whole years (« environ 90 ans », "about 90 years"): nobody counts a
 * gap of decades in months.
 */
export function formatGap(lang: Lang, days: number): string {
  if (days < 60) {
    const weeks = days % 7 === 0 && days >= 14 ? days / 7 : undefined
    if (lang === 'fr') return weeks ? `${weeks} semaines` : `${days} jour${days > 1 ? 's' : ''}`
    return weeks ? `${weeks} weeks` : `${days} day${days > 1 ? 's' : ''}`
  }
  const months = Math.round(days / MONTH_DAYS)
  if (months < 12) return lang === 'fr' ? `environ ${months} mois` : `about ${months} months`
  if (months < 24) {
    const rest = months - 12
    if (lang === 'fr') return rest === 0 ? 'environ un an' : `environ un an et ${rest} mois`
    return rest === 0 ? 'about a year' : `about a year and ${rest} month${rest > 1 ? 's' : ''}`
  }
  const years = Math.round(days / YEAR_DAYS)
  return lang === 'fr' ? `environ ${years} ans` : `about ${years} years`
}

/** Where the year of a date came from, as the end of a message; empty when the text writes it. */
export function yearReason(lang: Lang, source: YearSource): string {
  switch (source.kind) {
    case 'written':
      return ''
    case 'reference':
      return lang === 'fr' ? `année de la date de publication (${iso(source.date)})` : `year of the publication date (${iso(source.date)})`
    case 'document':
      return lang === 'fr'
        ? `année déduite de « ${source.from.text} » (ligne ${source.from.line})`
        : `year inferred from "${source.from.text}" (line ${source.from.line})`
    case 'relative':
      return lang === 'fr'
        ? `année indiquée par « ${source.words} » (année du récit : ${source.base})`
        : `year told by "${source.words}" (the story's year: ${source.base})`
    case 'default':
      return lang === 'fr' ? 'année supposée : aucun jour de la semaine du texte ne la fixe' : 'year assumed: no weekday in the text settles it'
    case 'today':
      return lang === 'fr' ? `date à venir lue d’après aujourd’hui (${iso(source.date)})` : `a date to come, read from today (${iso(source.date)})`
  }
}

/** Appends where the year came from: « ; année déduite de « vendredi 2 octobre » (ligne 1) ». */
export function withReason(lang: Lang, main: string, source: YearSource, date: CalendarDate): string {
  const reason = yearSourceReason(lang, source, date)
  return reason ? `${main}${lang === 'fr' ? ' ; ' : '; '}${reason}` : main
}

/**
 * Where the year of `date` came from; empty when it is written with it. A
 * date read before or after the publication date may lie in the year before
 * or after it: the reason then says so, not just the publication date.
 */
export function yearSourceReason(lang: Lang, source: YearSource, date: CalendarDate): string {
  if (source.kind === 'written' && source.inSentence) return lang === 'fr' ? 'année écrite dans la phrase' : 'year written in the sentence'
  if (source.kind === 'written' && source.inParagraph) return lang === 'fr' ? 'année écrite plus haut dans le paragraphe' : 'year written earlier in the paragraph'
  if (source.kind === 'reference' && date.year !== source.date.year) {
    const later = date.year > source.date.year
    const published = isoOf(source.date)
    if (lang === 'fr') return later ? `année suivant la date de publication (${published}) : date à venir` : `année précédant la date de publication (${published}) : date passée`
    return later ? `year after the publication date (${published}): a date to come` : `year before the publication date (${published}): a past date`
  }
  return yearReason(lang, source)
}

function iso(date: CalendarDate): string {
  return `${date.year}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`
}

/** A month abbreviated as newsrooms do (AP style "Dec.", « déc. »): its correction is abbreviated too. */
const ABBREVIATED_MONTH: Record<Lang, RegExp> = {
  en: new RegExp(String.raw`\b(?:${wordsPattern(STOPPED_MONTH_ABBREVIATIONS.en)})\.`, 'i'),
  fr: new RegExp(String.raw`(?<![\p{L}])(?:${wordsPattern(STOPPED_MONTH_ABBREVIATIONS.fr)})\.`, 'iu')
}

/** Months short enough stay whole: "March", "May", « mars », « juin » (src/lexicon/calendar.ts). */
const MONTH_ABBREVIATIONS = HOUSE_MONTH_ABBREVIATIONS

function abbreviatedMonth(lang: Lang, month: number): string {
  return MONTH_ABBREVIATIONS[lang][month - 1] ?? monthName(lang, month)
}

/**
 * A corrected date written like the original: same language, order (US
 * "Wednesday, September 30" or UK "Wednesday 30 September"), comma and
 * capital, and the month or year only when the original writes them.
 */
export function writeLike(mention: DateMention, lang: Lang, date: CalendarDate, weekday: number | undefined): string {
  const withMonth = !mention.shared.includes('month')
  const withYear = mention.stated.year !== undefined && !mention.shared.includes('year')
  const day = lang === 'fr' && date.day === 1 ? '1er' : String(date.day)
  const month = ABBREVIATED_MONTH[lang].test(mention.text) ? abbreviatedMonth(lang, date.month) : monthName(lang, date.month)
  const name = weekday === undefined ? '' : weekdayName(lang, weekday)
  let text: string
  const numeric = mention.style.numeric
  if (numeric) {
    // « vendredi 28/08/2014 » is corrected as written: the weekday's word (and its comma), then the digits in the same order.
    const lead = /^[\p{L}.]+(,?\s*)/u.exec(mention.text)
    text = lead && name ? `${name}${lead[1]}${writeNumeric(numeric, date)}` : writeNumeric(numeric, date)
  } else if (mention.shared.includes('day')) text = name
  // A weekday listed before its day (« mardi et mercredi 1er et 2 décembre »): its word alone is replaced.
  else if (lang === 'fr') {
    text = [name, day, withMonth ? month : '', withYear ? String(date.year) : ''].filter(Boolean).join(' ')
  } else {
    const lead = name ? `${name}${mention.style.weekdayComma ? ',' : ''} ` : ''
    if (!withMonth) text = `${lead}${day}`
    else if (mention.style.monthFirst) text = `${lead}${month} ${day}${withYear ? `, ${date.year}` : ''}`
    else text = `${lead}${day} ${month}${withYear ? ` ${date.year}` : ''}`
  }
  // « le 2 octobre (jeudi) »: the weekday stays in its brackets after the date.
  if (mention.style.weekdayAfter && name) text = `${writeLike({...mention, style: {...mention.style, weekdayAfter: false}}, lang, date, undefined)} (${name})`
  const first = mention.text.charAt(0)
  if (first && first === first.toUpperCase() && first !== first.toLowerCase()) text = text.charAt(0).toUpperCase() + text.slice(1)
  return text
}
