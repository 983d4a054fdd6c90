import {describe, expect, test} from 'vitest'
import {lint} from '../../src/index.js'
import {timelineOf} from '../../src/dates/report.js'
import {analysisOf, dateRules, messages, TODAY} from './helpers.js'

/** Both date rules' findings, `line:column-line:column: reason rule`. */
async function reported(text: string, lang: 'fr' | 'en', referenceDate?: Date) {
  const found = [...(await messages(text, lang, 'date-weekday', {referenceDate})), ...(await messages(text, lang, 'date-timeline', {referenceDate}))]
  return found.map((message) => `${String(message)} ${message.ruleId}`)
}

/** Each dated mention and the date it was read as. */
async function readAs(text: string, lang: 'fr' | 'en', referenceDate?: Date) {
  const analysis = await analysisOf(text, lang, referenceDate)
  return analysis.resolved.map((entry) => `${entry.mention.text} ${entry.date.year}`)
}

describe('the dateline says when the story is told', () => {
  const french = (weekday: string) =>
    `PARIS, 25 novembre 2026 (AFP) - Le parquet a requis mercredi cinq ans de prison contre le propriétaire de l’immeuble où un incendie avait fait dix morts le 5 février 2019.\n\nLe procès, ouvert le ${weekday} 9 novembre, doit s’achever vendredi.`
  const english = (weekday: string) =>
    `LONDON, Nov. 25, 2026 — Eleanor Vance, born on Sunday, March 12, 1939, has died.\n\nHer funeral will be held on ${weekday}, Dec. 11.`

  test('a historical date before does not give its year to the story’s dates (French)', async () => {
    expect(await reported(french('lundi'), 'fr')).toEqual([])
    expect(await readAs(french('lundi'), 'fr')).toEqual(['25 novembre 2026 2026', '5 février 2019 2019', 'lundi 9 novembre 2026'])
    // Near miss: a wrong weekday in the story's present is still reported, in the dateline's year.
    expect(await reported(french('mardi'), 'fr')).toEqual([
      '3:22-3:38: Le 9 novembre 2026 est un lundi, pas un mardi ; année déduite de « 25 novembre 2026 » (ligne 1) date-weekday',
      expect.stringMatching(/^3:22-3:38: « mardi 9 novembre » \(9 novembre 2026\) tombe 16 jours avant .* date-timeline$/)
    ])
  })

  test('a historical date before does not give its year to the story’s dates (English)', async () => {
    expect(await reported(english('Friday'), 'en')).toEqual([])
    expect(await reported(english('Thursday'), 'en')).toEqual([
      '3:29-3:46: December 11, 2026 is a Friday, not a Thursday; year inferred from "Nov. 25, 2026" (line 1) date-weekday'
    ])
  })

  test('a slip of a month after the dateline is still read in its year, not in the year where the weekday would agree', async () => {
    // 30 October 2019 is a Wednesday: trying every year near would silence this error.
    expect(await reported('RABAT, 2 octobre 2020 (AFP) - Le ministre a signé vendredi 2 octobre un accord. À Tunis, il avait signé mercredi 30 octobre un accord.', 'fr')).toEqual([
      '1:105-1:124: Le 30 octobre 2020 est un vendredi, pas un mercredi ; année déduite de « 2 octobre 2020 » (ligne 1) date-weekday',
      expect.stringMatching(/^1:105-1:124: « mercredi 30 octobre » \(30 octobre 2020\) tombe 4 semaines après .* date-timeline$/)
    ])
    expect(await reported('RABAT, Oct. 2, 2020 (AP) — The minister signed an agreement on Friday, Oct. 2. In Tunis he had signed on Wednesday, Oct. 30 an agreement.', 'en')).toEqual([
      '1:106-1:124: October 30, 2020 is a Friday, not a Wednesday; year inferred from "Oct. 2, 2020" (line 1) date-weekday',
      expect.stringMatching(/^1:106-1:124: "Wednesday, Oct. 30" \(October 30, 2020\) falls 4 weeks after .* date-timeline$/)
    ])
  })

  test('a past date of the story lies up to nine months before the dateline, an announced one after it', async () => {
    expect(await readAs('PARIS, 26 novembre 2026 - Le conseil s’est réuni le mardi 3 mars. Il se réunira le mercredi 3 mars.', 'fr')).toEqual([
      '26 novembre 2026 2026',
      'mardi 3 mars 2026',
      'mercredi 3 mars 2027'
    ])
    expect(await readAs('PARIS, Nov. 26, 2026 - The council met on Tuesday, March 3. It will meet again on Wednesday, March 3.', 'en')).toEqual([
      'Nov. 26, 2026 2026',
      'Tuesday, March 3 2026',
      'Wednesday, March 3 2027'
    ])
  })
})

