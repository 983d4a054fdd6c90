import fc from 'fast-check'
import {francAll} from 'franc-min'
import {afterEach, describe, expect, it, vi} from 'vitest'
import {calendarCounts, countWords, detectLanguage as detectWithFlag, NARRATION, narrationCounts} from '../../src/lang/detect.js'
import {MONTH_NAMES, WEEKDAY_NAMES} from '../../src/lexicon/calendar.js'
import {forEachQuotation} from '../../src/text/quotations.js'

/** The language and foreign code detection gives; whether a short text was undecided is tested in short-texts.test.ts. */
function detectLanguage(text: string, fallback?: 'fr' | 'en'): {lang: string; other?: string} {
  const {undecided: _undecided, ...detection} = detectWithFlag(text, fallback)
  return detection
}

vi.mock('franc-min', async (importOriginal) => {
  const original = await importOriginal<typeof import('franc-min')>()
  return {...original, francAll: vi.fn(original.francAll)}
})

/** The real model, for the reference: calls to the mock count detectLanguage's own. */
const {francAll: realFrancAll} = await vi.importActual<typeof import('franc-min')>('franc-min')

afterEach(() => {
  vi.mocked(francAll).mockClear()
})

/** The text outside quotations, each quotation replaced by a space: what narrationCounts counts, as a string. */
function narrationOf(text: string): string {
  let kept = ''
  let from = 0
  forEachQuotation(
    text,
    (open, close) => {
      kept += `${text.slice(from, open)} `
      from = close + 1
    },
    NARRATION
  )
  return from === 0 ? text : kept + text.slice(from)
}

