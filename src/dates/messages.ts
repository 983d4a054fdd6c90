import type {Finding, Lang} from '../types.js'
import {isoOf, isValidDate, maxDaysInMonth, weekdayOf, type CalendarDate} from './calendar.js'
import type {TimelineEvent, WeekdayProblem} from './analysis.js'
import {formatDate, formatGap, monthName, weekdayName, yearReason} from './format.js'
import type {YearSource} from './infer.js'

/** The message of a `date-weekday` finding, in the document's language. */
export function weekdayReason(lang: Lang, problem: WeekdayProblem): string {
  const {date, mention, yearSource} = problem.resolved
  let main: string
  if (problem.kind === 'mismatch') {
    const actual = weekdayName(lang, problem.actualWeekday!)
    const stated = weekdayName(lang, mention.stated.weekday!)
    main =
      lang === 'fr'
        ? `Le ${formatDate(lang, date)} est un ${actual}, pas un ${stated}`
        : `${formatDate(lang, date)} is a ${actual}, not a ${stated}`
    const other = mention.alternative && {year: mention.alternative.year ?? date.year, month: mention.alternative.month!, day: mention.alternative.day!}
    if (other && isValidDate(other)) {
      // Both orders read the digits: the weekday fits neither reading, and both are said.
      const otherDay = weekdayName(lang, weekdayOf(other))
      main +=
        lang === 'fr'
          ? ` ; lu jour/mois, le ${formatDate(lang, other)} est un ${otherDay}`
          : `; read day/month, ${formatDate(lang, other)} is a ${otherDay}`
    }
  } else if (date.month === 2 && date.day === 29) {
    main =
      lang === 'fr'
        ? `Le 29 février ${date.year} n’existe pas : ${date.year} n’est pas une année bissextile`
        : `February 29, ${date.year} does not exist: ${date.year} is not a leap year`
  } else {
    // No year makes « 31 avril » or "Feb. 30" exist: where the year came from does not matter.
    const days = maxDaysInMonth(date.month)
    const month = monthName(lang, date.month)
    return lang === 'fr'
      ? `Le ${formatDate(lang, date, false)} n’existe pas : ${month} n’a ${date.month === 2 ? 'jamais plus de' : 'que'} ${days} jours`
      : `${formatDate(lang, date, false)} does not exist: ${month} ${date.month === 2 ? 'never has more than' : 'has only'} ${days} days`
  }
  return withReason(lang, main, yearSource, date)
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

/** The related place of a finding whose year was inferred from another date. */
export function yearCause(lang: Lang, source: YearSource): Finding['cause'] {
  if (source.kind !== 'document') return undefined
  return {
    reason: lang === 'fr' ? `Année déduite de cette date` : `Year inferred from this date`,
    start: source.from.start,
    end: source.from.end
  }
}

/** « 1er–2 octobre 2020 », "October 1–2, 2020": the span of a group of events. */
export function formatSpan(lang: Lang, first: CalendarDate, last: CalendarDate): string {
  if (first.year === last.year && first.month === last.month && first.day === last.day) return formatDate(lang, first)
  const sameMonth = first.year === last.year && first.month === last.month
  if (lang === 'fr') {
    const from = sameMonth ? (first.day === 1 ? '1er' : String(first.day)) : formatDate(lang, first, first.year !== last.year)
    return `du ${from} au ${formatDate(lang, last)}`
  }
  if (sameMonth) return `${monthName(lang, first.month)} ${first.day}–${last.day}, ${last.year}`
  return `${formatDate(lang, first, first.year !== last.year)} to ${formatDate(lang, last)}`
}

export function outlierReason(lang: Lang, event: TimelineEvent, gap: number, later: boolean, first: CalendarDate, last: CalendarDate): string {
  const when = formatDate(lang, event.date)
  const span = formatSpan(lang, first, last)
  // A main group of one event is the story's only sure date: "every other event" would claim more.
  const one = first.year === last.year && first.month === last.month && first.day === last.day
  const others = lang === 'fr' ? (one ? 'l’autre événement du récit' : 'tous les autres événements du récit') : one ? 'the other event of the story' : 'every other event of the story'
  const main =
    lang === 'fr'
      ? `« ${event.mention.text} » (${when}) tombe ${formatGap(lang, gap)} ${later ? 'après' : 'avant'} ${others} (${span}) : date à vérifier`
      : `"${event.mention.text}" (${when}) falls ${formatGap(lang, gap)} ${later ? 'after' : 'before'} ${others} (${span}): check the date`
  return withReason(lang, main, event.yearSource, event.date)
}

export function orderReason(lang: Lang, event: TimelineEvent, previous: TimelineEvent): string {
  const gap = formatGap(lang, previous.day - event.day)
  // « de environ » elides: « le précède d’environ 3 mois ».
  const by = lang === 'fr' && gap.startsWith('environ') ? `d’${gap}` : `de ${gap}`
  return lang === 'fr'
    ? `« ${event.mention.text} » (${formatDate(lang, event.date)}) est raconté après « ${previous.mention.text} » (${formatDate(lang, previous.date)}) mais le précède ${by}`
    : `"${event.mention.text}" (${formatDate(lang, event.date)}) is told after "${previous.mention.text}" (${formatDate(lang, previous.date)}) but comes ${gap} before it`
}

/** The message of a night whose second weekday does not follow the first (« la nuit de jeudi à mardi »). */
export function nightReason(lang: Lang, from: number, to: number): string {
  const first = weekdayName(lang, from)
  const second = weekdayName(lang, to)
  return lang === 'fr'
    ? `Une nuit va d’un jour au lendemain : ${second} ne suit pas ${first}`
    : `A night runs from one day into the next: ${second} does not follow ${first}`
}
