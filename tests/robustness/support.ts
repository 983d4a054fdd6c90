import fc from 'fast-check'
import type {VFile} from 'vfile'
import {location} from 'vfile-location'
import type {VFileMessage} from 'vfile-message'
import type {FactlintMessageFields} from '../../src/document/messages.js'

/** `FACTLINT_SEED=123 npx vitest run tests/robustness` replays a failing run. */
const FIXED_SEED = process.env.FACTLINT_SEED === undefined ? undefined : Number(process.env.FACTLINT_SEED)

/**
 * Runs a property with `numRuns` cases. On failure the error names the number
 * of runs and the seed (fast-check adds the counterexample and its path), so
 * the failing case can be replayed.
 */
export async function checkProperty<T>(property: fc.IAsyncProperty<T>, numRuns: number): Promise<void> {
  const seed = FIXED_SEED ?? (Date.now() ^ (Math.random() * 0x100000000)) | 0
  try {
    await fc.assert(property, {numRuns, seed})
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    throw new Error(`numRuns: ${numRuns}, seed: ${seed} (replay with FACTLINT_SEED=${seed})\n${message}`, {cause: error})
  }
}

export interface Place {
  line: number
  column: number
  offset?: number
}

/**
 * Every problem with the places of `file`'s messages: a place outside the
 * document, an end before its start, an offset that disagrees with its
 * line/column (vfile-location is the reference), a fix range outside the text.
 */
export function placeProblems(file: VFile, text: string): string[] {
  const where = location(text)
  const problems: string[] = []
  const checkPoint = (label: string, point: Place | undefined) => {
    if (!point) return problems.push(`${label}: missing`)
    if (point.offset === undefined) return problems.push(`${label}: no offset`)
    if (!Number.isInteger(point.offset) || point.offset < 0 || point.offset > text.length) return problems.push(`${label}: offset ${point.offset} outside 0–${text.length}`)
    const expected = where.toPoint(point.offset)
    if (!expected || expected.line !== point.line || expected.column !== point.column) {
      problems.push(`${label}: offset ${point.offset} is ${expected?.line}:${expected?.column}, message says ${point.line}:${point.column}`)
    }
    return undefined
  }
  for (const message of file.messages) {
    const label = `${message.ruleId}: ${message.reason}`
    if (message.ruleId === 'internal-error') problems.push(`internal error: ${message.reason}`)
    const place = message.place
    if (!place || !('start' in place)) {
      // Only language and suppression notices may speak of the whole document.
      if (!['unsupported-language', 'suppression-comment'].includes(String(message.ruleId))) problems.push(`${label}: no start/end`)
      continue
    }
    checkPoint(`${label} start`, place.start)
    checkPoint(`${label} end`, place.end)
    if ((place.start.offset ?? 0) > (place.end.offset ?? 0)) problems.push(`${label}: end before start`)
    if (message.line !== place.start.line || message.column !== place.start.column) problems.push(`${label}: line/column differ from place.start`)
    const cause = message.cause as VFileMessage | undefined
    if (cause?.place && 'start' in cause.place && cause.file === (file.path ?? '')) {
      checkPoint(`${label} cause start`, cause.place.start)
      checkPoint(`${label} cause end`, cause.place.end)
    }
    const {fix} = message as VFileMessage & FactlintMessageFields
    if (fix) {
      const [start, end] = fix.range
      if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= text.length)) problems.push(`${label}: fix range ${start}–${end} outside 0–${text.length}`)
    }
  }
  return problems
}

/** What a message says, as plain data, to compare two runs. */
export function summary(file: VFile): unknown[] {
  return file.messages.map((message) => {
    const {fix, data} = message as VFileMessage & FactlintMessageFields
    const cause = message.cause as VFileMessage | undefined
    return {
      ruleId: message.ruleId,
      reason: message.reason,
      fatal: message.fatal,
      place: message.place,
      actual: message.actual,
      expected: message.expected,
      fix,
      data,
      cause: cause ? {reason: cause.reason, place: cause.place, file: cause.file} : undefined
    }
  })
}
