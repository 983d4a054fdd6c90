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

/** Whitespace differences (re-wrapping, a line break moved) do not make a finding new. */
function squash(value: string): string {
  return value.replace(/\s+/g, ' ').trim()
}
