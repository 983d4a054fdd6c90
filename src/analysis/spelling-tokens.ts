/**
 * Word occurrences of a document, as the consistency rules (spelling,
 * abbreviation) see them: runs of letters in each block's plain text, with
 * the hyphenated compound they belong to, whether they open a sentence, and
 * whether they sit in an all-caps heading or in a quotation in another
 * language. Pure: block texts in, tokens out (indexes into each block's text).
 */
import {countWords, detectLanguage, LONG_ENOUGH} from '../lang/detect.js'
import {codePointAt, codePointBefore, forEachRun, isLetterKind, letterKind, letterOrMarkSize, OTHER, UPPER} from '../text/letters.js'
import {OPENING_MARKS, quotationsOf, type Quotation} from '../text/quotations.js'
import type {Lang} from '../types.js'
import {NOT_ENDING_ABBREVIATIONS} from '../lexicon/honorifics.js'
import {wordsPattern} from '../lexicon/patterns.js'
import {WIRE_CREDIT_OPENERS} from '../lexicon/furniture.js'

export interface WordToken {
  value: string
  block: number
  /** [start, end) in the block's text. */
  start: number
  end: number
  /** The hyphenated compound the word belongs to (the token itself when the word is alone). */
  compound: {value: string; start: number; end: number}
  /** First word of a sentence: its capital says nothing about it being a name. */
  sentenceInitial: boolean
  /** In a block written all in capitals (a shouted heading). */
  capsBlock: boolean
  /** Inside a quotation written in another language than the document. */
  foreign: boolean
}

const LETTERS = /[\p{L}\p{M}]+/gu
/** Abbreviations after which a period does not end the sentence (« M. Esper », "Dr. Smith", initials). */
const NON_FINAL = new RegExp(String.raw`(?:^|[\s(«“"'’])(?:${wordsPattern(NOT_ENDING_ABBREVIATIONS)}|[A-Z])\.$`, 'u')

/**
 * A document's words as parallel arrays, one entry per word: the analyses
 * look at every word but report few, so no object is made per word (a
 * document of 2 MB has some 300,000). Each distinct spelling is a number
 * (`form`, an index into `forms`), so that anything computed on a spelling
 * (its lower case, its key) is computed once per spelling, not per word.
 */
export interface WordTable {
  texts: readonly string[]
  /** The distinct spellings, in the order they first occur. */
  forms: string[]
  /** One entry per word, in typed arrays: a 5 MB document has some 900,000 words, 17 bytes each here against 40 or more in arrays of numbers. */
  form: Int32Array
  block: Int32Array
  /** [start, end) of the word in its block's text. */
  start: Int32Array
  end: Int32Array
  /** CAPS_BLOCK, FOREIGN, HEAD, IN_COMPOUND, IN_QUOTATION and CAPS_RUN bits; a word's compound is found from them (compoundStart, compoundEnd). */
  flags: Uint8Array
  /**
   * Quotations long enough to tell their language from, whose words are not
   * marked FOREIGN until markForeign has asked: detecting a language is the
   * costliest step here, and most quotations hold no word that could change
   * a finding.
   */
  quotations: QuotedSpan[]
}

export interface QuotedSpan {
  block: number
  inner: string
  /** The words inside, [first, end) in the table. */
  first: number
  end: number
}

/** In a block written all in capitals (a shouted heading), or in a dateline. */
export const CAPS_BLOCK = 1
/** Inside a quotation written in another language than the document. */
export const FOREIGN = 2
/** The first word of its compound, or a word alone: the one that can open a sentence. */
export const HEAD = 4
/** Part of a hyphenated compound of two words or more. */
export const IN_COMPOUND = 8
/** Inside a quotation (« … », “ … ”, " … "), in any language: the speaker's words, never edited without asking. */
export const IN_QUOTATION = 16
/**
 * A word in capitals next to another (« WEDNESDAY, NOV. 24 », "SAVE THE
 * DATE"), or a speaker's label (« ROUX : », "HALE:"): capitals set as the
 * typography of that place, which say nothing about how the word is spelled
 * elsewhere.
 */
export const CAPS_RUN = 32

