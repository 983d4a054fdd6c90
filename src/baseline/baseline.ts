import {readFile} from 'node:fs/promises'
import path from 'node:path'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {ConfigError} from '../config/errors.js'
import {writeFileAtomic} from '../io/write-atomic.js'
import {contextSimilarity, contextWords, fingerprint, flaggedText, squash} from './fingerprint.js'
import {describeError} from '../io/discover.js'
import {replaceContent} from '../text/arrays.js'

export const DEFAULT_BASELINE = '.factlint-baseline.json'
export const BASELINE_VERSION = 1

/** One accepted finding. See docs/baseline.md. */
export interface BaselineEntry {
  rule: string
  /** Path relative to the baseline file's folder, with `/` separators. */
  file: string
  fingerprint: string
  /** The flagged text: for the human reading the file, and for the fallback match with `context`. */
  text?: string
  /**
   * The words before and after the flagged text on its line (up to 32
   * characters each side, as in the fingerprint). An entry whose fingerprint
   * no longer matches, because an edit changed a word next to the finding
   * (a fix applied beside it), still matches the finding with the same rule
   * and flagged text whose context is close enough. Entries written before
   * this field existed match by fingerprint only.
   */
  context?: [string, string]
}

/** How alike the contexts of an entry and a finding must be for the fallback match. */
export const CONTEXT_SIMILARITY = 0.6

export interface Baseline {
  version: typeof BASELINE_VERSION
  entries: BaselineEntry[]
}

export function emptyBaseline(): Baseline {
  return {version: BASELINE_VERSION, entries: []}
}

/**
 * Reads a baseline; a missing file is an empty baseline (the first
 * `--update-baseline` creates it). A file that is not a baseline stops the run
 * with one line: silently ignoring it would resurface every accepted finding.
 */
