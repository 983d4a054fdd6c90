/**
 * Whose name follows an honorific: a person's, or a proper name that merely
 * contains one (the drink "Keurig Dr Pepper", the film "Mr. Smith Goes to
 * Washington", the boots "Dr Martens", « M Le magazine du Monde »). A brand
 * or a title is spelt as its owner spells it, whatever the document's house
 * style: adding or removing its full stop changes correct text.
 *
 * The evidence is the document itself. A newspaper names a person in full
 * (« Nacer Bourita », "Dr Jane Brown") or by the surname alone ("Brown
 * said") somewhere; a brand or a work is only ever written whole, honorific
 * included. Pure: block texts in, one verdict per honorific out.
 */
import {TITLE_FUNCTION_WORDS} from '../lexicon/function-words.js'
import {quotationsOf} from '../text/quotations.js'
import {capitalisedParticles} from '../lexicon/names.js'
import type {Lang} from '../types.js'

/** One honorific with the name after it, in one block's text. */
export interface HonorificName {
  block: number
  /** Start of the honorific. */
  start: number
  /** The capitalised words after it (surname particles left out), at most three: « Le Pen » gives ["Pen"]. */
  words: readonly string[]
  /** Where the first of `words` starts: that position alone does not show the word is a name. */
  firstWord: number
  /** End of the last of `words`. */
  end: number
}

/**
 * - `person`: the document uses the name as a person's (elsewhere alone or
 *   after a first name).
 * - `title`: the honorific sits inside a proper name of a thing: after a
 *   capitalised word in mid-sentence and before a single name ("Keurig Dr
 *   Pepper"), or inside a title set off by quotation marks or emphasis
 *   (*Dr. Strangelove*, “Goodbye, Mr. Chips”).
 * - `unknown`: neither; most likely a person named once, possibly a brand.
 */
export type NameKind = 'person' | 'title' | 'unknown'

/** Capitalised particles of surnames (« M. Le Pen », "Dr. Van Helsing"): part of a name only when a capitalised word follows. */
export const PARTICLES: ReadonlySet<string> = new Set(capitalisedParticles())


