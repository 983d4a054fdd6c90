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
  const french = 'Le ministre a signé vendredi 2 octobre un accord à Rabat. Jeudi, il était à Alger. À Tunis, il avait signé mercredi 30 octobre un accord.'
  const english = 'The minister signed an agreement in Rabat on Friday, Oct. 2. On Thursday he was in Algiers. In Tunis he had signed on Wednesday, Oct. 30 an agreement.'

  test('French and English', async () => {
    expect(await reported(french, 'fr')).toEqual([
      expect.stringMatching(/^1:108-1:127: « mercredi 30 octobre » \(30 octobre 2026\) tombe 4 semaines après tous les autres événements du récit \(du 1er au 2 octobre 2026\) : date à vérifier ; année déduite de « vendredi 2 octobre » \(ligne 1\)$/)
    ])
    expect(await reported(english, 'en')).toEqual([
      expect.stringMatching(/^1:119-1:137: "Wednesday, Oct. 30" \(October 30, 2026\) falls 4 weeks after every other event of the story \(October 1–2, 2026\): check the date; year inferred from "Friday, Oct. 2" \(line 1\)$/)
    ])
  })

  test('maxGapDays option', async () => {
    expect(await reported(french, 'fr', {rules: {'date-timeline': ['warn', {maxGapDays: 30}]}})).toEqual([])
    expect(await reported(english, 'en', {rules: {'date-timeline': ['warn', {maxGapDays: 30}]}})).toEqual([])
    expect(dateTimeline.schema.parse(undefined)).toEqual({maxGapDays: 14})
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

describe('order the text states', () => {
  test('a date told with « puis » / "then" that comes earlier', async () => {
    expect(await reported('Lundi 5 octobre 2020, il était à Paris, puis mardi 29 septembre à Lyon.', 'fr')).toEqual([
      '1:46-1:64: « mardi 29 septembre » (29 septembre 2020) est raconté après « Lundi 5 octobre 2020 » (5 octobre 2020) mais le précède de 6 jours'
    ])
    expect(await reported('On Monday, Oct. 5, 2020 he was in Paris, then on Tuesday, Sept. 29 in Lyon.', 'en')).toEqual([
      '1:50-1:67: "Tuesday, Sept. 29" (September 29, 2020) is told after "Monday, Oct. 5, 2020" (October 5, 2020) but comes 6 days before it'
    ])
  })

  test('the same dates in order are not reported', async () => {
    expect(await reported('Mardi 29 septembre 2020, il était à Lyon, puis lundi 5 octobre à Paris.', 'fr')).toEqual([])
    expect(await reported('On Tuesday, Sept. 29, 2020 he was in Lyon, then on Monday, Oct. 5 in Paris.', 'en')).toEqual([])
  })
})

describe('bare weekdays', () => {
  test('past tense: the latest such day on or before the anchor', async () => {
    expect(await dateOf('Vendredi 2 octobre 2020, il était à Rabat. Jeudi, il avait rencontré le président.', 'fr')).toEqual(['Jeudi 2020-10-1'])
    expect(await dateOf('He was in Rabat on Friday, Oct. 2, 2020. On Thursday he had met the president.', 'en')).toEqual(['Thursday 2020-10-1'])
    expect(await dateOf('Vendredi 2 octobre 2020, il était à Rabat. Vendredi, il a signé.', 'fr')).toEqual(['Vendredi 2020-10-2'])
  })

  test('« prochain », "next", the future tense and « puis » look forward', async () => {
    expect(await dateOf('Vendredi 2 octobre 2020, il était à Rabat. Il se rendra jeudi à Alger.', 'fr')).toEqual(['jeudi 2020-10-8'])
    expect(await dateOf('He was in Rabat on Friday, Oct. 2, 2020. He will fly to Algiers on Thursday.', 'en')).toEqual(['Thursday 2020-10-8'])
    expect(await dateOf('Vendredi 2 octobre 2020, il était à Rabat, puis samedi à Tunis.', 'fr')).toEqual(['samedi 2020-10-3'])
    expect(await dateOf('Vendredi 2 octobre 2020, il a annoncé venir vendredi prochain.', 'fr')).toEqual(['vendredi prochain 2020-10-9'])
    expect(await dateOf('On Friday, Oct. 2, 2020 he said he would return last Friday.', 'en')).toEqual(['last Friday 2020-9-25'])
  })

  test('the future seen from a past saying ("would", « assurerait ») looks forward, coordinated weekdays with it', async () => {
    // A story of Monday 30 December 2024: the Wednesday and Thursday after it.
    const table: Array<[string, 'fr' | 'en', string[]]> = [
      ['LONDON, Monday, Dec. 30, 2024 (AP) — The transit agency said it would run a reduced schedule on Wednesday and Thursday.', 'en', ['Wednesday 2025-1-1', 'Thursday 2025-1-2']],
      ['PARIS, lundi 30 décembre 2024 (AFP) - La régie a annoncé qu’elle assurerait un service réduit mercredi et jeudi.', 'fr', ['mercredi 2025-1-1', 'jeudi 2025-1-2']],
      ['PARIS, lundi 30 décembre 2024 (AFP) - Le ministre a dit qu’il ferait une annonce mercredi.', 'fr', ['mercredi 2025-1-1']],
      // Near misses: the saying's own day, "would have", « aurait été », an imperfect in -érait stay in the past.
      ['LONDON, Monday, Dec. 30, 2024 (AP) — The agency said on Friday it would run a reduced schedule.', 'en', ['Friday 2024-12-27']],
      ['LONDON, Monday, Dec. 30, 2024 (AP) — Officials said he would have left on Friday.', 'en', ['Friday 2024-12-27']],
      ['PARIS, lundi 30 décembre 2024 (AFP) - Il aurait été tué vendredi, selon la police.', 'fr', ['vendredi 2024-12-27']],
      ['PARIS, lundi 30 décembre 2024 (AFP) - La police espérait jeudi une reddition.', 'fr', ['jeudi 2024-12-26']]
    ]
    for (const [text, lang, expected] of table) expect(await dateOf(text, lang), text).toEqual(expected)
  })

  test('the publication date is the anchor when the text has no date', async () => {
    const published = new Date(Date.UTC(2020, 9, 2))
    expect(await dateOf('Le ministre est arrivé jeudi à Alger.', 'fr', published)).toEqual(['jeudi 2020-10-1'])
    expect(await dateOf('The minister arrived in Algiers on Thursday.', 'en', published)).toEqual(['Thursday 2020-10-1'])
    expect(await dateOf('The minister arrived in Algiers on Thursday.', 'en')).toEqual([])
  })
})

describe('background and announced dates', () => {
  test('a wrong weekday far from the story is still reported', async () => {
    expect(await reported('Le conseil s’est réuni lundi 1er juillet 2024 et a voté mardi 2 juillet. Le précédent incident remontait au lundi 2 mars.', 'fr')).toEqual([
      expect.stringMatching(/^1:109-1:121: « lundi 2 mars » \(2 mars 2024\) tombe environ 4 mois avant/)
    ])
    expect(await reported('The council met on Monday, Sept. 9, 2024 and voted on Wednesday, Sept. 11. The plan was first announced on Tuesday, July 29.', 'en')).toEqual([
      expect.stringMatching(/^1:108-1:124: "Tuesday, July 29" \(July 29, 2024\) falls 6 weeks before/)
    ])
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
