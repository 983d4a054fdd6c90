import {describe, expect, test} from 'vitest'
import {messages} from '../dates/helpers.js'

// Checked with `date -d`: 2025-12-14 is a Sunday, 2026-12-14 a Monday, 2024-12-14 a Saturday,
// 2027-12-14 a Tuesday, 2026-12-05 a Saturday, 2026-12-06 a Sunday. Published Friday 2026-12-04.
const referenceDate = new Date(Date.UTC(2026, 11, 4))

async function reported(text: string, lang: 'fr' | 'en', rule = 'date-weekday') {
  return (await messages(text, lang, rule, {referenceDate})).map(String)
}

async function both(text: string, lang: 'fr' | 'en') {
  return [...(await reported(text, lang)), ...(await reported(text, lang, 'date-timeline'))]
}

describe('a year told relative to the story’s year dates the day and month it governs', () => {
  test.each([
    ['fr', 'La demi-finale a lieu le samedi 5 décembre. La finale de l’an dernier, le dimanche 14 décembre, a attiré 80 000 spectateurs.'],
    ['fr', 'L’année dernière, la finale s’est jouée le dimanche 14 décembre devant 80 000 spectateurs.'],
    ['fr', 'Il y a un an, le dimanche 14 décembre, la finale attirait 80 000 spectateurs.'],
    ['fr', 'La finale s’est jouée le dimanche 14 décembre de l’an passé.'],
    ['fr', 'Il y a deux ans, la finale s’est jouée le samedi 14 décembre.'],
    ['fr', 'L’an prochain, la finale aura lieu le mardi 14 décembre.'],
    ['fr', 'L’année prochaine, la finale aura lieu le mardi 14 décembre.'],
    ['en', "The semi-final is on Saturday, Dec. 5. Last year's final, on Sunday, Dec. 14, drew 80,000."],
    ['en', 'The final was played on Sunday, Dec. 14 last year.'],
    ['en', 'A year ago, on Sunday, Dec. 14, the final drew 80,000.'],
    ['en', 'Two years ago the final was played on Saturday, Dec. 14.'],
    ['en', 'Next year the final will be played on Tuesday, Dec. 14.']
  ] as const)('%s: %s', async (lang, text) => {
    expect(await both(text, lang)).toEqual([])
  })

  test('words ending a relative clause set into the sentence date nothing after the comma that closes it', async () => {
    // Published Wednesday 3 December 2025: 31 December 2025 is a Wednesday, 31 December 2024 a Tuesday.
    const published = {referenceDate: new Date(Date.UTC(2025, 11, 3))}
    const weekday = async (text: string, lang: 'fr' | 'en') => (await messages(text, lang, 'date-weekday', published)).map(String)
    const table: Array<['fr' | 'en', string, string[]]> = [
      ['en', "The festival, which drew 60,000 visitors last year, will stay open on New Year's Eve, Wednesday, Dec. 31.", []],
      ['fr', 'Le festival, qui a attiré 60 000 visiteurs l’an dernier, restera ouvert le soir du réveillon, mercredi 31 décembre.', []],
      ['en', 'The mayor, whose office moved last year, will speak on Wednesday, Dec. 31.', []],
      ['fr', 'Le maire, dont le bureau a déménagé l’an dernier, prendra la parole le mercredi 31 décembre.', []],
      // Near misses: the words still govern a date of their own clause, and a wrong weekday of the present is reported.
      ['en', 'The festival, which closed on Wednesday, Dec. 31 last year, drew 60,000 visitors.', ['1:31-1:49: December 31, 2024 is a Tuesday, not a Wednesday; year told by "last year" (the story\'s year: 2025)']],
      ['fr', 'Le festival, qui a fermé le mercredi 31 décembre l’an dernier, a attiré 60 000 visiteurs.', ['1:29-1:49: Le 31 décembre 2024 est un mardi, pas un mercredi ; année indiquée par « l’an dernier » (année du récit : 2025)']],
      ['en', "The festival, which drew 60,000 visitors last year, will stay open on Tuesday, Dec. 31.", ['1:71-1:87: December 31, 2025 is a Wednesday, not a Tuesday; year of the publication date (2025-12-03)']],
      ['fr', 'Le festival, qui a attiré 60 000 visiteurs l’an dernier, restera ouvert le mardi 31 décembre.', ['1:76-1:93: Le 31 décembre 2025 est un mercredi, pas un mardi ; année de la date de publication (2025-12-03)']]
    ]
    for (const [lang, text, expected] of table) expect(await weekday(text, lang), text).toEqual(expected)
  })

  test('the term of a comparison (« comme l’an dernier », "as it did last year") dates nothing', async () => {
    // 2026-12-03 is a Thursday, 2025-12-03 a Wednesday.
    expect(await both('Le classement, publié jeudi 3 décembre, place l’université au 16e rang, exactement comme l’an dernier.', 'fr')).toEqual([])
    expect(await both('The ranking, published on Thursday, Dec. 3, places the university 16th, exactly as it did last year.', 'en')).toEqual([])
    expect(await both('Le chiffre, publié jeudi 3 décembre, est plus élevé qu’il y a deux ans.', 'fr')).toEqual([])
    expect(await both('The figure, published on Thursday, Dec. 3, is higher than a year ago.', 'en')).toEqual([])
    // The wrong weekday is still reported, in the story's year.
    expect(await reported('Le classement, publié mercredi 3 décembre, place l’université au 16e rang, exactement comme l’an dernier.', 'fr')).toEqual([
      expect.stringMatching(/^1:\d+-1:\d+: Le 3 décembre 2026 est un jeudi, pas un mercredi ; année de la date de publication \(2026-12-04\)$/)
    ])
    expect(await reported('The ranking, published on Wednesday, Dec. 3, places the university 16th, exactly as it did last year.', 'en')).toEqual([
      expect.stringMatching(/^1:\d+-1:\d+: December 3, 2026 is a Thursday, not a Wednesday; year of the publication date \(2026-12-04\)$/)
    ])
  })

  test('the wrong weekday of such a date is still reported, in the year the words tell', async () => {
    expect(await reported('La demi-finale a lieu le samedi 5 décembre. La finale de l’an dernier, le lundi 14 décembre, a attiré 80 000 spectateurs.', 'fr')).toEqual([
      expect.stringMatching(/^1:\d+-1:\d+: Le 14 décembre 2025 est un dimanche, pas un lundi ; année indiquée par « l’an dernier » \(année du récit : 2026\)$/)
    ])
    expect(await reported("The semi-final is on Saturday, Dec. 5. Last year's final, on Monday, Dec. 14, drew 80,000.", 'en')).toEqual([
      expect.stringMatching(/^1:\d+-1:\d+: December 14, 2025 is a Sunday, not a Monday; year told by "Last year's" \(the story's year: 2026\)$/)
    ])
  })
})

describe('without publication date or dateline, the words count from the document’s year', () => {
  test('the relative date no longer pulls the document into its own year', async () => {
    const french = await messages('La demi-finale a lieu le samedi 5 décembre. La finale de l’an dernier, le dimanche 14 décembre, a attiré 80 000 spectateurs.', 'fr', 'date-weekday')
    expect(french.map(String)).toEqual([])
    const english = await messages("The semi-final is on Saturday, Dec. 5. Last year's final, on Sunday, Dec. 14, drew 80,000.", 'en', 'date-weekday')
    expect(english.map(String)).toEqual([])
  })
})

describe('near misses: relative years that do not govern the date', () => {
  test('in another clause, after a semicolon: the date is this year’s', async () => {
    expect(await reported('Last year’s figures rose; on Sunday, Dec. 6, the board met again.', 'en')).toEqual([])
    expect(await reported('Les chiffres de l’an dernier ont progressé ; le dimanche 6 décembre, le conseil s’est réuni.', 'fr')).toEqual([])
  })

  test('in a relative clause about someone, after the date: its time is that person’s', async () => {
    expect(await reported('On Sunday and Monday, December 6 and 7, the jury heard Tom Bradley, who is due to be sentenced next year.', 'en')).toEqual([])
    expect(await reported('Le dimanche 6 et le lundi 7 décembre, le jury a entendu Tom Bradley, qui sera condamné l’an prochain.', 'fr')).toEqual([])
  })

  test('said of a thing far from the date: « le succès de l’an dernier », "the success of last year"', async () => {
    expect(await reported('Face au succès de l’an dernier, deux séances sont ajoutées le dimanche 6 décembre à 14 h.', 'fr')).toEqual([])
    expect(await reported('Given the success of last year, two more screenings are added on Sunday, Dec. 6 at 2 p.m.', 'en')).toEqual([])
  })

  test('a wrong weekday there is read in the story’s year, not the relative one', async () => {
    expect(await reported('Face au succès de l’an dernier, deux séances sont ajoutées le samedi 6 décembre à 14 h.', 'fr')).toEqual([
      expect.stringMatching(/Le 6 décembre 2026 est un dimanche, pas un samedi/)
    ])
    expect(await reported('Given the success of last year, two more screenings are added on Saturday, Dec. 6 at 2 p.m.', 'en')).toEqual([
      expect.stringMatching(/December 6, 2026 is a Sunday, not a Saturday/)
    ])
  })
})

describe('an outlier whose main group is a single event', () => {
  test('says "the other event", not "every other event"', async () => {
    expect(await reported('La demi-finale a lieu le samedi 5 décembre. La finale, le dimanche 14 septembre, a attiré 80 000 spectateurs.', 'fr', 'date-timeline')).toEqual([
      expect.stringContaining('avant l’autre événement du récit (5 décembre 2026)')
    ])
    expect(await reported('The semi-final is on Saturday, Dec. 5. The final, on Sunday, Sept. 14, drew 80,000.', 'en', 'date-timeline')).toEqual([
      expect.stringContaining('before the other event of the story (December 5, 2026)')
    ])
  })
})
