/**
 * Embedded posts (a tweet, an Instagram caption) as news sites print them
 * inside a story: their words, accents and marks are their author's.
 * duplicate-block leaves their text out of its comparisons; the spelling and
 * typography rules only suggest, never fix, inside them.
 */
import {firstIndex} from '../document/search.js'

/**
 * The signature that closes an embedded post as sites print it: « — Nom
 * (@compte) 4 novembre 2018 », "— Name (@handle) March 3, 2020", or
 * Instagram's "A post shared by".
 */
const POST_SIGNATURE = /[—–-]\s?[^—–\n()]{1,80}\(@\w{1,30}\)\s*(?:\d{1,2}(?:er)?\s+\p{L}+\.?\s+\d{4}|\p{L}+\.?\s+\d{1,2},?\s+\d{4})|\b(?:A post shared by|Une publication partagée par)\b/gu
const SIGNATURE = new RegExp(POST_SIGNATURE.source, 'u')
/** Links that only an embedded post carries. */
const POST_LINK = /\bpic\.twitter\.com\/\w|\bhttps?:\/\/t\.co\/\w|\binstagram\.com\/p\//u
/** A post is at most this long: a passage further from a signature is not its text. */
const POST_LENGTH = 300

/** The two questions below, asked of many passages of the same paragraphs in turn. */
export interface EmbeddedPosts {
  /**
   * Whether text[start, end) is the text of an embedded post: it carries a
   * post's link, its signature follows within a post's length, or it comes
   * right after a signature (sites print the post's text again below it).
   */
  isEmbeddedPost(text: string, start: number, end: number): boolean
  /**
   * Whether text[start, end), a few words, is inside an embedded post: what
   * isEmbeddedPost says, or a post's link follows within a post's length.
   * Its words, accents and marks are the post's author's: a fix there is a
   * suggestion, never applied.
   */
  isInEmbeddedPost(text: string, start: number, end: number): boolean
  /**
   * Whether text[start, end) is inside a post's signature (« — Gérald
   * DARMANIN (@GDarmanin) December 13, 2022 »): the account's display name
   * and date, set by the platform, not the story's words.
   */
  isInSignature(text: string, start: number, end: number): boolean
}

/**
 * A reader of embedded posts that reads each paragraph whole once (whether
 * it holds a trace of a post, where its signatures are) and then answers
 * each question from a few characters: a rule asks about many passages of
 * the same paragraph (one per variant or mark), and a scan of the paragraph
 * each time is quadratic in its length (a 5 MB line). Its memory of the
 * paragraphs lives as long as the reader: make one per lint.
 */
export function embeddedPosts(): EmbeddedPosts {
  const read = new Map<string, Signatures>()
  const signaturesOf = (text: string): Signatures => {
    let found = read.get(text)
    if (!found) read.set(text, (found = signatures(text)))
    return found
  }
  const isEmbedded = (text: string, start: number, end: number): boolean => {
    if (POST_LINK.test(text.slice(start, end))) return true
    const {at, after, firstAt, firstAfter} = signaturesOf(text)
    // A signature within a post's length after the passage, with no other signature between.
    for (let index = firstAt(end - 1); index < at.length && at[index]! - end <= POST_LENGTH; index++) {
      if (!SIGNATURE.test(text.slice(end, at[index]))) return true
    }
    // A signature ending at most 40 characters before it.
    const closest = firstAfter(start - 40)
    return closest < after.length && after[closest]! <= start
  }
  return {
    isEmbeddedPost: isEmbedded,
    isInEmbeddedPost(text, start, end) {
      // Most paragraphs hold no post at all: one scan of the paragraph says so, before any slice.
      if (!signaturesOf(text).traced) return false
      return isEmbedded(text, start, end) || POST_LINK.test(text.slice(end, end + POST_LENGTH))
    },
    isInSignature(text, start, end) {
      const found = signaturesOf(text)
      if (!found.traced) return false
      const index = found.firstAfter(end)
      return index < found.after.length && found.at[index]! <= start
    }
  }
}

/** EmbeddedPosts.isEmbeddedPost, for one question. */
export function isEmbeddedPost(text: string, start: number, end: number): boolean {
  return embeddedPosts().isEmbeddedPost(text, start, end)
}

/** EmbeddedPosts.isInEmbeddedPost, for one question. */
export function isInEmbeddedPost(text: string, start: number, end: number): boolean {
  return embeddedPosts().isInEmbeddedPost(text, start, end)
}

/** Something only a paragraph holding a post has: a post's link, a handle in brackets, Instagram's caption. */
const POST_TRACE = /pic\.twitter\.com\/|t\.co\/|instagram\.com\/p\/|\(@\w|A post shared by|Une publication partagée par/u

interface Signatures {
  /** Whether the text holds a trace of a post (POST_TRACE). */
  readonly traced: boolean
  /** Where each signature starts and ends, in order (as matchAll finds them: apart). */
  readonly at: readonly number[]
  readonly after: readonly number[]
  /** The first signature starting at or after an offset, the first ending at or after one. */
  readonly firstAt: (offset: number) => number
  readonly firstAfter: (offset: number) => number
}

/** The signatures of a paragraph without any (most), shared: no lists and no searchers of its own. */
const NONE: readonly number[] = []
const NOWHERE = (): number => 0

/**
 * A paragraph's Signatures, each part read on first use. A class, not an
 * object literal with getters: a literal makes its five getters anew for
 * each paragraph, and a lint reads every paragraph of a long document.
 */
class ParagraphSignatures implements Signatures {
  private tracedValue: boolean | undefined
  private atList: readonly number[] | undefined
  private afterList: readonly number[] | undefined
  private firstAtSearch: ((offset: number) => number) | undefined
  private firstAfterSearch: ((offset: number) => number) | undefined

  constructor(private readonly text: string) {}

  get traced(): boolean {
    return (this.tracedValue ??= POST_TRACE.test(this.text))
  }

  get at(): readonly number[] {
    if (!this.atList) this.read()
    return this.atList!
  }

  get after(): readonly number[] {
    if (!this.afterList) this.read()
    return this.afterList!
  }

  get firstAt(): (offset: number) => number {
    if (!this.firstAtSearch) this.read()
    return this.firstAtSearch!
  }

  get firstAfter(): (offset: number) => number {
    if (!this.firstAfterSearch) this.read()
    return this.firstAfterSearch!
  }

  private read(): void {
    const at: number[] = []
    const after: number[] = []
    for (const match of this.text.matchAll(POST_SIGNATURE)) {
      at.push(match.index)
      after.push(match.index + match[0].length)
    }
    if (at.length === 0) {
      // What searcher([]) answers for any offset: 0, the length of the list.
      this.atList = this.afterList = NONE
      this.firstAtSearch = this.firstAfterSearch = NOWHERE
      return
    }
    this.atList = at
    this.afterList = after
    this.firstAtSearch = searcher(at)
    this.firstAfterSearch = searcher(after)
  }
}

function signatures(text: string): Signatures {
  return new ParagraphSignatures(text)
}

/**
 * A search for the first index of `sorted` whose value is at least a value
 * (its length if none). The rules ask in reading order: the answer before,
 * or the one after it, is tried first; a binary search otherwise.
 */
function searcher(sorted: readonly number[]): (value: number) => number {
  let last = 0
  return (value) => {
    for (let index = last; index <= last + 1 && index <= sorted.length; index++) {
      if ((index === 0 || sorted[index - 1]! < value) && (index === sorted.length || sorted[index]! >= value)) return (last = index)
    }
    return (last = firstIndex(sorted.length, (index) => sorted[index]! >= value))
  }
}
