import {readFileSync} from 'node:fs'
import {describe, expect, test} from 'vitest'
import {lint} from '../../src/index.js'
import {memo} from '../../src/document/document.js'
import type {DateAnalysis} from '../../src/dates/analysis.js'
import {isoOf} from '../../src/dates/calendar.js'
import {analyseParagraph, analysisOf, dateRules, messages, TODAY} from '../dates/helpers.js'

const reference = readFileSync(new URL('../../fixtures/esper-rabat.fr.txt', import.meta.url), 'utf8')

/** The dates of one paragraph reported with a wrong weekday, and the date each was read as, with today fixed to Friday 4 December 2026. */
async function problems(text: string, lang: 'fr' | 'en') {
  const analysis = await analyseParagraph(text, lang, new Date(Date.UTC(2026, 11, 4)))
  return analysis.weekdayProblems.map((problem) => `${problem.resolved.mention.text}: ${isoOf(problem.resolved.date)}`)
}

async function reported(text: string, lang: 'fr' | 'en', options: Parameters<typeof messages>[3] = {}) {
  return (await messages(text, lang, 'date-weekday', options)).map(String)
}

describe('date-weekday on the reference document', () => {
  test('only lines 18 and 35, with « mercredi 30 septembre » first; nothing on line 1', async () => {
    const file = await lint(reference, {path: 'fixtures/esper-rabat.fr.txt', today: TODAY})
    const found = file.messages.filter((message) => message.ruleId === 'date-weekday')
    expect(found.map(String)).toEqual([
      'fixtures/esper-rabat.fr.txt:18:45-18:64: Le 30 octobre 2020 est un vendredi, pas un mercredi ; année déduite de « vendredi 2 octobre » (ligne 1)',
      'fixtures/esper-rabat.fr.txt:35:45-35:64: Le 30 octobre 2020 est un vendredi, pas un mercredi ; année déduite de « vendredi 2 octobre » (ligne 1)'
    ])
    const [first] = found
    expect(first!.expected).toEqual(['mercredi 30 septembre', 'mercredi 28 octobre', 'vendredi 30 octobre'])
    expect(first!.actual).toBe('mercredi 30 octobre')
    expect(first!.source).toBe('factlint')
    expect(first!.fatal).toBe(true)
    expect(first!.url).toBe('https://github.com/factlint/factlint/blob/main/docs/rules/date-weekday.md')
    expect(String(first!.cause)).toMatch(/^1:\d+-1:\d+: Année déduite de cette date$/)
    expect((first as unknown as {data: Record<string, unknown>}).data).toMatchObject({kind: 'mismatch', statedWeekday: 3, actualWeekday: 5, yearSource: 'document'})
  })
})

