import {describe, expect, test} from 'vitest'
import {isoOf} from '../../src/dates/calendar.js'
import {analysisOf, messages} from './helpers.js'

const published = new Date(Date.UTC(2026, 11, 4))

/** The date each bare weekday was placed on, `word ISO`. */
async function weekdaysPlaced(text: string, lang: 'fr' | 'en', referenceDate?: Date) {
  const analysis = await analysisOf(text, lang, referenceDate)
  return analysis.events.filter((event) => event.mention.kind === 'weekday').map((event) => `${event.mention.text} ${isoOf(event.date)}`)
}

const obituary = {
  fr: (dateline: string, death = 'lundi') =>
    `PARIS, ${dateline} (AFP) - La comédienne Madeleine Arnoux est morte ${death} 30 novembre à Paris, a annoncé mardi sa famille. Elle avait joué à Lyon le mercredi 30 octobre.\n\nUn hommage lui sera rendu samedi 5 décembre.`,
  en: (dateline: string, death = 'Monday') =>
    `LONDON, ${dateline} (Reuters) - The actress Eleanor Vance died on ${death}, Nov. 30, in London, her family said on Tuesday. She had played in Leeds on Wednesday, Oct. 30.\n\nA memorial will be held on Saturday, Dec. 5.`
}

describe('a bare weekday in the past tense is the latest such day on or before the story’s date', () => {
  test('the dateline’s own day, not a week before the date told before it (French)', async () => {
    // 1 December 2026 is a Tuesday: « a annoncé mardi » is that day, not 24 November.
    expect(await weekdaysPlaced(obituary.fr('1er décembre 2026'), 'fr')).toEqual(['mardi 2026-12-01'])
    expect(await weekdaysPlaced(obituary.fr('1er décembre 2026'), 'fr', published)).toEqual(['mardi 2026-12-01'])
  })

  test('the dateline’s own day, not a week before the date told before it (English)', async () => {
    expect(await weekdaysPlaced(obituary.en('Dec. 1, 2026'), 'en')).toEqual(['Tuesday 2026-12-01'])
    // A wire dateline writes no year: it still dates the story's weekdays.
    expect(await weekdaysPlaced(obituary.en('Dec 1'), 'en')).toEqual(['Tuesday 2026-12-01'])
    expect(await weekdaysPlaced(obituary.en('Dec 1'), 'en', published)).toEqual(['Tuesday 2026-12-01'])
  })

  test('date-timeline gives the story’s span from the dateline’s day, and the true errors are still reported', async () => {
    expect((await messages(obituary.fr('1er décembre 2026'), 'fr', 'date-timeline')).map(String)).toEqual([
      expect.stringContaining('« mercredi 30 octobre » (30 octobre 2026) tombe 31 jours avant tous les autres événements du récit (du 30 novembre au 5 décembre 2026)')
    ])
    expect((await messages(obituary.en('Dec 1'), 'en', 'date-timeline')).map(String)).toEqual([
      expect.stringContaining('"Wednesday, Oct. 30" (October 30, 2026) falls 31 days before every other event of the story (November 30 to December 5, 2026)')
    ])
    expect((await messages(obituary.fr('1er décembre 2026', 'mardi'), 'fr', 'date-weekday')).map(String)).toEqual([
      expect.stringMatching(/^1:\d+-1:\d+: Le 30 novembre 2026 est un lundi, pas un mardi/),
      expect.stringMatching(/^1:\d+-1:\d+: Le 30 octobre 2026 est un vendredi, pas un mercredi/)
    ])
    expect((await messages(obituary.en('Dec 1', 'Tuesday'), 'en', 'date-weekday', {referenceDate: published})).map(String)).toEqual([
      expect.stringMatching(/^1:\d+-1:\d+: November 30, 2026 is a Monday, not a Tuesday/),
      expect.stringMatching(/^1:\d+-1:\d+: October 30, 2026 is a Friday, not a Wednesday/)
    ])
  })

  // Near misses: the words that move a bare weekday off the latest one on or before the story's date.
  test('« dernier », "last": the one strictly before; the future tense: the next one on or after', async () => {
    expect(await weekdaysPlaced('PARIS, 1er décembre 2026 (AFP) - La famille a annoncé mardi dernier sa mort. Les obsèques auront lieu vendredi.', 'fr')).toEqual([
      'mardi dernier 2026-11-24',
      'vendredi 2026-12-04'
    ])
    expect(await weekdaysPlaced('LONDON, Dec 1 (Reuters) - Her family announced her death last Tuesday. The funeral will be held on Friday.', 'en')).toEqual([
      'last Tuesday 2026-11-24',
      'Friday 2026-12-04'
    ])
  })

  test('a weekday told as the next step is read from the date told before it', async () => {
    expect(await weekdaysPlaced('Le maire a été arrêté le lundi 23 novembre, puis mis en examen mercredi.', 'fr', published)).toEqual(['mercredi 2026-11-25'])
    expect(await weekdaysPlaced('The mayor was arrested on Monday, Nov. 23, then charged on Wednesday.', 'en', published)).toEqual(['Wednesday 2026-11-25'])
  })
})
