import {ParseEnglish} from 'parse-english'
import {ParseLatin} from 'parse-latin'
import type {Paragraph, ParagraphContent, Root, Sentence, SentenceContent} from 'nlcst'
import {toString} from 'nlcst-to-string'
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

  override tokenizeSentence(value: string | null | undefined): Sentence {
    return tokenizeSentenceInPieces(this, value)
  }

  override tokenizeParagraph(value: string | null | undefined): Paragraph {
    return tokenizeParagraphInPieces(this, value)
  }
}

class GuardedEnglish extends ParseEnglish {
  override tokenize(value: string | null | undefined) {
    return super.tokenize(value ? maskLongRuns(value).text : value)
  }

  override tokenizeSentence(value: string | null | undefined): Sentence {
    return tokenizeSentenceInPieces(this, value)
  }

  override tokenizeParagraph(value: string | null | undefined): Paragraph {
    return tokenizeParagraphInPieces(this, value)
  }
}

/** Tokens of a stretch the sentence plugins read at once. */
export const SENTENCE_PIECE = 2048

/**
 * parse-latin's tokenizeSentence, in pieces. parse-latin tokenizes a whole
 * paragraph as one "sentence" before splitting it at full stops, and its
 * sentence plugins merge tokens with `splice` on that list: each merge moves
 * every token after it, so a paragraph of n tokens costs n² (a 5 MB line,
 * about two million tokens, spent most of its time there). The plugins read
 * a token's neighbours only (the one before, the ones after up to the next
 * white space), and no plugin merges, moves or removes white space: run on
 * pieces that end with a white space token, they give the same tokens as on
 * the whole list. One plugin looks further back, parse-english's elision
 * (`dogs' `, merged only when white space precedes the word and the
 * apostrophe's index is above 2): each piece but the first is read after the
 * white space that ends the one before, itself after two inert white space
 * tokens, so that every token sees the same neighbours and index test as in
 * the whole list. Pieces end at the first white space past SENTENCE_PIECE
 * tokens; a run without white space is at most LONGEST_RUN characters.
 */
function tokenizeSentenceInPieces(parser: ParseLatin, value: string | null | undefined): Sentence {
  const children = parser.tokenize(value) as SentenceContent[]
  const plugins = parser.tokenizeSentencePlugins as unknown as Array<(node: Sentence) => void>
  if (children.length <= SENTENCE_PIECE) {
    const result: Sentence = {type: 'SentenceNode', children}
    for (const plugin of plugins) plugin(result)
    return result
  }
  const merged: SentenceContent[] = []
  let start = 0
  while (start < children.length) {
    let end = Math.min(start + SENTENCE_PIECE, children.length)
    while (end < children.length && children[end - 1]!.type !== 'WhiteSpaceNode') end++
    const context: SentenceContent[] = start === 0 ? [] : [inert(), inert(), children[start - 1]!]
    const piece: Sentence = {type: 'SentenceNode', children: context.concat(children.slice(start, end))}
    for (const plugin of plugins) plugin(piece)
    for (let index = context.length; index < piece.children.length; index++) merged.push(piece.children[index]!)
    start = end
  }
  return withSpan({type: 'SentenceNode', children: merged})
}

/** What parse-latin's patchPosition gives a node put together from pieces: its first and last children's ends. */
function withSpan<T extends Sentence | Paragraph>(node: T): T {
  const first = node.children[0]
  const last = node.children.at(-1)
  if (first?.position || last?.position) {
    node.position = {} as NonNullable<T['position']>
    if (first?.position) node.position.start = first.position.start
    if (last?.position) node.position.end = last.position.end
  }
  return node
}

/** Sentences of a stretch the paragraph plugins read at once (at least). */
export const PARAGRAPH_PIECE = 128

/**
 * parse-latin's tokenizeParagraph, in pieces. Its paragraph plugins merge a
 * sentence with the one before or after it, and move white space between
 * sentences, with `splice` on the paragraph's list of sentences: n² again on
 * a paragraph of n sentences. They run on pieces of at least
 * PARAGRAPH_PIECE sentences, each ended where no plugin joins two sentences
 * (isSentenceBreak), and give the sentences of the whole paragraph.
 */
