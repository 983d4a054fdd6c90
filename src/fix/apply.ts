/**
 * Applying the fixes that rules attach to their messages. Pure: text and
 * messages in, text out; the lint function is injected, so the fixed-point
 * loop runs the same in tests, in the CLI and in the interactive report.
 */
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import type {FactlintMessageFields} from '../document/messages.js'
import type {Fix} from '../types.js'

/** A fix with the rule that proposed it. */
export interface FixCandidate {
  fix: Fix
  ruleId?: string
}

export interface FixSelection {
  /**
   * Rule ids whose unsafe fixes may be applied (`--fix-type`); an unsafe fix
   * (deleting a duplicated block) is never applied otherwise.
   */
  fixTypes?: Iterable<string>
}

export interface AppliedFixes {
  output: string
  applied: FixCandidate[]
  /** Fixes dropped because they overlapped one applied before them; the next pass may apply them. */
  skipped: FixCandidate[]
}

/** The fixes of `messages` allowed by `selection`. */
export function fixesOf(messages: readonly VFileMessage[], selection: FixSelection = {}): FixCandidate[] {
  const allowed = new Set(selection.fixTypes ?? [])
  const candidates: FixCandidate[] = []
  for (const message of messages) {
    const {fix} = message as VFileMessage & FactlintMessageFields
    if (!fix) continue
    const ruleId = message.ruleId ?? undefined
    if (fix.unsafe && !(ruleId && allowed.has(ruleId))) continue
    candidates.push({fix, ruleId})
  }
  return candidates
}

/**
 * Applies non-overlapping fixes to `text` (UTF-16 offsets). Fixes are taken
 * in document order; one that overlaps a fix already taken is skipped, as is
 * a second insertion at the same point, whose order would be arbitrary.
 * The same edit proposed twice (by two rules) is applied once.
 */
export function applyFixes(text: string, candidates: readonly FixCandidate[]): AppliedFixes {
  const valid = candidates.filter(({fix}) => isValid(fix, text.length))
  const sorted = [...valid].sort((a, b) => a.fix.range[0] - b.fix.range[0] || a.fix.range[1] - b.fix.range[1])
  const applied: FixCandidate[] = []
  const skipped: FixCandidate[] = candidates.filter((candidate) => !valid.includes(candidate))
  const parts: string[] = []
  let cursor = 0
  let last: Fix | undefined
  for (const candidate of sorted) {
    const [start, end] = candidate.fix.range
    if (last && start === last.range[0] && end === last.range[1] && candidate.fix.text === last.text) continue
    const overlaps = last !== undefined && (start < last.range[1] || (start === end && start === last.range[0] && last.range[0] === last.range[1]))
    if (overlaps) {
      skipped.push(candidate)
      continue
    }
    parts.push(text.slice(cursor, start), candidate.fix.text)
    cursor = end
    last = candidate.fix
    applied.push(candidate)
  }
  parts.push(text.slice(cursor))
  return {output: parts.join(''), applied, skipped}
}

function isValid(fix: Fix, length: number): boolean {
  const [start, end] = fix.range
  return Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end >= start && end <= length && typeof fix.text === 'string'
}

export interface FixedPointOptions extends FixSelection {
  /** Passes of lint-and-fix before giving up; ESLint's limit. */
  maxPasses?: number
}

export interface FixedPointResult {
  output: string
  /** Passes that changed the text. */
  passes: number
  /** Fixes applied over all passes. */
  fixed: number
  /** The lint of `output`: what remains to be fixed by hand. */
  file: VFile
  /** False when the text still changed on the last allowed pass. */
  converged: boolean
}

export const MAX_FIX_PASSES = 10

/**
 * Lints, applies the allowed fixes, and lints again until no fix changes the
 * text (at most `maxPasses` passes). Fixes skipped for overlapping get their
 * turn on the next pass, with offsets from the new text. A Markdown
 * document's fixes that would change its markup were taken off its messages
 * when it was linted (see dropFixesOnMarkup).
 */
export async function fixToFixedPoint(text: string, lintText: (text: string) => Promise<VFile>, options: FixedPointOptions = {}): Promise<FixedPointResult> {
  const maxPasses = options.maxPasses ?? MAX_FIX_PASSES
  let current = text
  let file = await lintText(current)
  let passes = 0
  let fixed = 0
  while (passes < maxPasses) {
    const {output, applied} = applyFixes(current, fixesOf(file.messages, options))
    if (output === current) return {output: current, passes, fixed, file, converged: true}
    passes++
    fixed += applied.length
    current = output
    file = await lintText(current)
  }
  const converged = applyFixes(current, fixesOf(file.messages, options)).output === current
  return {output: current, passes, fixed, file, converged}
}
