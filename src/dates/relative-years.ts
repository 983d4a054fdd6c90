/**
 * Years told relative to the story's present: « l’an dernier », « l’année
 * prochaine », « il y a deux ans », "last year", "a year ago", "next year",
 * "this year". « Last year's final, on Sunday, Dec. 14, drew 80,000 » dates
 * the final in the year before the story's, whatever the publication date.
 *
 * Such words date a day and month only when they govern it:
 * - said as a time of the clause (« l’an dernier, le dimanche 14 décembre,
 *   … », "on Sunday, Dec. 14 last year", "a year ago on Sunday, Dec. 14"),
 *   they date every date of their clause;
 * - said of a thing (« la finale de l’an dernier », "the final of last
 *   year", "last year's final"), they date only a date of that thing, written
 *   right next to it (« la finale de l’an dernier, le dimanche 14 décembre »):
 *   in « Face au succès de l’an dernier, deux séances sont ajoutées le
 *   vendredi 11 décembre », last year's is the success, not the showings.
 * A clause ends at the end of a sentence (the parser's sentence may hold
 * several when an abbreviation ends one: "Dec. 5. Last year's…"), « ; », « : », a dash, a parenthesis, or a comma before
 * « et », « mais », "and", "but", "while"…, or before a relative pronoun
 * (« qui », « dont », "who", "which"…), whose clause tells of its own time:
 * « last year's figures rose; on Sunday, Dec. 6, … » is this year's Sunday,
 * and so are the days of « on Tuesday, Dec. 1, the jury heard Bradley, who
 * is due to be sentenced next year ». Said at the end of a relative
 * clause set into the sentence (« Le festival, qui a attiré 60 000
 * visiteurs l’an dernier, restera ouvert le mercredi 31 décembre », "The
 * festival, which drew 60,000 visitors last year, will stay open on
 * Wednesday, Dec. 31"), they date nothing after the comma that closes it.
 * Of several such words in a clause, the nearest to the date governs it.
 */
import {COMPARISON_FILLERS_EN, COMPARISON_WORDS, CLAUSE_CONJUNCTIONS, RELATIVE_PRONOUNS} from '../lexicon/clauses.js'
import {SMALL_NUMBERS} from '../lexicon/numbers.js'
import {wordsPattern} from '../lexicon/patterns.js'
import {LAST_FR} from '../lexicon/calendar.js'

/** Small numbers written as words, in both languages (src/lexicon/numbers.ts). */
const NUMBERS = SMALL_NUMBERS
const COUNT = `(\\d{1,2}|${Object.keys(NUMBERS).join('|')})`

interface Pattern {
  pattern: RegExp
  /** The offset in years, from the match. */
  offset(match: RegExpMatchArray): number
  /** Said of a thing (`'s`) rather than as a time. */
  ofThing?: (match: RegExpMatchArray) => boolean
}

const count = (word: string) => NUMBERS[word.toLowerCase()] ?? Number(word)
const B = '(?<![\\p{L}\\p{N}])'
const E = '(?![\\p{L}\\p{N}])'
const APOSTROPHE = `['’]`

const PATTERNS: Pattern[] = [
  {pattern: new RegExp(`${B}l${APOSTROPHE}(?:an|année)\\s+(${wordsPattern(LAST_FR)})${E}`, 'giu'), offset: () => -1},
  {pattern: new RegExp(`${B}l${APOSTROPHE}(?:an|année)\\s+(prochain|prochaine)${E}`, 'giu'), offset: () => 1},
  {pattern: new RegExp(`${B}cette\\s+année${E}`, 'giu'), offset: () => 0},
  {pattern: new RegExp(`${B}il\\s+y\\s+a\\s+${COUNT}\\s+ans?${E}`, 'giu'), offset: (m) => -count(m[1]!)},
  {pattern: new RegExp(`${B}dans\\s+${COUNT}\\s+ans?${E}`, 'giu'), offset: (m) => count(m[1]!)},
  {pattern: new RegExp(`${B}${COUNT}\\s+years?\\s+ago${E}`, 'giu'), offset: (m) => -count(m[1]!)},
  {pattern: new RegExp(`${B}(last|next|this)\\s+year(${APOSTROPHE}s)?${E}`, 'giu'), offset: (m) => ({last: -1, next: 1, this: 0})[m[1]!.toLowerCase() as 'last']!, ofThing: (m) => m[2] !== undefined}
]

