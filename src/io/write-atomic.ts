import {unlinkSync} from 'node:fs'
import {chown, open, readFile, rename, stat, unlink, writeFile, chmod} from 'node:fs/promises'
import path from 'node:path'
import {onExit} from 'signal-exit'

/** The target cannot keep its owner and group: writing it would hand it to whoever runs factlint. */
export class OwnerError extends Error {
  override name = 'OwnerError'
  readonly code = 'EOWNER'
  constructor(readonly path: string) {
    super('the file belongs to another user, which a rewrite would change')
  }
}

export interface AtomicWriteOptions {
  /** Permissions of a new file (an existing file keeps its own). */
  mode?: number
  /**
   * Called once the new content is safely on disk, just before it replaces
   * the target (the rename, or the in-place write of a hard-linked file).
   * Throwing abandons the write, leaving the target as it was: the last
   * chance to notice that someone else changed the file meanwhile.
   */
  beforeReplace?: () => Promise<void>
}

/** Temporary files of writes under way, removed if the process is interrupted (SIGINT, SIGTERM, SIGHUP). */
const pending = new Set<string>()
let removeOnExit: (() => void) | undefined

function track(temporary: string): void {
  pending.add(temporary)
  removeOnExit ??= onExit(() => {
    for (const file of pending) {
      try {
        unlinkSync(file)
      } catch {
        // Already gone.
      }
    }
  })
}

function untrack(temporary: string): void {
  pending.delete(temporary)
  if (pending.size === 0 && removeOnExit) {
    removeOnExit()
    removeOnExit = undefined
  }
}

/**
 * Writes a file so that a reader never sees it half written and an
 * interrupted write never destroys the previous content: a temporary file in
 * the same folder (same file system, so the rename is atomic), then a rename
 * over the target. The previous file's permissions, owner and group are kept
 * (OwnerError when the owner cannot be kept). A file with several hard links
 * is written in place instead, so that every name sees the new text, after a
 * verified copy of its old content that is put back if the write fails. A
 * temporary file is removed when the process is interrupted by a signal.
 */
export async function writeFileAtomic(target: string, data: string | Uint8Array | Iterable<string>, options: AtomicWriteOptions = {}): Promise<void> {
  // node:crypto is loaded here, not with the module: a plain lint run, which
  // imports this module but writes nothing, would pay about 8 ms to load it.
  const {randomBytes} = await import('node:crypto')
  const folder = path.dirname(target)
  const temporary = path.join(folder, `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`)
  const before = await stat(target).catch(() => undefined)
  // Pieces (a long report) are written one after the other, never joined, except in place (which reads the whole back).
  const content = typeof data === 'string' ? Buffer.from(data) : data
  track(temporary)
  try {
    if (before && before.nlink > 1) {
      await writeInPlace(target, temporary, content instanceof Uint8Array ? content : Buffer.from([...content].join('')), options)
      return
    }
    if (content instanceof Uint8Array) await writeFile(temporary, content, {flag: 'wx'})
    else await writePieces(temporary, content)
    if (before) {
      await chmod(temporary, before.mode & 0o7777)
      await keepOwner(temporary, target, before)
    } else if (options.mode !== undefined) {
      await chmod(temporary, options.mode)
    }
    await options.beforeReplace?.()
    await rename(temporary, target)
  } catch (error) {
    if (!(error instanceof KeptCopyError)) await unlink(temporary).catch(() => undefined)
    throw error
  } finally {
    untrack(temporary)
  }
}

/**
 * Writes `pieces` to a new file through one buffer, reused: a buffer per
 * piece (what writeFile does with an iterable) is memory outside the heap
 * that the collector frees only after tens of megabytes of them.
 */
async function writePieces(target: string, pieces: Iterable<string>): Promise<void> {
  const handle = await open(target, 'wx')
  try {
    let buffer = Buffer.allocUnsafe(1 << 16)
    for (const piece of pieces) {
      // At most three bytes of UTF-8 per UTF-16 code unit.
      if (piece.length * 3 > buffer.length) buffer = Buffer.allocUnsafe(piece.length * 3)
      const length = buffer.write(piece)
      let written = 0
      while (written < length) written += (await handle.write(buffer, written, length - written)).bytesWritten
    }
  } finally {
    await handle.close()
  }
}

async function keepOwner(temporary: string, target: string, before: {uid: number; gid: number}): Promise<void> {
  const made = await stat(temporary)
  if (made.uid === before.uid && made.gid === before.gid) return
  try {
    await chown(temporary, before.uid, before.gid)
  } catch {
    throw new OwnerError(target)
  }
}

/**
 * A hard-linked file keeps its inode: its old bytes are copied aside and read
 * back, then the file is overwritten and read back; a failure puts the copy back.
 */
async function writeInPlace(target: string, backup: string, data: Uint8Array, options: AtomicWriteOptions): Promise<void> {
  const old = await readFile(target)
  await writeFile(backup, old, {flag: 'wx', mode: 0o600})
  if (!(await readFile(backup)).equals(old)) throw new Error(`${backup}: the copy of the old content does not read back`)
  await options.beforeReplace?.()
  // From here the copy may be the only whole version: an interruption keeps it.
  pending.delete(backup)
  try {
    await overwrite(target, data)
  } catch (error) {
    try {
      await overwrite(target, old)
    } catch {
      throw new KeptCopyError(`${(error as Error).message}; the previous content is kept in ${backup}`)
    }
    throw error
  }
  await unlink(backup)
}

/** An in-place write failed and could not be undone: the copy of the old content stays on disk. */
class KeptCopyError extends Error {
  override name = 'KeptCopyError'
}

async function overwrite(target: string, data: Uint8Array): Promise<void> {
  const handle = await open(target, 'r+')
  try {
    await handle.write(data, 0, data.length, 0)
    await handle.truncate(data.length)
    await handle.sync()
  } finally {
    await handle.close()
  }
  if (!Buffer.from(data).equals(await readFile(target))) throw new Error(`${target}: the new content does not read back`)
}
