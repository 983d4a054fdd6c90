import {PUNCTUATION_TOKEN, WHITE_SPACE_TOKEN, WORD_TOKEN, type Block} from '../text/blocks.js'
import type {Lang} from '../types.js'
import {wordKey} from '../text/words.js'

export interface DoubledWord {
  kind: 'repeat' | 'negation'
  word: string
  /** The repeated (second) occurrence. */
  start: number
  end: number
  /** Where the first occurrence is. */
  firstStart: number
  firstEnd: number
  /** The span a fix deletes: the second word and the white space before it. */
  removeStart: number
}

/**
 * Repetitions that are grammatical: reflexive pronouns (« nous nous
 * sommes »), the English past perfect ("had had") and the demonstrative
 * followed by the conjunction ("that that"). Both languages' apply to every
 * document: an English story quotes French (“Nous nous battrons”) and a
 * French one English, and neither pair is a slip in the other language.
 */
const ALLOWED_REPEATS: ReadonlySet<string> = new Set(['nous', 'vous', 'had', 'that'])

/**
 * Latin locutions whose first word repeats the word before: « il y a a
 * priori », « elle a a fortiori ». The repetition is allowed when the next
 * word completes the locution.
 */
const LOCUTIONS: Readonly<Record<string, ReadonlySet<string>>> = {
  a: new Set(['priori', 'posteriori', 'fortiori', 'minima', 'maxima', 'contrario', 'capella', 'cappella'])
}

const NEGATION_PARTICLES = new Set(['pas', 'plus', 'jamais', 'rien', 'guère', 'point', 'personne'])

/** Fixed phrases in which a particle legitimately occurs twice. */
const FIXED_PHRASES = [
  ['pas', 'à', 'pas'],
  ['de', 'plus', 'en', 'plus'],
  ['plus', 'ou', 'moins'],
  ['ni', 'plus', 'ni', 'moins'],
  ['jamais', 'au', 'grand', 'jamais'],
  ['à', 'jamais']
]

/** Words that open a new clause: a particle after one belongs to another verb. */
const CLAUSE_OPENERS = new Set(['que', 'qu', 'qui', 'mais', 'et', 'ou', 'car', 'quand', 'lorsque', 'si', 'puisque', 'dont', 'où', 'comme'])

/** How many words may separate two particles of one negation (« n'a pas manqué pas »). */
const NEGATION_SPAN = 6


/**
 * Reads the block's token numbers directly: a Token object (and its string)
 * for every word, space and mark of a document was most of this rule's
 * cost. Words become strings only when they may repeat, or when a French
 * sentence holds a negation to follow.
 */
export function findDoubledWords(block: Block, lang: Lang, allow: ReadonlySet<string> = new Set()): DoubledWord[] {
  const results: DoubledWord[] = []
  const {sentences} = block
  for (let sentence = 0; sentence + 1 < sentences.length; sentence++) {
    const first = sentences[sentence]!
    const end = sentences[sentence + 1]!
    findRepeats(block, first, end, allow, results)
    if (lang === 'fr' && hasNegation(block, first, end)) findRepeatedNegation(...sentenceWords(block, first, end), results)
  }
  return results
}

/** A word of a sentence, as findRepeatedNegation reads it. */
interface Word {
  value: string
  /** [start, end) in the file. */
  start: number
  end: number
}

/** The words of tokens [first, end) and, for each, whether punctuation (a comma, a dash, a parenthesis) sits between it and the word before: it ends the clause. */
function sentenceWords(block: Block, first: number, end: number): [Word[], boolean[]] {
  const {tokens, text} = block
  const words: Word[] = []
  const breakBefore: boolean[] = []
  let punctuated = false
  for (let token = first; token < end; token++) {
    const type = tokens[token * 3]!
    if (type === PUNCTUATION_TOKEN) punctuated = true
    else if (type === WORD_TOKEN) {
      const from = tokens[token * 3 + 1]!
      const to = tokens[token * 3 + 2]!
      const [start, stop] = block.rangeOf(from, to)
      words.push({value: text.slice(from, to), start, end: stop})
      breakBefore.push(words.length > 1 && punctuated)
      punctuated = false
    }
  }
  return [words, breakBefore]
}

/**
 * Whether a word of tokens [first, end) is « ne » or starts with « n’ »:
 * without one findRepeatedNegation has nothing to follow. Read on the
 * characters: only N or n lower-cases to n, and only these marks are
 * apostrophes to wordKey.
 */
