import {z} from 'zod'
import {datesOf} from '../dates/analysis.js'
import {calendarDateOf, isValidDate} from '../dates/calendar.js'
import {nightReason, weekdayReason, yearCause} from '../dates/messages.js'
import {nightProblems} from '../dates/night.js'
import {blocksOf} from '../text/blocks.js'
import {WEEKDAY_NAMES} from '../lexicon/calendar.js'
import {defineRule, inBothLanguages, say} from './define.js'
import type {RuleMessages} from '../types.js'
import {messageLang} from '../document/messages.js'

const schema = z
  .object({
    /** Day and month order of numeric dates: `dmy` (French, British), `mdy` (American), `auto` (French d/m; English either, both readings checked). */
    dateOrder: z.enum(['dmy', 'mdy', 'auto']).default('auto'),
    /** First day of the Gregorian calendar (`YYYY-MM-DD`); dates before it are read in the Julian calendar. `1752-09-14` for British and American history. */
    gregorianFrom: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date written YYYY-MM-DD')
      .refine((value) => isValidDate(calendarDateOf(value)), 'a date that exists')
      .default('1582-10-15')
  })
  .strict()
  .default({dateOrder: 'auto', gregorianFrom: '1582-10-15'})

/**
 * `mismatch`: a weekday that is not its date's; `impossible`: a date that
 * does not exist; `night`: a night whose second day does not follow the
 * first. The wording lives beside the date analysis (src/dates/messages.ts).
 */
const messages = {
  mismatch: inBothLanguages(weekdayReason),
  impossible: inBothLanguages(weekdayReason),
  night: inBothLanguages((lang, night: {from: number; to: number}) => nightReason(lang, night.from, night.to))
} satisfies RuleMessages

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
    const lang = messageLang(ctx.lang)
    const analysis = await datesOf(ctx, options.dateOrder, options.gregorianFrom === '1582-10-15' ? undefined : calendarDateOf(options.gregorianFrom))
    for (const problem of analysis.weekdayProblems) {
      const {mention, date} = problem.resolved
      ctx.report({
        ...say(messages, problem.kind, lang, problem),
        start: mention.start,
        end: mention.end,
        expected: problem.corrections.map((correction) => correction.text),
        cause: yearCause(lang, problem.resolved.yearSource),
        data: {
          kind: problem.kind,
          date: {year: date.year, month: date.month, day: date.day},
          statedWeekday: mention.stated.weekday ?? null,
          actualWeekday: problem.actualWeekday ?? null,
          yearSource: problem.resolved.yearSource.kind,
          corrections: problem.corrections.map((correction) => ({kind: correction.kind, text: correction.text}))
        }
      })
    }
    // « dans la nuit de jeudi à mardi », "overnight Thursday into Tuesday": the second day must follow the first.
    for (const night of nightProblems(blocksOf(ctx.file, ctx.tree), lang)) {
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
