import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import * as chronoEn from '../../node_modules/chrono-node/dist/esm/locales/en/constants.js'
import * as chronoFr from '../../node_modules/chrono-node/dist/esm/locales/fr/constants.js'
import {CALENDAR_NAMES, CHRONO_NAMES, dateParser} from '../../src/dates/chrono.js'
import {dateChunks} from '../../src/dates/chunks.js'
import {chronoMentions, chunkMentions} from '../../src/dates/extract.js'
import {plainDate, plainDates} from '../../src/dates/plain.js'
import type {Lang} from '../../src/types.js'

const WEEKDAYS: Record<Lang, string[]> = {
  fr: ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'],
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
}
const MONTHS: Record<Lang, string[]> = {
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
}

/** Words around the date: prose, and everything chrono might read together with it. */
const WORDS: Record<Lang, string[]> = {
  fr: [
    'le', 'la', 'ministre', 'a', 'signé', 'l’accord', 'à', 'Paris', 'ce', 'cette', 'dernier', 'prochain', 'du', 'au', 'et', 'ou', 'de', 'puis',
    'jusqu’au', 'dès', 'dans', 'une', 'deux', 'plus', 'tard', 'quelques', 'depuis', 'sera', 'signera', 'prévue', 'vers', 'midi', 'soir', 'matin', 'AC', 'ap.', 'J.-C.', 'CET', 'UTC',
    'EST', 'Mme', 'M.', 'Sept', 'mer', 'Mai', 'premier', '1er', '12', '3', '2024', '14 h 30', '12/03', 'dans', 'jours', 'semaine', 'il', 'y', 'Marseille', 'éjuin', '1ermars', 'marché', 'marsé',
    // Near misses: English names inside French words (« monétaire », « marchés »), a name, abbreviations, scores, numeric dates, casual words.
    'monétaire', 'marchés', 'mayé', 'sundayé', 'lunaire', 'Mai Tran', 'sept.', 'déc.', 'févr.', 'oct.', '3-1', '2-0', '12.03.2024', '2024-03-12', 'hier', 'la veille', 'aujourd’hui', 'demain', 'l’an dernier', 'depuis des mois'
  ],
  en: [
    'the', 'minister', 'signed', 'deal', 'in', 'London', 'on', 'this', 'last', 'past', 'next', 'from', 'to', 'until', 'through', 'and', 'or', 'then',
    'will', 'at', 'noon', 'night', 'am', 'pm', 'a.m.', 'p.m.', 'AD', 'BC', 'BCE', 'CE', 'EST', 'PST', 'UTC', 'Mr.', 'of', 'first', 'second',
    'twenty-first', 'thirtieth', 'within', 'a', 'an', 'two', 'few', 'after', 'before', 'may', 'sat', 'Sun', 'March', 'days', 'later', 'ago', '12', '3', '2024', '10:30', '12/03', 'Boston', 'éMarch', 'firstMarch', 'march5', 'marché', 'Sundayé', 'mayor',
    // Near misses: "march" and "may" as verbs, French names, abbreviations, scores, numeric dates, casual words.
    'they march', 'may be', 'juin', 'mardi', 'monétaire', 'Sept.', 'Oct.', 'the second', '7–4', '3-1', '12.03.2024', '2024-03-12', 'yesterday', 'today', 'tomorrow', 'the day before'
  ]
}

const SEPARATORS = [' ', ' ', ' ', ', ', '. ', ' (', ') ', ' « ', ' » ', ' - ', ' – ', '']

/** Plain prose, more often than the words above, so that the fast path is taken often enough to be compared. */
const PROSE: Record<Lang, string[]> = {
  fr: ['ministre', 'a', 'présenté', 'la', 'réforme', 'devant', 'personnes', 'Bertidou', 'Maad', 'syndicats', 'à', 'Rabat', '807', '57', '2020'],
  en: ['director', 'criticized', 'market', 'in', 'front', 'agreement', 'people', 'Niccon', 'Tiham', 'unions', 'Denver', 'Hamlin', '137', '12', '2020']
}

function phrase(lang: Lang) {
  const word = fc.oneof({arbitrary: fc.constantFrom(...WORDS[lang]), weight: 1}, {arbitrary: fc.constantFrom(...PROSE[lang]), weight: 3})
  return fc.array(fc.tuple(word, fc.constantFrom(...SEPARATORS)), {maxLength: 4}).map((parts) => parts.map(([word, separator]) => word + separator).join(''))
}

const dayText = fc.oneof(fc.integer({min: 1, max: 31}).map(String), fc.integer({min: 0, max: 39}).map((day) => String(day).padStart(2, '0')))
const yearText = fc.constantFrom('', '', '2024', '1999', '3024', '2020', '12')
const casing = fc.constantFrom((word: string) => word, (word: string) => word.toLowerCase(), (word: string) => word.toUpperCase(), (word: string) => word[0]!.toUpperCase() + word.slice(1))

