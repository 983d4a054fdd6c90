/**
 * --fix never loses a draft: a write that fails after the temporary file is
 * written leaves the original intact (the rename is made to fail), a
 * read-only file is reported and left alone, and files with the same content
 * in different folders are fixed each on its own.
 */
import {chmodSync, readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {afterEach, describe, expect, it, vi} from 'vitest'
import {FileChangedError, readDocument, writeFixed} from '../../src/fix/write.js'
import {parseJsonReport, runCli, runInProcess, tempTree} from '../support/cli.js'

/** When `rename` is set, the rename of an atomic write throws it, after noting what the temporary file held. */
const failure = vi.hoisted(() => ({
  rename: undefined as NodeJS.ErrnoException | undefined,
  temporary: undefined as Buffer | undefined,
  /** An editor's save that lands once the temporary file is written, before it replaces the file: [path, content]. */
  editorSave: undefined as [string, string] | undefined
}))

vi.mock('node:fs/promises', async (importOriginal) => {
  const original = await importOriginal<typeof import('node:fs/promises')>()
  const rename: typeof original.rename = async (from, to) => {
    if (failure.rename) {
      failure.temporary = await original.readFile(from)
      throw failure.rename
    }
    return original.rename(from, to)
  }
  const writeFile: typeof original.writeFile = async (file, data, options) => {
    await original.writeFile(file, data, options)
    if (failure.editorSave && String(file).endsWith('.tmp')) {
      await original.writeFile(...failure.editorSave)
      failure.editorSave = undefined
    }
  }
  return {...original, default: {...original, rename, writeFile}, rename, writeFile}
})

afterEach(() => {
  failure.rename = undefined
  failure.temporary = undefined
  failure.editorSave = undefined
})

const DRAFT = 'Il a vu le le chat.\r\nLe ministre est arrivé.\r\n'

describe('an interrupted write', () => {
  it('leaves the original bytes and no temporary file when the rename fails after the temporary file was written', async () => {
    const root = tempTree({'draft.txt': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(DRAFT)])})
    const file = path.join(root, 'draft.txt')
    const before = readFileSync(file)
    failure.rename = Object.assign(new Error('EIO: i/o error, rename'), {code: 'EIO'})
    await expect(writeFixed(file, await readDocument(file), DRAFT.replace('le le', 'le'))).rejects.toThrow('EIO')
    expect(failure.temporary?.toString('utf8')).toBe('\ufeffIl a vu le chat.\r\nLe ministre est arrivé.\r\n')
    expect(readFileSync(file)).toEqual(before)
    expect(readdirSync(root)).toEqual(['draft.txt'])
  })

  it('writes the fix once the rename works again', async () => {
    const root = tempTree({'draft.txt': DRAFT})
    const file = path.join(root, 'draft.txt')
    await writeFixed(file, await readDocument(file), DRAFT.replace('le le', 'le'))
    expect(readFileSync(file, 'utf8')).toBe('Il a vu le chat.\r\nLe ministre est arrivé.\r\n')
  })
})

describe('an editor saving during the write', () => {
  it('keeps the editor’s text: the file is checked again just before it is replaced', async () => {
    const root = tempTree({'draft.txt': DRAFT})
    const file = path.join(root, 'draft.txt')
    const original = await readDocument(file)
    // Same length as the draft, so that only the content tells.
    const saved = DRAFT.replace('chat', 'chien').replace('arrivé.', 'arrivé')
    failure.editorSave = [file, saved]
    await expect(writeFixed(file, original, DRAFT.replace('le le', 'le'))).rejects.toBeInstanceOf(FileChangedError)
    expect(readFileSync(file, 'utf8')).toBe(saved)
    expect(readdirSync(root)).toEqual(['draft.txt'])
  })

  it('says so through the CLI instead of counting the fixes as applied', async () => {
    const root = tempTree({'draft.txt': DRAFT})
    failure.editorSave = [path.join(root, 'draft.txt'), 'Texte réécrit pendant ce temps.\r\n']
    const result = await runInProcess(['--fix', '--lang', 'fr', '--no-config', 'draft.txt'], root)
    expect(result.stderr).toBe('factlint: draft.txt : modifié sur le disque depuis sa lecture ; corrections non écrites\n')
    expect(result.status).toBe(2)
    expect(readFileSync(path.join(root, 'draft.txt'), 'utf8')).toBe('Texte réécrit pendant ce temps.\r\n')
  })
})

describe('--fix through the binary', () => {
  for (const [lang, draft, fixed, said] of [
    ['fr', DRAFT, 'Il a vu le chat.\r\nLe ministre est arrivé.\r\n', 'factlint: open.txt : 1 correction appliquée\nfactlint: locked.txt : impossible d’écrire les corrections : le fichier est en lecture seule\n'],
    ['en', 'He saw the the cat.\r\nThe minister arrived.\r\n', 'He saw the cat.\r\nThe minister arrived.\r\n', 'factlint: open.txt: 1 fix applied\nfactlint: locked.txt: cannot write fixes: the file is read-only\n']
  ] as const) {
    it(`${lang}: reports a read-only file in one line, in the draft’s language, and leaves it untouched, while fixing the others`, () => {
      const root = tempTree({'locked.txt': draft, 'open.txt': draft})
      chmodSync(path.join(root, 'locked.txt'), 0o444)
      const result = runCli(['--fix', '--lang', lang, '--format', 'json', 'locked.txt', 'open.txt'], {cwd: root})
      expect(result.status).toBe(2)
      expect(result.stderr).toBe(said)
      expect(readFileSync(path.join(root, 'locked.txt'), 'utf8')).toBe(draft)
      expect(readFileSync(path.join(root, 'open.txt'), 'utf8')).toBe(fixed)
      const remaining = parseJsonReport(result.stdout).map((file) => [file.path, file.messages.map((message) => message.ruleId)])
      expect(remaining).toEqual([['locked.txt', ['doubled-word']], ['open.txt', []]])
    })
  }

  it('fixes two files with the same content in different folders, each on its own', () => {
    const paragraph = 'Le ministre des Affaires étrangères a rencontré son homologue à Rabat pour signer un accord de coopération.'
    const text = `${paragraph}\n\nIl a vu le le chat.\n`
    const root = tempTree({'desk/draft.txt': text, 'web/draft.txt': text})
    const result = runCli(['--fix', '--fix-type', 'duplicate-block', '--lang', 'fr', 'desk', 'web'], {cwd: root})
    expect(result.stderr).toBe('factlint: desk/draft.txt : 1 correction appliquée\nfactlint: web/draft.txt : 1 correction appliquée\n')
    const desk = readFileSync(path.join(root, 'desk/draft.txt'), 'utf8')
    const web = readFileSync(path.join(root, 'web/draft.txt'), 'utf8')
    // The doubled word is fixed in both; a passage repeated across files is never deleted from both.
    expect(desk).toBe(`${paragraph}\n\nIl a vu le chat.\n`)
    expect(web).toBe(desk)
  })
})