function hasNegation(block: Block, first: number, end: number): boolean {
  const {tokens, text} = block
  for (let token = first; token < end; token++) {
    if (tokens[token * 3] !== WORD_TOKEN) continue
    const from = tokens[token * 3 + 1]!
    const to = tokens[token * 3 + 2]!
    if (to - from < 2 || (text.charCodeAt(from) | 0x20) !== 0x6e) continue
    const second = text.charCodeAt(from + 1)
    if (isApostrophe(second) || (to - from === 2 && (second | 0x20) === 0x65)) return true
  }
  return false
}

/** ' and the marks wordKey reads as one: ’ ʼ ‘ ` ´. */
function isApostrophe(code: number): boolean {
  return code === 0x27 || code === 0x2019 || code === 0x2bc || code === 0x2018 || code === 0x60 || code === 0xb4
}

function findRepeats(block: Block, first: number, end: number, allow: ReadonlySet<string>, results: DoubledWord[]): void {
  const {tokens, text} = block
  // The word before, when only white space separates it from the current one; -1 when none.
  let previous = -1
  for (let token = first; token < end; token++) {
    const type = tokens[token * 3]!
    if (type === WHITE_SPACE_TOKEN) continue
    if (type !== WORD_TOKEN) {
      previous = -1
      continue
    }
    if (previous >= 0 && maySameKey(text, tokens[previous * 3 + 1]!, tokens[previous * 3 + 2]!, tokens[token * 3 + 1]!, tokens[token * 3 + 2]!)) {
      const before = text.slice(tokens[previous * 3 + 1]!, tokens[previous * 3 + 2]!)
      const value = text.slice(tokens[token * 3 + 1]!, tokens[token * 3 + 2]!)
      const key = wordKey(value)
      if (
        wordKey(before) === key &&
        isWordy(key) &&
        !allow.has(key) &&
        !isLegitimateRepeat(key, before, value, nextWordAfter(block, token, end))
      ) {
        const [firstStart, firstEnd] = block.rangeOf(tokens[previous * 3 + 1]!, tokens[previous * 3 + 2]!)
        const [start, stop] = block.rangeOf(tokens[token * 3 + 1]!, tokens[token * 3 + 2]!)
        results.push({kind: 'repeat', word: value, start, end: stop, firstStart, firstEnd, removeStart: firstEnd})
      }
    }
    previous = token
  }
}

/**
 * Whether text[aFrom, aTo) and text[bFrom, bTo) may have the same wordKey,
 * decided on the characters without making either string. Exact for ASCII
 * (lower case and the backtick apostrophe keep the length); any other
 * character answers yes, for wordKey to decide.
 */
export function maySameKey(text: string, aFrom: number, aTo: number, bFrom: number, bTo: number): boolean {
  const length = aTo - aFrom
  const sameLength = length === bTo - bFrom
  for (let offset = 0; offset < length && offset < bTo - bFrom; offset++) {
    const a = text.charCodeAt(aFrom + offset)
    const b = text.charCodeAt(bFrom + offset)
    if (a >= 0x80 || b >= 0x80) return true
    if (a !== b && foldAscii(a) !== foldAscii(b)) return false
  }
  if (sameLength) return true
  // Lengths differ: only a character beyond ASCII could make the keys equal.
  for (let index = aFrom; index < aTo; index++) if (text.charCodeAt(index) >= 0x80) return true
  for (let index = bFrom; index < bTo; index++) if (text.charCodeAt(index) >= 0x80) return true
  return false
}

/** An ASCII character as wordKey leaves it: lower case, ` read as '. */
function foldAscii(code: number): number {
  if (code >= 0x41 && code <= 0x5a) return code | 0x20
  return code === 0x60 ? 0x27 : code
}

/**
 * Whether a word written twice in a row (`before`, then `value`, both with
 * the key `key`; `next` the word after them, if any) is right: a
 * grammatical repetition, a reduplicated name, or a word that opens what
 * follows rather than repeating what precedes — a Latin locution (« a a
 * priori ») or the particle of a name (« de De Gaulle », « de De
 * Villiers », "van Van Gogh": the first word in lower case, the second
 * capitalised, the next capitalised too).
 */
export function isLegitimateRepeat(key: string, before: string, value: string, next: string | undefined): boolean {
  if (ALLOWED_REPEATS.has(key) || isReduplicatedName(before, value)) return true
  if (next === undefined) return false
  if (LOCUTIONS[key]?.has(next.toLowerCase())) return true
  return !isCapitalised(before) && isCapitalised(value) && !isAllCaps(value) && isCapitalised(next)
}

