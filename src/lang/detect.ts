import {francAll} from 'franc-min'
import type {Lang} from '../types.js'

/**
 * Function words that are frequent in running text and rare in the other
 * language. Drafts are often too short or too full of names for a trigram
 * model alone, and these decide between French and English reliably.
 */
const FRENCH = new Set('le la les des du un une et est sont dans pour pas que qui sur avec au aux ce cette il elle ils nous vous ne se son sa ses leur été par plus mais où'.split(' '))
const ENGLISH = new Set('the and of to is are in that for with on was were it this be by as at from have has had not but which who an they he she their will would'.split(' '))

const SAMPLE = 20_000
const WORD = /[\p{L}’']+/gu

export interface Detection {
  lang: Lang | 'und'
  /** The ISO 639-3 code franc found when the document is in another language. */
  other?: string
}

export function detectLanguage(text: string, fallback: Lang = 'en'): Detection {
  const sample = text.slice(0, SAMPLE)
  let french = 0
  let english = 0
  let words = 0
  for (const match of sample.matchAll(WORD)) {
    const word = match[0].toLowerCase()
    words++
    if (FRENCH.has(word)) french++
    if (ENGLISH.has(word)) english++
  }
  if (words === 0) return {lang: fallback}
  // Function words make up a third of ordinary prose; a tenth is already telling.
  const threshold = Math.max(2, words * 0.1)
  if (french >= threshold || english >= threshold) {
    if (french !== english) return {lang: french > english ? 'fr' : 'en'}
  }
  const [best] = francAll(sample, {minLength: 30})
  if (!best || best[0] === 'und') {
    return {lang: french > english ? 'fr' : english > french ? 'en' : fallback}
  }
  if (best[0] === 'fra') return {lang: 'fr'}
  if (best[0] === 'eng') return {lang: 'en'}
  // Only call a document foreign when it has almost none of our function words.
  if (french + english > words * 0.04) return {lang: french > english ? 'fr' : 'en'}
  return {lang: 'und', other: best[0]}
}
