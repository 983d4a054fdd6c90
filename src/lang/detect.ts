import {francAll} from 'franc-min'
import {MONTH_NAMES, WEEKDAY_NAMES} from '../lexicon/calendar.js'
import {NARRATION_WORDS} from '../lexicon/function-words.js'
import {letterSize} from '../text/letters.js'
import {forEachQuotation, type QuotationOptions} from '../text/quotations.js'
import type {Lang} from '../types.js'

/** The function words that decide between French and English (src/lexicon/function-words.ts). */
const FRENCH = NARRATION_WORDS.fr
const ENGLISH = NARRATION_WORDS.en

/**
 * Longest function word, in UTF-16 units. A longer word cannot be one once
 * lower-cased: no character lower-cases to fewer code units than it has
 * (the only astral capitals, Deseret, Osage, Adlam…, lower-case to astral
 * letters, never to Latin ones).
 */
const LONGEST = Math.max(...[...FRENCH, ...ENGLISH].map((word) => word.length))
const FRENCH_WORD = 1
const ENGLISH_WORD = 2
/** Each function word with the languages it belongs to (bits). */
const FUNCTION_WORDS = new Map<string, number>()
for (const word of FRENCH) FUNCTION_WORDS.set(word, FRENCH_WORD)
for (const word of ENGLISH) FUNCTION_WORDS.set(word, (FUNCTION_WORDS.get(word) ?? 0) | ENGLISH_WORD)

const SAMPLE = 20_000

export interface Detection {
  lang: Lang | 'und'
  /** The ISO 639-3 code franc found when the document is in another language. */
  other?: string
  /**
   * A short text (a headline, a caption, a dateline) that neither its
   * function words nor its date's words decide: `lang` is only the fallback
   * or the trigram model's guess on too few letters, and the run's other
   * files or the configuration's language should decide instead.
   */
  undecided?: true
}

/** Words of a short text, none of them a French or English function word, that make it a foreign sentence rather than a headline. */
const FOREIGN_SENTENCE_WORDS = 8

export function detectLanguage(text: string, fallback: Lang = 'en'): Detection {
  const sample = text.slice(0, SAMPLE)
  const {french, english, words} = narrationCounts(sample)
  if (words === 0) return {lang: fallback, ...(text.trim() === '' ? {} : {undecided: true as const})}
  const ours = french > english ? 'fr' : english > french ? 'en' : undefined
  const ownWords = Math.max(french, english)
  // Function words make up a third of ordinary prose; these exclusive ones a tenth.
  const telling = ownWords >= Math.max(2, words * 0.1)
  // The trigram model can only overrule telling function words through the
  // branch below that calls the text foreign, and that branch needs both a
  // long sample and our words under FOREIGN_SHARE. When either is missing,
  // the function words decide whatever franc would say: franc (the costliest
  // step of detection) is not run. tests/lang/detect.test.ts checks that the
  // result is the same as with franc run every time.
  if (telling && ours && (sample.length < LONG_ENOUGH || ownWords >= words * FOREIGN_SHARE)) return {lang: ours}
  // A headline, caption or dateline has too few function words and too few
  // characters for trigrams (« Vendredi 28 août 2014. » would fall back to
  // the default language), but its date's own words tell: on a short text
  // they count with the function words whenever there are some.
  if (sample.length < LONG_ENOUGH) {
    const dates = calendarCounts(sample)
    if (dates.french + dates.english > 0) {
      const frenchAll = french + dates.french
      const englishAll = english + dates.english
      if (frenchAll !== englishAll) return {lang: frenchAll > englishAll ? 'fr' : 'en'}
    }
  }
  // Too short for trigrams to be more than a guess: said undecided, for the run's other files or the configuration to decide.
  const short = sample.length < LONG_ENOUGH
  const ranked = francAll(sample, {minLength: 30})
  const [best] = ranked
  const scoreOf = (code: string) => ranked.find(([other]) => other === code)?.[1] ?? 0
  const french3 = scoreOf('fra')
  const english3 = scoreOf('eng')
  const ourScore = Math.max(french3, english3)
  if (sample.length >= LONG_ENOUGH && best && best[0] !== 'fra' && best[0] !== 'eng' && best[0] !== 'und') {
    // A trigram model is reliable on a few sentences: trust another language
    // when French and English trail it clearly and our words are rare.
    if (ourScore < CLOSE_SCORE && ownWords < words * FOREIGN_SHARE) return {lang: 'und', other: best[0]}
  }
  if (telling && ours) return {lang: ours}
  // On a short text, only function words and the trigram model agreeing decide; anything else is a guess.
  const francLang = best?.[0] === 'fra' ? 'fr' : best?.[0] === 'eng' ? 'en' : undefined
  const guess = (lang: Lang): Detection => (short && !(ours === lang && francLang === lang) ? {lang, undecided: true} : {lang})
  if (!best || best[0] === 'und') return guess(ours ?? fallback)
  if (best[0] === 'fra') return guess('fr')
  if (best[0] === 'eng') return guess('en')
  // Only call a document foreign when it has almost none of our function words.
  if (french + english > words * 0.04) return guess(ours ?? fallback)
  // On a sentence or two the model confuses close languages ("In May 1968,
  // students marched. On Monday, May 13, a strike began." scores Dutch 1,
  // English 0.99): a draft left unchecked is worse than one checked as the
  // nearer of our two languages, so another language must lead them clearly.
  // French and English as close to each other as that ("Last year's final,
  // on Sunday, Dec. 14, drew 80,000.": 0.977 against 0.975) tell nothing.
  if (ourScore >= CLOSE_SCORE) return guess(Math.abs(french3 - english3) < TIED_SCORES ? (ours ?? fallback) : french3 > english3 ? 'fr' : 'en')
  // A short text called foreign by trigrams alone is a guess too: the run's other files may still say it is
  // ours (a headline has few function words). Not a sentence of some length with none of ours (function
  // words are a third of prose): a line of German in a French run stays unchecked, as French rules on it
  // would only raise false alarms.
  const foreignSentence = french + english === 0 && words >= FOREIGN_SENTENCE_WORDS
  return short && !foreignSentence ? {lang: 'und', other: best[0], undecided: true} : {lang: 'und', other: best[0]}
}

