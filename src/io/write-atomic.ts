import {rename, stat, unlink, writeFile, chmod} from 'node:fs/promises'
import path from 'node:path'

/**
 * Writes a file so that a reader never sees it half written and an
 * interrupted write never destroys the previous content: a temporary file in
 * the same folder (same file system, so the rename is atomic), then a rename
 * over the target. The previous file's permissions are kept.
 */
export async function writeFileAtomic(target: string, data: string | Uint8Array, options: {mode?: number} = {}): Promise<void> {
  // node:crypto is loaded here, not with the module: a plain lint run, which
  // imports this module but writes nothing, would pay about 8 ms to load it.
  const {randomBytes} = await import('node:crypto')
  const folder = path.dirname(target)
  const temporary = path.join(folder, `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`)
  let mode = options.mode
  if (mode === undefined) {
    try {
      mode = (await stat(target)).mode & 0o7777
    } catch {
      // A new file gets the default permissions.
    }
  }
  try {
    await writeFile(temporary, data, {flag: 'wx'})
    if (mode !== undefined) await chmod(temporary, mode)
    await rename(temporary, target)
  } catch (error) {
    await unlink(temporary).catch(() => undefined)
    throw error
  }
}
