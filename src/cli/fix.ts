/**
 * `--fix`, `--fix-dry-run` and `--fix-type`: after a run, each document on
 * disk is fixed to a fixed point (src/fix/apply) and written back safely
 * (src/fix/write), or shown as a unified diff. The report that follows lists
 * what remains.
 */
import {writeSync} from 'node:fs'
import {onExit} from 'signal-exit'
import type {VFile} from 'vfile'
import {isAcrossFilesFinding, lint, runAcrossFiles} from '../engine/lint.js'
import type {RunResult} from '../engine/run.js'
import {fixDocument} from '../engine/fix-document.js'
import {MAX_FIX_PASSES} from '../fix/apply.js'
import {unifiedDiff} from '../fix/diff.js'
import {FileChangedError, keepLineEndings, OwnerChangeError, ReadOnlyFileError, UnsafeEncodingError} from '../fix/write.js'
import {booleanValue, listValue, type ParsedArgs} from './args.js'
import {fixLabelsFor} from './formatters/labels.js'
import {visibleControls} from './formatters/visible.js'
import {UsageError, type CliIO} from './io.js'

export interface FixMode {
  /** True for --fix, false for --fix-dry-run. */
  write: boolean
  /** Rules whose unsafe fixes are allowed. */
  fixTypes: string[]
}

export function fixModeOf(args: ParsedArgs): FixMode | undefined {
  const write = booleanValue(args, 'fix')
  const dryRun = booleanValue(args, 'fix-dry-run')
  const fixTypes = listValue(args, 'fix-type')
  if (write && dryRun) throw new UsageError('--fix and --fix-dry-run cannot be used together')
  if (!write && !dryRun) {
    if (fixTypes.length > 0) throw new UsageError('--fix-type needs --fix or --fix-dry-run')
    return undefined
  }
  return {write, fixTypes}
}


export interface FixOutcome {
  /** Whether the report should still be printed (not after a dry run, whose output is the diff). */
  report: boolean
  /** Stops saying which files were written if the process is interrupted; call it when the run ends. */
  done: () => void
}

/**
 * Fixes every document of `result` that is on disk. With --fix the files are
 * written and each document's messages replaced by those that remain; with
 * --fix-dry-run the diff is printed and nothing is written. Files that cannot
 * be written become problems of the run; a dry run refuses the same files as
 * --fix. `accept` removes the findings a baseline accepted from each new
 * lint of a document, so that their fixes are never applied. Until `done`,
 * an interruption (SIGINT, SIGTERM) says which files were already written.
 */
export async function runFixes(result: RunResult, mode: FixMode, io: CliIO, accept?: (file: VFile) => void): Promise<FixOutcome> {
  const known = new Set(result.documents.flatMap((document) => document.config.rules.map((rule) => rule.meta.id)))
  for (const id of mode.fixTypes) {
    if (known.size > 0 && !known.has(id)) throw new UsageError(`--fix-type: unknown rule ${JSON.stringify(id)}`)
  }
  const written: string[] = []
  let writing: string | undefined
  const done = mode.write
    ? onExit((_code, signal) => {
        if (signal) writeSync(2, `factlint: ${visibleControls(fixLabelsFor(undefined).interrupted(written, writing))}\n`)
      })
    : () => undefined
  let rewritten = false
  for (const document of result.documents) {
    const path = document.file.path
    // What is said about a document is said in its language.
    const labels = fixLabelsFor(document.file)
    if (mode.write && !document.absolutePath) {
      result.warnings.push(labels.stdinNotWritten(path || '<stdin>'))
      continue
    }
    const original = document.decoded.text
    const relint = async (text: string) => {
      const file = await lint(text, document.lintOptions)
      accept?.(file)
      return file
    }
    const outcome = await fixDocument(document, {fixes: {fixTypes: mode.fixTypes}}, relint, {write: mode.write, writing: () => (writing = path)})
    writing = undefined
    if (!outcome.converged) result.warnings.push(labels.notConverged(path, MAX_FIX_PASSES))
    if (!outcome.changed) continue
    if (!mode.write) {
      // --fix would refuse to write this file: the dry run says so instead of showing a diff.
      if (document.decoded.warning) {
        result.problems.push(labels.cannotWrite(path, labels.invalidUtf8))
        continue
      }
      if (document.decoded.encoding !== 'utf8') {
        result.warnings.push(labels.noDiffForUtf16(path))
        continue
      }
      // The byte order mark is part of the first line, so that the diff applies to the file's bytes.
      const bom = document.decoded.bom ? '\ufeff' : ''
      // a/ and b/ prefixes for `patch -p1` and `git apply`; a file outside the folder keeps its absolute path.
      const label = (prefix: string) => (document.absolutePath && path.startsWith('..') ? document.absolutePath : `${prefix}/${path}`)
      io.stdout.write(unifiedDiff(bom + original, bom + keepLineEndings(original, outcome.document.decoded.text), {fromFile: label('a'), toFile: label('b')}))
      continue
    }
    const error = outcome.writeError
    if (error !== undefined) {
      if (error instanceof FileChangedError) result.problems.push(labels.changedOnDisk(path))
      else if (error instanceof UnsafeEncodingError) result.problems.push(labels.cannotWrite(path, labels.invalidUtf8))
      else if (error instanceof ReadOnlyFileError) result.problems.push(labels.cannotWrite(path, labels.readOnly))
      else if (error instanceof OwnerChangeError) result.problems.push(labels.cannotWrite(path, labels.otherOwner))
      else result.problems.push(labels.cannotWrite(path, error instanceof Error ? error.message : String(error)))
      continue
    }
    written.push(path)
    document.file = outcome.document.file
    document.decoded = outcome.document.decoded
    rewritten = true
    // The report that follows shows what remains; this says what changed.
    result.warnings.push(labels.applied(path, outcome.fixed))
  }
  if (rewritten) recheckAcrossFiles(result, accept)
  return {report: mode.write, done}
}

/**
 * A fixed document is linted again alone, which loses what it shares with
 * the other drafts; the cross-file pass runs again over the run's documents
 * as they now are, replacing the findings it made before the fixes.
 */
function recheckAcrossFiles(result: RunResult, accept?: (file: VFile) => void): void {
  const files = result.documents.map((document) => document.file)
  const own = files.map((file) => file.messages.filter((message) => !isAcrossFilesFinding(message)))
  for (const file of files) file.messages = []
  runAcrossFiles(files, result.acrossFiles)
  for (const [index, file] of files.entries()) {
    // The baseline was already applied to the document's own findings; now to the new cross-file ones alone.
    accept?.(file)
    file.messages = [...own[index]!, ...file.messages]
  }
}