export function wordTable(texts: readonly string[], lang: Lang | 'und'): WordTable {
  const columns = new WordColumns(wordCount(texts))
  const table: WordTable = {texts, forms: [], form: columns.form, block: columns.block, start: columns.start, end: columns.end, flags: columns.flags, quotations: []}
  const numbers = new FormNumbers(table.forms)
  for (let block = 0; block < texts.length; block++) {
    const text = texts[block]!
    const caps = isCapsBlock(text) ? CAPS_BLOCK : 0
    const dateline = datelineEnd(text)
    const aside = setAsideRanges(text)
    // The next range of `aside` a word may fall in: both come in order.
    let nextAside = 0
    const quotations = quotationsOf(text)
    const quoted = lang === 'und' ? [] : telling(quotations)
    // The next quotation a word may be in: quotations and words both come in order.
    let next = 0
    let nextQuotation = 0
    const firstWord = columns.count
    const addWord = (start: number, end: number) => {
      if (gluedToFigure(text, start, end)) return
      const word = columns.count
      let bits = caps || (end <= dateline ? CAPS_BLOCK : 0)
      while (nextAside < aside.length && aside[nextAside + 1]! <= start) nextAside += 2
      if (nextAside < aside.length && aside[nextAside]! < end) bits |= CAPS_BLOCK
      // A compound: words joined by single hyphens (État-major, Jean-Paul, e-mail).
      if (word > firstWord && columns.end[word - 1] === start - 1 && isHyphen(text.charCodeAt(start - 1))) {
        columns.flags[word - 1]! |= IN_COMPOUND
        bits |= IN_COMPOUND
      } else {
        bits |= HEAD
      }
      while (nextQuotation < quotations.length && quotations[nextQuotation]!.end < end) nextQuotation++
      if (nextQuotation < quotations.length && start >= quotations[nextQuotation]!.start) bits |= IN_QUOTATION
      while (next < quoted.length && quoted[next]!.end < end) next++
      const quotation = quoted[next]
      if (quotation && start >= quotation.start) {
        if (!quotation.span) table.quotations.push((quotation.span = {block, inner: quotation.inner, first: word, end: word}))
        quotation.span.end = word + 1
      }
      columns.add(numbers.numberOf(text, start, end), block, start, end, bits)
    }
    forEachRun(text, letterOrMarkSize, addWord)
    columns.into(table)
    markCapsRuns(table, firstWord, columns.count)
  }
  columns.into(table, true)
  return table
}

/** How many words `wordTable` finds in `texts`: one per run of letters and marks not glued to a figure. */
function wordCount(texts: readonly string[]): number {
  let count = 0
  for (const text of texts) forEachRun(text, letterOrMarkSize, (start, end) => void (gluedToFigure(text, start, end) || count++))
  return count
}

const FIGURE = /\p{N}/u

/**
 * Whether the run of letters at [start, end) touches a figure (« 2e », « 1er »,
 * "G7", "mp3", a typing slip such as « 0Etat »): part of a code, an ordinal
 * or a unit, not a word whose spelling the document can vouch for. Its
 * letters alone are never compared, counted or fixed.
 */
function gluedToFigure(text: string, start: number, end: number): boolean {
  return isFigure(codePointBefore(text, start)) || isFigure(codePointAt(text, end))
}

function isFigure(char: string): boolean {
  const code = char.charCodeAt(0)
  return code < 0x80 ? code >= 0x30 && code <= 0x39 : FIGURE.test(char)
}

/**
 * The word columns of a table being filled: typed arrays of the table's
 * length, counted first. Columns that doubled when full, then were cut to
 * their length, held three times the table at their largest, and left the
 * allocator holes that the process kept (about 40 MB of a 5 MB document's
 * peak).
 */
class WordColumns {
  count = 0
  readonly form: Int32Array
  readonly block: Int32Array
  readonly start: Int32Array
  readonly end: Int32Array
  readonly flags: Uint8Array

  constructor(length: number) {
    this.form = new Int32Array(length)
    this.block = new Int32Array(length)
    this.start = new Int32Array(length)
    this.end = new Int32Array(length)
    this.flags = new Uint8Array(length)
  }

