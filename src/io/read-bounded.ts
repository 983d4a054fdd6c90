import {constants} from 'node:fs'
import {open} from 'node:fs/promises'

/** More bytes than the run allows (`--max-file-size`); `size` is what was seen (at least limit + 1). */
export class TooLargeError extends Error {
  override name = 'TooLargeError'
  constructor(readonly size: number) {
    super('file too large')
  }
}

/** A path that is not a regular file: a device, a FIFO or a socket would hang or never end. */
export class NotRegularFileError extends Error {
  override name = 'NotRegularFileError'
  constructor() {
    super('not a regular file (a device, FIFO or socket); not linted')
  }
}

const CHUNK = 1024 * 1024

/**
 * Reads a file of at most `limit` bytes. The limit is applied while reading,
 * not from a size read beforehand (which a growing file, /dev/zero or
 * /proc files would defeat), and a path that is not a regular file is refused
 * before a byte is read (opened without blocking, so that a FIFO with no
 * writer does not hang).
 */
export async function readBounded(file: string, limit: number): Promise<Buffer> {
  const handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK)
  try {
    const info = await handle.stat()
    if (!info.isFile()) throw new NotRegularFileError()
    if (info.size > limit) throw new TooLargeError(info.size)
    const chunks: Buffer[] = []
    let total = 0
    for (;;) {
      const buffer = Buffer.allocUnsafe(Math.min(CHUNK, limit + 1 - total))
      const {bytesRead} = await handle.read(buffer, 0, buffer.length, null)
      if (bytesRead === 0) break
      chunks.push(buffer.subarray(0, bytesRead))
      total += bytesRead
      if (total > limit) throw new TooLargeError(Math.max(total, info.size))
    }
    return Buffer.concat(chunks, total)
  } finally {
    await handle.close()
  }
}

/** Reads a stream (standard input) up to `limit` bytes; more is a TooLargeError, and the rest is not read. */
export async function readStreamBounded(stream: NodeJS.ReadableStream, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = []
  let total = 0
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer)
    total += bytes.length
    if (total > limit) throw new TooLargeError(total)
    chunks.push(bytes)
  }
  return Buffer.concat(chunks, total)
}