function tokenizeParagraphInPieces(parser: ParseLatin, value: string | null | undefined): Paragraph {
  const sentences = splitAtTerminalMarks(parser.tokenizeSentence(value))
  const plugins = parser.tokenizeParagraphPlugins as unknown as Array<(node: Paragraph) => void>
  if (sentences.length <= 2 * PARAGRAPH_PIECE) {
    const result: Paragraph = {type: 'ParagraphNode', children: sentences}
    for (const plugin of plugins) plugin(result)
    return result
  }
  const merged: ParagraphContent[] = []
  let start = 0
  while (start < sentences.length) {
    let end = Math.min(start + PARAGRAPH_PIECE, sentences.length)
    while (end < sentences.length && !isSentenceBreak(sentences[end - 1]!, sentences[end]!)) end++
    const piece: Paragraph = {type: 'ParagraphNode', children: sentences.slice(start, end)}
    for (const plugin of plugins) plugin(piece)
    for (const child of piece.children) merged.push(child)
    start = end
  }
  return withSpan({type: 'ParagraphNode', children: merged})
}

/** parse-latin's splitNode: the tokens cut after each terminal mark (. ! ? … ‽, repeated or not) into sentences. */
function splitAtTerminalMarks(sentence: Sentence): Sentence[] {
  const result: Sentence[] = []
  const tokens = sentence.children
  let start = 0
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!
    if (index === tokens.length - 1 || (token.type === 'PunctuationNode' && TERMINAL_MARK.test(token.value))) {
      const part: Sentence = {type: 'SentenceNode', children: tokens.slice(start, index + 1)}
      const head = tokens[start]!
      if (head.position && token.position) part.position = {start: head.position.start, end: token.position.end}
      result.push(part)
      start = index + 1
    }
  }
  return result
}

/** parse-latin's terminalMarker. */
const TERMINAL_MARK = /^([!.?\u2026\u203D]+)$/

/**
 * Whether no paragraph plugin of parse-latin or parse-english joins
 * `before` and `after`, two sentences as splitAtTerminalMarks cuts them:
 * both hold a word (a sentence without one joins its neighbour); `after`
 * opens with white space (no closing mark or comma to hand back, no digit)
 * then a word in capitals (no lower-case start to join); and `before` ends
 * with a terminal mark other than a full stop, or with a full stop after a
 * word of six lower-case letters or more, longer than every abbreviation
 * either parser knows (etc., ibid., sept., thurs., which join the next
 * sentence). Conservative: a break it refuses only makes a piece longer.
 */
function isSentenceBreak(before: Sentence, after: Sentence): boolean {
  const tail = before.children
  const end = tail.at(-1)
  if (end?.type !== 'PunctuationNode' || !TERMINAL_MARK.test(end.value)) return false
  if (end.value === '.') {
    const word = tail.at(-2)
    if (word?.type !== 'WordNode' || !LONG_LOWER_CASE_WORD.test(toString(word))) return false
  }
  const [space, first] = after.children
  if (space?.type !== 'WhiteSpaceNode' || first?.type !== 'WordNode' || !CAPITAL_START.test(toString(first))) return false
  return hasWord(before) && hasWord(after)
}

const LONG_LOWER_CASE_WORD = /^\p{Ll}{6,}$/u
/** Capitals that parse-latin's lowerInitial cannot read as lower case. */
const CAPITAL_START = /^[A-ZÀ-ÖØ-Þ]/

function hasWord(sentence: Sentence): boolean {
  return sentence.children.some((child) => child.type === 'WordNode')
}

/** White space no plugin acts on, before a piece's context. */
function inert(): SentenceContent {
  return {type: 'WhiteSpaceNode', value: ' '}
}

/** retext-english's parser for English, retext-latin's for French and any other language. */
export function parserFor(lang: Lang | 'und'): NlcstParser {
  return lang === 'en' ? new GuardedEnglish() : new GuardedLatin()
}

export function parserClassFor(lang: Lang | 'und'): typeof ParseLatin {
  return lang === 'en' ? GuardedEnglish : GuardedLatin
}
