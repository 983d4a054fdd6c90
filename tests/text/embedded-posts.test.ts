/**
 * The reader of embedded posts (src/text/embedded-posts.ts) reads each
 * paragraph once and answers from its signatures' offsets: the same answers
 * as the scan of the whole paragraph per question it replaces (below, as
 * it was), for every passage of paragraphs holding posts, in reading order
 * and out of it.
 */
import {describe, expect, it} from 'vitest'
import {embeddedPosts} from '../../src/text/embedded-posts.js'

const POST_SIGNATURE = /[—–-]\s?[^—–\n()]{1,80}\(@\w{1,30}\)\s*(?:\d{1,2}(?:er)?\s+\p{L}+\.?\s+\d{4}|\p{L}+\.?\s+\d{1,2},?\s+\d{4})|\b(?:A post shared by|Une publication partagée par)\b/gu
const SIGNATURE = new RegExp(POST_SIGNATURE.source, 'u')
const POST_LINK = /\bpic\.twitter\.com\/\w|\bhttps?:\/\/t\.co\/\w|\binstagram\.com\/p\//u
const POST_TRACE = /pic\.twitter\.com\/|t\.co\/|instagram\.com\/p\/|\(@\w|A post shared by|Une publication partagée par/u

function isEmbeddedPostScan(text: string, start: number, end: number): boolean {
  if (POST_LINK.test(text.slice(start, end))) return true
  for (const match of text.matchAll(POST_SIGNATURE)) {
    const at = match.index
    const after = at + match[0].length
    if (at >= end - 1 && at - end <= 300 && !SIGNATURE.test(text.slice(end, at))) return true
    if (after <= start && start - after <= 40) return true
  }
  return false
}

function isInEmbeddedPostScan(text: string, start: number, end: number): boolean {
  if (!POST_TRACE.test(text)) return false
  return isEmbeddedPostScan(text, start, end) || POST_LINK.test(text.slice(end, end + 300))
}

const PARAGRAPHS = [
  'Le maire a parlé mardi. Nous ne lâcherons rien ! — Anne Martin (@annemartin) 4 novembre 2018 Le texte du message revient ici. Puis le conseil a voté. — Paul Durand (@pdurand) 5 novembre 2018 — Léa (@lea) 1er mai 2019',
  'Turnout has passed the 2016 figure. pic.twitter.com/abc123 The count goes on tonight, officials said, and a recount is possible. https://t.co/xyz A post shared by City Hall (@cityhall) on the steps.',
  `${'Le conseil municipal a voté le budget mardi soir. '.repeat(12)}Une publication partagée par La Ville (@laville) ${'Les élus ont débattu longtemps. '.repeat(12)}instagram.com/p/Abc — Marie (@marie) March 3, 2020`,
  'Rien ici ne ressemble à un message publié sur un réseau : le maire a parlé, le conseil a voté.'
]

describe('embedded posts read once per paragraph', () => {
  it('gives the answers of a scan of the paragraph per question', () => {
    for (const text of PARAGRAPHS) {
      const words = [...text.matchAll(/\S+/gu)].map((match) => [match.index, match.index + match[0].length] as const)
      const passages = [...words, ...words.flatMap(([start], index) => (index + 5 < words.length ? [[start, words[index + 5]![1]] as const] : []))]
      for (const order of [passages, [...passages].reverse()]) {
        const posts = embeddedPosts()
        for (const [start, end] of order) {
          expect(posts.isEmbeddedPost(text, start, end)).toBe(isEmbeddedPostScan(text, start, end))
          expect(posts.isInEmbeddedPost(text, start, end)).toBe(isInEmbeddedPostScan(text, start, end))
        }
      }
    }
  })

  it('answers both ways on these paragraphs (the comparison is not all false)', () => {
    const posts = embeddedPosts()
    const answers = PARAGRAPHS.flatMap((text) => [...text.matchAll(/\S+/gu)].map((match) => posts.isInEmbeddedPost(text, match.index, match.index + match[0].length)))
    expect(answers).toContain(true)
    expect(answers).toContain(false)
  })
})