/** Each language's weekday and month names, lower-cased, from the calendar word lists. */
const WEEKDAYS = calendarWords(WEEKDAY_NAMES)
const MONTHS = calendarWords(MONTH_NAMES)

function calendarWords(names: Record<Lang, readonly string[]>): Map<string, Lang> {
  const words = new Map<string, Lang>()
  for (const lang of ['fr', 'en'] as const) for (const name of names[lang]) words.set(name.toLowerCase(), lang)
  return words
}

/**
 * How many of a text's words are French and English date words: weekday
 * names unless they end a name (a capitalised word and a space before them:
 * « le Black Friday », "Cyber Monday"), month names only next to a number
 * (« 28 août », "October 7", « mars 2014 »), since "May", "March" and
 * « Mars » are also other words ("Prices may fall", "the march on Mars").
 */
export function calendarCounts(text: string): {french: number; english: number} {
  const counts = {french: 0, english: 0}
  const tokens = [...text.matchAll(/\p{L}+|\p{Nd}+/gu)]
  const isNumber = (index: number) => tokens[index] !== undefined && /^\p{Nd}/u.test(tokens[index][0])
  const endsName = (index: number) => {
    const before = tokens[index - 1]
    return before !== undefined && /^\p{Lu}/u.test(before[0]) && before.index + before[0].length === tokens[index]!.index - 1 && text[before.index + before[0].length] === ' '
  }
  tokens.forEach(([token], index) => {
    const word = token.toLowerCase()
    const weekday = WEEKDAYS.get(word)
    const lang = weekday ? (endsName(index) ? undefined : weekday) : isNumber(index - 1) || isNumber(index + 1) ? MONTHS.get(word) : undefined
    if (lang === 'fr') counts.french++
    else if (lang === 'en') counts.english++
  })
  return counts
}

/**
 * The counts a document's language is decided on: those of its narration
 * (the text outside its quotations, read with NARRATION) when it tells,
 * else those of the whole sample. A French story may quote an English
 * speaker at length, and the reverse: the story is in the language of its
 * own sentences, not of its quotations.
 * One reading of the sample counts both: no word runs across a quotation
 * mark, so the whole sample's words are the narration's plus the quotations'.
 */
export function narrationCounts(sample: string): Counts {
  const own = emptyCounts()
  const quoted = emptyCounts()
  let from = 0
  forEachQuotation(
    sample,
    (open, close) => {
      countWords(sample, from, open, own)
      countWords(sample, open + 1, close, quoted)
      from = close + 1
    },
    NARRATION
  )
  if (from === 0) return countWords(sample, 0, sample.length, own)
  countWords(sample, from, sample.length, own)
  if (own.french !== own.english && Math.max(own.french, own.english) >= Math.max(2, own.words * 0.1)) return own
  return {french: own.french + quoted.french, english: own.english + quoted.english, words: own.words + quoted.words}
}