  add(form: number, block: number, start: number, end: number, flags: number): void {
    const word = this.count++
    this.form[word] = form
    this.block[word] = block
    this.start[word] = start
    this.end[word] = end
    this.flags[word] = flags
  }

  /** Gives `table` the columns; `done`: exactly `count` words (the count is exact, so no copy is made). */
  into(table: WordTable, done = false): void {
    const cut = done && this.count < this.form.length
    table.form = cut ? this.form.slice(0, this.count) : this.form
    table.block = cut ? this.block.slice(0, this.count) : this.block
    table.start = cut ? this.start.slice(0, this.count) : this.start
    table.end = cut ? this.end.slice(0, this.count) : this.end
    table.flags = cut ? this.flags.slice(0, this.count) : this.flags
  }
}

/** Marks CAPS_RUN the words in capitals of the last block, [firstWord, endWord), that have a neighbour in capitals or are a speaker's label. */
function markCapsRuns(table: WordTable, firstWord: number, endWord: number): void {
  const {forms, form, flags, start, end} = table
  const inCapitals = (word: number) => {
    const value = forms[form[word]!]!
    return value.length >= 2 && isAllCaps(value)
  }
  let previous = false
  for (let word = firstWord; word < endWord; word++) {
    const current = inCapitals(word)
    if (current && previous) {
      flags[word - 1]! |= CAPS_RUN
      flags[word]! |= CAPS_RUN
    }
    if (current && isSpeakerLabel(table.texts[table.block[word]!]!, start[word]!, end[word]!)) flags[word]! |= CAPS_RUN
    previous = current
  }
}

/** After a label: emphasis and spaces (« DUPONT : », "**HALE:**"), then the colon. */
const LABEL_AFTER = /^[*_\s]*:/u

/**
 * Whether the word at [start, end) of `text` is a speaker's label in a
 * transcript or an interview (« ROUX : », "HALE: Why?"): the first word of a
 * line (after spaces, a list or quote mark, emphasis), just before a colon.
 * A label of several words is a stretch in capitals.
 */
function isSpeakerLabel(text: string, start: number, end: number): boolean {
  if (!LABEL_AFTER.test(text.slice(end, end + 8))) return false
  for (let index = start - 1; index >= 0; index--) {
    const char = text[index]!
    if (char === '\n') return true
    if (!/[\s>*_-]/u.test(char)) return false
  }
  return true
}

const FNV_SEED = 0x811c9dc5 | 0

/** One step of FNV-1a over a UTF-16 code unit. */
function hashStep(hash: number, unit: number): number {
  return Math.imul(hash ^ unit, 0x01000193)
}

/**
 * Numbers the distinct spellings of a document as they are met. A word is
 * looked up by a hash of its code units and compared in place: most words
 * are spellings already seen, and a Map would need each one cut out of its
 * text (a new string, hashed anew) only to find its number.
 */
class FormNumbers {
  /** Form number + 1 by slot, 0 for an empty slot; open addressing, at most half full. */
  private slots = new Int32Array(1024)
  private readonly hashes: number[] = []

  constructor(private readonly forms: string[]) {}

  /** The number of the spelling text[start, end). */
  numberOf(text: string, start: number, end: number): number {
    let hash = FNV_SEED
    for (let index = start; index < end; index++) hash = hashStep(hash, text.charCodeAt(index))
    const mask = this.slots.length - 1
    let slot = hash & mask
    for (let entry = this.slots[slot]!; entry !== 0; entry = this.slots[slot]!) {
      if (this.hashes[entry - 1] === hash && isSpelledAt(this.forms[entry - 1]!, text, start, end)) return entry - 1
      slot = (slot + 1) & mask
    }
    const number = this.forms.length
    this.forms.push(text.slice(start, end))
    this.hashes.push(hash)
    this.slots[slot] = number + 1
    if (2 * this.forms.length > this.slots.length) this.grow()
    return number
  }

  private grow(): void {
    const slots = new Int32Array(this.slots.length * 2)
    const mask = slots.length - 1
    for (let number = 0; number < this.forms.length; number++) {
      let slot = this.hashes[number]! & mask
      while (slots[slot] !== 0) slot = (slot + 1) & mask
      slots[slot] = number + 1
    }
    this.slots = slots
  }
}

