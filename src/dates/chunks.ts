import {calendarWords, ENDS_WITH_SHORT_CALENDAR_NAME} from './chrono.js'

/** Longest text handed to chrono at once. */
export const CHUNK = 4000

/**
 * The parts of a paragraph chrono must read: the sentences that name a
 * weekday or a month or write a numeric date (see `calendarWords`), runs of
 * them merged, in order. chrono costs every one of its parsers' regular
 * expressions on every character it is given, and most sentences of a story
 * that dates one event name no day.
 *
 * A paragraph is cut only where no date chrono reads can straddle the cut,
 * and where the sentence context a mention is read with
 * (`sentenceBefore`: « puis », the future tense…) ends anyway:
 * - after a full stop, « ! », « ? » or « ; » followed by a space, the space
 *   going with the next sentence (chrono's parsers need a non-word character
 *   or the start of the text before a date: either is there);
 * - not after a full stop that may end an abbreviated weekday or month
 *   (« sept. », "Oct. first", "Sun. March 3"), nor when the next thing after
 *   the spaces is a digit (« 2020. 12 », "Sept.  30"). chrono reads no date
 *   across « ! », « ? » or « ; », nor across a full stop after a full name
 *   (« jeudi. Puis »).
 * A run longer than CHUNK is cut further by `sentenceChunks`.
 */
export function dateChunks(text: string): Array<[number, number]> {
  const words = calendarWords(text)
  const chunks: Array<[number, number]> = []
  if (words.length === 0) return chunks
  let from = -1
  let to = -1
  for (let index = 0; index < words.length; index += 2) {
    const start = words[index]!
    const end = words[index + 1]!
    if (start < to) {
      // Already in the current run (a cut never falls inside a word or a numeric date).
      if (end > to) to = nextCut(text, end)
      continue
    }
    const before = previousCut(text, start, to)
    if (from >= 0 && before <= to) {
      to = nextCut(text, end)
      continue
    }
    if (from >= 0) pushChunk(text, chunks, from, to)
    from = before
    to = nextCut(text, end)
  }
  pushChunk(text, chunks, from, to)
  return chunks
}

function pushChunk(text: string, chunks: Array<[number, number]>, from: number, to: number): void {
  if (to - from <= CHUNK) {
    chunks.push([from, to])
    return
  }
  // A run with no safe cut for CHUNK characters: cut it as before, and keep only the pieces that name a day.
  const run = text.slice(from, to)
  for (const [start, end] of sentenceChunks(run)) {
    if (calendarWords(run.slice(start, end)).length > 0) chunks.push([from + start, from + end])
  }
}

/** Whether the paragraph may be cut at `index` (between a stop at `index - 1` and a space at `index`). */
export function isCut(text: string, index: number): boolean {
  const stop = text.charCodeAt(index - 1)
  // . ! ? ;
  if (stop !== 46 && stop !== 33 && stop !== 63 && stop !== 59) return false
  if (text.charCodeAt(index) !== 32) return false
  let next = index + 1
  while (next < text.length && /\s/.test(text[next]!)) next++
  const code = text.charCodeAt(next)
  if (code >= 48 && code <= 57) return false
  if (stop !== 46) return true
  let wordStart = index - 1
  while (wordStart > 0 && /\p{L}/u.test(text[wordStart - 1]!)) wordStart--
  return wordStart === index - 1 || !ENDS_WITH_SHORT_CALENDAR_NAME.test(text.slice(wordStart, index - 1))
}

/** The last cut at or before `index` and after `floor` (the start of the text when there is none). */
function previousCut(text: string, index: number, floor: number): number {
  for (let at = index; at > Math.max(floor, 0); at--) {
    if (text.charCodeAt(at) === 32 && isCut(text, at)) return at
  }
  return Math.max(floor, 0)
}

/** The first cut at or after `index` (the end of the text when there is none). */
function nextCut(text: string, index: number): number {
  for (let at = index; at < text.length; at++) {
    if (text.charCodeAt(at) === 32 && isCut(text, at)) return at
  }
  return text.length
}

/**
 * A paragraph cut into runs of whole sentences of at most CHUNK characters
 * (a longer sentence is cut at a space). chrono's work, and looking back for
 * a mention's sentence, grow faster than the text: a paragraph that is a
 * whole 5 MB file must cost what its sentences cost. A date never spans two
 * sentences, so nothing is lost.
 */
export function sentenceChunks(text: string): Array<[number, number]> {
  if (text.length <= CHUNK) return [[0, text.length]]
  const chunks: Array<[number, number]> = []
  let start = 0
  while (start < text.length) {
    let end = Math.min(text.length, start + CHUNK)
    if (end < text.length) {
      const window = text.slice(start, end)
      const boundary = Math.max(window.lastIndexOf('. '), window.lastIndexOf('! '), window.lastIndexOf('? '), window.lastIndexOf('; '), window.lastIndexOf('\n'))
      const space = window.lastIndexOf(' ')
      end = start + (boundary > 0 ? boundary + 1 : space > 0 ? space : window.length)
    }
    chunks.push([start, end])
    start = end
  }
  return chunks
}
