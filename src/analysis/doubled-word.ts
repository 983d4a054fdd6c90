import {ALLOWED_REPEATS, AUXILIARIES, CLAUSE_OPENERS, CLAUSE_VERBS_EN, CLAUSE_VERBS_FR, COPULAS, DETERMINERS, DETERMINERS_EN, DITRANSITIVES, FIXED_PHRASES, FUSED_RELATIVES, INTENSIFIERS, LOCUTIONS, NEGATION_PARTICLES, NUMERALS, OBJECT_SUBJECT_PRONOUNS, PARTICLES, PHRASAL_HEADS, REDUPLICATIVES, RELATIVES, SLIP_PARTICLES, SLIP_WORDS, STRANDABLE, SUBJECT_VERBS_EN} from '../lexicon/doubled-words.js'
import {PUNCTUATION_TOKEN, WHITE_SPACE_TOKEN, WORD_TOKEN, type Block} from '../text/blocks.js'
import {particlesFor} from '../lexicon/names.js'
import {DEMONSTRATIVES_EN, PREPOSITIONS_EN, PREPOSITIONS_FR} from '../lexicon/repeats.js'
import type {Lang} from '../types.js'
import {wordKey} from '../text/words.js'

/**
 * How sure a doubled word is a slip, which decides how it is reported:
 * - `slip`: a word that never ends one phrase and opens the next (an
 *   article, a conjunction, « le le », "to to"): deleting one is safe;
 * - `doubt`: a word that may do so (a verb ending a clause, a particle then
 *   a preposition, a noun): reported, to be fixed by hand;
 * - `emphasis`: an intensifier said twice ("very very", « très très »):
 *   the speaker's words in a quotation, a doubt elsewhere;
 * - `comma`: a pronoun that ends one clause and opens the next ("if there
 *   is a bug in it it will crash"): both words are meant and a comma is
 *   missing between them; deleting one is the wrong fix.
 */
export type Certainty = 'slip' | 'doubt' | 'emphasis' | 'comma'

export interface DoubledWord {
  /** `phrase`: a group of two to four words said twice in a row ("he said he said"); `word` is its second copy. */
  kind: 'repeat' | 'negation' | 'phrase'
  word: string
  certainty: Certainty
  /** The repeated (second) occurrence. */
  start: number
  end: number
  /** Where the first occurrence is. */
  firstStart: number
  firstEnd: number
  /** Where the word before the deleted one ends: a fix deletes from here (or the white space just before it) to `end`. */
  removeStart: number
}

/** How many words before a repetition judgeRepeat reads: a relative clause that ends on the first occurrence is rarely longer. */
const CLAUSE_WINDOW = 10

/** Keys of the words of one clause, read by judgeRepeat. */
export interface RepeatContext {
  /** The doubled word's key (lower case, apostrophes alike). */
  key: string
  /** The two occurrences as written. */
  before: string
  value: string
  /** The word right after them, if only white space separates it. */
  next: string | undefined
  /** Keys of the words of the clause before the first occurrence, in order (since the sentence's start or its last punctuation mark, at most CLAUSE_WINDOW). */
  clause: readonly string[]
}

/**
 * Words doubled as an interjection only in one place: "There there," and
 * "Now now," open their sentence (comfort, reproach), "pretty pretty" goes
 * before "please". Elsewhere their doubling is judged as any other word's.
 */
function isSetReduplication(key: string, next: string | undefined, clause: readonly string[]): boolean {
  if (key === 'pretty') return next !== undefined && wordKey(next) === 'please'
  return (key === 'there' || key === 'now' || key === 'well') && clause.length === 0
}

function negationCertainty(particle: string): Certainty {
  return SLIP_PARTICLES.has(particle) ? 'slip' : 'doubt'
}

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
    findRepeatedPhrases(block, first, end, allow, results)
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
      if (wordKey(before) === key && isWordy(key) && !allow.has(key) && !isSaidOnPurpose(block, first, end, previous, token, key)) {
        const certainty = judgeRepeat({key, before, value, next: nextWordAfter(block, token, end), clause: clauseBefore(block, first, previous)})
        if (certainty) {
          const [firstStart, firstEnd] = block.rangeOf(tokens[previous * 3 + 1]!, tokens[previous * 3 + 2]!)
          const [start, stop] = block.rangeOf(tokens[token * 3 + 1]!, tokens[token * 3 + 2]!)
          results.push({kind: 'repeat', word: value, certainty, start, end: stop, firstStart, firstEnd, removeStart: firstEnd})
        }
      }
    }
    previous = token
  }
}

