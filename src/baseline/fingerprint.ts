import {createHash} from 'node:crypto'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {locate} from '../document/messages.js'

/** Characters of context taken on each side of the flagged text, within its line. */
const CONTEXT = 32

/**
 * A fingerprint of a finding that does not depend on its line number: the
 * rule, the flagged text and the words around it on the same line. Lines
 * added above or below leave it unchanged; editing the flagged passage
 * itself changes it, which is what a reviewer wants (the finding is new).
 * Shared by the baseline and SARIF's `partialFingerprints`.
 */
export function fingerprint(message: VFileMessage, file: VFile): string {
  const {flagged, before, after} = flaggedText(message, file)
  const parts = [message.ruleId ?? '', squash(flagged), squash(before), squash(after)]
  return createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 32)
}

/** The flagged text and its context on the same line, as read from the document. */
export function flaggedText(message: VFileMessage, file: VFile): {flagged: string; before: string; after: string} {
  const text = String(file.value ?? '')
  const [start, end] = offsetsOf(message, file)
  const lineStart = Math.max(text.lastIndexOf('\n', start - 1) + 1, 0)
  const newline = text.indexOf('\n', end)
  const lineEnd = newline === -1 ? text.length : newline
  return {
    flagged: text.slice(start, end),
    before: text.slice(Math.max(lineStart, start - CONTEXT), start),
    after: text.slice(end, Math.min(lineEnd, end + CONTEXT))
  }
}

/** UTF-16 offsets of a message's span (an empty span at its point when it has no end). */
export function offsetsOf(message: VFileMessage, file: VFile): [number, number] {
  const place = message.place
  const toOffset = (point: {line: number; column: number; offset?: number}) => point.offset ?? locate(file).toOffset(point) ?? 0
  if (place && 'start' in place) return [toOffset(place.start), Math.max(toOffset(place.start), toOffset(place.end))]
  if (place) {
    const at = toOffset(place)
    return [at, at]
  }
  return [0, 0]
}

/**
 * The words of a finding's context (letters and digits, lower-cased): what
 * the fallback match of a baseline entry compares. Punctuation, apostrophes
 * and spaces, which typography fixes change, do not count.
 */
export function contextWords(value: string): string[] {
  return value.toLocaleLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []
}

/**
 * How alike two contexts are, from 0 to 1: twice the words they have in
 * common over the words of both (the Dice coefficient of the two multisets).
 * A word deleted, added or replaced nearby (a fix next to the finding)
 * leaves it high; another sentence around the same flagged words makes it low.
 */
export function contextSimilarity(a: readonly string[], b: readonly string[]): number {
  if (a.length + b.length === 0) return 1
  const counts = new Map<string, number>()
  for (const word of a) counts.set(word, (counts.get(word) ?? 0) + 1)
  let common = 0
  for (const word of b) {
    const left = counts.get(word) ?? 0
    if (left > 0) {
      common++
      counts.set(word, left - 1)
    }
  }
  return (2 * common) / (a.length + b.length)
}

/** Whitespace differences (re-wrapping, a line break moved) do not make a finding new. */
export function squash(value: string): string {
  return value.replace(/\s+/g, ' ').trim()
}
