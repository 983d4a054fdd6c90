/**
 * A run split across CI runners (docs/hooks-and-ci.md): `--shard i/n` lints
 * a share of the files; with `--emit-fingerprints FILE` it leaves the
 * cross-file duplicates out and writes what they are computed from; a last
 * step, `factlint --fingerprints A B …`, reports them for the whole run.
 */
import {readFile} from 'node:fs/promises'
import path from 'node:path'
import type {VFile} from 'vfile'
import {documentsOfFingerprints, fingerprintsJson, fingerprintsOf, parseFingerprintsJson} from '../engine/fingerprints.js'
import {crossFileKeys, runAcrossFiles} from '../engine/lint.js'
import {parseShard, type Shard} from '../engine/shard.js'
import {run, type RunResult} from '../engine/run.js'
import {UsageError, type CliIO} from './io.js'

export function shardOption(text: string | undefined): Shard | undefined {
  if (text === undefined) return undefined
  const shard = parseShard(text)
  if (!shard) throw new UsageError(`--shard: expected i/n with 1 ≤ i ≤ n (for example 2/4), got ${JSON.stringify(text)}`)
  return shard
}

/** Writes the fingerprints of a run's documents to `target` (relative to `cwd`). */
export async function emitFingerprints(result: RunResult, target: string, cwd: string, shard: Shard | undefined): Promise<void> {
  const files = result.documents.map((document) => document.file)
  const data = fingerprintsOf(files, crossFileKeys(result.acrossFiles.ruleSet), shard ? `${shard.index}/${shard.count}` : undefined)
  const {writeFileAtomic} = await import('../io/write-atomic.js')
  try {
    await writeFileAtomic(path.resolve(cwd, target), fingerprintsJson(data))
  } catch (error) {
    throw new UsageError(`--emit-fingerprints ${target}: cannot write it (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`)
  }
}

/**
 * The cross-file findings of the documents of these fingerprints files, with
 * the configuration and --rule settings of `cwd` (as each shard had them).
 */
export async function mergeFingerprints(names: readonly string[], io: CliIO, settings: Parameters<typeof run>[0]): Promise<VFile[]> {
  const files: VFile[] = []
  for (const name of names) {
    let json: unknown
    try {
      json = parseFingerprintsJson(await readFile(path.resolve(io.cwd, name), 'utf8'))
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      throw new UsageError(`--fingerprints ${name}: ${code ? `cannot read it (${code})` : 'not JSON'}`)
    }
    try {
      files.push(...documentsOfFingerprints(json, name))
    } catch (error) {
      throw new UsageError(`--fingerprints ${(error as Error).message}`)
    }
  }
  const seen = new Set<string>()
  for (const file of files) {
    if (seen.has(file.path)) throw new UsageError(`--fingerprints: ${file.path} is in two of the files (shards must not overlap)`)
    seen.add(file.path)
  }
  // No file to lint: the run only resolves the configuration the cross-file pass runs with.
  const {acrossFiles} = await run({...settings, paths: []})
  runAcrossFiles(files, acrossFiles)
  return files
}