/** The longest group of words looked for said twice in a row: "he said he said", « il a dit il a dit », "in the in the". */
const MAX_PHRASE_WORDS = 4

/**
 * A group of two to four words said twice in a row, with nothing but
 * spaces between them ("he said he said", « il a dit il a dit », "in the
 * in the"): an edit left half done. Not a group of one word said again
 * (findRepeats' business: « tic tac tic tac », "ha ha ha ha"), not words
 * all capitalised (a name or a title: "New York New York"), not words all
 * allowed to repeat, nor a chant closed by an exclamation mark ("Allez les
 * Bleus allez les Bleus !"), nor two words that may be a set phrase running
 * on (see isRepeatedPhrase).
 */
function findRepeatedPhrases(block: Block, first: number, end: number, allow: ReadonlySet<string>, results: DoubledWord[]): void {
  const {tokens, text} = block
  // The last words since a mark of punctuation, as token numbers (at most twice the longest group).
  const run: number[] = []
  const from = (word: number) => tokens[run[word]! * 3 + 1]!
  const to = (word: number) => tokens[run[word]! * 3 + 2]!
  const key = (word: number) => wordKey(text.slice(from(word), to(word)))
  for (let token = first; token < end; token++) {
    const type = tokens[token * 3]!
    if (type === WHITE_SPACE_TOKEN) continue
    if (type !== WORD_TOKEN) {
      run.length = 0
      continue
    }
    run.push(token)
    if (run.length > 2 * MAX_PHRASE_WORDS) run.shift()
    const last = run.length - 1
    for (let size = 2; size <= MAX_PHRASE_WORDS && 2 * size <= run.length; size++) {
      const start = last - 2 * size + 1
      let same = true
      for (let offset = 0; offset < size && same; offset++) same = maySameKey(text, from(start + offset), to(start + offset), from(start + size + offset), to(start + size + offset))
      if (!same) continue
      const keys = Array.from({length: size}, (_, offset) => key(start + offset))
      if (keys.some((value, offset) => value !== key(start + size + offset))) continue
      if (!isRepeatedPhrase(keys, text.slice(from(start), to(start + size - 1)), allow) || endsWithExclamation(block, token, end)) continue
      const [firstStart, firstEnd] = block.rangeOf(from(start), to(start + size - 1))
      const [secondStart, secondEnd] = block.rangeOf(from(start + size), to(last))
      results.push({kind: 'phrase', word: text.slice(from(start + size), to(last)), certainty: 'doubt', start: secondStart, end: secondEnd, firstStart, firstEnd, removeStart: firstEnd})
      run.length = 0
      break
    }
  }
}

/**
 * Whether a group said twice (its keys, and its first copy as written) is a
 * slip: see findRepeatedPhrases. Two words whose second is a preposition
 * may be a set phrase joining a word to itself that runs on ("from town to
 * town to do business", « de ville en ville en passant »): left alone.
 */
function isRepeatedPhrase(keys: readonly string[], written: string, allow: ReadonlySet<string>): boolean {
  if (keys.every((value) => value === keys[0]) || !keys.some(isWordy)) return false
  if (keys.length === 2 && (PREPOSITIONS_EN.has(keys[1]!) || PREPOSITIONS_FR.has(keys[1]!))) return false
  if (keys.every((value) => ALLOWED_REPEATS.has(value) || REDUPLICATIVES.has(value) || allow.has(value))) return false
  return !written.split(/\s+/u).every((word) => /^\p{Lu}/u.test(word))
}