/** The written-out date, mostly in the plain shape, sometimes a little off it. */
function date(lang: Lang) {
  return fc
    .record({weekday: fc.constantFrom(...WEEKDAYS[lang]), month: fc.constantFrom(...MONTHS[lang]), day: dayText, year: yearText, caseOf: casing, comma: fc.constantFrom(', ', ', ', ', ', ' ', ',  '), ordinal: fc.constantFrom('', '', '', 'er', 'e')})
    .map(({weekday, month, day, year, caseOf, comma, ordinal}) =>
      lang === 'fr'
        ? `${caseOf(weekday)} ${day}${ordinal} ${caseOf(month)}${year ? ' ' + year : ''}`
        : `${caseOf(weekday)}${comma}${caseOf(month)} ${day}${year ? ', ' + year : ''}`
    )
}

/** A duration (« dans une semaine », "two weeks later"), which chrono reads as a date of its own. */
const DURATION: Record<Lang, string[][]> = {
  fr: [['', 'dans ', 'il y a ', 'd’ici ', 'en ', 'après '], ['une ', 'un ', 'deux ', 'quelques ', '3 ', ''], ['semaine', 'jours', 'mois', 'ans', 'an', 'h'], ['', ' plus tard', ' après', ' avant', ' prochain', ' dernier']],
  en: [['', 'within ', 'in ', 'for ', 'next ', 'last ', 'after '], ['a ', 'an ', 'two ', 'few ', 'the ', 'a couple of ', 'half an ', '3 ', ''], ['week', 'weeks', 'days', 'month', 'year', 'h', 'd'], ['', ' later', ' ago', ' after', ' before', ' from now']]
}

const JOINERS: Record<Lang, string[]> = {fr: [' ', ', ', ' et ', ' ou ', ' au ', ' à ', ' - ', ' jusqu’au '], en: [' ', ', ', ' and ', ' or ', ' to ', ' - ', ' through ', ' until ', ' & ']}

/** Nothing, or a joiner and a duration, right before or after the date. */
function neighbour(lang: Lang) {
  const duration = fc.tuple(...DURATION[lang].map((parts) => fc.constantFrom(...parts))).map((parts) => parts.join(''))
  return fc.oneof({arbitrary: fc.constant(undefined), weight: 3}, {arbitrary: fc.tuple(fc.constantFrom(...JOINERS[lang]), duration), weight: 1})
}

/** A sentence of prose around a date of the plain shape, which the fast path should read. */
function plainSentence(lang: Lang) {
  const prose = fc.array(fc.tuple(fc.constantFrom(...PROSE[lang]), fc.constantFrom(' ', ', ', ' « ', ' » ')), {maxLength: 4}).map((parts) => parts.map(([word, separator]) => word + separator).join(''))
  return fc.tuple(prose, fc.constantFrom('', ' '), writtenDate(lang), fc.constantFrom('', '.', ', ', ' '), prose).map((parts) => parts.join(''))
}

/** A date of the plain shape. */
function writtenDate(lang: Lang) {
  return fc
    .record({weekday: fc.constantFrom(...WEEKDAYS[lang]), month: fc.constantFrom(...MONTHS[lang]), day: fc.integer({min: 1, max: 31}), year: fc.constantFrom('', '2024', '1999'), caseOf: casing})
    .map(({weekday, month, day, year, caseOf}) =>
      lang === 'fr' ? `${caseOf(weekday)} ${day} ${caseOf(month)}${year ? ' ' + year : ''}` : `${caseOf(weekday)}, ${caseOf(month)} ${day}${year ? ', ' + year : ''}`
    )
}

function sentence(lang: Lang) {
  return fc
    .tuple(phrase(lang), neighbour(lang), fc.constantFrom('', ' ', ', ', '(', 'x'), date(lang), fc.constantFrom('', '.', ',', ' ', ', ', ')', '_'), neighbour(lang), phrase(lang))
    .map(([head, before, lead, written, trail, after, tail]) =>
      [head, before ? before[1] + before[0] : '', lead, written, trail, after ? after[0] + after[1] : '', tail].join('')
    )
}

