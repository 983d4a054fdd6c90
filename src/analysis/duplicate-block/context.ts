/**
 * Where a repeated passage sits, for duplicate detection: the places where
 * news copy repeats words by design rather than by a paste. A standfirst and
 * a lede restate the body; a quotation is given partly, then whole; an
 * embedded post or a caption gives again what the prose says; an e-mail
 * thread reprinted as an exhibit quotes its own messages; a run of names and
 * titles comes back each time the same people are named. Pure functions of
 * a paragraph's text and its word ranges.
 */

import {firstIndex} from '../../document/search.js'
import {MONTH_NAMES, WEEKDAY_NAMES} from '../../lexicon/calendar.js'
import {NAME_LINKS, OFFICES, TITLES} from '../../lexicon/titles.js'
import {MAIL_SEPARATORS, RECIPIENT_FIELDS, SENDER_FIELDS} from '../../lexicon/furniture.js'
import {wordsPattern} from '../../lexicon/patterns.js'
import {normaliseWord} from '../../text/normalise.js'
import {quotationsOf} from '../../text/quotations.js'

/** A paragraph's words as `scanWords` gives them. */
export interface WordRanges {
  starts: Int32Array
  ends: Int32Array
}

/**
 * The ranges of text inside quotation marks, the marks included, read
 * leniently (`pairing: 'lenient'` of the quotation scanner): scraped and
 * hurried copy mixes the pairs (« … ", "… »), and what matters here is only
 * whether words were given as quoted speech. A quotation left open runs to
 * the paragraph's end: a statement quoted over several paragraphs reopens
 * each one and closes only the last (« A spokesperson said: “… ⏎ “The man
 * was taken to hospital… ⏎ “No further information is available.” »).
 */
export function quotedRanges(text: string): Array<[number, number]> {
  return quotationsOf(text, {pairing: 'lenient', unclosed: 'to-end'}).map((quotation) => [quotation.start, quotation.end])
}

export interface QuotedPart {
  /** Words of [from, to) inside quotation marks. */
  quoted: number
  /** A quotation holding words of [from, to) holds other words too: the passage is part of a longer quotation. */
  partial: boolean
}

/** How much of words [from, to) is quoted speech. */
export function quotedPart(text: string, words: WordRanges, from: number, to: number, ranges = quotedRanges(text)): QuotedPart {
  return quotedPartIn(quotationIndex(ranges), words, from, to)
}

/** A paragraph's quotations in order of their start, with the furthest end reached so far. */
export interface QuotationIndex {
  ranges: ReadonlyArray<readonly [number, number]>
  reach: Int32Array
}

export function quotationIndex(ranges: ReadonlyArray<readonly [number, number]>): QuotationIndex {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0])
  const reach = new Int32Array(sorted.length)
  let furthest = -1
  sorted.forEach(([, end], index) => (reach[index] = furthest = Math.max(furthest, end)))
  return {ranges: sorted, reach}
}

/**
 * quotedPart from a paragraph's QuotationIndex, for the many passages of one
 * paragraph duplicate-block asks about. The quotations that may hold a word
 * of the passage start before its end and end after its start: read back
 * from the last that starts before its end, until none earlier reaches its
 * start. The words are in order and apart, so those wholly inside a
 * quotation are one stretch of indexes, found by binary search. (A scan of
 * every quotation and every word of the paragraph for each passage was
 * quadratic on one long paragraph.)
 */
export function quotedPartIn(quotations: QuotationIndex, words: WordRanges, from: number, to: number): QuotedPart {
  let quoted = 0
  let partial = false
  if (to <= from) return {quoted, partial}
  const first = words.starts[from]!
  const last = words.ends[to - 1]!
  const {ranges, reach} = quotations
  for (let index = firstIndex(ranges.length, (at) => ranges[at]![0] > last) - 1; index >= 0 && reach[index]! >= first; index--) {
    const [start, end] = ranges[index]!
    // A quotation that holds none of the passage's words adds nothing.
    if (end < first) continue
    // Words wholly inside [start, end]: from the first starting at or after `start` to the last ending at or before `end`.
    const low = firstIndex(words.starts.length, (word) => words.starts[word]! >= start)
    const high = firstIndex(words.ends.length, (word) => words.ends[word]! > end)
    if (low >= high) continue
    const inside = Math.max(0, Math.min(high, to) - Math.max(low, from))
    quoted += inside
    if (inside > 0 && high - low > inside) partial = true
  }
  return {quoted, partial}
}



