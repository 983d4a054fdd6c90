import {ParseEnglish} from 'parse-english'
import {ParseLatin} from 'parse-latin'
import type {Paragraph, Root, Sentence, SentenceContent} from 'nlcst'
import type {Lang} from '../types.js'
import {maskLongRuns} from './limits.js'

/** The part of parse-latin's parser factlint relies on. */
export interface NlcstParser {
  parse(value: string): Root
  tokenizeParagraph(value: string): Paragraph
  tokenizeSentence(value: string): Sentence
  tokenize(value: string): SentenceContent[]
}

/**
 * The parsers read a run of more than LONGEST_RUN characters without white
 * space as white space of the same length: parse-latin makes one "word" of
 * such a run, and its plugins spread the word's tokens as arguments
 * (`push(...tokens)`), which overflows the stack past about 120,000 tokens.
 */
class GuardedLatin extends ParseLatin {
  override tokenize(value: string | null | undefined) {
    return super.tokenize(value ? maskLongRuns(value).text : value)
  }
}

class GuardedEnglish extends ParseEnglish {
  override tokenize(value: string | null | undefined) {
    return super.tokenize(value ? maskLongRuns(value).text : value)
  }
}

/** retext-english's parser for English, retext-latin's for French and any other language. */
export function parserFor(lang: Lang | 'und'): NlcstParser {
  return lang === 'en' ? new GuardedEnglish() : new GuardedLatin()
}

export function parserClassFor(lang: Lang | 'und'): typeof ParseLatin {
  return lang === 'en' ? GuardedEnglish : GuardedLatin
}
