import {z} from 'zod'
import {datesOf} from '../dates/analysis.js'
import type {CalendarDate} from '../dates/calendar.js'
import {formatDate, formatGap, monthName, withReason} from '../dates/format.js'
import {DEFAULT_MAX_GAP_DAYS, timelineProblems} from '../dates/timeline.js'
import {DATE_OPTION_DEFAULTS, dateOptionsShape, readingOf} from './date-options.js'
import {defineRule, say} from './define.js'
import type {Lang, RuleMessages} from '../types.js'

const schema = z
  .object({
    /** Days an event may lie from every other event of the story before it is reported. */
    maxGapDays: z.number().int().min(1).default(DEFAULT_MAX_GAP_DAYS),
    ...dateOptionsShape
  })
  .strict()
  .default({maxGapDays: DEFAULT_MAX_GAP_DAYS, ...DATE_OPTION_DEFAULTS})

type Problem = ReturnType<typeof timelineProblems>[number]
type Outlier = Extract<Problem, {kind: 'outlier'}>
type Order = Exclude<Problem, {kind: 'outlier'}>
type Related = {mention: {text: string}; date: Parameters<typeof formatDate>[1]}

/** A main group of one event is the story's only sure date: "every other event" would claim more. */
function isOne({first, last}: Outlier): boolean {
  return first.date.year === last.date.year && first.date.month === last.date.month && first.date.day === last.date.day
}

/** « 1er–2 octobre 2020 », "October 1–2, 2020": the span of a group of events. */
function formatSpan(lang: Lang, first: CalendarDate, last: CalendarDate): string {
  if (first.year === last.year && first.month === last.month && first.day === last.day) return formatDate(lang, first)
  const sameMonth = first.year === last.year && first.month === last.month
  if (lang === 'fr') {
    const from = sameMonth ? (first.day === 1 ? '1er' : String(first.day)) : formatDate(lang, first, first.year !== last.year)
    return `du ${from} au ${formatDate(lang, last)}`
  }
  if (sameMonth) return `${monthName(lang, first.month)} ${first.day}–${last.day}, ${last.year}`
  return `${formatDate(lang, first, first.year !== last.year)} to ${formatDate(lang, last)}`
}

/** The id is the problem's kind; the related place says the nearest event, or the one told before. */
const messages = {
  outlier: {
    fr: (problem: Outlier) => {
      const {event, gap, later} = problem
      const others = isOne(problem) ? 'l’autre événement du récit' : 'tous les autres événements du récit'
      const main = `« ${event.mention.text} » (${formatDate('fr', event.date)}) tombe ${formatGap('fr', gap)} ${later ? 'après' : 'avant'} ${others} (${formatSpan('fr', problem.first.date, problem.last.date)}) : date à vérifier`
      return withReason('fr', main, event.yearSource, event.date)
    },
    en: (problem: Outlier) => {
      const {event, gap, later} = problem
      const others = isOne(problem) ? 'the other event of the story' : 'every other event of the story'
      const main = `"${event.mention.text}" (${formatDate('en', event.date)}) falls ${formatGap('en', gap)} ${later ? 'after' : 'before'} ${others} (${formatSpan('en', problem.first.date, problem.last.date)}): check the date`
      return withReason('en', main, event.yearSource, event.date)
    }
  },
  order: {
    fr: ({event, previous}: Order) => {
      const gap = formatGap('fr', previous.day - event.day)
      // « de environ » elides: « le précède d’environ 3 mois ».
      const by = gap.startsWith('environ') ? `d’${gap}` : `de ${gap}`
      return `« ${event.mention.text} » (${formatDate('fr', event.date)}) est raconté après « ${previous.mention.text} » (${formatDate('fr', previous.date)}) mais le précède ${by}`
    },
    en: ({event, previous}: Order) =>
      `"${event.mention.text}" (${formatDate('en', event.date)}) is told after "${previous.mention.text}" (${formatDate('en', previous.date)}) but comes ${formatGap('en', previous.day - event.day)} before it`
  },
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
    const lang = ctx.messageLang
    const analysis = await datesOf(ctx, readingOf(options), 'date-timeline')
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
          calendar: event.calendar,
          ...(problem.kind === 'outlier' ? {gapDays: problem.gap, later: problem.later} : {})
        }
      })
    }
  }
})
