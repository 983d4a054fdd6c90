/**
 * The year a paragraph has told before a date: « En mai 1968, elle occupe
 * l’Odéon. Le lundi 13 mai, … », "In 1975, she joined the company. On
 * Tuesday, June 3, …". Only a number the text gives as a time counts: after
 * a month (« mai 1968 », "May 1968"), a season (« l’été 1975 », "the summer
 * of 1975") or a word that sets a time in a year (« en », « année », "in",
 * "during", "year"). Not « depuis », "since", "until": they tell how long a
 * state lasts up to the present (« le festival existe depuis 2012 … il a
 * ouvert le mardi 3 avril » is still this year's April). So a count (« 1500
 * manifestants », "2,000 people"), a time ("at 1930 GMT") or a title (« le
 * film 1917 », « La Maison du pont » (1986)) is no year; nor is a year said
 * inside quotation marks, which tell someone's words, not the story's time.
 */

import {MONTH_NAMES, SEASONS as SEASON_WORDS, YEAR_INTRODUCERS} from '../lexicon/calendar.js'
import {wordsPattern} from '../lexicon/patterns.js'
import {quotationsOf} from '../text/quotations.js'

/** The month names of both languages, lower-cased, French ones also without their accents (« fevrier », « aout »). */
const MONTHS = [...MONTH_NAMES.fr, ...MONTH_NAMES.en]
  .flatMap((name) => {
    const lower = name.toLowerCase()
    const bare = lower.normalize('NFD').replace(/\p{M}/gu, '')
    return bare === lower ? [lower] : [lower, bare]
  })
  .join('|')
/** The seasons of both languages, lower-cased, French ones also without their accents (« ete »). */
const SEASONS = [...SEASON_WORDS.fr, ...SEASON_WORDS.en]
  .flatMap((name) => {
    const bare = name.normalize('NFD').replace(/\p{M}/gu, '')
    return bare === name ? [name] : [name, bare]
  })
  .join('|')
const INTRODUCERS = wordsPattern(YEAR_INTRODUCERS)

/** What follows a four-digit number that is a time or a quantity, not a year: « 1930 h », "1930 GMT", « 1500 € ». */
export const UNIT_AFTER = /^\s*(?:%|h\b|heures?\b|hours?\b|GMT\b|UTC\b|[€$£])/iu

/**
 * A year introduced as a time. A month or a season may take « de », "of"
 * (« au printemps de 1975 », "in May of 1968"); the year is not followed by
 * a unit, a time zone or a percentage ("in 1500 GMT", « en 1500 h »).
 */
const INTRODUCED_YEAR = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(?:${MONTHS}|${SEASONS})(?:\\s+(?:de|of))?|${INTRODUCERS})\\s+(1[6-9]\\d\\d|20\\d\\d)` +
    `(?![\\p{L}\\p{N}]|[.,]\\d)(?!${UNIT_AFTER.source.slice(1)})`,
  'giu'
)

/**
 * [start, end) of the quotations of a paragraph: « », “ ” and " ", a mark
 * of the same pair inside counting (« a « b » c » is one), an unclosed one
 * running to the paragraph's end.
 */
export function quotationSpans(text: string): Array<[number, number]> {
  return quotationsOf(text, {pairing: 'nesting', marks: '«“"', unclosed: 'to-end'}).map((quotation) => [quotation.start, quotation.end])
}

/**
 * The years of a paragraph introduced as a time, with where each is written,
 * in order: outside the quotations and outside `skipped` (the spans of full
 * dates, whose year is that date's own: see `sentenceYearsOf`).
 */
export function yearsTold(text: string, skipped: ReadonlyArray<[number, number]> = []): Array<{at: number; year: number}> {
  const quotations = quotationSpans(text)
  const inside = (spans: ReadonlyArray<[number, number]>, at: number) => spans.some(([from, to]) => from <= at && at < to)
  const told: Array<{at: number; year: number}> = []
  for (const match of text.matchAll(INTRODUCED_YEAR)) {
    const at = match.index + match[0].length - match[1]!.length
    if (!inside(quotations, at) && !inside(skipped, at)) told.push({at, year: Number(match[1])})
  }
  return told
}

/** The last of `told` (see `yearsTold`) written before `index`. */
export function yearToldBefore(told: ReadonlyArray<{at: number; year: number}>, index: number): number | undefined {
  let low = 0
  let high = told.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (told[middle]!.at + 4 <= index) low = middle + 1
    else high = middle
  }
  return low > 0 ? told[low - 1]!.year : undefined
}
