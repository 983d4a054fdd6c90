import {describe, expect, it} from 'vitest'
import {analysisOf, dateRules, messages, random, TODAY} from './helpers.js'
import {lint} from '../../src/index.js'
import {memo} from '../../src/document/document.js'
import type {DateAnalysis} from '../../src/dates/analysis.js'

const MONTHS = {
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
}
const WEEKDAYS = {
  fr: ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'],
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']
}
const VERBS = {
  fr: {past: 'Le conseil s’est réuni le', future: 'Le conseil se réunira le', present: 'Le salon ouvre le'},
  en: {past: 'The council met on', future: 'The council will meet on', present: 'The fair opens on'}
}


/**
 * A story of a few dated sentences around its dateline's day, some with a
 * wrong weekday or a written year, in the past, the future or a schedule's
 * present. (Without a dateline or a publication date, the year is the one
 * that makes the most weekdays agree, and a correction may change it: that
 * is the year the text is read in, not a stable fact.)
 */
function story(next: () => number, lang: 'fr' | 'en'): string {
  const pick = (count: number) => Math.floor(next() * count)
  const base = Date.UTC(2018 + pick(9), pick(12), 1 + pick(28)) / 86_400_000
  const paragraphs: string[] = []
  {
    const day = new Date(base * 86_400_000)
    const [d, m, y] = [day.getUTCDate(), day.getUTCMonth(), day.getUTCFullYear()]
    paragraphs.push(lang === 'fr' ? `PARIS, ${d} ${MONTHS.fr[m]} ${y} (AFP) - Un récit.` : `LONDON, ${MONTHS.en[m]} ${d}, ${y} (AP) — A story.`)
  }
  const count = 2 + pick(5)
  for (let index = 0; index < count; index++) {
    const day = new Date((base + pick(300) - 240) * 86_400_000)
    const weekday = next() < 0.7 ? day.getUTCDay() : pick(7)
    const year = next() < 0.2 ? ` ${day.getUTCFullYear()}` : ''
    const tense = (['past', 'future', 'present'] as const)[pick(3)]!
    const [d, m] = [day.getUTCDate(), day.getUTCMonth()]
    paragraphs.push(
      lang === 'fr'
        ? `${VERBS.fr[tense]} ${WEEKDAYS.fr[weekday]} ${d} ${MONTHS.fr[m]}${year}.`
        : `${VERBS.en[tense]} ${WEEKDAYS.en[weekday]}, ${MONTHS.en[m]} ${d}${year ? `,${year}` : ''}.`
    )
  }
  return paragraphs.join('\n\n')
}

async function analysed(text: string, lang: 'fr' | 'en'): Promise<DateAnalysis> {
  const file = await lint(text, {lang, ruleSet: dateRules, today: TODAY})
  return (await memo<Promise<DateAnalysis | undefined>>(file, 'dates', async () => undefined))!
}

describe('applying one date correction', () => {
  it('leaves the year of every other date of a dated story unchanged, on 300 generated stories in each language', async () => {
    const next = random(7)
    let checked = 0
    for (let run = 0; run < 300; run++) {
      for (const lang of ['fr', 'en'] as const) {
        const text = story(next, lang)
        const before = await analysed(text, lang)
        for (const problem of before.weekdayProblems) {
          const {mention} = problem.resolved
          // A date written with its year is an anchor the dates after it are read from: correcting its month or day moves it.
          if (mention.stated.year !== undefined) continue
          for (const correction of problem.corrections) {
          const fixed = text.slice(0, mention.start) + correction.text + text.slice(mention.end)
          const after = await analysed(fixed, lang)
          const shift = correction.text.length - (mention.end - mention.start)
          const yearsOf = (analysis: DateAnalysis, moved: number) =>
            analysis.resolved
              .filter((entry) => entry.mention.start !== mention.start)
              .map((entry) => `${entry.mention.start > mention.start ? entry.mention.start - moved : entry.mention.start}:${entry.date.year}`)
          expect(yearsOf(after, shift), `${text}\n→ ${correction.text}`).toEqual(yearsOf(before, 0))
          checked++
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(100)
  })
})