/** What makes the words a complement of a noun: « de l’an dernier », "of last year". */
const COMPLEMENT_BEFORE = /(?:\b(?:de|du|des|d['’]|of)\s*)$/iu

/**
 * What makes the words the term of a comparison: « exactement comme l’an
 * dernier », « plus qu’il y a deux ans », "exactly as it did last year",
 * "higher than a year ago". They say when the thing compared was, and date
 * nothing of the clause.
 */
const COMPARISON_BEFORE = new RegExp(
  String.raw`(?:(?<![\p{L}])(?:${wordsPattern(COMPARISON_WORDS.fr)})\s*|\b(?:${wordsPattern(COMPARISON_WORDS.en)})\s+(?:(?:${wordsPattern(COMPARISON_FILLERS_EN)})\s+){0,3})$`,
  'iu'
)

/** Where a clause ends, between the words and a date. */
const CLAUSE_END = new RegExp(
  String.raw`[;:()\[\]—–]|[.!?…]\s+["«“]?\p{Lu}|\s-\s|,\s*(?:${wordsPattern([...CLAUSE_CONJUNCTIONS.fr, ...RELATIVE_PRONOUNS.fr, ...CLAUSE_CONJUNCTIONS.en, ...RELATIVE_PRONOUNS.en], String.raw`\s+`)})(?![\p{L}\p{N}])`,
  'u'
)

/** Words a thing's date may stand from it: « la finale de l’an dernier, le dimanche 14 », "last year's final, on Sunday". */
const THING_WORDS = 3

export interface RelativeYear {
  /** Where the words are, in the searched text. */
  start: number
  end: number
  offset: number
  words: string
  ofThing: boolean
}

/** The relative years said in `text` that may date something, in order: the term of a comparison (« comme l’an dernier ») dates nothing. */
export function relativeYearsIn(text: string): RelativeYear[] {
  const found: RelativeYear[] = []
  for (const {pattern, offset, ofThing} of PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      const start = match.index
      if (COMPARISON_BEFORE.test(text.slice(Math.max(0, start - 40), start))) continue
      const thing = (ofThing?.(match) ?? false) || COMPLEMENT_BEFORE.test(text.slice(Math.max(0, start - 6), start))
      found.push({start, end: start + match[0].length, offset: offset(match), words: match[0], ofThing: thing})
    }
  }
  return found.sort((a, b) => a.start - b.start)
}

/**
 * The relative year governing the date written at [from, to) of `text` (a
 * sentence), among `relatives` (see `relativeYearsIn`), if any.
 */
export function governingRelativeYear(text: string, from: number, to: number, relatives: readonly RelativeYear[]): RelativeYear | undefined {
  let best: {relative: RelativeYear; distance: number} | undefined
  for (const relative of relatives) {
    const between = relative.end <= from ? text.slice(relative.end, from) : relative.start >= to ? text.slice(to, relative.start) : undefined
    // With what opens the next words: a sentence ends before a capital.
    const boundary = relative.end <= from ? text.slice(relative.end, from + 2) : text.slice(to, relative.start + 2)
    if (between === undefined || CLAUSE_END.test(boundary)) continue
    // « Le festival, qui a attiré 60 000 visiteurs l’an dernier, restera ouvert le mercredi 31 décembre »: the words
    // end a relative clause, closed by the comma after them; the date is the main clause's.
    if (relative.end <= from && /,(?!\d{3})/u.test(between) && insideRelativeClause(text, relative.start)) continue
    if (relative.ofThing && wordCount(between) > THING_WORDS) continue
    const distance = between.length
    if (!best || distance < best.distance) best = {relative, distance}
  }
  return best?.relative
}

/** A relative pronoun after a comma: it opens a clause set into the sentence (« , qui », ", which"). */
const RELATIVE_OPENER = new RegExp(String.raw`,\s*(?:${wordsPattern([...RELATIVE_PRONOUNS.fr, ...RELATIVE_PRONOUNS.en])})(?![\p{L}\p{N}])`, 'gu')
/** What closes a clause before the words other than a comma. */
const HARD_END = /[;:()\[\]—–]|[.!?…]\s/u

/** Whether `index` lies in a relative clause opened before it in the sentence (« , qui a attiré … »), not closed since. */
function insideRelativeClause(text: string, index: number): boolean {
  const before = text.slice(0, index)
  let opener = -1
  for (const match of before.matchAll(RELATIVE_OPENER)) opener = match.index
  if (opener < 0) return false
  // "60,000": a comma between digits groups thousands.
  const clause = before.slice(opener + 1).replace(/(?<=\d),(?=\d{3})/gu, '')
  return !clause.includes(',') && !HARD_END.test(clause)
}

function wordCount(text: string): number {
  return text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0
}
