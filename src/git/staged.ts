import path from 'node:path'
import {LINTED_EXTENSIONS} from '../io/discover.js'
import {git} from './git.js'

export interface StagedFile {
  /** Path relative to the repository root, with `/` separators. */
  path: string
  /** The content in the index: what the commit will hold; absent when larger than `maxFileSize`. */
  bytes?: Uint8Array
  /** Its size in bytes. */
  size: number
}

/** Regular files and executables; symbolic links and submodules are not drafts. */
const FILE_MODES = new Set(['100644', '100755'])

/**
 * The staged text and Markdown files of the repository at `root`, with their
 * content as staged (a file partly staged is read as it will be committed).
 * Added, copied, modified and renamed files are included (a rename under its
 * new name); deleted files are not. `pathspecs`, relative to `cwd`, narrow the
 * set as they would for `git diff`.
 */
export async function stagedFiles(options: {cwd: string; env?: NodeJS.ProcessEnv; pathspecs?: readonly string[]; maxFileSize?: number}): Promise<StagedFile[]> {
  const {stdout} = await git(
    ['diff', '--cached', '--raw', '-z', '--no-abbrev', '--find-renames', '--diff-filter=ACMR', '--no-ext-diff', '--', ...(options.pathspecs ?? [])],
    {cwd: options.cwd, env: options.env}
  )
  const entries = parseRaw(stdout).filter((entry) => FILE_MODES.has(entry.mode) && LINTED_EXTENSIONS.includes(path.posix.extname(entry.path).toLowerCase()))
  if (entries.length === 0) return []
  // Sizes first: a blob over the limit is never read into memory.
  const sizes = await blobSizes(entries.map((entry) => entry.blob), options)
  const limit = options.maxFileSize ?? Infinity
  const wanted = entries.filter((_, index) => sizes[index]! <= limit)
  const blobs = wanted.length > 0 ? await readBlobs(wanted.map((entry) => entry.blob), options) : []
  const byBlob = new Map(wanted.map((entry, index) => [entry.blob, blobs[index]!]))
  return entries.map((entry, index) => ({path: entry.path, size: sizes[index]!, ...(sizes[index]! <= limit ? {bytes: byBlob.get(entry.blob)!} : {})}))
}

/** The sizes of several blobs with one `git cat-file --batch-check`. */
async function blobSizes(ids: readonly string[], options: {cwd: string; env?: NodeJS.ProcessEnv}): Promise<number[]> {
  const {stdout} = await git(['cat-file', '--batch-check'], {...options, input: ids.join('\n') + '\n'})
  const lines = stdout.toString('utf8').split('\n')
  return ids.map((id, index) => {
    const match = /^[0-9a-f]+ blob (\d+)$/.exec(lines[index] ?? '')
    if (!match) throw new Error(`git cat-file: unexpected answer for ${id}: ${lines[index]}`)
    return Number(match[1])
  })
}

interface RawEntry {
  mode: string
  blob: string
  path: string
}

/**
 * `git diff --raw -z`: `:<old mode> <new mode> <old sha> <new sha> <status>`
 * NUL `<path>` NUL, and for renames and copies NUL `<old path>` NUL `<new path>` NUL.
 * Paths are raw bytes, decoded as UTF-8 (git stores them as given).
 */
export function parseRaw(output: Buffer): RawEntry[] {
  const fields = output.toString('utf8').split('\0')
  const entries: RawEntry[] = []
  let index = 0
  while (index < fields.length) {
    const header = fields[index++]!
    if (!header.startsWith(':')) continue
    const [, newMode, , newBlob, status] = header.slice(1).split(' ')
    const renamed = status?.startsWith('R') || status?.startsWith('C')
    if (renamed) index++
    const file = fields[index++]
    if (file === undefined || !newMode || !newBlob) break
    entries.push({mode: newMode, blob: newBlob, path: file})
  }
  return entries
}

/** The content of several blobs with one `git cat-file --batch`. */
async function readBlobs(ids: readonly string[], options: {cwd: string; env?: NodeJS.ProcessEnv}): Promise<Buffer[]> {
  const {stdout} = await git(['cat-file', '--batch'], {...options, input: ids.join('\n') + '\n'})
  const blobs: Buffer[] = []
  let offset = 0
  for (const id of ids) {
    const newline = stdout.indexOf(0x0a, offset)
    const header = stdout.subarray(offset, newline).toString('utf8')
    const match = /^([0-9a-f]+) blob (\d+)$/.exec(header)
    if (!match) throw new Error(`git cat-file: unexpected answer for ${id}: ${header}`)
    const size = Number(match[2])
    blobs.push(stdout.subarray(newline + 1, newline + 1 + size))
    offset = newline + 1 + size + 1
  }
  return blobs
}
