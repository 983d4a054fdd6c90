import {lint} from '../../src/index.js'
import {memo} from '../../src/document/document.js'
import {analyseDates, type DateAnalysis} from '../../src/dates/analysis.js'
import type {Block} from '../../src/text/blocks.js'
import {dateTimeline} from '../../src/rules/date-timeline.js'
import {dateWeekday} from '../../src/rules/date-weekday.js'
import type {Lang} from '../../src/types.js'

export const dateRules = [dateWeekday, dateTimeline]

/**
 * The day the date tests lint on, Friday 4 December 2026, unless a test says
 * otherwise: a text with no publication date reads what is to come from it,
 * so a test on the clock would pass or fail with the day it runs.
 */
export const TODAY = new Date(Date.UTC(2026, 11, 4))

/** Lints with the date rules only and returns `file.messages.map(String)` of one rule. */
export async function messages(text: string, lang: Lang, rule: string, options: {referenceDate?: Date; today?: Date; path?: string; rules?: Record<string, any>} = {}) {
  const file = await lint(text, {lang, ruleSet: dateRules, today: TODAY, ...options})
  return file.messages.filter((message) => message.ruleId === rule)
}

export async function analysisOf(text: string, lang: Lang, referenceDate?: Date): Promise<DateAnalysis> {
  const file = await lint(text, {lang, ruleSet: dateRules, referenceDate, today: TODAY})
  return (await memo<Promise<DateAnalysis | undefined>>(file, 'dates', async () => undefined))!
}

/** The analysis of one paragraph of plain text, with `today` fixed. */
export function analyseParagraph(text: string, lang: Lang, today: Date, referenceDate?: Date): Promise<DateAnalysis> {
  const block = {
    text,
    sentences: new Int32Array(1),
    tokens: new Int32Array(0),
    start: 0,
    end: text.length,
    offsetAt: (index: number) => index,
    rangeOf: (from: number, to: number) => [from, to] as [number, number]
  } satisfies Block
  return analyseDates({blocks: [block], text, lang, today, referenceDate, lineOf: () => 1})
}

/** What the text states, and how, for each mention. */
export async function mentionsOf(text: string, lang: Lang) {
  const analysis = await analysisOf(text, lang)
  return analysis.mentions.map((mention) => ({kind: mention.kind, text: mention.text, stated: mention.stated}))
}

/** Mulberry32, seeded: the same generated cases every run. */
export function random(seed: number) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let value = Math.imul(state ^ (state >>> 15), state | 1)
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61)
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296
  }
}
