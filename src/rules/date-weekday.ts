import {z} from 'zod'
import {datesOf, type WeekdayProblem} from '../dates/analysis.js'
import {isValidDate, maxDaysInMonth, weekdayOf, type CalendarDate} from '../dates/calendar.js'
import {formatDate, monthName, weekdayName, withReason} from '../dates/format.js'
import {nightProblems} from '../dates/night.js'
import {WEEKDAY_NAMES} from '../lexicon/calendar.js'
import {DATE_OPTION_DEFAULTS, dateOptionsShape, readingOf} from './date-options.js'
import {defineRule, say} from './define.js'
import type {RuleMessages} from '../types.js'

const schema = z.object({...dateOptionsShape}).strict().default(DATE_OPTION_DEFAULTS)

/** The other reading of a numeric date both orders read, when it exists: the weekday fits neither, and both are said. */
function otherReading(problem: WeekdayProblem): CalendarDate | undefined {
  const {date, mention} = problem.resolved
  const other = mention.alternative && {year: mention.alternative.year ?? date.year, month: mention.alternative.month!, day: mention.alternative.day!}
  return other && isValidDate(other) ? other : undefined
}

/**
 * `mismatch`: a weekday that is not its date's; `impossible`: a date that
 * does not exist; `night`: a night whose second day does not follow the
 * first; `yearCause`: the related place of a year inferred from another date.
 * Where the year came from ends the message (`withReason`, src/dates/format.ts).
 */
const messages = {
  mismatch: {
    fr: (problem: WeekdayProblem) => {
      const {date, mention, yearSource} = problem.resolved
      const other = otherReading(problem)
      const also = other ? ` ; lu jour/mois, le ${formatDate('fr', other)} est un ${weekdayName('fr', weekdayOf(other))}` : ''
      return withReason('fr', `Le ${formatDate('fr', date)} est un ${weekdayName('fr', problem.actualWeekday!)}, pas un ${weekdayName('fr', mention.stated.weekday!)}${also}`, yearSource, date)
    },
    en: (problem: WeekdayProblem) => {
      const {date, mention, yearSource} = problem.resolved
      const other = otherReading(problem)
      const also = other ? `; read day/month, ${formatDate('en', other)} is a ${weekdayName('en', weekdayOf(other))}` : ''
      return withReason('en', `${formatDate('en', date)} is a ${weekdayName('en', problem.actualWeekday!)}, not a ${weekdayName('en', mention.stated.weekday!)}${also}`, yearSource, date)
    }
  },
  // No year makes « 31 avril » or "Feb. 30" exist: where the year came from is said only of a 29 February.
  impossible: {
    fr: (problem: WeekdayProblem) => {
      const {date, yearSource} = problem.resolved
      if (date.month === 2 && date.day === 29) return withReason('fr', `Le 29 février ${date.year} n’existe pas : ${date.year} n’est pas une année bissextile`, yearSource, date)
      return `Le ${formatDate('fr', date, false)} n’existe pas : ${monthName('fr', date.month)} n’a ${date.month === 2 ? 'jamais plus de' : 'que'} ${maxDaysInMonth(date.month)} jours`
    },
    en: (problem: WeekdayProblem) => {
      const {date, yearSource} = problem.resolved
      if (date.month === 2 && date.day === 29) return withReason('en', `February 29, ${date.year} does not exist: ${date.year} is not a leap year`, yearSource, date)
      return `${formatDate('en', date, false)} does not exist: ${monthName('en', date.month)} ${date.month === 2 ? 'never has more than' : 'has only'} ${maxDaysInMonth(date.month)} days`
    }
  },
  night: {
    fr: (night: Night) => `Une nuit va d’un jour au lendemain : ${weekdayName('fr', night.to)} ne suit pas ${weekdayName('fr', night.from)}`,
    en: (night: Night) => `A night runs from one day into the next: ${weekdayName('en', night.to)} does not follow ${weekdayName('en', night.from)}`
  },
  yearCause: {
    fr: () => 'Année déduite de cette date',
    en: () => 'Year inferred from this date'
  }
} satisfies RuleMessages

type Night = {from: number; to: number}

/** Where the other end of a range starts (a mention id to a file offset). */
function rangeStart(analysis: {mentions: ReadonlyArray<{id: number; start: number}>}, id: number): number | null {
  return analysis.mentions.find((mention) => mention.id === id)?.start ?? null
}

export const dateWeekday = defineRule({
  meta: {
    id: 'date-weekday',
    description: {
      fr: 'Un jour de la semaine qui ne correspond pas à sa date (année écrite, donnée ou déduite), ou une date qui n’existe pas',
      en: 'A weekday that does not match its date (with the year written, given or inferred), or a date that does not exist'
    },
    defaultSeverity: 'error',
    languages: ['fr', 'en'],
    fixable: false,
    messages
  },
  schema,
  async check(ctx, options) {
    const lang = ctx.messageLang
    const analysis = await datesOf(ctx, readingOf(options), 'date-weekday')
    for (const problem of analysis.weekdayProblems) {
      const {mention, date, yearSource} = problem.resolved
      ctx.report({
        ...say(messages, problem.kind, lang, problem),
        start: mention.start,
        end: mention.end,
        expected: problem.corrections.map((correction) => correction.text),
        cause: yearSource.kind === 'document' ? {reason: messages.yearCause[lang](), start: yearSource.from.start, end: yearSource.from.end} : undefined,
        data: {
          kind: problem.kind,
          date: {year: date.year, month: date.month, day: date.day},
          calendar: problem.calendar,
          statedWeekday: mention.stated.weekday ?? null,
          actualWeekday: problem.actualWeekday ?? null,
          yearSource: problem.resolved.yearSource.kind,
          corrections: problem.corrections.map((correction) => ({kind: correction.kind, text: correction.text})),
          // Both ends of a range wrong by the same days: corrected together (`range.start` is the other end's offset).
          ...(problem.range ? {range: {start: rangeStart(analysis, problem.range.partner)}, sure: problem.range.sure} : {sure: false})
        }
      })
    }
    // « dans la nuit de jeudi à mardi », "overnight Thursday into Tuesday": the second day must follow the first.
    for (const night of nightProblems(ctx.blocks, lang)) {
      const written = ctx.text.slice(night.start, night.end)
      const name = (day: number) => {
        const word = WEEKDAY_NAMES[lang][day]!
        return written.charAt(0) === written.charAt(0).toUpperCase() ? word.charAt(0).toUpperCase() + word.slice(1) : word.toLowerCase()
      }
      const lower = (day: number) => (lang === 'fr' ? WEEKDAY_NAMES.fr[day]! : WEEKDAY_NAMES.en[day]!)
      ctx.report({
        ...say(messages, 'night', lang, night),
        start: night.start,
        end: night.end,
        expected: [`${name(night.from)}${night.joiner}${lower((night.from + 1) % 7)}`, `${name((night.to + 6) % 7)}${night.joiner}${lower(night.to)}`],
        data: {kind: 'night', statedWeekday: night.from, actualWeekday: night.to}
      })
    }
  }
})
