import {ParseEnglish} from 'parse-english'
import {ParseLatin} from 'parse-latin'
import type {Paragraph, Root, Sentence, SentenceContent} from 'nlcst'
import type {Lang} from '../types.js'

/** The part of parse-latin's parser factlint relies on. */
export interface NlcstParser {
  parse(value: string): Root
  tokenizeParagraph(value: string): Paragraph
  tokenizeSentence(value: string): Sentence
  tokenize(value: string): SentenceContent[]
}

/** retext-english's parser for English, retext-latin's for French and any other language. */
export function parserFor(lang: Lang | 'und'): NlcstParser {
  return lang === 'en' ? new ParseEnglish() : new ParseLatin()
}

export function parserClassFor(lang: Lang | 'und'): typeof ParseLatin {
  return lang === 'en' ? ParseEnglish : ParseLatin
}