/** Whether text[start, end) is `form`. */
function isSpelledAt(form: string, text: string, start: number, end: number): boolean {
  if (form.length !== end - start) return false
  for (let index = 0; index < form.length; index++) if (form.charCodeAt(index) !== text.charCodeAt(start + index)) return false
  return true
}

/** Start of the compound of word `word` (its own start when alone): that of the compound's first word. */
export function compoundStart(table: WordTable, word: number): number {
  let head = word
  while (!(table.flags[head]! & HEAD)) head--
  return table.start[head]!
}

/** End of the compound of word `word` (its own end when alone): that of the compound's last word. */
export function compoundEnd(table: WordTable, word: number): number {
  return table.end[lastOfCompound(table, word)]!
}

/** The last word of the compound of word `word` (the word itself when alone). */
export function lastOfCompound(table: WordTable, word: number): number {
  let last = word
  while (last + 1 < table.flags.length && (table.flags[last + 1]! & (HEAD | IN_COMPOUND)) === IN_COMPOUND) last++
  return last
}

/** Whether word `word` of the table opens a sentence (only a compound's first word can). */
export function opensSentence(table: WordTable, word: number): boolean {
  return (table.flags[word]! & HEAD) !== 0 && isSentenceInitial(table.texts[table.block[word]!]!, table.start[word]!)
}

/**
 * Marks FOREIGN the words of the quotations in another language than
 * `lang`, among those for which `matters(first, end)` (their words, in the
 * table) says the answer could change something. Whether it marked any.
 */
export function markForeign(table: WordTable, lang: Lang | 'und', matters: (first: number, end: number) => boolean): boolean {
  if (lang === 'und') return false
  let marked = false
  for (const {inner, first, end} of table.quotations) {
    if (!matters(first, end) || !isForeignQuotation(inner, lang)) continue
    for (let word = first; word < end; word++) table.flags[word]! |= FOREIGN
    marked = true
  }
  return marked
}

/**
 * Whether a quotation is in another language than the document's: said so
 * by the detector on a quotation long enough for its trigram model, or, on
 * a shorter one, told by the other language's function words. A few words
 * are too few for trigrams ("You knew, MacAllister, didn’t you?" scores
 * German, « Lefebre, ton argent, ton silence » English): such a quotation
 * stays in the document's language, and the name in it is compared.
 */
export function isForeignQuotation(inner: string, lang: Lang): boolean {
  if (detectLanguage(inner, lang).lang === lang) return false
  if (inner.length >= LONG_ENOUGH) return true
  const {french, english, words} = countWords(inner)
  const [ours, theirs] = lang === 'fr' ? [french, english] : [english, french]
  // As the detector decides a document on its function words: a tenth of the words, two at least.
  return theirs > ours && theirs >= Math.max(2, words * 0.1)
}

/** The table's words as objects, for tests and callers that want them whole. */
export function wordTokens(texts: readonly string[], lang: Lang | 'und'): WordToken[] {
  const table = wordTable(texts, lang)
  markForeign(table, lang, () => true)
  const tokens: WordToken[] = []
  let compound: WordToken['compound'] = {value: '', start: -1, end: -1}
  for (let word = 0; word < table.form.length; word++) {
    const block = table.block[word]!
    const flags = table.flags[word]!
    const token: WordToken = {
      value: table.forms[table.form[word]!]!,
      start: table.start[word]!,
      end: table.end[word]!,
      block,
      compound,
      sentenceInitial: opensSentence(table, word),
      capsBlock: (flags & CAPS_BLOCK) !== 0,
      foreign: (flags & FOREIGN) !== 0
    }
    if (!(flags & IN_COMPOUND)) token.compound = token
    else if (flags & HEAD) {
      const [start, end] = [table.start[word]!, compoundEnd(table, word)]
      token.compound = compound = {value: texts[block]!.slice(start, end), start, end}
    } else token.compound = compound
    tokens.push(token)
  }
  return tokens
}

/** The hyphens that join a compound: -, ‐ (U+2010) and ‑ (U+2011). */
export function isHyphen(code: number): boolean {
  return code === 0x2d || code === 0x2010 || code === 0x2011
}

