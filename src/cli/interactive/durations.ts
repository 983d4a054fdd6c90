import {durationsHeading, durationText, type CheckedDuration} from '../commands/timeline.js'
import type {VFile} from 'vfile'
import type {TimelineEntry} from '../../dates/report.js'
import {langOf} from '../formatters/labels.js'
import type {Line} from './detail.js'

/** The timeline's dates, with the durations date-arithmetic checked against them (as `factlint timeline` lists them). */
export type TimelineWithDurations = TimelineEntry[] & {durations?: CheckedDuration[]}

/**
 * The durations under the timeline overlay's dates: a heading, then one line
 * per duration, ✖ and the finding's reason under it when the dates
 * contradict it. Nothing while the timeline loads or when none was checked.
 * Below the dates, so that their rows stay where the overlay counts them.
 */
export function timelineDurationLines(overlay: {kind: string; entries?: TimelineEntry[]; loading?: boolean} | undefined, file: VFile | undefined): Line[] {
  if (overlay?.kind !== 'timeline' || overlay.loading) return []
  const durations = (overlay.entries as TimelineWithDurations | undefined)?.durations
  if (!durations || durations.length === 0) return []
  const lang = langOf(file) === 'fr' ? 'fr' : 'en'
  return [
    [],
    [{text: durationsHeading(lang), style: 'heading'}],
    ...durations.flatMap((duration): Line[] => {
      const row: Line = [{text: duration.ok ? '  ' : '✖ ', style: 'error'}, {text: durationText(lang, duration)}]
      return duration.reason ? [row, [{text: `    ↳ ${duration.reason}`, style: 'error'}]] : [row]
    })
  ]
}
