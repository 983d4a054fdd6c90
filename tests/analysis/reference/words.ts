// The implementation before the rewrite for speed (commit 9e6031c), kept as the reference the rewrite is compared with.
import type {SentenceContent} from 'nlcst'
import {TOKEN_TYPES, type Block} from '../../../src/text/blocks.js'

const TYPOGRAPHIC_APOSTROPHES = /[’ʼ‘`´]/g

/** Straight and typographic apostrophes are the same letter to every rule. */
export function normaliseApostrophes(value: string): string {
  return value.replace(TYPOGRAPHIC_APOSTROPHES, "'")
}

/**
 * Lower case, one apostrophe, no accents removed: the key two words must
 * share to be "the same". `toLowerCase`, not the locale's: under a Turkish
 * locale "I" would become a dotless ı in French and English text.
 */
export function wordKey(value: string): string {
  const lower = value.toLowerCase()
  // Most words have no apostrophe: skip building a copy.
  return lower.search(TYPOGRAPHIC_APOSTROPHES) === -1 ? lower : normaliseApostrophes(lower)
}

/** A token of a sentence, with its text and its offsets in the file. */
export interface Token {
  type: SentenceContent['type']
  value: string
  start: number
  end: number
}

/** The block's sentences, each as its tokens, for rules that scan word by word. */
export function sentencesOf(block: Block): Token[][] {
  const {sentences, tokens, text} = block
  const result: Token[][] = []
  for (let sentence = 0; sentence + 1 < sentences.length; sentence++) {
    const list: Token[] = []
    for (let token = sentences[sentence]!; token < sentences[sentence + 1]!; token++) {
      const from = tokens[token * 3 + 1]!
      const to = tokens[token * 3 + 2]!
      const [start, end] = block.rangeOf(from, to)
      list.push({type: TOKEN_TYPES[tokens[token * 3]!]!, value: text.slice(from, to), start, end})
    }
    result.push(list)
  }
  return result
}
