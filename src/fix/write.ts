/**
 * Writing a fixed document back without losing anything: the encoding and
 * byte order mark (through io/decode), the line endings and the mode are kept,
 * the write is atomic (io/write-atomic: a temporary file in the same folder,
 * then a rename), and a file that changed on disk since it was read is never
 * overwritten.
 */
import type {Stats} from 'node:fs'
import {readFile, realpath, stat} from 'node:fs/promises'
import {decode, encode, type Decoded} from '../io/decode.js'
import {OwnerError, writeFileAtomic} from '../io/write-atomic.js'

/** What was read from disk: the text rules saw and how it was encoded. */
export interface ReadDocument {
  text: string
  decoded: Pick<Decoded, 'encoding' | 'bom' | 'warning'>
}

/** The file changed on disk between reading and writing: someone else is editing it. */
export class FileChangedError extends Error {
  override name = 'FileChangedError'
  constructor(readonly path: string) {
    super(`${path}: changed on disk since it was read; fixes not written`)
  }
}

/** The file is read-only: fixes are not written. The message leaves the path to the caller. */
export class ReadOnlyFileError extends Error {
  override name = 'ReadOnlyFileError'
  constructor(readonly path: string) {
    super('the file is read-only')
  }
}

/** Rewriting the file would change its owner or group, which the user running factlint cannot keep. */
export class OwnerChangeError extends Error {
  override name = 'OwnerChangeError'
  constructor(readonly path: string) {
    super('the file belongs to another user or group, which a rewrite would change')
  }
}

/** The file could not be decoded exactly: writing it back would change bytes no fix touched. */
export class UnsafeEncodingError extends Error {
  override name = 'UnsafeEncodingError'
}

/** Reads a text file as the engine does (byte order mark removed, line endings kept). */
export async function readDocument(path: string): Promise<ReadDocument> {
  const decoded = decode(await readFile(path))
  if (decoded.kind === 'binary') throw new UnsafeEncodingError(`${path}: binary file`)
  return {text: decoded.text, decoded}
}

/**
 * Line breaks a fix introduced follow the file's convention: in a file whose
 * every line ends with CRLF, a lone LF becomes CRLF. Mixed files are left as they are.
 */
export function keepLineEndings(original: string, fixed: string): string {
  const crlf = original.match(/\r\n/g)?.length ?? 0
  const lf = original.match(/\n/g)?.length ?? 0
  return crlf > 0 && crlf === lf ? fixed.replace(/\r?\n/g, '\r\n') : fixed
}

/**
 * Writes `fixed` in place of `path`, which held `original` when it was read.
 * Returns false when there is nothing to change. Throws FileChangedError when
 * the bytes on disk are no longer those of `original`, and
 * UnsafeEncodingError when `original` was not decoded exactly.
 */
export async function writeFixed(path: string, original: ReadDocument, fixed: string): Promise<boolean> {
  if (fixed === original.text) return false
  if (original.decoded.warning) throw new UnsafeEncodingError(`${path}: ${original.decoded.warning}`)
  // Through a symbolic link, replace the file it points to, not the link.
  const target = await realpath(path)
  const read = encode(original.text, original.decoded)
  const seen = await unchanged(path, target, read)
  // The rename of an atomic write would replace a read-only file (and root may write anything): its mode is the author's refusal.
  if ((seen.mode & 0o222) === 0) throw new ReadOnlyFileError(path)
  // An editor may save while the fixed text is being written: the check runs again just before the file is replaced.
  const again = async () => {
    const now = await unchanged(path, target, read)
    if (now.size !== seen.size || now.mtimeMs !== seen.mtimeMs || now.ino !== seen.ino) throw new FileChangedError(path)
  }
  try {
    await writeFileAtomic(target, encode(keepLineEndings(original.text, fixed), original.decoded), {beforeReplace: again})
  } catch (error) {
    if (error instanceof OwnerError) throw new OwnerChangeError(path)
    throw error
  }
  return true
}

/** Throws FileChangedError unless `target` holds exactly `bytes`; returns its status. */
async function unchanged(path: string, target: string, bytes: Buffer): Promise<Stats> {
  try {
    const status = await stat(target)
    if (status.size === bytes.length && (await readFile(target)).equals(bytes)) return status
  } catch {
    // Gone or unreadable: changed.
  }
  throw new FileChangedError(path)
}