describe('plain written-out dates read without chrono (plainDate)', () => {
  for (const lang of ['fr', 'en'] as const) {
    it(`gives exactly chrono's mentions on generated ${lang === 'fr' ? 'French' : 'English'} sentences`, async () => {
      const parser = await dateParser(lang)
      let plain = 0
      let runs = 0
      fc.assert(
        fc.property(fc.oneof(sentence(lang), plainSentence(lang)), (text) => {
          runs++
          if (plainDate(text, lang)) plain++
          expect(chunkMentions(text, lang, parser)).toEqual(chronoMentions(text, lang, parser))
        }),
        {numRuns: Number(process.env.PLAIN_DATE_RUNS ?? 3000)}
      )
      // The comparison means something only if the fast path was taken often enough.
      expect(plain).toBeGreaterThan(runs / 4)
    }, 60_000)
  }

  it('reads the dates of a news story', () => {
    expect(plainDate('Jeudi 25 juin, Bertidou Maand a défendu le budget à Paris, devant 47 personnes.', 'fr')?.text).toBe('Jeudi 25 juin')
    expect(plainDate('La réunion, prévue jeudi 1er septembre, doit réunir les représentants.', 'fr')?.text).toBe('jeudi 1er septembre')
    expect(plainDate('Wednesday, April 22, Niccon Tiham criticized the agreement in Denver, in front of 137 people.', 'en')?.text).toBe('Wednesday, April 22')
    expect(plainDate('Dimanche 14 juin, Bertidou Maad a présenté la sécurité à Marseille.', 'fr')).toEqual({index: 0, text: 'Dimanche 14 juin', stated: {weekday: 0, day: 14, month: 6}})
    expect(plainDate(' Unions called for protests Tuesday, August 10, 2021, in London.', 'en')).toEqual({
      index: 28,
      text: 'Tuesday, August 10, 2021',
      stated: {weekday: 2, day: 10, month: 8, year: 2021}
    })
  })

  it('gives chrono’s mentions when a duration follows the date', async () => {
    // chrono lends the year of the duration's date (its reference, 2000) to the date before it.
    const cases = {
      fr: ['lundi 6 juillet, dans une semaine', 'lundi 6 juillet et dans deux semaines', 'lundi 6 juillet, deux ans plus tard'],
      en: ['Monday, June 3, within a week.', 'Monday, June 3, two weeks later', 'Monday, June 3 and in a week', 'a week after Monday, June 3']
    }
    for (const lang of ['fr', 'en'] as const) {
      const parser = await dateParser(lang)
      for (const text of cases[lang]) expect(chunkMentions(text, lang, parser), text).toEqual(chronoMentions(text, lang, parser))
    }
  })

  it('leaves to chrono what it may read together with the date', () => {
    for (const text of ['dimanche 14 juin puis le 1ermars', 'dimanche 14 juin, 57 personnes', 'ce dimanche 14 juin', 'dimanche 14 juin dernier', 'dimanche 14 juin à 14 h', 'lundi 13 et mardi 14 juin', 'dimanche 14 juin 2024 AC']) {
      expect(plainDate(text, 'fr'), text).toBeUndefined()
    }
    for (const text of ['Monday, January 1.twenty-firstMarch', 'Sunday, June 14, then éMarch 5', 'Sunday, June 14, 12 people', 'last Sunday, June 14', 'Sunday, June 14 EST', 'Sunday, June 14 to twenty-first', 'Sunday, June 14, 2024 BC', 'Sunday, June 14 at 3 pm']) {
      expect(plainDate(text, 'en'), text).toBeUndefined()
    }
  })
})

/** Stops between the sentences of a run: the cuts `plainDates` reads each side of, and near misses of a cut. */
const STOPS = ['. ', '. ', '. ', '. ', '! ', '? ', '; ', '.  ', '. (', '. « ', '.\n', ', ', ' ', '. 2024 ', '.']

/** A sentence that names no day, ending with a word chrono might read with what follows (« ce », "on", « sept »). */
const UNDATED: Record<Lang, string[]> = {
  fr: ['Le ministre est arrivé à Rabat', 'Il a parlé de ce', 'Les élus ont voté le', 'La séance a duré jusqu’au', 'Le vote a eu lieu le 30 sept', 'Le PSG a gagné 3-1', 'Il y a deux semaines', 'La veille', 'Le marché monétaire a reculé'],
  en: ['The minister arrived in Rabat', 'He spoke on', 'The vote took place on the', 'It lasted until', 'The vote was on Oct', 'They won 7–4', 'Two weeks later', 'The day before', 'Open Sun', 'They march']
}

/** A sentence of a story with a plain date and no number: most of a run's sentences must be plain for the runs to be read without chrono often. */
function newsSentence(lang: Lang) {
  const words = fc.array(fc.constantFrom(...PROSE[lang].filter((word) => !/\d/.test(word))), {maxLength: 5})
  return fc
    .tuple(words, writtenDate(lang), words)
    .map(([head, date, tail]) => [...head, date].join(' ') + (tail.length > 0 ? ', ' + tail.join(' ') : ''))
}