describe('a year written in the same sentence', () => {
  const english = (weekday: string) =>
    `LONDON, Nov. 23, 2026 - The singer died on Sunday. She retired in 2012 after a last concert at the Albert Hall on ${weekday}, April 3.`
  const french = (weekday: string) =>
    `PARIS, 23 novembre 2026 (AFP) - La chanteuse est morte dimanche. Elle s’était retirée de la scène en 2012 après un dernier concert à l’Olympia le ${weekday} 3 avril.`

  test('is the date’s year when the weekday agrees with it', async () => {
    expect(await reported(english('Tuesday'), 'en')).toEqual([])
    expect(await reported(french('mardi'), 'fr')).toEqual([])
    expect(await readAs(english('Tuesday'), 'en')).toEqual(['Nov. 23, 2026 2026', 'Tuesday, April 3 2012'])
  })

  test('near miss: a weekday that agrees with neither year is reported in the dateline’s year', async () => {
    expect(await reported(english('Wednesday'), 'en')).toEqual([
      '1:115-1:133: April 3, 2026 is a Friday, not a Wednesday; year inferred from "Nov. 23, 2026" (line 1) date-weekday',
      expect.stringMatching(/^1:115-1:133: "Wednesday, April 3" \(April 3, 2026\) falls about 8 months before .* date-timeline$/)
    ])
    expect(await messages(french('mercredi'), 'fr', 'date-weekday').then((found) => found.map(String))).toEqual([
      '1:147-1:163: Le 3 avril 2026 est un vendredi, pas un mercredi ; année déduite de « 23 novembre 2026 » (ligne 1)'
    ])
  })
})

describe('a year of another sentence', () => {
  test('is not the date’s: « depuis 2012 » in the sentence before does not excuse a wrong weekday', async () => {
    expect((await messages('PARIS, 23 novembre 2026 (AFP) - Le festival existe depuis 2012. Il a ouvert le mardi 3 avril.', 'fr', 'date-weekday')).map(String)).toEqual([
      '1:80-1:93: Le 3 avril 2026 est un vendredi, pas un mardi ; année déduite de « 23 novembre 2026 » (ligne 1)'
    ])
    expect((await messages('LONDON, Nov. 23, 2026 - The festival has run since 2012. It opened on Tuesday, April 3.', 'en', 'date-weekday')).map(String)).toEqual([
      '1:71-1:87: April 3, 2026 is a Friday, not a Tuesday; year inferred from "Nov. 23, 2026" (line 1)'
    ])
  })
})

describe('the date told just before', () => {
  const english = (weekday: string) =>
    `PARIS, Nov. 26, 2026 (AP) - A veteran of the Resistance has died.\n\nHe was 19 when, on Saturday, Aug. 19, 1944, he joined the uprising. Six days later, on ${weekday}, Aug. 25, the garrison surrendered.\n\nHis funeral will be held on Wednesday, Dec. 2.`
  const french = (weekday: string) =>
    `PARIS, 26 novembre 2026 (AFP) - Un ancien résistant est mort.\n\nIl avait 19 ans quand, le samedi 19 août 1944, il a rejoint l’insurrection. Six jours plus tard, le ${weekday} 25 août, la garnison capitulait.\n\nSes obsèques auront lieu le mercredi 2 décembre.`

  test('gives its year when the weekday agrees with it, the story’s present gives the others', async () => {
    expect(await reported(english('Friday'), 'en')).toEqual([])
    expect(await readAs(english('Friday'), 'en')).toEqual(['Nov. 26, 2026 2026', 'Saturday, Aug. 19, 1944 1944', 'Friday, Aug. 25 1944', 'Wednesday, Dec. 2 2026'])
    expect(await reported(french('vendredi'), 'fr')).toEqual([])
  })

  test('near miss: a weekday that agrees with neither is reported', async () => {
    expect((await messages(english('Thursday'), 'en', 'date-weekday')).map(String)).toEqual([
      '3:88-3:105: August 25, 2026 is a Tuesday, not a Thursday; year inferred from "Nov. 26, 2026" (line 1)'
    ])
    expect((await messages(french('jeudi'), 'fr', 'date-weekday')).map(String)).toEqual([
      '3:101-3:114: Le 25 août 2026 est un mardi, pas un jeudi ; année déduite de « 26 novembre 2026 » (ligne 1)'
    ])
  })
})

