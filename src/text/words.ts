import type {Paragraph, Sentence, SentenceContent} from 'nlcst'
import {toString} from 'nlcst-to-string'

/** Straight and typographic apostrophes are the same letter to every rule. */
export function normaliseApostrophes(value: string): string {
  return value.replace(/[’ʼ‘`´]/g, "'")
}

/** Lower case, one apostrophe, no accents removed: the key two words must share to be "the same". */
export function wordKey(value: string): string {
  return normaliseApostrophes(value).toLocaleLowerCase()
}

export function sentencesOf(paragraph: Paragraph): Sentence[] {
  return paragraph.children.filter((child): child is Sentence => child.type === 'SentenceNode')
}

/** A sentence's tokens with the text of each, for rules that scan word by word. */
export interface Token {
  node: SentenceContent
  type: SentenceContent['type']
  value: string
  start: number
  end: number
}

export function tokensOf(sentence: Sentence): Token[] {
  return sentence.children.map((node) => ({
    node,
    type: node.type,
    value: toString(node),
    start: node.position?.start.offset ?? 0,
    end: node.position?.end.offset ?? 0
  }))
}
