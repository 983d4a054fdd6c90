import {chmodSync, chownSync, linkSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {FileChangedError, keepLineEndings, readDocument, UnsafeEncodingError, writeFixed} from '../../src/fix/write.js'
import {tempTree} from '../support/cli.js'

describe('writeFixed', () => {
  it('keeps CRLF line endings, the byte order mark and the mode', async () => {
    const root = tempTree({'a.txt': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("d'un\r\nl'autre\r\n")])})
    const file = path.join(root, 'a.txt')
    chmodSync(file, 0o640)
    const original = await readDocument(file)
    expect(original.text).toBe("d'un\r\nl'autre\r\n")
    expect(await writeFixed(file, original, original.text.replace(/'/g, '’'))).toBe(true)
    const bytes = readFileSync(file)
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(bytes.subarray(3).toString('utf8')).toBe('d’un\r\nl’autre\r\n')
    expect(statSync(file).mode & 0o777).toBe(0o640)
  })

  it('writes atomically: a new file renamed over the old one, no temporary file left', async () => {
    const root = tempTree({'a.txt': 'old text\n'})
    const file = path.join(root, 'a.txt')
    const before = statSync(file).ino
    const original = await readDocument(file)
    await writeFixed(file, original, 'new text\n')
    expect(readFileSync(file, 'utf8')).toBe('new text\n')
    expect(statSync(file).ino).not.toBe(before)
    expect(readdirSync(root)).toEqual(['a.txt'])
  })

  it('refuses to write a file that changed on disk since it was read', async () => {
    const root = tempTree({'a.txt': "d'un\n"})
    const file = path.join(root, 'a.txt')
    const original = await readDocument(file)
    writeFileSync(file, "d'un autre\n")
    await expect(writeFixed(file, original, 'd’un\n')).rejects.toBeInstanceOf(FileChangedError)
    expect(readFileSync(file, 'utf8')).toBe("d'un autre\n")
    expect(readdirSync(root)).toEqual(['a.txt'])
  })

  it('refuses a file that was not valid UTF-8', async () => {
    const root = tempTree({'a.txt': Buffer.from([0x61, 0xff, 0x27, 0x62])})
    const file = path.join(root, 'a.txt')
    const original = await readDocument(file)
    await expect(writeFixed(file, original, original.text.replace("'", '’'))).rejects.toBeInstanceOf(UnsafeEncodingError)
  })

  it('keeps the owner and group of a file that belongs to someone else (when allowed to)', async (context) => {
    if (process.getuid?.() !== 0) context.skip()
    const root = tempTree({'a.txt': "d'un\n"})
    const file = path.join(root, 'a.txt')
    chownSync(file, 65534, 65534)
    await writeFixed(file, await readDocument(file), 'd’un\n')
    expect(readFileSync(file, 'utf8')).toBe('d’un\n')
    expect([statSync(file).uid, statSync(file).gid]).toEqual([65534, 65534])
  })

  it('writes a hard-linked file in place: every name sees the fix, no copy is left', async () => {
    const root = tempTree({'a.txt': "d'un\n"})
    const file = path.join(root, 'a.txt')
    linkSync(file, path.join(root, 'other-name.txt'))
    await writeFixed(file, await readDocument(file), 'd’un\n')
    expect(readFileSync(path.join(root, 'other-name.txt'), 'utf8')).toBe('d’un\n')
    expect(statSync(file).ino).toBe(statSync(path.join(root, 'other-name.txt')).ino)
    expect(readdirSync(root).sort()).toEqual(['a.txt', 'other-name.txt'])
  })

  it('writes through a symbolic link to its target and keeps the link', async () => {
    const root = tempTree({'real.txt': "d'un\n"})
    const link = path.join(root, 'link.txt')
    symlinkSync(path.join(root, 'real.txt'), link)
    const original = await readDocument(link)
    await writeFixed(link, original, 'd’un\n')
    expect(readFileSync(path.join(root, 'real.txt'), 'utf8')).toBe('d’un\n')
    expect(readdirSync(root).sort()).toEqual(['link.txt', 'real.txt'])
  })

  it('does not write when nothing changed', async () => {
    const root = tempTree({'a.txt': 'same\n'})
    const file = path.join(root, 'a.txt')
    const original = await readDocument(file)
    expect(await writeFixed(file, original, 'same\n')).toBe(false)
  })
})

describe('keepLineEndings', () => {
  it('writes the line breaks of a fix as the file does', () => {
    expect(keepLineEndings('a\r\nb\r\n', 'a\r\nx\ny\r\n')).toBe('a\r\nx\r\ny\r\n')
    expect(keepLineEndings('a\nb\n', 'a\nx\n')).toBe('a\nx\n')
    expect(keepLineEndings('a\r\nb\n', 'a\r\nb\nc\n')).toBe('a\r\nb\nc\n')
  })
})