/** The word right after token `token`, when only white space separates them. */
function nextWordAfter(block: Block, token: number, end: number): string | undefined {
  const {tokens, text} = block
  for (let next = token + 1; next < end; next++) {
    const type = tokens[next * 3]!
    if (type === WHITE_SPACE_TOKEN) continue
    return type === WORD_TOKEN ? text.slice(tokens[next * 3 + 1]!, tokens[next * 3 + 2]!) : undefined
  }
  return undefined
}

/**
 * Names that repeat a word: Walla Walla, Bora Bora, Duran Duran, Sirhan
 * Sirhan — both capitalised. A slip keeps the second word in lower case
 * (« Le le », "The the"), and in a run of capitals ("THE THE") case says
 * nothing, so those are still reported.
 */
function isReduplicatedName(first: string, second: string): boolean {
  if (!isCapitalised(first) || !isCapitalised(second)) return false
  return !(isAllCaps(first) && isAllCaps(second))
}

function isAllCaps(value: string): boolean {
  return value.length > 1 && value === value.toLocaleUpperCase()
}

function isCapitalised(value: string): boolean {
  const initial = value.charAt(0)
  return initial !== initial.toLocaleLowerCase()
}

/** Numbers repeat legitimately (« 10 10 » in a table, a phone number). */
function isWordy(key: string): boolean {
  return /\p{L}/u.test(key)
}

function findRepeatedNegation(words: Word[], breakBefore: readonly boolean[], results: DoubledWord[]): void {
  const keys = words.map((word) => wordKey(word.value))
  const inFixedPhrase = fixedPhraseMask(keys)
  let negated = false
  let particle: {key: string; index: number} | undefined
  for (let index = 0; index < words.length; index++) {
    const key = keys[index]!
    if (key === 'ne' || key.startsWith("n'")) {
      negated = true
      particle = undefined
      continue
    }
    if (!negated) continue
    if (CLAUSE_OPENERS.has(key.replace(/'.*$/, '')) || breakBefore[index]) {
      negated = false
      particle = undefined
      continue
    }
    if (!NEGATION_PARTICLES.has(key) || inFixedPhrase[index] || isComparative(keys, index) || isNoun(keys, index)) continue
    if (particle && particle.key === key && index - particle.index <= NEGATION_SPAN && index - particle.index > 1) {
      const first = words[particle.index]!
      const second = words[index]!
      results.push({kind: 'negation', word: second.value, start: second.start, end: second.end, firstStart: first.start, firstEnd: first.end, removeStart: words[index - 1]!.end})
      negated = false
      particle = undefined
      continue
    }
    particle ??= {key, index}
  }
}

function fixedPhraseMask(keys: string[]): boolean[] {
  const mask = keys.map(() => false)
  for (let index = 0; index < keys.length; index++) {
    for (const phrase of FIXED_PHRASES) {
      if (phrase.every((word, offset) => keys[index + offset] === word)) {
        for (let offset = 0; offset < phrase.length; offset++) mask[index + offset] = true
      }
    }
  }
  return mask
}

/** Words after which pas, point, rien or personne are nouns: « un pas en arrière », « la personne », « ce point ». */
const DETERMINERS = new Set(['un', 'une', 'le', 'la', "l'", 'les', 'des', 'du', 'de', "d'", 'ce', 'cet', 'cette', 'ces', 'mon', 'ton', 'son', 'ma', 'ta', 'sa', 'nos', 'vos', 'leur', 'leurs', 'notre', 'votre', 'chaque', 'quel', 'quelle', 'premier', 'dernier', 'moindre', 'grand', 'petit', 'seul', 'aucun', 'aucune', 'nul', 'nulle', 'tel', 'telle', 'au', 'aux'])

function isNoun(keys: string[], index: number): boolean {
  const key = keys[index]!
  if (key === 'plus' || key === 'jamais' || key === 'guère') return false
  const before = keys[index - 1] ?? ''
  return DETERMINERS.has(before) || (before.endsWith("'") && DETERMINERS.has(before))
}

/** « plus » as a comparative (« le plus grand », « plus de », « plus que ») is not a negation. */
function isComparative(keys: string[], index: number): boolean {
  if (keys[index] !== 'plus') return false
  const before = keys[index - 1]
  const after = keys[index + 1]
  return ['le', 'la', 'les', 'au', 'du', 'de'].includes(before ?? '') || ['de', "d'", 'que', "qu'", 'en', 'ou', 'tard', 'tôt'].some((word) => after === word || (after ?? '').startsWith(word))
}