describe('the publication date', () => {
  const published = new Date(Date.UTC(2026, 10, 26))

  test('a date told in the past lies before it, even when the same day after it is nearer', async () => {
    expect(await reported('Le conseil s’est réuni le mardi 3 mars, a rappelé le maire. Il avait voté vendredi 15 mai.', 'fr', published)).toEqual([])
    expect(await reported('The council met on Tuesday, March 3, the mayor said.', 'en', published)).toEqual([])
    expect(await reported('Le conseil s’est réuni le mercredi 3 mars, a rappelé le maire.', 'fr', published)).toEqual([
      '1:27-1:42: Le 3 mars 2026 est un mardi, pas un mercredi ; année de la date de publication (2026-11-26) date-weekday'
    ])
    expect(await reported('The council met on Wednesday, March 3, the mayor said.', 'en', published)).toEqual([
      '1:20-1:38: March 3, 2026 is a Tuesday, not a Wednesday; year of the publication date (2026-11-26) date-weekday'
    ])
  })

  test('a date told in the future lies after it, and the message names the year it was read in', async () => {
    expect(await reported('Le conseil se réunira le mercredi 3 mars.', 'fr', published)).toEqual([])
    expect(await reported('Le conseil se réunira le mardi 3 mars.', 'fr', published)).toEqual([
      '1:26-1:38: Le 3 mars 2027 est un mercredi, pas un mardi ; année suivant la date de publication (2026-11-26) : date à venir date-weekday'
    ])
    expect(await reported('The council will meet on Tuesday, March 3.', 'en', published)).toEqual([
      '1:26-1:42: March 3, 2027 is a Wednesday, not a Tuesday; year after the publication date (2026-11-26): a date to come date-weekday'
    ])
  })

  test('is the present even with a dateline: the dateline is then only a date of the text', async () => {
    const text = 'PARIS, 26 novembre 2026 - Le conseil se réunira le mardi 3 mars.'
    expect((await messages(text, 'fr', 'date-weekday')).map(String)).toEqual([
      '1:52-1:64: Le 3 mars 2027 est un mercredi, pas un mardi ; année déduite de « 26 novembre 2026 » (ligne 1)'
    ])
    expect(await reported(text, 'fr', new Date(Date.UTC(2026, 0, 5)))).toEqual([])
  })
})

describe('the timeline says where each year came from', () => {
  test('a year of the sentence, the dateline, the year after the publication date', async () => {
    const yearsOf = async (text: string, lang: 'fr' | 'en', referenceDate?: Date) => {
      const file = await lint(text, {lang, ruleSet: dateRules, referenceDate, today: TODAY})
      return (await timelineOf(file)).entries.filter((entry) => entry.kind === 'date').map((entry) => `${entry.text} ${entry.date}: ${entry.year ?? ''}`)
    }
    expect(await yearsOf('LONDON, Nov. 23, 2026 - She retired in 2012 after a last concert on Tuesday, April 3. Her funeral is on Friday, Dec. 11.', 'en')).toEqual([
      'Tuesday, April 3 2012-04-03: year written in the sentence',
      'Nov. 23, 2026 2026-11-23: ',
      'Friday, Dec. 11 2026-12-11: year inferred from "Nov. 23, 2026" (line 1)'
    ])
    expect(await yearsOf('Le conseil se réunira le mercredi 3 mars. Il s’était réuni le mardi 3 novembre.', 'fr', new Date(Date.UTC(2026, 10, 26)))).toEqual([
      'mardi 3 novembre 2026-11-03: année de la date de publication (2026-11-26)',
      'mercredi 3 mars 2027-03-03: année suivant la date de publication (2026-11-26) : date à venir'
    ])
  })
})
