import {z} from 'zod'
import {datesOf} from '../dates/analysis.js'
import {weekdayReason, yearCause} from '../dates/messages.js'
import {defineRule, messageLang} from './define.js'

const schema = z
  .object({
    /** Day and month order of numeric dates: `dmy` (French, British), `mdy` (American), `auto` (French d/m; English either, both readings checked). */
    dateOrder: z.enum(['dmy', 'mdy', 'auto']).default('auto')
  })
  .strict()
  .default({dateOrder: 'auto'})

export const dateWeekday = defineRule({
  meta: {
    id: 'date-weekday',
    description: 'A weekday that does not match its date (with the year written, given or inferred), or a date that does not exist',
    defaultSeverity: 'error',
    languages: ['fr', 'en'],
    fixable: false
  },
  schema,
  async check(ctx, options) {
    const lang = messageLang(ctx.lang)
    const analysis = await datesOf(ctx, options.dateOrder)
    for (const problem of analysis.weekdayProblems) {
      const {mention, date} = problem.resolved
      ctx.report({
        reason: weekdayReason(lang, problem),
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
  }
})