const WORD = /(?<![\p{L}\p{N}])\p{Lu}(?:\p{Ll}|['’]\p{Lu})[\p{L}'’-]*/gu
const LOWER_WORD = /(?<![\p{L}\p{N}])\p{Ll}[\p{L}'’-]*/gu

/** A surname in the possessive is the surname ("Brown’s"). */
export function nameKey(word: string): string {
  return word.replace(/['’]s$/u, '')
}

/** A block's spans in italics or bold whose markup its text no longer shows (Markdown). */
export type Emphasis = (block: number) => ReadonlyArray<readonly [number, number]>

export function classifyNames(texts: readonly string[], names: readonly HonorificName[], lang: Lang, emphasis?: Emphasis): NameKind[] {
  const attested = attestations(texts, names)
  const person = names.map((name) => name.words.some((word) => attested.get(word)?.some((at) => at.block !== name.block || at.index < name.start || at.index >= name.end)))
  // One surname, one person: "Dr Jane Brown" is Brown, whom the document calls "Brown" elsewhere.
  const surnames = new Set(names.filter((_, index) => person[index]).map((name) => name.words.at(-1)))
  // Where each name ends: a capitalised word before an honorific that ends another name is no brand's ("M Bourita M Bourita").
  const nameEnds = new Set(names.map((name) => `${name.block}:${name.end}`))
  const marked = new Map<number, Array<readonly [number, number]>>()
  return names.map((name, index) => {
    const text = texts[name.block]!
    let block = marked.get(name.block)
    if (!block) marked.set(name.block, (block = markedSpans(text, emphasis?.(name.block) ?? [])))
    const title = titleAround(text, name, lang, block)
    // A title that goes on past the name ("“Mr. Smith Goes to Washington”") is one even when Smith is also someone in the story.
    if (title === 'longer') return 'title'
    if (person[index] || surnames.has(name.words.at(-1))) return 'person'
    // "Health Secretary Dr Sarah Wollaston": a job title before a first name and a surname is a person's.
    const afterName = nameEnds.has(`${name.block}:${text.slice(0, name.start).trimEnd().length}`)
    if (title || (afterCapitalisedWord(text, name.start) && !afterName && name.words.length === 1)) return 'title'
    return 'unknown'
  })
}

interface Attestation {
  block: number
  index: number
}

/**
 * Where each word of the names is used as a name: everywhere but first
 * after an honorific (that is the place in question), and at a sentence's
 * start only when the document never writes the word in lower case ("No"
 * in "Dr. No" is not a surname because the document also writes "no").
 * Three places at most per word: a name spans three words, the first not
 * counted, so a third place is always outside it.
 */
function attestations(texts: readonly string[], names: readonly HonorificName[]): Map<string, Attestation[]> {
  const skipped = new Map<number, Set<number>>()
  for (const name of names) {
    const set = skipped.get(name.block)
    if (set) set.add(name.firstWord)
    else skipped.set(name.block, new Set([name.firstWord]))
  }
  const wanted = new Set(names.flatMap((name) => name.words))
  const wantedLower = new Set([...wanted].map((word) => word.toLowerCase()))
  const lower = new Set<string>()
  for (const text of texts) {
    for (const match of text.matchAll(LOWER_WORD)) {
      const word = nameKey(match[0])
      if (wantedLower.has(word)) lower.add(word)
    }
  }
  const found = new Map<string, Attestation[]>()
  texts.forEach((text, block) => {
    const skip = skipped.get(block)
    for (const match of text.matchAll(WORD)) {
      const word = nameKey(match[0])
      if (!wanted.has(word) || skip?.has(match.index)) continue
      const list = found.get(word) ?? []
      if (list.length === 3) continue
      if (startsSentence(text, match.index) && lower.has(word.toLowerCase())) continue
      list.push({block, index: match.index})
      found.set(word, list)
    }
  })
  return found
}

/** Only spaces, opening quotation marks or brackets between the start of the block or a sentence's end and `index`. */
function startsSentence(text: string, index: number): boolean {
  let at = index
  while (at > 0 && OPENERS.has(text[at - 1]!)) at--
  return at === 0 || '.!?…:'.includes(text[at - 1]!)
}

const OPENERS = new Set([...' \t\n\u00A0\u202F«“„"‘\'([*_—–-'])

/** "Keurig Dr Pepper": a capitalised word just before, which does not start its sentence. */
function afterCapitalisedWord(text: string, start: number): boolean {
  if (start < 2 || (text[start - 1] !== ' ' && text[start - 1] !== '\u00A0')) return false
  let at = start - 1
  while (at > 0 && /[\p{L}\p{N}&'’-]/u.test(text[at - 1]!)) at--
  return at < start - 1 && /\p{Lu}/u.test(text[at]!) && !startsSentence(text, at)
}

/** Spans set off by marks that the text still shows: quotation marks, and emphasis in plain text (*…*, _…_). */
const MARKED = /‘[^‘’\n]*’|\*[^*\n]+\*|(?<![\p{L}\p{N}])_[^_\n]+_(?![\p{L}\p{N}])/gu

/**
 * The honorific lies in a span set off by quotation marks or emphasis, and
 * the span reads as a title: every word capitalised but the function words
 * ("Mr. Smith Goes to Washington", “Goodbye, Mr. Chips”). Quoted speech
 * ("“Dr Smith told me”") has lower-case words and is not a title. `longer`
 * when the title has more than the honorific and the name, `name` when it
 * is only those (*Dr. Strangelove*, or a name quoted as a name).
 */
function titleAround(text: string, name: HonorificName, lang: Lang, spans: ReadonlyArray<readonly [number, number]>): 'name' | 'longer' | false {
  const title = spans.find(([start, end]) => start <= name.start && name.end <= end && isTitleCase(text.slice(start, end).trim(), lang))
  if (!title) return false
  return /[\p{L}\p{N}]/u.test(text.slice(title[0], name.start) + text.slice(name.end, title[1])) ? 'longer' : 'name'
}

/** The spans of one block where a title may be: its emphasis, its quotations, its plain-text marks. */
function markedSpans(text: string, emphasis: ReadonlyArray<readonly [number, number]>): Array<readonly [number, number]> {
  const spans: Array<readonly [number, number]> = [...emphasis]
  for (const quotation of quotationsOf(text)) spans.push([quotation.start + 1, quotation.end - 1])
  for (const match of text.matchAll(MARKED)) spans.push([match.index + 1, match.index + match[0].length - 1])
  return spans
}

function isTitleCase(span: string, lang: Lang): boolean {
  const words = span.split(/[\s\u00A0\u202F]+/u).filter(Boolean)
  if (words.length > 12) return false
  return words.every((raw, index) => {
    // A final ? or ! belongs to the title; commas, colons and brackets do not stop one.
    const word = trimEnd(raw.replace(/^[(\[]+/u, ''), index === words.length - 1 ? ',;:)]?!' : ',;:)]')
    // Another abbreviation is no sentence's end: “Dr. Jekyll and Mr. Hyde”.
    if (/[.!?…]/u.test(word) && !/^\p{Lu}\p{Ll}{0,3}\.$/u.test(word)) return false
    return /^[\p{Lu}\p{N}]/u.test(word) || TITLE_FUNCTION_WORDS[lang].has(word.replace(/['’]$/u, '').toLowerCase())
  })
}

function trimEnd(word: string, characters: string): string {
  let end = word.length
  while (end > 0 && characters.includes(word[end - 1]!)) end--
  return word.slice(0, end)
}