describe('weekday and date disagree', () => {
  test('English version of the story: month change first', async () => {
    const text = 'Defense Secretary Mark Esper signed an agreement in Rabat on Friday, Oct. 2. On Thursday he was in Algiers. In Tunis he signed on Wednesday, Oct. 30 a ten-year agreement.'
    const found = await messages(text, 'en', 'date-weekday')
    // No year is written: read from today (TODAY, 4 December 2026), 2 October is a Friday in 2026.
    expect(found.map((message) => `${message.line}:${message.column}-${message.place && 'end' in message.place ? message.place.end.column : ''}`)).toEqual(['1:131-149'])
    expect(found[0]!.reason).toMatch(/^October 30, 2026 is a Friday, not a Wednesday; year inferred from "Friday, Oct. 2" \(line 1\)$/)
    expect(found[0]!.expected![0]).toBe('Wednesday, Sept. 30')
  })

  test('a correction notice quotes the wrong date it corrects; the story around it is still checked', async () => {
    // 3 December 2026 is a Thursday.
    const fr = 'Une version précédente de cet article indiquait par erreur que le vote aurait lieu le mardi 3 décembre 2026. Il aura lieu le jeudi 3 décembre 2026.'
    expect(await reported(fr, 'fr')).toEqual([])
    expect(await reported('Contrairement à ce que nous avons écrit, la séance ne s’est pas tenue le mardi 3 décembre 2026.', 'fr')).toEqual([])
    expect(await reported(fr.replace('Il aura lieu le jeudi', 'Il aura lieu le mercredi'), 'fr')).toEqual([
      '1:126-1:150: Le 3 décembre 2026 est un jeudi, pas un mercredi'
    ])
    expect(await reported('Il a été arrêté par erreur le mardi 3 décembre 2026.', 'fr')).toEqual(['1:31-1:52: Le 3 décembre 2026 est un jeudi, pas un mardi'])
    const en = 'An earlier version of this article incorrectly said the vote was on Tuesday, Dec. 3, 2026. It is on Thursday, Dec. 3, 2026.'
    expect(await reported(en, 'en')).toEqual([])
    expect(await reported('This story incorrectly gave the date of the hearing as Tuesday, Dec. 3, 2026.', 'en')).toEqual([])
    expect(await reported(en.replace('It is on Thursday', 'It is on Wednesday'), 'en')).toEqual(['1:101-1:124: December 3, 2026 is a Thursday, not a Wednesday'])
    expect(await reported('He was wrongly convicted on Tuesday, Dec. 3, 2026.', 'en')).toEqual(['1:29-1:50: December 3, 2026 is a Thursday, not a Tuesday'])
  })

  test('a date ending what is under way (« se poursuit jusqu’au », "runs until") lies ahead; in the past tense, behind', async () => {
    // Story of Friday 4 December 2026: 7 March 2027 is a Sunday, 7 March 2026 a Saturday.
    const date = {referenceDate: new Date('2026-12-04')}
    expect(await reported('L’exposition, ouverte samedi 28 novembre, se poursuit jusqu’au dimanche 7 mars.', 'fr', date)).toEqual([])
    expect(await reported('The show opened on Saturday, Nov. 28 and runs until Sunday, March 7.', 'en', date)).toEqual([])
    expect(await reported('The exhibition, which opened in October, runs through Sunday, March 7.', 'en', date)).toEqual([])
    expect(await reported('L’exposition a duré jusqu’au dimanche 7 mars.', 'fr', date)).toEqual([
      '1:30-1:45: Le 7 mars 2026 est un samedi, pas un dimanche ; année de la date de publication (2026-12-04)'
    ])
    expect(await reported('L’exposition a duré jusqu’au samedi 7 mars.', 'fr', date)).toEqual([])
    expect(await reported('The show ran until Sunday, March 7, the gallery said.', 'en', date)).toEqual([
      '1:20-1:35: March 7, 2026 is a Saturday, not a Sunday; year of the publication date (2026-12-04)'
    ])
    expect(await reported('The show runs until Saturday, March 7.', 'en', date)).toEqual([
      '1:21-1:38: March 7, 2027 is a Sunday, not a Saturday; year after the publication date (2026-12-04): a date to come'
    ])
  })

  test('a date without weekday nor year (« depuis le 10 août ») does not break the chain from a written year', async () => {
    const date = {referenceDate: new Date('2026-12-04')}
    const fr = (weekday: string) =>
      `Le samedi 19 août 1944, la police parisienne se met en grève. Les cheminots, en grève depuis le 10 août, tiennent plusieurs gares. Le ${weekday} 24 août au soir, les premiers chars atteignent l’Hôtel de Ville.`
    const en = (weekday: string) =>
      `On Saturday, August 19, 1944, the Paris police went on strike. Railway workers, on strike since August 10, held several stations. On the evening of ${weekday}, August 24, the first tanks reached the Hôtel de Ville.`
    expect(await reported(fr('jeudi'), 'fr', date)).toEqual([])
    expect(await reported(en('Thursday'), 'en', date)).toEqual([])
    expect(await reported(fr('mercredi'), 'fr', date)).toEqual(['1:135-1:151: Le 24 août 2026 est un lundi, pas un mercredi ; année de la date de publication (2026-12-04)'])
    expect(await reported(en('Wednesday'), 'en', date)).toEqual(['1:149-1:169: August 24, 2026 is a Monday, not a Wednesday; year of the publication date (2026-12-04)'])
  })

  test('without a publication date, a year its paragraph told (« En mai 1968 ») dates a weekday that the dates before do not', async () => {
    const fr = (weekday: string) => `Le samedi 19 août 1944, la police se met en grève.\n\nEn mai 1968, les quais sont vides. Après la manifestation du ${weekday} 13 mai, la grève gagne les chemins de fer.`
    const en = (weekday: string) => `On Saturday, August 19, 1944, the police went on strike.\n\nIn May 1968, the platforms were empty. After the march on ${weekday}, May 13, the strike spread to the railways.`
    expect(await reported(fr('lundi'), 'fr')).toEqual([])
    expect(await reported(en('Monday'), 'en')).toEqual([])
    expect(await reported(fr('mardi'), 'fr')).toEqual(['3:62-3:74: Le 13 mai 1944 est un samedi, pas un mardi ; année déduite de « samedi 19 août 1944 » (ligne 1)'])
    expect(await reported(en('Tuesday'), 'en')).toEqual(['3:59-3:74: May 13, 1944 is a Saturday, not a Tuesday; year inferred from "Saturday, August 19, 1944" (line 1)'])
  })

  test('a full date alone on its line dates the story, and a birth date does not pull a later date back into the year before it', async () => {
    const en = (weekday: string) => `Friday 4 December 2026\n\nShe was born on February 17, 1931, in Whitby.\n\nThe funeral will be held on ${weekday} 11 December.`
    const fr = (weekday: string) => `Vendredi 4 décembre 2026\n\nElle est née le 17 février 1931 à Carmaux.\n\nLes obsèques auront lieu le ${weekday} 11 décembre.`
    expect(await reported(en('Friday'), 'en')).toEqual([])
    expect(await reported(fr('vendredi'), 'fr')).toEqual([])
    // 11 December 1930 was a Thursday: the birth date's year before is no reading of the funeral's date.
    expect(await reported(en('Thursday'), 'en')).toEqual(['5:29-5:49: December 11, 2026 is a Friday, not a Thursday; year inferred from "Friday 4 December 2026" (line 1)'])
    expect(await reported(fr('jeudi'), 'fr')).toEqual(['5:29-5:46: Le 11 décembre 2026 est un vendredi, pas un jeudi ; année déduite de « Vendredi 4 décembre 2026 » (ligne 1)'])
  })

  test('a caption’s or a credit’s dated line months away does not give its year to the story’s next dates', async () => {
    // 9, 11 and 15 April 2019 are a Tuesday, a Thursday and a Monday; 15 April 2018 was a Sunday.
    const fr = (caption: string, weekday: string) =>
      `Le gouvernement présentera mardi 9 avril les conclusions du débat. Le Premier ministre s’exprimera le jeudi 11 avril.\n\n${caption}\n\nLes syndicats seront reçus le ${weekday} 15 avril à Matignon.`
    const en = (caption: string, weekday: string) =>
      `The government will present the findings on Tuesday, April 9. The prime minister will speak on Thursday, April 11.\n\n${caption}\n\nUnions will be received on ${weekday}, April 15.`
    const cases: Array<[string, 'fr' | 'en', string[]]> = [
      [fr('Le président à l’Élysée, le 10 décembre 2018. PHOTO AGENCE', 'lundi'), 'fr', []],
      [en('The president at the Elysee Palace, Dec. 10, 2018. AGENCY PHOTO', 'Monday'), 'en', []],
      [fr('Le ministre lors d’un précédent sommet, le 3 septembre 2017. (Crédit : AGENCE)', 'lundi'), 'fr', []],
      [en('The minister at an earlier summit on Sept. 3, 2017. (Credit: AGENCY)', 'Monday'), 'en', []],
      // Near-misses: a wrong weekday of the story is still reported, in the year its other weekdays give.
      [fr('Le président à l’Élysée, le 10 décembre 2018. PHOTO AGENCE', 'mardi'), 'fr', ['5:31-5:45: Le 15 avril 2019 est un lundi, pas un mardi ; année déduite de « mardi 9 avril » (ligne 1)']],
      [en('The president at the Elysee Palace, Dec. 10, 2018. AGENCY PHOTO', 'Tuesday'), 'en', ['5:28-5:45: April 15, 2019 is a Monday, not a Tuesday; year inferred from "Tuesday, April 9" (line 1)']]
    ]
    for (const [text, lang, expected] of cases) expect(await reported(text, lang), text).toEqual(expected)
    expect(await messages(fr('Le président à l’Élysée, le 10 décembre 2018. PHOTO AGENCE', 'lundi'), 'fr', 'date-timeline')).toEqual([])
    expect(await messages(en('The president at the Elysee Palace, Dec. 10, 2018. AGENCY PHOTO', 'Monday'), 'en', 'date-timeline')).toEqual([])
    // A dated line within three months of the next date still hands its year on: « le 10 mars 2019 » then « mardi 15 avril » (a Monday in 2019).
    expect(await problems('Le président à l’Élysée, le 10 mars 2019. Les syndicats seront reçus le mardi 15 avril.', 'fr')).toEqual(['mardi 15 avril: 2019-04-15'])
    expect(await problems('The president at the Elysee Palace, March 10, 2019. Unions will be received on Tuesday, April 15.', 'en')).toEqual(['Tuesday, April 15: 2019-04-15'])
    // So does a date told with its weekday, an event of the story: « jeudi 31 décembre 2020 » then « samedi 1er janvier » (a Friday in 2021).
    expect(await problems('Le jeudi 31 décembre 2020, puis le samedi 1er janvier, il a neigé.', 'fr')).toEqual(['samedi 1er janvier: 2021-01-01'])
    expect(await problems('On Thursday, Dec. 31, 2020, and then on Saturday, Jan. 1, it snowed.', 'en')).toEqual(['Saturday, Jan. 1: 2021-01-01'])
  })

  test('a date whose weekday agrees is no anchor for the next: a past-tense date is not carried past the dateline', async () => {
    // 12 February 2026 and 5 March 2026 are Thursdays; 5 March 2025 was a Wednesday.
    const fr = (weekday: string) => `PARIS, 20 novembre 2025 (AFP) - Le conseil se réunira le ${weekday} 12 février. Le précédent conseil s’était réuni le jeudi 5 mars.`
    const en = (weekday: string) => `LONDON, Nov. 20, 2025 (AP) — The council will meet on ${weekday}, Feb. 12. The previous council met on Thursday, March 5.`
    const table: Array<[string, 'fr' | 'en', string[]]> = [
      [fr('jeudi'), 'fr', ['jeudi 5 mars: 2025-03-05']],
      [en('Thursday'), 'en', ['Thursday, March 5: 2025-03-05']],
      // Before its weekday is corrected, the same: a correction does not move another date's year.
      [fr('mercredi'), 'fr', ['mercredi 12 février: 2026-02-12', 'jeudi 5 mars: 2025-03-05']],
      [en('Wednesday'), 'en', ['Wednesday, Feb. 12: 2026-02-12', 'Thursday, March 5: 2025-03-05']]
    ]
    for (const [text, lang, expected] of table) {
      const analysis = await analyseParagraph(text, lang, new Date(Date.UTC(2026, 11, 4)))
      expect(analysis.weekdayProblems.map((problem) => `${problem.resolved.mention.text}: ${isoOf(problem.resolved.date)}`), text).toEqual(expected)
    }
  })

  test('with no present in the text, a date to come is read from today when the dates before it put it in a past year', async () => {
    // 6 December 2026 is a Sunday, 6 December 1976 a Monday; 5 December 2026 a Saturday.
    expect(await problems('They married on Saturday, Dec. 4, 1976. A film will be screened on Sunday, Dec. 6.', 'en')).toEqual([])
    expect(await problems('Ils se sont mariés le samedi 4 décembre 1976. Un film sera projeté dimanche 6 décembre.', 'fr')).toEqual([])
    expect(await problems('The deal runs until June 30, 2032. The next home match is on Saturday, Dec. 5.', 'en')).toEqual([])
    expect(await problems('Le contrat court jusqu’au 30 juin 2032. Le prochain match à domicile aura lieu samedi 5 décembre.', 'fr')).toEqual([])
    // A weekday that fits neither reading is still reported, in the year the dates before it give.
    expect(await problems('They married on Saturday, Dec. 4, 1976. A film will be screened on Saturday, Dec. 10.', 'en')).toEqual(['Saturday, Dec. 10: 1976-12-10'])
    expect(await problems('Ils se sont mariés le samedi 4 décembre 1976. Un film sera projeté samedi 10 décembre.', 'fr')).toEqual(['samedi 10 décembre: 1976-12-10'])
    // In the past tense, the story's past stands: no reading from today.
    expect(await problems('They married on Saturday, Dec. 4, 1976. A film was screened on Sunday, Dec. 6.', 'en')).toEqual(['Sunday, Dec. 6: 1976-12-06'])
  })

  test('a correction on the wrong side of the story’s present comes last: a past event is not moved into the future', async () => {
    const date = {referenceDate: new Date('2026-12-04')}
    // 26 November 2026 is a Thursday; 26 January 2027 would be a Tuesday, but the break-in happened.
    const en = await messages('The most recent break-in happened on Tuesday, November 26, at a pharmacy.', 'en', 'date-weekday', date)
    expect(en[0]!.expected).toEqual(['Thursday, November 26', 'Tuesday, November 24', 'Tuesday, May 26'])
    const fr = await messages('Le dernier cambriolage a eu lieu le mardi 26 novembre, dans une pharmacie.', 'fr', 'date-weekday', date)
    expect(fr[0]!.expected).toEqual(['jeudi 26 novembre', 'mardi 24 novembre', 'mardi 26 mai'])
    // Announced, it is not moved into the past: 10 December 2026 is a Thursday.
    const coming = await messages('The council will vote on Tuesday, Dec. 10.', 'en', 'date-weekday', date)
    expect(coming[0]!.expected![0]).toBe('Thursday, Dec. 10')
  })

  test('with no present in the text, among years that fit as many dates, an announced date is read after today', async () => {
    // 12 December 2026 is a Saturday and 7 December 2026 a Monday; in 2025, the 12th is a Friday and the 7th a Sunday.
    expect(await problems('Rovers host Castleford on Saturday, Dec. 12. The draw will be held on Sunday, Dec. 7.', 'en')).toEqual(['Sunday, Dec. 7: 2026-12-07'])
    expect(await problems('Les Rovers reçoivent Castleford le samedi 12 décembre. Le tirage aura lieu le dimanche 7 décembre.', 'fr')).toEqual(['dimanche 7 décembre: 2026-12-07'])
    // Told in the past, the same pair is read before today.
    expect(await problems('Rovers hosted Castleford on Saturday, Dec. 12. The draw was held on Sunday, Dec. 7.', 'en')).toEqual(['Saturday, Dec. 12: 2025-12-12'])
  })

  test('a correction keeps a range running forward', async () => {
    // 2 December 2027 is a Thursday: « mardi 7 » would end after « dimanche 5 ».
    const fr = await messages('Le festival se tiendra du mardi 2 au dimanche 5 décembre 2027.', 'fr', 'date-weekday')
    expect(fr.map((message) => message.expected)).toEqual([['jeudi 2']])
    const en = await messages('The festival runs Tuesday 2 to Sunday 5 December 2027.', 'en', 'date-weekday')
    expect(en.map((message) => message.expected)).toEqual([['Thursday 2']])
  })

  test('a weekday abbreviated with a full stop before its date is read, as listings write it', async () => {
    const date = {referenceDate: new Date('2026-12-04')}
    // 11 December 2026 is a Friday.
    expect(await reported('Au programme :\n- ven. 11 déc. : concert\n- sam. 12 déc. : bal', 'fr', date)).toEqual([])
    expect(await reported('Programme:\n- Fri. Dec. 11: concert\n- Sat. Dec. 12: dance', 'en', date)).toEqual([])
    expect(await reported('Au programme :\n- jeu. 11 déc. : projection', 'fr', date)).toEqual(['2:3-2:15: Le 11 décembre 2026 est un vendredi, pas un jeudi ; année de la date de publication (2026-12-04)'])
    expect(await reported('Programme:\n- Thu. Dec. 11: screening', 'en', date)).toEqual(['2:3-2:15: December 11, 2026 is a Friday, not a Thursday; year of the publication date (2026-12-04)'])
    // A listing tells no tense: the correction that keeps the date comes first.
    const found = await messages('Au programme :\n- jeu. 11 déc. : projection', 'fr', 'date-weekday', date)
    expect(found[0]!.expected![0]).toBe('vendredi 11 déc.')
  })

  test('with no present in the text, a date not told in the past is read from today too (a season preview, an anniversary piece)', async () => {
    // 12 December 2026 is a Saturday; 6 and 27 March 2027 are Saturdays; 5 December 2026 a Saturday.
    expect(await problems('The team will play on Saturday, March 6, and on Saturday, March 27. The season opens on Saturday, Dec. 12.', 'en')).toEqual([])
    expect(await problems('L’équipe jouera le samedi 6 mars et le samedi 27 mars. La saison commence le samedi 12 décembre.', 'fr')).toEqual([])
    expect(await problems('Fifty years ago, on Tuesday, Dec. 7, 1976, the river broke through the levee. The exhibition opens on Saturday, Dec. 5.', 'en')).toEqual([])
    expect(await problems('Il y a cinquante ans, le mardi 7 décembre 1976, la rivière a rompu la digue. L’exposition ouvre le samedi 5 décembre.', 'fr')).toEqual([])
    // A listing reads ahead of today: 22 May 2027 is a Saturday, 22 May 2026 a Friday.
    expect(await problems('The season opens on Saturday, Dec. 12, 2026. Fixtures: Sat., May 22: League final.', 'en')).toEqual([])
    expect(await problems('La saison commence le samedi 12 décembre 2026. Calendrier : sam. 22 mai : finale.', 'fr')).toEqual([])
    // A wrong weekday is still reported.
    expect(await problems('The team will play on Saturday, March 6, and on Saturday, March 27. The season opens on Monday, Dec. 12.', 'en')).toHaveLength(1)
    expect(await problems('L’équipe jouera le samedi 6 mars et le samedi 27 mars. La saison commence le lundi 12 décembre.', 'fr')).toHaveLength(1)
  })

  test('leap years', async () => {
    expect(await reported('Le scrutin a eu lieu samedi 29 février 2020.', 'fr')).toEqual([])
    expect(await reported('Le scrutin a eu lieu lundi 29 février 2021.', 'fr')).toEqual([
      '1:22-1:43: Le 29 février 2021 n’existe pas : 2021 n’est pas une année bissextile'
    ])
    expect(await reported('Le contrat est daté du 29 février 2021.', 'fr')).toEqual(['1:24-1:39: Le 29 février 2021 n’existe pas : 2021 n’est pas une année bissextile'])
    expect(await reported('The vote took place on Saturday, Feb. 29, 2020.', 'en')).toEqual([])
    expect(await reported('The vote took place on Monday, February 29, 2021.', 'en')).toEqual([
      '1:24-1:49: February 29, 2021 does not exist: 2021 is not a leap year'
    ])
  })

  test('dates that do not exist, with corrections', async () => {
    const found = await messages('La réunion aura lieu mardi 31 avril 2021.', 'fr', 'date-weekday')
    expect(found.map(String)).toEqual(['1:22-1:41: Le 31 avril n’existe pas : avril n’a que 30 jours'])
    expect(found[0]!.expected).toEqual(['mardi 27 avril 2021', 'mardi 31 août 2021'])
    expect(await reported('The invoice is dated Feb. 30.', 'en')).toEqual(['1:22-1:29: February 30 does not exist: February never has more than 29 days'])
    expect(await reported('La facture est datée du 30 février.', 'fr')).toEqual(['1:25-1:35: Le 30 février n’existe pas : février n’a jamais plus de 29 jours'])
  })

  test('Markdown with a front matter date', async () => {
    const markdown = (day: string) => `---\ndate: 2021-01-05\n---\n\n# Visite\n\nLe ministre est arrivé jeudi 31 décembre et reparti ${day} 4 janvier.\n`
    expect(await reported(markdown('lundi'), 'fr', {path: 'story.md'})).toEqual([])
    expect(await reported(markdown('mardi'), 'fr', {path: 'story.md'})).toEqual([
      'story.md:7:53-7:68: Le 4 janvier 2021 est un lundi, pas un mardi ; année de la date de publication (2021-01-05)'
    ])
    const english = '---\ndate: 2021-01-05\n---\n\nThe minister arrived on Thursday, Dec. 31 and left on Tuesday, Jan. 4.\n'
    expect(await reported(english, 'en', {path: 'story.md'})).toEqual([
      'story.md:5:55-5:70: January 4, 2021 is a Monday, not a Tuesday; year of the publication date (2021-01-05)'
    ])
  })

  test('--date (referenceDate) gives the year', async () => {
    const referenceDate = new Date(Date.UTC(2019, 9, 3))
    expect(await reported('Le ministre a signé vendredi 2 octobre un accord.', 'fr', {referenceDate})).toEqual([
      '1:21-1:39: Le 2 octobre 2019 est un mercredi, pas un vendredi ; année de la date de publication (2019-10-03)'
    ])
    expect(await reported('Le ministre a signé vendredi 2 octobre un accord.', 'fr')).toEqual([])
    expect(await reported('The minister signed on Friday, Oct. 2 an agreement.', 'en', {referenceDate})).toEqual([
      '1:24-1:38: October 2, 2019 is a Wednesday, not a Friday; year of the publication date (2019-10-03)'
    ])
  })

  test('no single year satisfies every pair: only the fewest dates are reported', async () => {
    const french = await messages('Il était à Paris lundi 5 octobre, à Lyon mardi 6 octobre et à Nice vendredi 8 octobre.', 'fr', 'date-weekday')
    expect(found(french)).toEqual(['vendredi 8 octobre'])
    expect(french[0]!.reason).toMatch(/^Le 8 octobre 2026 est un jeudi, pas un vendredi ; année déduite de « lundi 5 octobre » \(ligne 1\)$/)
    expect(french[0]!.expected![0]).toBe('jeudi 8 octobre')
    const english = await messages('He was in Paris on Monday, Oct. 5, in Lyon on Tuesday, Oct. 6 and in Nice on Friday, Oct. 8.', 'en', 'date-weekday')
    expect(found(english)).toEqual(['Friday, Oct. 8'])
    expect(english[0]!.expected![0]).toBe('Thursday, Oct. 8')
  })

  test('US and UK styles keep their shape in corrections', async () => {
    expect(await reported('He signed on Friday, Oct. 2, 2020.', 'en')).toEqual([])
    expect(await reported('He signed on Friday 2 October 2020.', 'en')).toEqual([])
    const us = await messages('He signed on Thursday, Oct. 2, 2020.', 'en', 'date-weekday')
    expect(us.map(String)).toEqual(['1:14-1:36: October 2, 2020 is a Friday, not a Thursday'])
    expect(us[0]!.expected![0]).toBe('Friday, Oct. 2, 2020')
    // An abbreviated month stays abbreviated, as newsrooms write it (AP: "Sept.", but "March" whole; « déc. »).
    const abbreviated = await messages('Parents were told on Tuesday, Dec. 2, 2026.', 'en', 'date-weekday')
    expect(abbreviated[0]!.expected).toEqual(['Wednesday, Dec. 2, 2026', 'Tuesday, Dec. 1, 2026', 'Tuesday, Dec. 8, 2026'])
    const abrégé = await messages('Les parents ont été prévenus mardi 2 déc. 2026.', 'fr', 'date-weekday')
    expect(abrégé[0]!.expected).toEqual(['mercredi 2 déc. 2026', 'mardi 1er déc. 2026', 'mardi 8 déc. 2026'])
    const uk = await messages('He signed on Thursday 2 October 2020.', 'en', 'date-weekday')
    expect(uk[0]!.expected![0]).toBe('Friday 2 October 2020')
    const fr = await messages('Il a signé jeudi 2 octobre 2020.', 'fr', 'date-weekday')
    expect(fr[0]!.expected![0]).toBe('vendredi 2 octobre 2020')
  })

  test('ranges and lists: each end is checked, the month written once', async () => {
    const range = await messages('Le salon se tient du lundi 12 au mercredi 15 juin 2023.', 'fr', 'date-weekday')
    expect(range.map(String)).toEqual(['1:34-1:55: Le 15 juin 2023 est un jeudi, pas un mercredi'])
    const list = await messages('Grève lundi 13 et mercredi 14 juin 2023.', 'fr', 'date-weekday')
    expect(list.map(String)).toEqual(['1:7-1:15: Le 13 juin 2023 est un mardi, pas un lundi'])
    // « lundi 19 » would put the list out of order: it is no correction.
    expect(list[0]!.expected).toEqual(['mardi 13', 'lundi 12'])
    const english = await messages('The fair runs from Monday, June 12 to Wednesday, June 15, 2023.', 'en', 'date-weekday')
    expect(english.map(String)).toEqual(['1:39-1:63: June 15, 2023 is a Thursday, not a Wednesday'])
  })
})

