import {z} from 'zod'
import {datesOf} from '../dates/analysis.js'
import {formatDate} from '../dates/format.js'
import {orderReason, outlierReason} from '../dates/messages.js'
import {DEFAULT_MAX_GAP_DAYS, timelineProblems} from '../dates/timeline.js'
import {defineRule} from './define.js'
import {messageLang} from '../document/messages.js'

const schema = z
  .object({
    /** Days an event may lie from every other event of the story before it is reported. */
    maxGapDays: z.number().int().min(1).default(DEFAULT_MAX_GAP_DAYS)
  })
  .strict()
  .default({maxGapDays: DEFAULT_MAX_GAP_DAYS})

export const dateTimeline = defineRule({
  meta: {
    id: 'date-timeline',
    description: 'A date far from every other event of the story, or told in an order its dates contradict',
    defaultSeverity: 'warn',
    languages: ['fr', 'en'],
    fixable: false
  },
  schema,
  async check(ctx, options) {
    const lang = messageLang(ctx.lang)
    const analysis = await datesOf(ctx)
    for (const problem of timelineProblems(analysis.events, options)) {
      const {event} = problem
      const related = problem.kind === 'outlier' ? problem.nearest : problem.previous
      ctx.report({
        reason:
          problem.kind === 'outlier'
            ? outlierReason(lang, event, problem.gap, problem.later, problem.first.date, problem.last.date)
            : orderReason(lang, event, problem.previous),
        start: event.mention.start,
        end: event.mention.end,
        cause: {
          reason:
            lang === 'fr'
              ? `${problem.kind === 'outlier' ? 'Événement le plus proche' : 'Raconté avant'} : « ${related.mention.text} » (${formatDate(lang, related.date)})`
              : `${problem.kind === 'outlier' ? 'Nearest event' : 'Told before'}: "${related.mention.text}" (${formatDate(lang, related.date)})`,
          start: related.mention.start,
          end: related.mention.end
        },
        data: {
          kind: problem.kind,
          date: event.date,
          ...(problem.kind === 'outlier' ? {gapDays: problem.gap, later: problem.later} : {})
        }
      })
    }
  }
})
