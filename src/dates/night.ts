import type {Block} from '../text/blocks.js'
import {WEEKDAY_NAMES} from '../lexicon/calendar.js'
import type {Lang} from '../types.js'

/**
 * « dans la nuit de jeudi à vendredi », "overnight Thursday into Friday":
 * a night runs from one day into the next, so the second weekday must
 * follow the first. « la nuit de jeudi à mardi » is a slip.
 */
export interface NightProblem {
  /** File offsets of the two weekdays and what joins them (« jeudi à mardi »). */
  start: number
  end: number
  from: number
  to: number
  /** The words as written between the weekdays (« à », "into"). */
  joiner: string
}

const DAYS: Record<Lang, string> = {
  fr: WEEKDAY_NAMES.fr.join('|'),
  en: WEEKDAY_NAMES.en.join('|')
}

const NIGHT: Record<Lang, RegExp> = {
  fr: new RegExp(`(?<![\\p{L}])nuits?\\s+(?:de|du)\\s+(${DAYS.fr})(\\s+(?:à|au)\\s+)(${DAYS.fr})(?![\\p{L}\\p{N}]|\\s+\\d)`, 'giu'),
  en: new RegExp(`(?<![\\p{L}])(?:overnight\\s+(?:from\\s+)?|night\\s+(?:of|from)\\s+)(${DAYS.en})(\\s+(?:into|to)\\s+)(${DAYS.en})(?![\\p{L}\\p{N}]|\\s+\\d)`, 'giu')
}

const dayOf = (lang: Lang, word: string) => WEEKDAY_NAMES[lang].findIndex((name) => name.toLowerCase() === word.toLowerCase())

export function nightProblems(blocks: readonly Block[], lang: Lang): NightProblem[] {
  const problems: NightProblem[] = []
  for (const block of blocks) {
    const pattern = NIGHT[lang]
    pattern.lastIndex = 0
    for (let match = pattern.exec(block.text); match; match = pattern.exec(block.text)) {
      const from = dayOf(lang, match[1]!)
      const to = dayOf(lang, match[3]!)
      if (from < 0 || to < 0 || to === (from + 1) % 7) continue
      const first = match.index + match[0].length - match[3]!.length - match[2]!.length - match[1]!.length
      const [start, end] = block.rangeOf(first, match.index + match[0].length)
      problems.push({start, end, from, to, joiner: match[2]!})
    }
  }
  return problems
}
