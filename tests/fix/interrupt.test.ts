/**
 * An interrupted --fix (Ctrl-C, SIGTERM) leaves no temporary file, never a
 * half-replaced draft, and says which files it had already written. Each
 * case runs the built modules in a child process that interrupts itself at a
 * chosen point, so that the moment is exact rather than timed.
 */
import {spawnSync} from 'node:child_process'
import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {describe, expect, it} from 'vitest'
import {ROOT, tempTree} from '../support/cli.js'

const dist = (module: string) => JSON.stringify(pathToFileURL(path.join(ROOT, 'dist', module)).href)

function runScript(script: string, cwd: string) {
  return spawnSync(process.execPath, ['--input-type=module', '-e', script], {cwd, encoding: 'utf8'})
}

describe('an interrupted write', () => {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    it(`removes the temporary file on ${signal} and leaves the file as it was`, () => {
      const root = tempTree({'draft.txt': 'Il a vu le le chat.\n'})
      const child = runScript(
        `import {writeFileAtomic} from ${dist('io/write-atomic.js')}
        await writeFileAtomic('draft.txt', 'Il a vu le chat.\\n', {beforeReplace: async () => {
          process.kill(process.pid, '${signal}')
          await new Promise((resolve) => setTimeout(resolve, 10000))
        }})`,
        root
      )
      expect(child.signal).toBe(signal)
      expect(readdirSync(root)).toEqual(['draft.txt'])
      expect(readFileSync(path.join(root, 'draft.txt'), 'utf8')).toBe('Il a vu le le chat.\n')
    })
  }

  it('says which files --fix had written, and which one it was writing, when it is interrupted', () => {
    const root = tempTree({'a.txt': 'Il a vu le le chat.\n', 'b.txt': 'He saw the the cat.\n', 'c.txt': 'Elle a a parlé.\n'})
    // The second rename completes, then the process is interrupted before --fix hears of it.
    const child = runScript(
      `import fs from 'node:fs/promises'
      import {syncBuiltinESMExports} from 'node:module'
      import {Readable} from 'node:stream'
      const rename = fs.rename
      let renames = 0
      fs.rename = async (from, to) => {
        await rename(from, to)
        if (++renames === 2) {
          process.kill(process.pid, 'SIGINT')
          await new Promise((resolve) => setTimeout(resolve, 10000))
        }
      }
      syncBuiltinESMExports()
      const {main} = await import(${dist('cli/main.js')})
      const io = {cwd: process.cwd(), env: {}, stdin: Readable.from([]), stderr: process.stderr, stdout: process.stdout}
      await main(['--fix', '--no-config', 'a.txt', 'b.txt', 'c.txt'], io)`,
      root
    )
    expect(child.signal).toBe('SIGINT')
    expect(child.stderr).toBe('factlint: interrupted: fixes were written to a.txt; b.txt was being written (it holds either its old text or the fixed text, whole); no other file was changed\n')
    expect(readFileSync(path.join(root, 'b.txt'), 'utf8')).toBe('He saw the cat.\n')
    expect(readFileSync(path.join(root, 'c.txt'), 'utf8')).toBe('Elle a a parlé.\n')
    expect(readdirSync(root).sort()).toEqual(['a.txt', 'b.txt', 'c.txt'])
  })
})
