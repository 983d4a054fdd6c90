import type {TimelineEvent} from './analysis.js'

export interface TimelineOptions {
  /** An event further than this from every other event of the story is reported. */
  maxGapDays: number
}

export const DEFAULT_MAX_GAP_DAYS = 14

export type TimelineProblem =
  | {
      kind: 'outlier'
      event: TimelineEvent
      /** Days to the nearest event of the story's main group. */
      gap: number
      later: boolean
      nearest: TimelineEvent
      /** First and last event of the main group. */
      first: TimelineEvent
      last: TimelineEvent
    }
  | {kind: 'order'; event: TimelineEvent; previous: TimelineEvent}

/**
 * The dates that do not fit the story:
 * - events of a group of dates lying more than `maxGapDays` from the story's
 *   main group (the group with the most events). Only events with a weekday
 *   and no written year are reported: a weekday dates an event of the story's
 *   own week, while a bare date (« le 4 août ») or a written year is often background. Groups as large as the
 *   main one make no main group, and nothing is reported;
 * - a date told after another with « puis », « ensuite », "then", "later"… but
 *   earlier than it.
 */
export function timelineProblems(events: readonly TimelineEvent[], options: TimelineOptions): TimelineProblem[] {
  const problems: TimelineProblem[] = []
  const sorted = [...events].sort((a, b) => a.day - b.day || a.mention.start - b.mention.start)
  const groups: TimelineEvent[][] = []
  for (const event of sorted) {
    const group = groups[groups.length - 1]
    const last = group?.[group.length - 1]
    if (group && last && event.day - last.day <= options.maxGapDays) group.push(event)
    else groups.push([event])
  }
  const sizes = groups.map((group) => group.length)
  const largest = Math.max(0, ...sizes)
  const main = sizes.filter((size) => size === largest).length === 1 ? groups[sizes.indexOf(largest)] : undefined
  if (main && groups.length > 1) {
    const first = main[0]!
    const last = main[main.length - 1]!
    for (const group of groups) {
      if (group === main) continue
      for (const event of group) {
        // A written year is a deliberate statement (background, an anniversary).
        if (event.mention.stated.weekday === undefined || event.mention.stated.year !== undefined) continue
        const later = event.day > last.day
        const nearest = later ? last : first
        problems.push({kind: 'outlier', event, gap: Math.abs(event.day - nearest.day), later, nearest, first, last})
      }
    }
  }
  for (let index = 1; index < events.length; index++) {
    const event = events[index]!
    const previous = events[index - 1]!
    if (event.mention.sequenced && event.mention.kind === 'date' && event.day < previous.day) {
      problems.push({kind: 'order', event, previous})
    }
  }
  return problems.sort((a, b) => a.event.mention.start - b.event.mention.start)
}