/**
 * Whether a passage repeated in two places is one quotation given twice by
 * design: quoted in one place and not at all in the other (a quotation in
 * the prose, then the post or the pull quote it comes from, without marks),
 * or part of a longer quotation in either place (a few words of it in the
 * lede, then the whole of it). The same whole quotation given twice is not
 * (it reads as a paste).
 */
export function isQuotationGivenAgain(a: QuotedPart, aWords: number, b: QuotedPart, bWords: number): boolean {
  const mostly = (part: QuotedPart, words: number) => part.quoted >= 0.8 * words
  if (!mostly(a, aWords) && !mostly(b, bWords)) return false
  if (a.quoted === 0 || b.quoted === 0) return true
  return a.partial || b.partial
}


/** E-mail and memo header fields: who sent it, and to whom or about what. */
const SENDER = new RegExp(`^\\s*(?:${wordsPattern(SENDER_FIELDS)})\\s?:`, 'iu')
const RECIPIENT = new RegExp(`^\\s*(?:${wordsPattern(RECIPIENT_FIELDS)})\\s?:`, 'iu')
/** Several fields on one line, as a scraper glues them. */
const GLUED_HEADER = /\b(?:from|de)\s?:.{1,200}?\b(?:to|à|subject|objet)\s?:/iu
/** « Le lun. 3 févr. 2020 à 10:14, Jean Dupont a écrit : », "On Mon, Feb 3, 2020 at 10:14 AM, Jane Doe wrote:". */
const ATTRIBUTION = /^\s*(?:on\s.{5,160}\swrote|le\s.{5,160}\sa écrit)\s?:\s*$/iu
const SEPARATOR = new RegExp(String.raw`^\s*-{2,}\s*(?:${wordsPattern(MAIL_SEPARATORS)})`, 'iu')
const QUOTED_LINE = /^\s*>/u
/** Markers of one thread further apart than this many paragraphs belong to two exhibits. */
const THREAD_GAP = 12

/**
 * Which paragraphs belong to an e-mail or a memo reprinted in the story:
 * its header lines (a sender field with a recipient or subject field within
 * four paragraphs), reply lines (« … a écrit : », "On … wrote:", a quoted
 * line starting with `>`, "Original Message"), and the messages between
 * them. A thread quotes its own messages and repeats its address lists by
 * design.
 */
export function exhibitParagraphs(texts: readonly string[]): boolean[] {
  const marker = texts.map((text) => ATTRIBUTION.test(text) || SEPARATOR.test(text) || QUOTED_LINE.test(text) || GLUED_HEADER.test(text))
  texts.forEach((text, index) => {
    if (!SENDER.test(text) && !RECIPIENT.test(text)) return
    const window = texts.slice(Math.max(0, index - 3), index + 4)
    const sender = window.some((other) => SENDER.test(other))
    const recipient = window.some((other) => RECIPIENT.test(other))
    if (sender && recipient) marker[index] = true
  })
  const inside = texts.map(() => false)
  let last = -1
  marker.forEach((isMarker, index) => {
    if (!isMarker) return
    const from = last >= 0 && index - last <= THREAD_GAP ? last : index
    for (let k = from; k <= index; k++) inside[k] = true
    last = index
  })
  return inside
}

