import {readFileSync} from 'node:fs'
import {describe, expect, test} from 'vitest'
import {lint} from '../../src/index.js'
import {dateTimeline} from '../../src/rules/date-timeline.js'
import {analyseParagraph, analysisOf, messages, TODAY} from '../dates/helpers.js'

const reference = readFileSync(new URL('../../fixtures/esper-rabat.fr.txt', import.meta.url), 'utf8')

async function reported(text: string, lang: 'fr' | 'en', options: Parameters<typeof messages>[3] = {}) {
  return (await messages(text, lang, 'date-timeline', options)).map(String)
}

/** Where the bare weekdays of one paragraph are placed, with today fixed. */
async function dateOf(text: string, lang: 'fr' | 'en', referenceDate?: Date) {
  const analysis = await analyseParagraph(text, lang, new Date(Date.UTC(2026, 10, 29)), referenceDate)
  return analysis.events.filter((event) => event.mention.kind === 'weekday').map((event) => `${event.mention.text} ${event.date.year}-${event.date.month}-${event.date.day}`)
}

describe('date-timeline on the reference document', () => {
  test('« mercredi 30 octobre » lies four weeks after every other event', async () => {
    const file = await lint(reference, {path: 'esper.txt', today: TODAY})
    const found = file.messages.filter((message) => message.ruleId === 'date-timeline')
    const reason =
      '« mercredi 30 octobre » (30 octobre 2020) tombe 4 semaines après tous les autres événements du récit (du 1er au 2 octobre 2020) : date à vérifier ; année déduite de « vendredi 2 octobre » (ligne 1)'
    expect(found.map(String)).toEqual([`esper.txt:18:45-18:64: ${reason}`, `esper.txt:35:45-35:64: ${reason}`])
    expect(found[0]!.fatal).toBe(false)
    expect(String(found[0]!.cause)).toBe('1:31-1:49: Événement le plus proche : « vendredi 2 octobre » (2 octobre 2020)')
  })

  test('« jeudi » (line 16) is Thursday 1 October 2020', async () => {
    const analysis = await analysisOf(reference, 'fr')
    const thursday = analysis.events.filter((event) => event.mention.text === 'jeudi')
    expect(thursday.map((event) => [event.mention.line, event.date, event.anchor?.line])).toEqual([
      [16, {year: 2020, month: 10, day: 1}, 1],
      [33, {year: 2020, month: 10, day: 1}, 1]
    ])
  })
})

describe('outliers', () => {
  // The stories themselves, reported and within maxGapDays: date-timeline-table.test.ts.
  test('maxGapDays option', async () => {
    expect(dateTimeline.schema.parse(undefined)).toEqual({maxGapDays: 14, dateOrder: 'auto', gregorianFrom: '1582-10-15'})
    expect(dateTimeline.schema.safeParse({maxGapDays: 'two'}).success).toBe(false)
  })

  test.each([
    ['fr', 'Le 4 août, le port avait explosé. Vendredi 2 octobre, le ministre est arrivé. Jeudi, il était à Alger.'],
    ['en', 'On Aug. 4 the port exploded. On Friday, Oct. 2 the minister arrived. On Thursday he was in Algiers.'],
    ['fr', 'Samedi 29 février 2020, le parti a voté. Vendredi 2 octobre 2020, le ministre est arrivé. Jeudi 1er octobre 2020, il était à Alger.'],
    ['en', 'Polls closed on Sunday, Aug. 11, 2024. The count ended on Friday, Sept. 20, 2024.'],
    ['fr', 'Lundi 5 octobre 2020, il était à Paris ; mardi 3 novembre 2020, à Washington.'],
    ['fr', 'Le ministre est arrivé à Rabat vendredi 2 octobre.'],
    // Far from the story, but the weekday agrees with the date: background or announced, never an outlier.
    ['fr', 'Le conseil s’est réuni lundi 1er juillet 2024 et a voté mardi 2 juillet. Le précédent incident remontait au samedi 2 mars.'],
    ['fr', 'Le conseil s’est réuni mardi 4 juin 2024 et a voté mercredi 5 juin. Le budget entre en vigueur lundi 1er juillet. Prochaine réunion : jeudi 20 juin.'],
    ['en', 'The council met on Monday, Sept. 9, 2024 and voted on Wednesday, Sept. 11. The plan was first announced on Monday, July 29.'],
    ['en', 'The council met on Tuesday, June 4, 2024 and voted on Wednesday, June 5. The budget takes effect on Monday, July 1. Next meeting: Thursday, June 20.']
  ] as const)('not reported (%s): %s', async (lang, text) => {
    expect(await reported(text, lang)).toEqual([])
  })
})

describe('a bare weekday is read from the story’s present', () => {
  test('not from a date with a written year years away', async () => {
    const english = 'The mayor spoke on Tuesday, Sept. 10, 2024 and on Thursday, Sept. 12. The attacks of Tuesday, Sept. 11, 2001, were commemorated on Wednesday.'
    expect(await dateOf(english, 'en')).toEqual(['Wednesday 2024-9-11'])
    expect(await reported(english, 'en')).toEqual([])
    const french = 'Le maire a parlé mardi 10 septembre 2024 et jeudi 12 septembre. Les attentats du mardi 11 septembre 2001 ont été commémorés mercredi.'
    expect(await dateOf(french, 'fr')).toEqual(['mercredi 2024-9-11'])
    expect(await reported(french, 'fr')).toEqual([])
  })

  test('from the publication date when the text has no date near it', async () => {
    const published = new Date(Date.UTC(2024, 8, 12))
    expect(await dateOf('The attacks of Tuesday, Sept. 11, 2001, were commemorated on Wednesday.', 'en', published)).toEqual(['Wednesday 2024-9-11'])
    expect(await dateOf('Les attentats du mardi 11 septembre 2001 ont été commémorés mercredi.', 'fr', published)).toEqual(['mercredi 2024-9-11'])
    expect(await reported('The attacks of Tuesday, Sept. 11, 2001, were commemorated on Wednesday.', 'en', {referenceDate: published})).toEqual([])
  })
})