/** detectLanguage as it was before franc became lazy: the trigram model is run on every text. */
function reference(text: string, fallback: 'fr' | 'en' = 'en'): {lang: string; other?: string} {
  const FRENCH = new Set('le les des du une et est sont dans pour pas qui sur avec au aux cette elle ils nous vous été plus mais où leur leurs aussi très'.split(' '))
  const ENGLISH = new Set('the and of to is are that for with was were it this be by at from have has had not but which who they she their will would'.split(' '))
  const sample = text.slice(0, 20_000)
  const count = (part: string) => {
    let french = 0
    let english = 0
    let words = 0
    for (const match of part.matchAll(/[\p{L}’']+/gu)) {
      const word = match[0].toLowerCase()
      words++
      if (FRENCH.has(word)) french++
      if (ENGLISH.has(word)) english++
    }
    return {french, english, words}
  }
  // The narration decides when it tells (narrationCounts, tested on its own below).
  const own = count(narrationOf(sample))
  const {french, english, words} = own.french !== own.english && Math.max(own.french, own.english) >= Math.max(2, own.words * 0.1) ? own : count(sample)
  if (words === 0) return {lang: fallback}
  const ours = french > english ? 'fr' : english > french ? 'en' : undefined
  const telling = Math.max(french, english) >= Math.max(2, words * 0.1)
  const ranked = realFrancAll(sample, {minLength: 30})
  const [best] = ranked
  if (sample.length >= 200 && best && best[0] !== 'fra' && best[0] !== 'eng' && best[0] !== 'und') {
    const ourScore = Math.max(...ranked.filter(([code]) => code === 'fra' || code === 'eng').map(([, score]) => score), 0)
    if (ourScore < 0.9 && Math.max(french, english) < words * 0.15) return {lang: 'und', other: best[0]}
  }
  if (telling && ours) return {lang: ours}
  if (sample.length < 200) {
    // Date words, counted apart from the function words: weekdays anywhere, months next to a number.
    const found = [...sample.matchAll(/\p{L}+|\p{Nd}+/gu)]
    const tokens = found.map((match) => match[0])
    // Each token's text from the previous token's start: a name ends in a weekday after "Black ".
    const before = found.map((match, index) => (index === 0 ? '' : sample.slice(found[index - 1]!.index, match.index)))
    const numeric = (token?: string) => token !== undefined && /^\p{Nd}+$/u.test(token)
    const score = {fr: french, en: english}
    let dated = false
    tokens.forEach((token, index) => {
      for (const lang of ['fr', 'en'] as const) {
        const lower = token.toLowerCase()
        const weekday = WEEKDAY_NAMES[lang].some((name) => name.toLowerCase() === lower) && !/^\p{Lu}\p{L}* $/u.test(before[index]!)
        const month = MONTH_NAMES[lang].some((name) => name.toLowerCase() === lower) && (numeric(tokens[index - 1]) || numeric(tokens[index + 1]))
        if (weekday || month) {
          score[lang]++
          dated = true
        }
      }
    })
    if (dated && score.fr !== score.en) return {lang: score.fr > score.en ? 'fr' : 'en'}
  }
  if (!best || best[0] === 'und') return {lang: ours ?? fallback}
  if (best[0] === 'fra') return {lang: 'fr'}
  if (best[0] === 'eng') return {lang: 'en'}
  if (french + english > words * 0.04) return {lang: ours ?? fallback}
  const scoreOf = (code: string) => ranked.find(([other]) => other === code)?.[1] ?? 0
  if (Math.max(scoreOf('fra'), scoreOf('eng')) >= 0.9) {
    if (Math.abs(scoreOf('fra') - scoreOf('eng')) < 0.05) return {lang: ours ?? fallback}
    return {lang: scoreOf('fra') > scoreOf('eng') ? 'fr' : 'en'}
  }
  return {lang: 'und', other: best[0]}
}

const FRENCH_PROSE =
  'Le ministre de la Défense a signé vendredi un accord de coopération avec le Maroc. Selon le Pentagone, cette visite est la première depuis des années, et les deux pays vont renforcer leur coopération dans la région du Sahel.'
const ENGLISH_PROSE =
  'The defense secretary signed a cooperation agreement with Morocco on Friday. According to the Pentagon, it was the first such visit in years, and the two countries will strengthen their work in the Sahel region.'
const SPANISH_PROSE =
  'El secretario de Defensa de Estados Unidos firmó el viernes un acuerdo de cooperación militar con Marruecos, al término de una gira por el norte de África. Según el Pentágono, el acuerdo permitirá reforzar la seguridad en la región.'
const GERMAN_PROSE =
  'Der Verteidigungsminister hat am Freitag ein Abkommen mit dem Königreich unterzeichnet, um den Terrorismus zu bekämpfen. Nach Angaben des Pentagons ist es der erste Besuch seit Jahren in der Region.'

describe('detectLanguage', () => {
  it('decides French and English prose from function words alone, without the trigram model', () => {
    expect(detectLanguage(FRENCH_PROSE)).toEqual({lang: 'fr'})
    expect(detectLanguage(ENGLISH_PROSE, 'fr')).toEqual({lang: 'en'})
    expect(francAll).not.toHaveBeenCalled()
  })

  it('decides a short quotation with telling function words without the trigram model', () => {
    expect(detectLanguage('Nous sommes prêts et nous le resterons', 'en')).toEqual({lang: 'fr'})
    expect(detectLanguage('We are ready and we will stay ready for this', 'fr')).toEqual({lang: 'en'})
    expect(francAll).not.toHaveBeenCalled()
  })

  it('runs the trigram model when the function words do not decide', () => {
    // « Personne ne sera laissé de côté » has none of the function words.
    expect(detectLanguage('Personne ne sera laissé de côté', 'en')).toEqual(reference('Personne ne sera laissé de côté', 'en'))
    expect(detectLanguage(SPANISH_PROSE)).toEqual({lang: 'und', other: 'spa'})
    expect(detectLanguage(GERMAN_PROSE)).toEqual({lang: 'und', other: 'deu'})
    expect(francAll).toHaveBeenCalledTimes(3)
  })

  it('lets the trigram model overrule telling function words only in a long text where they are under 15 %', () => {
    // 5 French function words in 44 words (11 %): telling, but franc's Spanish wins.
    const spanishWithFrench = `${SPANISH_PROSE} et les des pour dans`
    expect(detectLanguage(spanishWithFrench, 'en')).toEqual({lang: 'und', other: 'spa'})
    expect(reference(spanishWithFrench, 'en')).toEqual({lang: 'und', other: 'spa'})
    expect(francAll).toHaveBeenCalledTimes(1)
    // 8 in 47 (17 %): French, whatever franc says, and franc is not asked.
    expect(detectLanguage(`${spanishWithFrench} et les sur`, 'en')).toEqual({lang: 'fr'})
    expect(reference(`${spanishWithFrench} et les sur`, 'en')).toEqual({lang: 'fr'})
    // Under 200 characters franc is never trusted over telling words.
    const short = 'Según el Pentágono, el acuerdo et les des pour dans permitirá reforzar la seguridad en la región'
    expect(detectLanguage(short, 'en')).toEqual({lang: 'fr'})
    expect(reference(short, 'en')).toEqual({lang: 'fr'})
    expect(francAll).toHaveBeenCalledTimes(1)
  })

  it('calls a sentence or two foreign only when French and English trail the best language clearly', () => {
    // No function word of ours, and franc ranks Dutch first (1) with English just behind (0.99).
    const english = 'In May 1968, students marched. On Monday, May 13, a strike began.'
    expect(realFrancAll(english, {minLength: 30})[0]![0]).toBe('nld')
    expect(detectLanguage(english, 'fr')).toEqual({lang: 'en'})
    const french = 'Grève générale lundi 13 mai : cortèges massifs, usines occupées.'
    expect(detectLanguage(french, 'en')).toEqual(reference(french, 'en'))
    expect(detectLanguage(french, 'en').lang).toBe('fr')
    // French and English scored alike (Romanian leads, French 0.977, English 0.975):
    // no coin toss, the weekday decides, whatever the fallback.
    const tied = "Last year's final, on Sunday, Dec. 14, drew 80,000."
    expect(detectLanguage(tied, 'en')).toEqual({lang: 'en'})
    expect(detectLanguage(tied, 'fr')).toEqual({lang: 'en'})
    // Short German and Spanish, where French and English score under 0.9, stay foreign.
    expect(detectLanguage('Der Minister hat am Montag in Berlin einen neuen Vertrag unterzeichnet.', 'en')).toEqual({lang: 'und', other: 'deu'})
    expect(detectLanguage('El ministro firmó el lunes en Madrid un nuevo acuerdo con los países vecinos.', 'en')).toMatchObject({lang: 'und'})
  })

  it('counts a word that starts with an astral letter as one word', () => {
    // Three words that are no function word, two that are: telling either way, as before.
    expect(detectLanguage('\u{1D413}he \u{1D413}he \u{1D413}he the the', 'fr')).toEqual(reference('\u{1D413}he \u{1D413}he \u{1D413}he the the', 'fr'))
  })

  it('keeps the fallback for a text without words', () => {
    expect(detectLanguage('12 345 — 678', 'fr')).toEqual({lang: 'fr'})
    expect(detectLanguage('', 'en')).toEqual({lang: 'en'})
  })

  it('decides on the narration, not on a long quotation in the other language', () => {
    const quoted = 'we are going to win, we are going to win so much, you will be tired of winning, believe me, the economy is the best it has ever been and the border is closed'
    expect(detectLanguage(`WASHINGTON (AFP) - Le président a déclaré jeudi : « ${quoted}. » Il n’a pas précisé la date du vote.`)).toEqual({lang: 'fr'})
    expect(detectLanguage(`WASHINGTON (AFP) - Le président a déclaré jeudi : “${quoted}.” Il n’a pas précisé la date du vote.`)).toEqual({lang: 'fr'})
    const cité = 'nous nous battrons jusqu’au bout, et nous ne céderons pas sur les retraites, ni sur les salaires, ni sur les conditions de travail des agents'
    expect(detectLanguage(`PARIS (AP) - The union leader said on Thursday: "${cité}." He gave no date for the strike.`, 'fr')).toEqual({lang: 'en'})
    // The same words outside quotation marks are the story's own: they decide.
    expect(detectLanguage(`WASHINGTON (AFP) - Le président a déclaré jeudi que ${quoted}. Il n’a pas précisé.`)).toEqual({lang: 'en'})
    // A story made only of a quotation is decided on the quotation.
    expect(detectLanguage(`« ${quoted} »`, 'fr')).toEqual({lang: 'en'})
  })

  it('keeps the text of a quotation that is never closed, and of straight quotes across paragraphs', () => {
    expect(narrationOf('Il a dit « oui » puis « non')).toBe('Il a dit   puis « non')
    expect(narrationOf('He said "yes" and “no”.')).toBe('He said   and  .')
    expect(narrationOf('A 3" screen.\nThe 5" model')).toBe('A 3" screen.\nThe 5" model')
    expect(narrationOf('sans guillemets')).toBe('sans guillemets')
  })

  it('finds the narration in linear time, whatever marks are left open', () => {
    const hostile = `${'« “ '.repeat(20_000)}"${'\n"'.repeat(20_000)}`
    expect(narrationOf(hostile) === hostile).toBe(true)
    expect(narrationOf('"a" '.repeat(10_000)) === ' '.repeat(20_000)).toBe(true)
  })

  it('counts capitalised and accented function words (Très, ÉTÉ, The)', () => {
    expect(detectLanguage('ÉTÉ chaud. Très chaud. Très sec. Et ensuite ?', 'en')).toEqual({lang: 'fr'})
    expect(detectLanguage('The Ministry. The Army. And The Navy.', 'fr')).toEqual({lang: 'en'})
  })

  const texts = [FRENCH_PROSE, ENGLISH_PROSE, SPANISH_PROSE, GERMAN_PROSE]
  const vocabulary = [
    ...new Set(
      [...texts, 'Le LES et ET the THE Été très Très leurs which would été où « » “ ” l’État N’Daw don’t 12 3,5 — Ωmega İstanbul Straße e\u0301te\u0301 TRE\u0300S 𝐀𝐁 \uD835 ǅx l\'et the’ ’the tHe LeS AUSSI Which whichs Aussii the\' theé ThE’ été\' Kelvin\u212A THE\u212A OÙ Où TrÈs TRèS à À çà ÉtÉ éTé tres ou ete']
        .join(' ')
        .split(/\s+/)
    )
  ]

  it('gives the same result as running the trigram model every time (mixed French, English, Spanish and German words)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...vocabulary), {minLength: 0, maxLength: 80}), fc.constantFrom<'fr' | 'en'>('fr', 'en'), (words, fallback) => {
        const text = words.join(' ')
        expect(detectLanguage(text, fallback)).toEqual(reference(text, fallback))
      }),
      {numRuns: 600}
    )
  })

  it('counts words and function words as the regular expression /[\\p{L}’\']+/gu and lower-casing do', () => {
    const FRENCH = new Set('le les des du une et est sont dans pour pas qui sur avec au aux cette elle ils nous vous été plus mais où leur leurs aussi très'.split(' '))
    const ENGLISH = new Set('the and of to is are that for with was were it this be by at from have has had not but which who they she their will would'.split(' '))
    const counted = (text: string) => {
      const words = [...text.matchAll(/[\p{L}’']+/gu)].map((match) => match[0].toLowerCase())
      return {french: words.filter((word) => FRENCH.has(word)).length, english: words.filter((word) => ENGLISH.has(word)).length, words: words.length}
    }
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...vocabulary), fc.string({maxLength: 6, unit: 'grapheme'})), {maxLength: 40}), fc.constantFrom(' ', '', '-', '\n'), (words, separator) => {
        const text = words.join(separator)
        expect(countWords(text)).toEqual(counted(text))
      }),
      {numRuns: 1000}
    )
  })

  it('gives the same result as running the trigram model every time (prose with a foreign passage)', () => {
    for (const main of texts) {
      for (const other of texts) {
        for (let cut = 0; cut <= other.length; cut += 23) {
          const text = `${main} « ${other.slice(0, cut)} »`
          expect(detectLanguage(text, 'fr')).toEqual(reference(text, 'fr'))
          expect(detectLanguage(other.slice(cut), 'en')).toEqual(reference(other.slice(cut), 'en'))
        }
      }
    }
  })

  it('counts the narration and the whole text in one reading as the narration text and the whole text counted apart', () => {
    const pieces = [...vocabulary, '"', '«', '»', '“', '”', '\n', '"oui"', '«non»', '“yes”', '""', '«»']
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), {maxLength: 60}), fc.constantFrom(' ', ''), (words, separator) => {
        const text = words.join(separator)
        const own = countWords(narrationOf(text))
        const whole = countWords(text)
        const tells = own.french !== own.english && Math.max(own.french, own.english) >= Math.max(2, own.words * 0.1)
        expect(narrationCounts(text)).toEqual(narrationOf(text) === text || !tells ? whole : own)
      }),
      {numRuns: 1000}
    )
  })
})