export async function readBaseline(file: string): Promise<Baseline> {
  let content: string
  try {
    content = await readFile(file, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') return emptyBaseline()
    throw new ConfigError([`${file}: cannot read baseline: ${describeError(code, error)}`])
  }
  let value: unknown
  try {
    value = JSON.parse(content)
  } catch (error) {
    throw new ConfigError([`${file}: baseline is not valid JSON (${(error as Error).message})`])
  }
  const problem = checkBaseline(value)
  if (problem) throw new ConfigError([`${file}: not a factlint baseline: ${problem}`])
  return value as Baseline
}

function checkBaseline(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'expected an object'
  const record = value as Record<string, unknown>
  if (record.version !== BASELINE_VERSION) return `expected "version": ${BASELINE_VERSION}, got ${JSON.stringify(record.version)}`
  if (!Array.isArray(record.entries)) return 'expected "entries" to be an array'
  const index = record.entries.findIndex((entry: unknown) => {
    const item = entry as Record<string, unknown> | null
    return typeof item !== 'object' || item === null || typeof item.rule !== 'string' || typeof item.file !== 'string' || typeof item.fingerprint !== 'string'
  })
  return index === -1 ? undefined : `entries[${index}]: expected {rule, file, fingerprint} strings`
}

/** Writes a baseline atomically, entries sorted so that its diffs stay small. */
export async function writeBaseline(file: string, baseline: Baseline): Promise<void> {
  const entries = [...baseline.entries].sort(
    (a, b) => a.file.localeCompare(b.file) || a.rule.localeCompare(b.rule) || a.fingerprint.localeCompare(b.fingerprint)
  )
  await writeFileAtomic(file, JSON.stringify({version: BASELINE_VERSION, entries}, null, 2) + '\n')
}

/** The path of `file` as a baseline in `root` records it. */
export function fileKey(file: VFile, root: string): string {
  const absolute = path.resolve(file.cwd, file.path ?? '')
  return path.relative(root, absolute).split(path.sep).join('/')
}

export function entryFor(message: VFileMessage, file: VFile, root: string): BaselineEntry {
  const {flagged, before, after} = flaggedText(message, file)
  return {
    rule: message.ruleId ?? '',
    file: fileKey(file, root),
    fingerprint: fingerprint(message, file),
    text: flagged,
    context: [squash(before), squash(after)]
  }
}

function matchKey(entry: Pick<BaselineEntry, 'rule' | 'file' | 'fingerprint'>): string {
  return `${entry.file}\u0000${entry.rule}\u0000${entry.fingerprint}`
}

/** The fallback's key: same file, rule and flagged words (white space squashed). */
function textKey(entry: Pick<BaselineEntry, 'rule' | 'file' | 'text'>): string {
  return `${entry.file}\u0000${entry.rule}\u0000${squash(entry.text ?? '')}`
}

function wordsOf(entry: BaselineEntry): string[] {
  return entry.context ? contextWords(`${entry.context[0]} ${entry.context[1]}`) : []
}

/**
 * Removes from each file the messages the baseline records and returns how
 * many were removed. An entry silences one finding: the same passage flagged
 * twice needs two entries, so a new copy of an accepted problem is reported.
 * `root` is the folder the baseline's paths are relative to.
 *
 * Entries match by fingerprint first. An entry left over (an edit changed a
 * word next to its finding, such as a fix applied beside it) then matches
 * the finding left over with the same file, rule and flagged words whose
 * context is most alike, at CONTEXT_SIMILARITY or more; entries without a
 * `context` (older baselines) match by fingerprint only.
 */
export function applyBaseline(files: readonly VFile[], baseline: Baseline, root: string): number {
  const remaining = new Map<string, number>()
  for (const entry of baseline.entries) remaining.set(matchKey(entry), (remaining.get(matchKey(entry)) ?? 0) + 1)
  const accepted = new Set<VFileMessage>()
  const leftover = new Map<string, Array<{message: VFileMessage; words: string[]}>>()
  for (const file of files) {
    for (const message of file.messages) {
      const entry = entryFor(message, file, root)
      const key = matchKey(entry)
      const left = remaining.get(key) ?? 0
      if (left > 0) {
        remaining.set(key, left - 1)
        accepted.add(message)
        continue
      }
      const candidates = leftover.get(textKey(entry)) ?? []
      candidates.push({message, words: wordsOf(entry)})
      leftover.set(textKey(entry), candidates)
    }
  }
  if (leftover.size > 0) {
    for (const entry of baseline.entries) {
      const key = matchKey(entry)
      const left = remaining.get(key) ?? 0
      if (left === 0) continue
      remaining.set(key, left - 1)
      if (!entry.context || entry.text === undefined) continue
      const candidates = leftover.get(textKey(entry))
      if (!candidates || candidates.length === 0) continue
      const words = wordsOf(entry)
      let best = -1
      let bestScore = CONTEXT_SIMILARITY
      candidates.forEach((candidate, index) => {
        const score = contextSimilarity(words, candidate.words)
        if (score >= bestScore && (best === -1 || score > bestScore)) {
          best = index
          bestScore = score
        }
      })
      if (best === -1) continue
      accepted.add(candidates[best]!.message)
      candidates.splice(best, 1)
    }
  }
  for (const file of files) replaceContent(file.messages, file.messages.filter((message) => !accepted.has(message)))
  return accepted.size
}

/** A baseline that accepts every finding of `files`. */
export function baselineOf(files: readonly VFile[], root: string): Baseline {
  return {version: BASELINE_VERSION, entries: files.flatMap((file) => file.messages.map((message) => entryFor(message, file, root)))}
}

/**
 * Accepts one finding: adds its entry to the baseline file (created when
 * missing), read and written back atomically. Used by the interactive
 * report's dismiss key. Returns the entry added.
 */
export async function addToBaseline(baselineFile: string, message: VFileMessage, file: VFile): Promise<BaselineEntry> {
  const baseline = await readBaseline(baselineFile)
  const entry = entryFor(message, file, path.dirname(path.resolve(baselineFile)))
  baseline.entries.push(entry)
  await writeBaseline(baselineFile, baseline)
  return entry
}