/** A run of sentences as `dateChunks` hands them over: plain dates mostly, near misses, sentences with no day. */
function run(lang: Lang) {
  const one = fc.oneof(
    {arbitrary: newsSentence(lang), weight: 12},
    {arbitrary: plainSentence(lang), weight: 2},
    {arbitrary: sentence(lang), weight: 1},
    {arbitrary: fc.constantFrom(...UNDATED[lang]), weight: 1}
  )
  return fc
    .array(fc.tuple(one, fc.constantFrom(...STOPS)), {minLength: 2, maxLength: 4})
    .chain((parts) => fc.constantFrom('', '.', '. ').map((end) => parts.map(([text, stop], index) => text + (index < parts.length - 1 ? stop : end)).join('')))
}

describe('runs of plain dates read without chrono (plainDates)', () => {
  for (const lang of ['fr', 'en'] as const) {
    it(`gives exactly chrono's mentions on generated ${lang === 'fr' ? 'French' : 'English'} runs of sentences`, async () => {
      const parser = await dateParser(lang)
      let runs = 0
      let several = 0
      fc.assert(
        fc.property(run(lang), (text) => {
          runs++
          if ((plainDates(text, lang)?.length ?? 0) >= 2) several++
          expect(chunkMentions(text, lang, parser), text).toEqual(chronoMentions(text, lang, parser))
          // The chunks dateChunks makes of it too: they are what the extraction reads.
          for (const [from, to] of dateChunks(text)) {
            const chunk = text.slice(from, to)
            expect(chunkMentions(chunk, lang, parser), chunk).toEqual(chronoMentions(chunk, lang, parser))
          }
        }),
        {numRuns: Number(process.env.PLAIN_DATE_RUNS ?? 3000)}
      )
      // The comparison means something only if runs of several plain dates were read often enough.
      expect(several).toBeGreaterThan(runs / 10)
    }, 120_000)
  }

  it('reads each sentence of a run, with its offset in the run', () => {
    const text = 'Selon l’Insee, le projet devrait entrer en vigueur vendredi 11 octobre. Jeudi 14 octobre, le député a critiqué le projet.'
    expect(plainDates(text, 'fr')).toEqual([
      {index: 51, text: 'vendredi 11 octobre', stated: {weekday: 5, day: 11, month: 10}},
      {index: 72, text: 'Jeudi 14 octobre', stated: {weekday: 4, day: 14, month: 10}}
    ])
    expect(plainDates('The meeting is set for Monday, June 3. Unions called for protests Wednesday, June 5, in Boston.', 'en')?.map((date) => date.text)).toEqual(['Monday, June 3', 'Wednesday, June 5'])
  })

  it('leaves the whole run to chrono when one sentence is not plain', () => {
    expect(plainDates('Vote mardi 12 mars. Puis lundi 13 et mardi 14 juin.', 'fr')).toBeUndefined()
    expect(plainDates('Vote mardi 12 mars. Rien ce jour-là.', 'fr')).toBeUndefined()
    // « sept. » may go on after its full stop: no cut there, so the run is one sentence with two dates.
    expect(plainDates('Vote mardi 12 sept. Jeudi 14 septembre, rien.', 'fr')).toBeUndefined()
    expect(plainDates('Vote on Tuesday, March 12. Then on Monday 13 and Tuesday 14 June.', 'en')).toBeUndefined()
  })
})

describe('the names chrono reads', () => {
  const keys = (dictionary: Record<string, unknown>) => Object.keys(dictionary).map((key) => key.replace(/\.$/, ''))

  it('are those of its dictionaries, per language, and all in CALENDAR_NAMES', () => {
    const names = (lang: Lang) => new Set(CHRONO_NAMES[lang].split('|'))
    for (const [lang, constants] of [['fr', chronoFr], ['en', chronoEn]] as const) {
      for (const key of [...keys(constants.WEEKDAY_DICTIONARY), ...keys(constants.MONTH_DICTIONARY)]) expect(names(lang), `${lang} ${key}`).toContain(key)
    }
    const all = new Set(CALENDAR_NAMES.split('|'))
    for (const name of [...names('fr'), ...names('en')]) expect(all, name).toContain(name)
  })

  it('reads in French text only French names (« monétaire » and « marché » hold no English month or weekday)', () => {
    expect(plainDate('Selon le Fonds monétaire international, le texte entre en vigueur mardi 24 septembre.', 'fr')?.text).toBe('mardi 24 septembre')
    expect(plainDate('Jeudi 9 mai, Mme Tratra a lancé le marché régional à Paris.', 'fr')?.text).toBe('Jeudi 9 mai')
    // An English month is still one in English text, and a French one in French text.
    expect(plainDate('Monday, June 3, the monétaire fund met.', 'en')).toBeUndefined()
    expect(plainDate('Jeudi 9 mai, au marché éjuin.', 'fr')).toBeUndefined()
  })
})
