// The implementation before the rewrite for speed (commit 9e6031c), kept as the reference the rewrite is compared with.
import type {Block} from '../../../src/text/blocks.js'
import type {Lang} from '../../../src/types.js'
import {sentencesOf, wordKey, type Token} from '../../../src/text/words.js'
import {CLAUSE_WINDOW, fixedPhraseMask, isComparative, isNoun, judgeRepeat, negationCertainty, type Certainty} from '../../../src/analysis/doubled-words.js'

export interface DoubledWord {
  kind: 'repeat' | 'negation'
  word: string
  certainty: Certainty
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
 * followed by the conjunction ("that that").
 */
// Which repetitions are right (grammar, names, locutions) is the rule's own
// policy, imported from src/: this copy freezes how words are read.

const NEGATION_PARTICLES = new Set(['pas', 'plus', 'jamais', 'rien', 'guère', 'point', 'personne'])

/** Words that open a new clause: a particle after one belongs to another verb. */
const CLAUSE_OPENERS = new Set(['que', 'qu', 'qui', 'mais', 'et', 'ou', 'car', 'quand', 'lorsque', 'si', 'puisque', 'dont', 'où', 'comme'])

/** How many words may separate two particles of one negation (« n'a pas manqué pas »). */
const NEGATION_SPAN = 6

export function findDoubledWords(block: Block, lang: Lang, allow: ReadonlySet<string> = new Set()): DoubledWord[] {
  const results: DoubledWord[] = []
  for (const tokens of sentencesOf(block)) {
    const words: Token[] = []
    // Whether punctuation (a comma, a dash, a parenthesis) sits between each word and the one before: it ends the clause.
    const breakBefore: boolean[] = []
    let punctuated = false
    for (const token of tokens) {
      if (token.type === 'PunctuationNode') punctuated = true
      else if (token.type === 'WordNode') {
        words.push(token)
        breakBefore.push(words.length > 1 && punctuated)
        punctuated = false
      }
    }
    findRepeats(tokens, allow, results)
    if (lang === 'fr') findRepeatedNegation(words, breakBefore, results)
  }
  return results
}

function findRepeats(tokens: Token[], allow: ReadonlySet<string>, results: DoubledWord[]): void {
  let previous: Token | undefined
  let previousKey = ''
  let gapStart = 0
  // Keys of the words since the last punctuation mark, before `previous`.
  let clause: string[] = []
  let pending: string[] = []
  for (const [index, token] of tokens.entries()) {
    if (token.type === 'WhiteSpaceNode') continue
    if (token.type !== 'WordNode') {
      previous = undefined
      if (token.type === 'PunctuationNode') pending = []
      continue
    }
    clause = (previous ? pending.slice(0, -1) : pending).slice(-CLAUSE_WINDOW)
    const key = wordKey(token.value)
    if (previous && previousKey === key && isWordy(key) && !allow.has(key)) {
      const certainty = judgeRepeat({key, before: previous.value, value: token.value, next: nextWord(tokens, index), clause})
      if (certainty) results.push({kind: 'repeat', word: token.value, certainty, start: token.start, end: token.end, firstStart: previous.start, firstEnd: previous.end, removeStart: gapStart})
    }
    pending.push(key)
    previous = token
    previousKey = key
    gapStart = token.end
  }
}

/** The word right after tokens[index], when only white space separates them. */
function nextWord(tokens: Token[], index: number): string | undefined {
  for (const token of tokens.slice(index + 1)) {
    if (token.type === 'WhiteSpaceNode') continue
    return token.type === 'WordNode' ? token.value : undefined
  }
  return undefined
}

/** Numbers repeat legitimately (« 10 10 » in a table, a phone number). */
function isWordy(key: string): boolean {
  return /\p{L}/u.test(key)
}

function findRepeatedNegation(words: Token[], breakBefore: readonly boolean[], results: DoubledWord[]): void {
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
    // Policy, as in src/: « ni » opens the next member of the negation (« rien vu ni rien entendu »).
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