const OPENING = /[\s«»“”"‘(\[—–-]/u
/** NON_FINAL on a tail of the text that does not reach its start: the abbreviation must follow a separator. */
const NON_FINAL_INSIDE = new RegExp(NON_FINAL.source.replace('(?:^|', '(?:'), 'u')
/** Longer than the longest NON_FINAL match (a separator, four letters and a full stop). */
const NON_FINAL_REACH = 8

/**
 * Whether the word at `index` opens a sentence: only quotes, brackets and
 * spaces since the last full stop. Looks back from `index` only as far as it
 * needs, so that a long paragraph costs no more per word than a short one.
 */
export function isSentenceInitial(text: string, index: number): boolean {
  // After an apostrophe the word is the rest of an elided one (l’État, N’Daw).
  const previous = text.charAt(index - 1)
  if (previous === '’' || previous === "'") return false
  let end = index
  let quoted = false
  while (end > 0 && OPENING.test(text.charAt(end - 1))) {
    if (OPENING_MARKS.includes(text.charAt(end - 1))) quoted = true
    end--
  }
  if (end === 0) return true
  const last = text.charAt(end - 1)
  // A quotation opened after a colon or a comma opens its own sentence (« a-t-elle dit : « Malgré tout… »).
  if (quoted && (last === ':' || last === ',')) return true
  if (last === ':' || !'.!?…'.includes(last)) return false
  const from = Math.max(0, end - NON_FINAL_REACH)
  return !(from === 0 ? NON_FINAL : NON_FINAL_INSIDE).test(text.slice(from, end))
}

/**
 * End of a dateline opening a paragraph (« RABAT, 2 octobre (AFP) — »,
 * "WASHINGTON —", « LYON | Les élus… », « GENÈVE • »): its place name is
 * set in capitals by convention, so its case says nothing about how the
 * name is spelled elsewhere, and no fix rewrites it. 0 when none.
 */
function datelineEnd(text: string): number {
  const match = /^[\p{Lu}][\p{Lu}\p{M}'’.-]*(?: [\p{Lu}][\p{Lu}\p{M}'’.-]*)*(?=\s*[—–,(|•·])/u.exec(text)
  return match ? match[0].length : 0
}

/**
 * Stretches of a paragraph whose words are no spelling of a word of the
 * text: code and layout. Their letters are left out as a heading in
 * capitals is (CAPS_BLOCK).
 * - Technical tokens: an option (`--full-name`, `-v`), a token with an
 *   underscore, a slash, a backslash, an equals sign or a dot between letters
 *   (`BLOCK_SIZE`, `config.json`, `and/or`), capitals with digits (`UTF8`,
 *   `X11`), anything between backticks, and the first cell of an option
 *   column (a line indented by two spaces or more, the cell followed by two
 *   spaces or more).
 * - Handles and hashtags (@CCastaner, #marinspompiers): a name glued by its
 *   account or its tag, never a spelling of the words it runs together.
 * - Layout capitals: a dateline whose place is followed by a spaced hyphen
 *   (« CHARLEROI - », "BAGHDAD -- "), an agency credit (`REUTERS/Jane Doe`, « (BELGA) »),
 *   and a label in capitals before a colon and a value (`FROM: John`,
 *   `DATE : 12 mai`) anywhere in a line, as in a memo or an e-mail
 *   reprinted in a story; « SAHEL : la région » goes on with the sentence.
 * Returned as flat [start, end, start, end…] pairs in order, not
 * overlapping.
 */
export function setAsideRanges(text: string): number[] {
  const ranges: number[] = []
  const pattern = setAsidePattern(text)
  if (!pattern) return ranges
  pattern.lastIndex = 0
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const start = match.index
    const end = start + match[0].length
    if (ranges.length > 0 && start <= ranges[ranges.length - 1]!) ranges[ranges.length - 1] = Math.max(end, ranges[ranges.length - 1]!)
    else ranges.push(start, end)
  }
  return ranges
}

/** A run of the characters a technical token is made of (letters, digits, marks and the joiners below). */
const TOKEN = String.raw`[\p{L}\p{M}\p{N}_./\\=:@#~+-]*`
/**
 * The kinds of stretch set aside, in the order they are tried at a
 * position, each with what any text it matches in must contain: a cheap
 * scan that tells when the kind cannot match anywhere in a paragraph.
 */