/**
 * The quotations set apart from the narration: « … », “ … ” and "…" closed
 * in the same paragraph (an opening mark never closed is no quotation), each
 * to the first closing mark of its pair. „ … “ is German, not French or
 * English speech.
 */
export const NARRATION: QuotationOptions = {pairing: 'first-closing', marks: '«“"', straightAcrossLines: false}

interface Counts {
  french: number
  english: number
  words: number
}

function emptyCounts(): Counts {
  return {french: 0, english: 0, words: 0}
}

/**
 * The words of text[from, to) (runs of letters and apostrophes, /[\p{L}’']+/u)
 * and how many of them are French or English function words, added to
 * `counts`. `from` and `to` must not cut a word. One loop of
 * its own rather than forEachRun: every file's first SAMPLE characters pass
 * through it, and forEachRun's per-character callback, shared by several
 * scans, is a call V8 cannot inline. A word spelt with the function words'
 * letters (most words) is looked up as a number, without becoming a string.
 */
export function countWords(sample: string, from = 0, to = sample.length, counts: Counts = emptyCounts()): Counts {
  let french = 0
  let english = 0
  let words = 0
  const length = to
  let index = from
  while (index < length) {
    const start = index
    let key = 0
    // KEYED: `key` spells the word; APOSTROPHE: no function word has one; OTHER: look the string up.
    let spelling = KEYED
    for (;;) {
      const code = sample.charCodeAt(index)
      const letter = keyLetter(code)
      let size = 1
      if (letter > 0) key = key * 32 + letter
      else if (code === 0x27 || code === 0x2019) spelling = APOSTROPHE
      else {
        size = code < 0x80 ? 0 : letterSize(sample, index)
        if (size > 0 && spelling === KEYED) spelling = OTHER
      }
      if (size === 0) break
      index += size
      if (index >= length) break
    }
    if (index === start) {
      index++
      continue
    }
    words++
    if (index - start > LONGEST || spelling === APOSTROPHE) continue
    const kind = spelling === KEYED ? KEYED_FUNCTION_WORDS.get(key) : functionWordKind(sample.slice(start, index))
    if (kind === undefined) continue
    if (kind & FRENCH_WORD) french++
    if (kind & ENGLISH_WORD) english++
  }
  counts.french += french
  counts.english += english
  counts.words += words
  return counts
}

const KEYED = 0
const APOSTROPHE = 1
const OTHER = 2

function functionWordKind(word: string): number | undefined {
  // Most words are in lower case already: lower-case only those that may not be.
  return FUNCTION_WORDS.get(word) ?? (mayHaveCapital(word) ? FUNCTION_WORDS.get(word.toLowerCase()) : undefined)
}

/**
 * The letters function words are spelt with, as numbers from 1 (0: any other
 * character): a to z, é, è and ù, each with its capital, which lower-cases
 * to it. Five bits a letter; a word's number is its letters' in order, so
 * that of a word of at most LONGEST letters is exact.
 */
function keyLetter(code: number): number {
  if (code >= 0x61 && code <= 0x7a) return code - 0x60
  if (code >= 0x41 && code <= 0x5a) return code - 0x40
  switch (code) {
    case 0xe9: // é
    case 0xc9:
      return 27
    case 0xe8: // è
    case 0xc8:
      return 28
    case 0xf9: // ù
    case 0xd9:
      return 29
    default:
      return 0
  }
}

/** FUNCTION_WORDS by the number keyLetter spells them with. */
const KEYED_FUNCTION_WORDS = new Map<number, number>()
for (const [word, kind] of FUNCTION_WORDS) {
  let key = 0
  for (let index = 0; index < word.length; index++) {
    const letter = keyLetter(word.charCodeAt(index))
    // A function word spelt with another letter would never be found: keyLetter must learn it.
    if (letter === 0) throw new Error(`detect: keyLetter lacks a letter of « ${word} »`)
    key = key * 32 + letter
  }
  KEYED_FUNCTION_WORDS.set(key, kind)
}

/** False when the word is ASCII without a capital: then it is its own lower case. */
function mayHaveCapital(word: string): boolean {
  for (let index = 0; index < word.length; index++) {
    const code = word.charCodeAt(index)
    if (code >= 0x80 || (code >= 0x41 && code <= 0x5a)) return true
  }
  return false
}

/** Characters from which franc's trigram model is trusted over the function words. */
export const LONG_ENOUGH = 200
/** Share of our function words below which a long text franc puts in another language is called foreign. */
const FOREIGN_SHARE = 0.15
/** French or English scoring at least this (the best language scores 1) is too close to the best to call the text foreign. */
const CLOSE_SCORE = 0.9
/** French and English scores closer than this are a tie. */
const TIED_SCORES = 0.05