/** Whether only white space then an exclamation mark follow token `token`: a group said twice then is a chant. */
function endsWithExclamation(block: Block, token: number, end: number): boolean {
  const {tokens, text} = block
  for (let next = token + 1; next < end; next++) {
    const type = tokens[next * 3]!
    if (type === WHITE_SPACE_TOKEN) continue
    return type === PUNCTUATION_TOKEN && text.charAt(tokens[next * 3 + 1]!) === '!'
  }
  return false
}

/**
 * Whether the repetition of tokens `previous` and `token` (one word, `key`)
 * is written on purpose, whatever the word:
 * - a word said three times or more, a comma between two of them (« tout,
 *   tout, tout tout », "no, no no"), or the run closed by an exclamation
 *   mark ("Go go go!"): emphasis, a speaker's words, a chant; without
 *   either (« qui qui qui viendrait ») it is still a stutter of the keyboard;
 * - a word in capitals doubled where a headline meets a dateline (« LA
 *   VIOLENCE À PARIS PARIS - Le président… »), the second followed by a
 *   spaced dash, or opening a line after the first: layout run together.
 */
function isSaidOnPurpose(block: Block, first: number, end: number, previous: number, token: number, key: string): boolean {
  const {tokens, text} = block
  const sameWord = (at: number) => at >= first && at < end && tokens[at * 3] === WORD_TOKEN && wordKey(text.slice(tokens[at * 3 + 1]!, tokens[at * 3 + 2]!)) === key
  // The word next to `from` going `step` after a comma (and white space), or -1.
  const afterComma = (from: number, step: number) => {
    let comma = false
    for (let at = from + step; at >= first && at < end; at += step) {
      const type = tokens[at * 3]!
      if (type === WHITE_SPACE_TOKEN) continue
      if (type === PUNCTUATION_TOKEN && !comma && text.slice(tokens[at * 3 + 1]!, tokens[at * 3 + 2]!) === ',') {
        comma = true
        continue
      }
      return type === WORD_TOKEN && comma ? at : -1
    }
    return -1
  }
  if (sameWord(afterComma(previous, -1)) || sameWord(afterComma(token, 1))) return true
  if (isChant(block, first, end, previous, token, sameWord)) return true
  const value = text.slice(tokens[token * 3 + 1]!, tokens[token * 3 + 2]!)
  if (!isAllCaps(value) || !isAllCaps(text.slice(tokens[previous * 3 + 1]!, tokens[previous * 3 + 2]!))) return false
  if (text.slice(tokens[previous * 3 + 2]!, tokens[token * 3 + 1]!).includes('\n')) return true
  return /^[ \u00A0]+(?:--?|[—–])[ \u00A0]/u.test(text.slice(tokens[token * 3 + 2]!, tokens[token * 3 + 2]! + 8))
}

/**
 * A word said three times or more in a row, the run closed by an
 * exclamation mark (“Go go go!”, « Allez allez allez ! »): a chant or a cheer.
 * A run that goes on with the sentence (« qui qui qui viendrait ») is a stutter.
 */
function isChant(block: Block, first: number, end: number, previous: number, token: number, sameWord: (at: number) => boolean): boolean {
  const {tokens, text} = block
  // The next token that is not white space going `step` from `from`, or -1.
  const nextVisible = (from: number, step: number) => {
    for (let at = from + step; at >= first && at < end; at += step) if (tokens[at * 3] !== WHITE_SPACE_TOKEN) return at
    return -1
  }
  // Bounded: a run longer than a chant is no chant, and a run of « le le le … » costs a few words a repeat.
  const before = nextVisible(previous, -1)
  let count = before >= 0 && sameWord(before) ? 3 : 2
  let last = token
  for (let at = nextVisible(token, 1), steps = 0; at >= 0 && sameWord(at); at = nextVisible(at, 1)) {
    if (++steps > MAX_CHANT) return false
    count++
    last = at
  }
  const after = nextVisible(last, 1)
  return count >= 3 && after >= 0 && tokens[after * 3] === PUNCTUATION_TOKEN && text.charAt(tokens[after * 3 + 1]!) === '!'
}

/** Most repeats after the current one that a chant holds (“Go go go go go!”): a longer run is no chant. */
const MAX_CHANT = 6

