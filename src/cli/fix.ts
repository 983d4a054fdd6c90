/**
 * `--fix`, `--fix-dry-run` and `--fix-type`: after a run, each document on
 * disk is fixed to a fixed point (src/fix/apply) and written back safely
 * (src/fix/write), or shown as a unified diff. The report that follows lists
 * what remains.
 */
import {isAcrossFilesFinding, lint, runAcrossFiles} from '../engine/lint.js'
import type {RunResult} from '../engine/run.js'
import {fixToFixedPoint, MAX_FIX_PASSES} from '../fix/apply.js'
import {unifiedDiff} from '../fix/diff.js'
import {FileChangedError, keepLineEndings, ReadOnlyFileError, UnsafeEncodingError, writeFixed} from '../fix/write.js'
import {booleanValue, listValue, type ParsedArgs} from './args.js'
import {fixLabelsFor} from './formatters/labels.js'
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


/**
 * Fixes every document of `result` that is on disk. With --fix the files are
 * written and each document's messages replaced by those that remain; with
 * --fix-dry-run the diff is printed and nothing is written. Returns whether
 * the report should still be printed (not after a dry run, whose output is
 * the diff). Files that cannot be written become problems of the run.
 */
export async function runFixes(result: RunResult, mode: FixMode, io: CliIO): Promise<boolean> {
  const known = new Set(result.documents.flatMap((document) => document.config.rules.map((rule) => rule.meta.id)))
  for (const id of mode.fixTypes) {
    if (known.size > 0 && !known.has(id)) throw new UsageError(`--fix-type: unknown rule ${JSON.stringify(id)}`)
  }
  let rewritten = false
  for (const document of result.documents) {
    const path = document.file.path
    // What is said about a document is said in its language.
    const labels = fixLabelsFor(document.file)
    if (mode.write && !document.absolutePath) {
      result.warnings.push(labels.stdinNotWritten(path || '<stdin>'))
      continue
    }
    const original = {text: document.decoded.text, decoded: document.decoded}
    let first = true
    const lintText = async (text: string) => {
      // The run's own lint of the original also holds the cross-file findings.
      if (first && text === original.text) {
        first = false
        return document.file
      }
      return lint(text, document.lintOptions)
    }
    const outcome = await fixToFixedPoint(original.text, lintText, {fixTypes: mode.fixTypes})
    if (!outcome.converged) result.warnings.push(labels.notConverged(path, MAX_FIX_PASSES))
    if (outcome.output === original.text) continue
    if (!mode.write) {
      // a/ and b/ prefixes for `patch -p1` and `git apply`; a file outside the folder keeps its absolute path.
      const label = (prefix: string) => (document.absolutePath && path.startsWith('..') ? document.absolutePath : `${prefix}/${path}`)
      io.stdout.write(unifiedDiff(original.text, keepLineEndings(original.text, outcome.output), {fromFile: label('a'), toFile: label('b')}))
      continue
    }
    try {
      await writeFixed(document.absolutePath!, original, outcome.output)
      document.file = outcome.file
      document.decoded = {...document.decoded, text: outcome.output}
      rewritten = true
      // The report that follows shows what remains; this says what changed.
      result.warnings.push(labels.applied(path, outcome.fixed))
    } catch (error) {
      if (error instanceof FileChangedError) result.problems.push(labels.changedOnDisk(error.path))
      else if (error instanceof UnsafeEncodingError) result.problems.push(error.message)
      else if (error instanceof ReadOnlyFileError) result.problems.push(labels.cannotWrite(path, labels.readOnly))
      else result.problems.push(labels.cannotWrite(path, error instanceof Error ? error.message : String(error)))
    }
  }
  if (rewritten) recheckAcrossFiles(result)
  return mode.write
}

/**
 * A fixed document is linted again alone, which loses what it shares with
 * the other drafts; the cross-file pass runs again over the run's documents
 * as they now are, replacing the findings it made before the fixes.
 */
function recheckAcrossFiles(result: RunResult): void {
  const files = result.documents.map((document) => document.file)
  for (const file of files) file.messages = file.messages.filter((message) => !isAcrossFilesFinding(message))
  runAcrossFiles(files, result.acrossFiles)
}