/** An elided article or preposition before a word: « l’Intérieur », « d’État ». */
const ELISION = /^(?:[ldjmnst]|qu)['’]/iu

/**
 * Whether words [from, to) are a run of names and titles (« au Premier
 * ministre Jean Dupont et au ministre de l’Intérieur Paul Martin »): fewer
 * than three words that are neither capitalised, nor a title or an office,
 * nor a word that joins names. Such a run comes back each time the same
 * people are named.
 */
export function isNamesOnly(text: string, words: WordRanges, from: number, to: number): boolean {
  let content = 0
  for (let word = from; word < to; word++) {
    const value = text.slice(words.starts[word]!, words.ends[word]!).replace(ELISION, '')
    if (value.length === 0 || /^\p{Lu}/u.test(value)) continue
    const key = normaliseWord(value)
    if (TITLES.has(key) || OFFICES.has(key) || NAME_LINKS.has(key) || /^\p{N}+$/u.test(key)) continue
    if (++content >= 3) return false
  }
  return true
}

const CALENDAR = new Set([...WEEKDAY_NAMES.fr, ...WEEKDAY_NAMES.en, ...MONTH_NAMES.fr, ...MONTH_NAMES.en].map((name) => normaliseWord(name)))

/**
 * Whether a word is a slot of a pattern, a value that parallel items fill
 * with their own: a name (capitalised, not a word that joins names), a
 * figure, a weekday or a month.
 */
export function isSlotWord(value: string): boolean {
  const word = value.replace(ELISION, '')
  if (/\p{N}/u.test(word)) return true
  const key = normaliseWord(word)
  if (CALENDAR.has(key)) return true
  return /^\p{Lu}/u.test(word) && !NAME_LINKS.has(key)
}

/**
 * Whether a repeated passage, text[start, end) in one paragraph and
 * otherText[otherStart, otherEnd) in another, is a phrase inside a sentence
 * in both copies: it neither opens a sentence or a quotation, or neither
 * ends one, on either side. A long name given twice (« la direction de
 * l’action sociale et de la solidarité de la wilaya ») is such a phrase; a
 * pasted passage brings whole sentences, or a whole quotation, with it.
 */
export function isPhraseInSentences(text: string, start: number, end: number, otherText: string, otherStart: number, otherEnd: number): boolean {
  const whole = (value: string, from: number, to: number) => opensSentence(value, from) && closesSentence(value, to)
  return !whole(text, start, end) && !whole(otherText, otherStart, otherEnd)
}

/** What may come before a sentence or a quotation: its start, a full stop, a question or exclamation mark, an opening quotation mark. */
function opensSentence(text: string, at: number): boolean {
  let index = at
  while (index > 0 && /\s/u.test(text.charAt(index - 1))) index--
  return index === 0 || /[.!?…«“"„]/u.test(text.charAt(index - 1))
}

/** What may come after a sentence or a quotation (closing brackets aside): its end, a full stop, a question or exclamation mark, a closing quotation mark. */
function closesSentence(text: string, at: number): boolean {
  let index = at
  while (index < text.length && /[\s)\]]/u.test(text.charAt(index))) index++
  return index === text.length || /[.!?…»”"]/u.test(text.charAt(index))
}

/** Least share of joining words and capitalised words in a phrase that names an institution. */
const NAME_PHRASE_SHARE = 0.55

/**
 * Whether words [from, to) read as the long name of an institution or an
 * office (« la direction générale du Centre algérien du contrôle de la
 * qualité et de l’emballage », "the Department of Health and Social Care of
 * the County of Kent"): a chain of nouns joined by articles and
 * prepositions, closed by a capitalised word (the place, the acronym; not a month). At
 * least 55 % of its words join (de, la, of, the, an elided l’ or d’) or are
 * capitalised; a clause's verbs, pronouns and adverbs bring that share well
 * below half, and a clause seldom ends on a name. A French name capitalises
 * its first noun only (« la Direction de l’animation de la recherche, des
 * études et des statistiques », « la Cour des comptes »): a chain opened by a
 * capitalised word after one or more joining words, and closed by a
 * lower-case noun, is a name when at least 65 % of its words join or are
 * capitalised.
 */
export function isNamePhrase(text: string, words: WordRanges, from: number, to: number): boolean {
  let named = 0
  let capitals = 0
  // Whether the first word that is no joining word is a capitalised one after joining words (« la Direction de … »): a capital right at the start may be a sentence's.
  let headed: boolean | undefined
  for (let word = from; word < to; word++) {
    const raw = text.slice(words.starts[word]!, words.ends[word]!)
    const value = raw.replace(ELISION, '')
    const key = normaliseWord(value)
    if (headed === undefined) {
      const rawKey = normaliseWord(raw)
      if (!isJoining(rawKey)) headed = word > from && /^\p{Lu}/u.test(raw) && !CALENDAR.has(rawKey)
    }
    if (value !== raw || value.length === 0 || isJoining(key)) named++
    else if (/^\p{Lu}/u.test(value)) {
      named++
      capitals++
    }
  }
  const last = text.slice(words.starts[to - 1]!, words.ends[to - 1]!).replace(ELISION, '')
  if (capitals === 0 || CALENDAR.has(normaliseWord(last))) return false
  if (/^\p{Lu}/u.test(last)) return named >= NAME_PHRASE_SHARE * (to - from)
  return headed === true && named >= HEADED_NAME_SHARE * (to - from)
}

/** Least share of joining words and capitalised words in a name whose first noun alone is capitalised. */
const HEADED_NAME_SHARE = 0.65

/** A word that joins the nouns of a name: an article, a preposition; not « a », a verb in French (« a déclaré »), and an English name seldom holds the article. */
function isJoining(key: string): boolean {
  return NAME_LINKS.has(key) && key !== 'a'
}