describe('never reported', () => {
  test.each([
    ['fr', 'Le 30 octobre 2020, le ministre était à Tunis.'],
    ['fr', 'Le salon se tient du lundi 12 au jeudi 15 juin 2023.'],
    ['fr', 'Grève lundi 12 et mardi 13 juin 2023.'],
    ['fr', 'Un accident a eu lieu le vendredi 13.'],
    ['fr', 'Un accord de dix ans, une première visite depuis 2006, et dans 10 ans un bilan.'],
    ['fr', 'Il a pris la mer jeudi.'],
    ['en', 'On October 30, 2020, the minister was in Tunis.'],
    ['en', 'The fair runs from Monday, June 12 to Thursday, June 15, 2023.'],
    ['en', 'An accident happened on Friday the 13th.'],
    ['en', 'A ten-year deal, the first visit since 2006, and a review in 10 years.'],
    ['en', 'May 5 was quiet; the march on March 3 was not.']
  ] as const)('%s: %s', async (lang, text) => {
    expect(await reported(text, lang)).toEqual([])
  })
})

function found(list: Awaited<ReturnType<typeof messages>>): string[] {
  return list.map((message) => String(message.actual))
}

describe('regressions', () => {
  test('a score before a date is not read into it (chrono read "7–4" as a time range ending the next day)', async () => {
    expect(await reported('The measure failed 7–4 on Tuesday, June 4, 2024.', 'en')).toEqual([])
    expect(await reported('They won 12-10 on Saturday, Oct. 3, 2020.', 'en')).toEqual([])
    expect(await reported('Le score était de 3-1 mardi 4 juin 2024.', 'fr')).toEqual([])
    expect(await reported('Score final 3–2 vendredi 2 octobre 2020.', 'fr')).toEqual([])
    const english = await analysisOf('The measure failed 7–4 on Tuesday, June 4, 2024.', 'en')
    expect(english.mentions.map((mention) => [mention.text, mention.stated])).toEqual([['Tuesday, June 4, 2024', {weekday: 2, day: 4, month: 6, year: 2024}]])
    const french = await analysisOf('Le score était de 3-1 mardi 4 juin 2024.', 'fr')
    expect(french.mentions.map((mention) => [mention.text, mention.stated])).toEqual([['mardi 4 juin 2024', {weekday: 2, day: 4, month: 6, year: 2024}]])
  })

  test('an anniversary of a date with a written year is not read in that year', async () => {
    expect(await reported('The attacks of Tuesday, Sept. 11, 2001, were commemorated on Wednesday, Sept. 11. The mayor spoke on Thursday, Sept. 12.', 'en')).toEqual([])
    expect(await reported('Les attentats du mardi 11 septembre 2001 ont été commémorés mercredi 11 septembre. Le maire a parlé jeudi 12 septembre.', 'fr')).toEqual([])
    // The next day of a date with a written year still takes its year.
    expect(await reported('The attacks of Tuesday, Sept. 11, 2001, shut the airports; on Thursday, Sept. 12, they were still closed.', 'en')).toEqual([
      '1:63-1:81: September 12, 2001 is a Wednesday, not a Thursday; year inferred from "Tuesday, Sept. 11, 2001" (line 1)'
    ])
  })

  test('"today", « hier »: no date of year 2000 (chrono dated them from its fixed reference)', async () => {
    expect(await reported('The council voted today, Wednesday, June 5, on the budget.', 'en')).toEqual([])
    expect(await reported('Hier, le conseil a voté. Mercredi 5 juin, il se réunit.', 'fr')).toEqual([])
    const years = async (text: string, lang: 'fr' | 'en') => {
      const file = await lint(text, {lang, ruleSet: dateRules, path: 'story.md', today: TODAY})
      const analysis = (await memo<Promise<DateAnalysis | undefined>>(file, 'dates', async () => undefined))!
      return {events: analysis.events.map((event) => `${event.mention.text} ${isoOf(event.date)}`), messages: file.messages.map(String)}
    }
    expect(await years('---\ndate: 2024-06-05\n---\n\nThe council voted today, Wednesday, June 5, on the budget.\n', 'en')).toEqual({
      events: ['Wednesday, June 5 2024-06-05'],
      messages: []
    })
    expect(await years('---\ndate: 2024-06-05\n---\n\nHier, le conseil a voté. Aujourd’hui, mercredi 5 juin, il se réunit.\n', 'fr')).toEqual({
      events: ['mercredi 5 juin 2024-06-05'],
      messages: []
    })
  })
})

describe('a duration next to a date', () => {
  // chrono reads « dans une semaine » from its own reference year, 2000; that year was lent to the date before it.
  test.each([
    ['Le ministre viendra lundi 6 juillet, dans une semaine, à Rabat. Il était là vendredi 3 juillet 2020.', 'fr'],
    ['He will come on Monday, July 6, within a week. He was here on Friday, July 3, 2020.', 'en']
  ] as const)('does not give the date the duration’s year: %s', async (text, lang) => {
    expect(await reported(text, lang)).toEqual([])
    const analysis = await analysisOf(text, lang)
    expect(analysis.resolved.map((entry) => isoOf(entry.date))).toEqual(['2020-07-06', '2020-07-03'])
  })
})