const SET_ASIDE_KINDS: Array<{pattern: string; possible: (text: string) => boolean}> = [
  // An option: one or two dashes at the start of a token, then a letter.
  {pattern: String.raw`(?<=^|[\s(\[{"'«“‘,;|])--?[\p{L}\p{N}]${TOKEN}`, possible: (text) => text.includes('-') && /(?:^|[\s(\[{"'«“‘,;|])-/mu.test(text)},
  // A token with an underscore, a slash, a backslash or an equals sign inside, or a dot between two letters.
  // Tried only where a run of such characters starts, so that each run is scanned once (« a-a-a-… » is no quadratic work).
  {pattern: String.raw`(?<![\p{L}\p{M}\p{N}_./\\=:@#~+-])[\p{L}\p{M}\p{N}]${TOKEN}(?:[_/\\=][\p{L}\p{M}\p{N}]|\p{L}\.\p{L})${TOKEN}`, possible: (text) => /[_/\\=]|\p{L}\.\p{L}/u.test(text)},
  // Capitals with digits.
  {pattern: String.raw`(?<![\p{L}\p{M}])\p{Lu}{2,}\d[\p{Lu}\p{N}_]*|(?<!\d)\d+\p{Lu}{2,}`, possible: (text) => /\p{Lu}\d|\d\p{Lu}/u.test(text)},
  // Between backticks.
  {pattern: '`[^`\\n]+`', possible: (text) => text.includes('`')},
  // The first cell of an option column.
  {pattern: String.raw`(?<=^)[ \t]{2,}\S+(?:,? \S+)?(?=[ \t]{2,}\S)`, possible: (text) => /^[ \t]{2}/m.test(text)},
  // A dateline closed by a spaced hyphen, single or doubled (« CHARLEROI - », "BAGHDAD -- ").
  {pattern: String.raw`(?<=^)\p{Lu}[\p{Lu}\p{M}'’.]*(?: \p{Lu}[\p{Lu}\p{M}'’.]*)*(?= --? )`, possible: (text) => text.includes(' - ') || text.includes(' -- ')},
  // A handle or a hashtag (@CCastaner, #marinspompiers, #8decembre): an account's or a tag's name, glued, no spelling of a word.
  {pattern: String.raw`(?<![\p{L}\p{M}\p{N}_])[@#][\p{L}\p{M}\p{N}_]+`, possible: (text) => text.includes('@') || text.includes('#')},
  // A wire's credit line in parentheses ("(Reporting by Jane Doe in SINGAPORE; Editing by …)", « (Reportage Jean Dupont, édité par …) »).
  {pattern: String.raw`\((?:${wordsPattern(WIRE_CREDIT_OPENERS.flatMap((opener) => [opener, opener.charAt(0).toUpperCase() + opener.slice(1)]), String.raw`[ \u00A0]`)})[ \u00A0][^()\n]*\)`, possible: (text) => text.includes('(')},
  // An agency credit in parentheses, and a label in capitals before a colon.
  {pattern: String.raw`\(\p{Lu}{2,}\)|(?<![\p{L}\p{M}])\p{Lu}{2,}(?=[ \u00A0]?:(?:$|[ \u00A0]*[\p{Lu}\p{N}]))`, possible: (text) => /\(\p{Lu}{2}|\p{Lu}[ \u00A0]?:/u.test(text)}
]
/** The alternation of the kinds that may match, by the bits of those kinds; built the first time a paragraph needs it. */
const SET_ASIDE_PATTERNS = new Map<number, RegExp>()

/**
 * One pattern of the kinds that can match somewhere in `text`, in their
 * order, or undefined when none can. A kind that matches nowhere in the
 * paragraph changes no match of the others, so the ranges are those of the
 * whole alternation; most paragraphs of prose need two kinds or none, and a
 * short alternation is scanned several times faster than all of them.
 */
function setAsidePattern(text: string): RegExp | undefined {
  let bits = 0
  for (let kind = 0; kind < SET_ASIDE_KINDS.length; kind++) if (SET_ASIDE_KINDS[kind]!.possible(text)) bits |= 1 << kind
  if (bits === 0) return undefined
  let pattern = SET_ASIDE_PATTERNS.get(bits)
  if (!pattern) {
    pattern = new RegExp(SET_ASIDE_KINDS.filter((_, kind) => bits & (1 << kind)).map((kind) => kind.pattern).join('|'), 'gmu')
    SET_ASIDE_PATTERNS.set(bits, pattern)
  }
  return pattern
}

/** A block whose letters are nearly all capitals: a heading set in capitals, where case says nothing. */
export function isCapsBlock(text: string): boolean {
  // Counted in UTF-16 units, as the lengths of the text's letters would be.
  let letters = 0
  let upper = 0
  for (let index = 0; index < text.length; index++) {
    // Decided once the rest of the text, all capitals, could not make four letters in five capitals: a paragraph of prose stops within its first third.
    if ((index & 31) === 31 && 5 * (upper + text.length - index) <= 4 * (letters + text.length - index)) return false
    const code = text.charCodeAt(index)
    if (code < 0x80) {
      if (code >= 0x61 && code <= 0x7a) letters++
      else if (code >= 0x41 && code <= 0x5a) {
        letters++
        upper++
      }
      continue
    }
    const char = codePointAt(text, index)
    index += char.length - 1
    const kind = letterKind(char)
    if (!isLetterKind(kind)) continue
    letters += char.length
    if (kind === UPPER) upper += char.length
  }
  if (letters < 8) return false
  return upper / letters > 0.8
}

/**
 * The quotations of a text long enough to tell a language from (an English
 * quote in a French article): their words follow that language's spelling,
 * and when it is not the document's they are neither counted nor reported.
 */
function telling(quotations: readonly Quotation[]): Array<{start: number; end: number; inner: string; span?: QuotedSpan}> {
  const spans: Array<{start: number; end: number; inner: string; span?: QuotedSpan}> = []
  for (const {start, end, inner} of quotations) {
    // Too short to tell a language from: keep it as the document's.
    if ((inner.match(LETTERS) ?? []).length >= 4) spans.push({start, end, inner})
  }
  return spans
}

/** Letters without their accents, for grouping variants (État → Etat). */
export function stripAccents(value: string): string {
  // ASCII has nothing to decompose: the common case skips both normalisations.
  if (isAscii(value)) return value
  return value.normalize('NFD').replace(/\p{M}+/gu, '').normalize('NFC')
}

export function isAscii(value: string): boolean {
  for (let index = 0; index < value.length; index++) if (value.charCodeAt(index) >= 0x80) return false
  return true
}

/**
 * value.toLocaleLowerCase(), without its cost for most words: for ASCII the
 * locale changes nothing but I (ı in Turkish and Azeri), so an ASCII word
 * without I is lower-cased as toLowerCase does, and one in lower case already
 * is its own lower case.
 */
export function localeLowerCase(value: string): string {
  let upper = false
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index)
    if (code >= 0x80 || code === 0x49) return value.toLocaleLowerCase()
    if (code >= 0x41 && code <= 0x5a) upper = true
  }
  return upper ? value.toLowerCase() : value
}

/** /^\p{Lu}/u and /\p{Ll}/u; ASCII is decided on its codes, anything else by the expressions. */
export function isCapitalised(value: string): boolean {
  const first = value.charCodeAt(0)
  if (first < 0x80 && !(first >= 0x41 && first <= 0x5a)) return false
  if (first < 0x80) {
    for (let index = 1; index < value.length; index++) {
      const code = value.charCodeAt(index)
      if (code >= 0x61 && code <= 0x7a) return true
      if (code >= 0x80) return /\p{Ll}/u.test(value.slice(index))
    }
    return false
  }
  return /^\p{Lu}/u.test(value) && /\p{Ll}/u.test(value)
}

/** /^\p{Lu}+$/u; ASCII is decided on its codes, anything else by the expression. */
export function isAllCaps(value: string): boolean {
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index)
    if (code >= 0x80) return /^\p{Lu}+$/u.test(value)
    if (code < 0x41 || code > 0x5a) return false
  }
  return value.length > 0
}