/**
 * Keys of the words before token `before`, back to the last punctuation mark
 * or the start of the sentence (`first`), at most CLAUSE_WINDOW of them: the
 * clause a doubled word's first occurrence ends. Read backwards and bounded,
 * so that a paragraph of « le le le … » costs no more than a few words a repeat.
 */
function clauseBefore(block: Block, first: number, before: number): string[] {
  const {tokens, text} = block
  const clause: string[] = []
  for (let token = before - 1; token >= first && clause.length < CLAUSE_WINDOW; token--) {
    const type = tokens[token * 3]!
    if (type === PUNCTUATION_TOKEN) break
    if (type === WORD_TOKEN) clause.push(wordKey(text.slice(tokens[token * 3 + 1]!, tokens[token * 3 + 2]!)))
  }
  return clause.reverse()
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
 * What a word written twice in a row is (`before`, then `value`): undefined
 * when it is right — a grammatical repetition, a reduplicated word or name,
 * a word that opens what follows — else how sure a slip it is. English
 * repeats a word at a phrase boundary: a particle then a preposition ("gave
 * in in the end"), a stranded preposition then another ("the firm she
 * worked for for years"), the verb ending a relative clause then the main
 * verb ("the company that he ran ran out of cash", « ce qu’il fait fait
 * peur »). What can end a phrase is only a doubt; what cannot is a slip.
 */
function judgeRepeat(context: RepeatContext): Certainty | undefined {
  const {key, before, value, next, clause} = context
  if (ALLOWED_REPEATS.has(key) || REDUPLICATIVES.has(key) || isReduplicatedName(before, value) || isAcronymAndWord(before, value, clause.at(-1))) return undefined
  if (isSetReduplication(key, next, clause)) return undefined
  // "Add to this this new law": the preposition's object, then the determiner of what follows.
  if (next !== undefined && DEMONSTRATIVES_EN.has(key) && PREPOSITIONS_EN.has(clause.at(-1) ?? '')) return undefined
  // "J. J. Abrams", "E. E. Cummings": two initials, two first names.
  if (isInitial(before) && isInitial(value)) return undefined
  // « celle de l’Est l’est aussi »: a name inside the clause, then the common word (a pronoun and a verb here).
  if (clause.length > 0 && !clause.at(-1)!.endsWith('.') && isCapitalised(unelided(before)) && !isAllCaps(unelided(before)) && !isCapitalised(unelided(value))) return undefined
  if (next !== undefined) {
    // « faire faire un devis »: the causative before the verb it governs.
    if (key === 'faire') return undefined
    // "He gave her her phone back": the indirect object, then the possessive.
    if (key === 'her' && isDitransitive(clause.at(-1))) return undefined
    // "if there is a bug in it it will crash": one clause ends on the pronoun, the next opens with it.
    if (OBJECT_SUBJECT_PRONOUNS.has(key) && clause.length > 0 && opensClauseAsSubject(next)) return 'comma'
  }
  if (next !== undefined && opensWhatFollows(key, before, value, next)) return undefined
  // The doubled word itself is no relative to its own repetition (« qui qui qui »).
  const afterRelative = clause.some((word, index) => elided(word) !== key && RELATIVES.has(elided(word)) && !isConjunction(clause, index))
  // A preposition opens a phrase only if a word follows it: "were to to." is a slip whatever came before.
  if ((PARTICLES.has(key) || STRANDABLE.has(key)) && next === undefined) return 'slip'
  if (PARTICLES.has(key)) return endsOnParticleVerb(clause, next) ? undefined : 'doubt'
  if (STRANDABLE.has(key)) return !afterRelative ? 'slip' : isVerbLike(clause.at(-1)) ? undefined : 'doubt'
  if (COPULAS.has(key) && clause.some((word) => FUSED_RELATIVES.has(word))) return undefined
  // « de de Paris »: a slip, unless the name keeps its particle (« de de Villepin » may be meant, see keepsParticle).
  if (NAME_PARTICLES.has(key) && next !== undefined && isCapitalised(next)) return 'doubt'
  if (SLIP_WORDS.has(key)) return 'slip'
  if (INTENSIFIERS.has(key)) return 'emphasis'
  return afterRelative ? undefined : 'doubt'
}

/** An initial: one capital letter and its full stop ("J.", "E."). */
function isInitial(value: string): boolean {
  return /^\p{Lu}\.$/u.test(value)
}

/** « l’Est » read as « Est »: the word after an elided one. */
function unelided(value: string): string {
  const apostrophe = value.search(/['’ʼ‘`´]/u)
  return apostrophe > 0 && apostrophe < value.length - 1 ? value.slice(apostrophe + 1) : value
}

function opensClauseAsSubject(next: string): boolean {
  return SUBJECT_VERBS_EN.has(wordKey(next))
}

function isDitransitive(key: string | undefined): boolean {
  return key !== undefined && DITRANSITIVES.has(key)
}

/** Lower-case particles of names: « de de Gaulle », "van van Gogh" (the first word the preposition). */
const NAME_PARTICLES: ReadonlySet<string> = new Set(particlesFor('doubled'))

/**
 * Whether the second word opens what follows rather than repeating the
 * first: a Latin locution (« a a priori »), a name's particle (« de De
 * Gaulle », « de de Gaulle »: the next word capitalised), « en » before a
 * gerund (« en en parlant »), « plus » as a comparative after the
 * negation (« il n’a plus plus de marge »).
 */
function opensWhatFollows(key: string, before: string, value: string, next: string): boolean {
  const nextKey = wordKey(next)
  if (LOCUTIONS[key]?.has(nextKey)) return true
  if (isCapitalised(next) && !isCapitalised(before) && isCapitalised(value) && !isAllCaps(value)) return true
  if (isCapitalised(next) && NAME_PARTICLES.has(key) && !isCapitalised(value) && (key !== 'de' || keepsParticle(next))) return true
  if (key === 'en') return /ant$/.test(nextKey)
  return key === 'plus' && ['de', "d'", 'que', "qu'"].includes(elided(nextKey))
}

/**
 * Whether a surname keeps « de » when it stands without a first name or a
 * title, so that « de de Gaulle » may be written: only a name of one
 * syllable, or of two whose second is a mute e (« de Gaulle », « de Thou »,
 * « de Sade »); otherwise the particle goes (« Villepin », « Musset ») and
 * « de de » before the capital is a slip (« il vient de de Paris »).
 * Syllables are counted on the spelling, as groups of vowels.
 */
function keepsParticle(name: string): boolean {
  const word = name.toLocaleLowerCase().replace(/[-’'].*$/, '').replace(/(?<=[^aeiouyàâäéèêëîïôöùûüœæ])es?$/, '')
  return (word.match(/[aeiouyàâäéèêëîïôöùûüœæ]+/g) ?? []).length <= 1
}

/**
 * Whether the clause ends on a verb that takes a particle, so that the
 * particle may be doubled by the preposition that opens the next phrase
 * ("gave in in the end"). Before a capitalised name ("logged on on Monday")
 * the verb must be one of the heads of phrasal verbs: "the talks in in
 * Rabat", "officials meeting in in Rabat" are slips.
 */
function endsOnParticleVerb(clause: readonly string[], next: string | undefined): boolean {
  const verb = clause.at(-1)
  if (verb === undefined || DETERMINERS_EN.has(clause.at(-2) ?? '')) return false
  return next !== undefined && isCapitalised(next) ? isPhrasalHead(verb) : isVerbLike(verb)
}

/** A form of one of PHRASAL_HEADS: the head itself, or its -s, -ed or -ing form ("logged", "moving", "steps"). */
function isPhrasalHead(key: string): boolean {
  if (PHRASAL_HEADS.has(key)) return true
  const stem = /^(.{2,}?)(?:ed|ing|es|s)$/.exec(key)?.[1]
  if (stem === undefined) return false
  // "moved" → move, "logged" → log.
  return PHRASAL_HEADS.has(stem) || PHRASAL_HEADS.has(`${stem}e`) || (/(.)\1$/.test(stem) && PHRASAL_HEADS.has(stem.slice(0, -1)))
}


/**
 * Whether the relative word at `index` of the clause is a conjunction: "that"
 * or « que » after a verb of saying or thinking, after an auxiliary and its
 * participle or adjective (« a estimé que », "it is clear that"), or in a
 * compound conjunction (« parce que », "so that").
 */
function isConjunction(clause: readonly string[], index: number): boolean {
  const word = elided(clause[index]!)
  if (word !== 'that' && word !== 'que' && word !== "qu'") return false
  const before = clause[index - 1]
  if (before === undefined) return false
  return CLAUSE_VERBS_EN.has(before) || CLAUSE_VERBS_FR.has(before) || AUXILIARIES.has(clause[index - 2] ?? '')
}

/** « qu'il » read as « qu' », "d'argent" as « d' »: the elided word is the one that counts. */
function elided(key: string): string {
  const apostrophe = key.indexOf("'")
  return apostrophe > 0 ? key.slice(0, apostrophe + 1) : key
}

/** Whether an English word may be a verb that takes a particle ("gave", "logged", "moves"). */
function isVerbLike(key: string | undefined): boolean {
  if (key === undefined) return false
  if (PHRASAL_HEADS.has(key)) return true
  if (key.length > 4 && /(?:ed|ing)$/.test(key)) return true
  return key.endsWith('s') && (PHRASAL_HEADS.has(key.slice(0, -1)) || (key.endsWith('es') && PHRASAL_HEADS.has(key.slice(0, -2))))
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

/**
 * An acronym in capitals after a determiner, then the word it spells in
 * lower case: "the WHO who questioned" names an organisation, then opens a
 * relative clause. A word in capitals opening its clause ("THE the deal")
 * or a run of capitals ("THE THE") is still a word typed twice.
 */
function isAcronymAndWord(first: string, second: string, wordBefore: string | undefined): boolean {
  return isAllCaps(first) && second === second.toLocaleLowerCase() && wordBefore !== undefined && (DETERMINERS.has(wordBefore) || DETERMINERS_EN.has(wordBefore))
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
    // « n’a rien vu ni rien entendu », « jamais de viande ni jamais de poisson »: « ni » opens the next member of the negation, which has its own particle.
    if (key === 'ni') {
      particle = undefined
      continue
    }
    if (!NEGATION_PARTICLES.has(key) || inFixedPhrase[index] || isComparative(keys, index) || isNoun(keys, index)) continue
    if (particle && particle.key === key && index - particle.index <= NEGATION_SPAN && index - particle.index > 1) {
      const first = words[particle.index]!
      const second = words[index]!
      results.push({kind: 'negation', word: second.value, certainty: negationCertainty(key), start: second.start, end: second.end, firstStart: first.start, firstEnd: first.end, removeStart: words[index - 1]!.end})
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

/**
 * Whether pas, point, rien or personne is a noun rather than a particle:
 * after a determiner or a number (« un pas », « à deux pas »), or after one
 * adjective that follows one (« un faux pas », « un petit rien »).
 */
function isNoun(keys: readonly string[], index: number): boolean {
  const key = keys[index]!
  if (key === 'plus' || key === 'jamais' || key === 'guère') return false
  if (opensNounPhrase(keys[index - 1])) return true
  // « ne le veut pas »: after « ne », le, la, les are pronouns before a verb, not articles before an adjective.
  return opensNounPhrase(keys[index - 2]) && keys[index - 3] !== 'ne'
}

function opensNounPhrase(key: string | undefined): boolean {
  return key !== undefined && (DETERMINERS.has(key) || NUMERALS.has(key) || /^\d+$/.test(key))
}

/** « plus » as a comparative (« le plus grand », « plus de », « plus que ») is not a negation. */
function isComparative(keys: readonly string[], index: number): boolean {
  if (keys[index] !== 'plus') return false
  const before = keys[index - 1]
  const after = keys[index + 1]
  return ['le', 'la', 'les', 'au', 'du', 'de'].includes(before ?? '') || ['de', "d'", 'que', "qu'", 'en', 'ou', 'tard', 'tôt'].some((word) => after === word || (after ?? '').startsWith(word))
}
