import {z} from 'zod'
import {datesOf} from '../dates/analysis.js'
import {formatDate} from '../dates/format.js'
import {orderReason, outlierReason} from '../dates/messages.js'
import {DEFAULT_MAX_GAP_DAYS, timelineProblems} from '../dates/timeline.js'
import {defineRule, inBothLanguages, say} from './define.js'
import type {RuleMessages} from '../types.js'
import {messageLang} from '../document/messages.js'

const schema = z
  .object({
    /** Days an event may lie from every other event of the story before it is reported. */
    maxGapDays: z.number().int().min(1).default(DEFAULT_MAX_GAP_DAYS)
  })
  .strict()
  .default({maxGapDays: DEFAULT_MAX_GAP_DAYS})

type Problem = ReturnType<typeof timelineProblems>[number]
type Outlier = Extract<Problem, {kind: 'outlier'}>
type Order = Exclude<Problem, {kind: 'outlier'}>
type Related = {mention: {text: string}; date: Parameters<typeof formatDate>[1]}

/** The id is the problem's kind; the related place says the nearest event, or the one told before. */
const messages = {
  outlier: inBothLanguages((lang, problem: Outlier) => outlierReason(lang, problem.event, problem.gap, problem.later, problem.first.date, problem.last.date)),
  order: inBothLanguages((lang, problem: Order) => orderReason(lang, problem.event, problem.previous)),
  nearestCause: {
    fr: (related: Related) => `Événement le plus proche : « ${related.mention.text} » (${formatDate('fr', related.date)})`,
    en: (related: Related) => `Nearest event: "${related.mention.text}" (${formatDate('en', related.date)})`
  },
  toldBeforeCause: {
    fr: (related: Related) => `Raconté avant : « ${related.mention.text} » (${formatDate('fr', related.date)})`,
    en: (related: Related) => `Told before: "${related.mention.text}" (${formatDate('en', related.date)})`
  }
} satisfies RuleMessages

export const dateTimeline = defineRule({
  meta: {
    id: 'date-timeline',
    description: {
      fr: 'Une date éloignée de tous les autres événements de l’article, ou racontée dans un ordre que ses dates contredisent',
      en: 'A date far from every other event of the story, or told in an order its dates contradict'
    },
    defaultSeverity: 'warn',
    languages: ['fr', 'en'],
    fixable: false,
    messages
  },
  schema,
  async check(ctx, options) {
    const lang = messageLang(ctx.lang)
    const analysis = await datesOf(ctx)
    for (const problem of timelineProblems(analysis.events, options)) {
      const {event} = problem
      const related = problem.kind === 'outlier' ? problem.nearest : problem.previous
      ctx.report({
        ...(problem.kind === 'outlier' ? say(messages, 'outlier', lang, problem) : say(messages, 'order', lang, problem)),
        start: event.mention.start,
        end: event.mention.end,
        cause: {
          reason: messages[problem.kind === 'outlier' ? 'nearestCause' : 'toldBeforeCause'][lang](related),
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
