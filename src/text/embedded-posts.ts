/**
 * Embedded posts (a tweet, an Instagram caption) as news sites print them
 * inside a story: their words, accents and marks are their author's.
 * duplicate-block leaves their text out of its comparisons; the spelling and
 * typography rules only suggest, never fix, inside them.
 */

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

/**
 * Whether text[start, end) is the text of an embedded post: it carries a
 * post's link, its signature follows within a post's length, or it comes
 * right after a signature (sites print the post's text again below it).
 */
export function isEmbeddedPost(text: string, start: number, end: number): boolean {
  if (POST_LINK.test(text.slice(start, end))) return true
  for (const match of text.matchAll(POST_SIGNATURE)) {
    const at = match.index
    const after = at + match[0].length
    if (at >= end - 1 && at - end <= POST_LENGTH && !SIGNATURE.test(text.slice(end, at))) return true
    if (after <= start && start - after <= 40) return true
  }
  return false
}

/**
 * Whether text[start, end), a few words, is inside an embedded post: what
 * isEmbeddedPost says, or a post's link follows within a post's length.
 * Its words, accents and marks are the post's author's: a fix there is a
 * suggestion, never applied.
 */
export function isInEmbeddedPost(text: string, start: number, end: number): boolean {
  // Most paragraphs hold no post at all: one scan says so before any slice.
  if (!POST_TRACE.test(text)) return false
  return isEmbeddedPost(text, start, end) || POST_LINK.test(text.slice(end, end + POST_LENGTH))
}

/** Something only a paragraph holding a post has: a post's link, a handle in brackets, Instagram's caption. */
const POST_TRACE = /pic\.twitter\.com\/|t\.co\/|instagram\.com\/p\/|\(@\w|A post shared by|Une publication partagée par/u
