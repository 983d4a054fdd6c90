import {spawnSync} from 'node:child_process'
import {chmodSync, existsSync, mkdirSync, symlinkSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {expect, test} from 'vitest'
import {hookScript} from '../../src/hook/hook.js'
import {tempTree} from '../support/cli.js'

/** Where a command is, from the test's own PATH. */
function which(command: string): string {
  return spawnSync('sh', ['-c', `command -v ${command}`], {encoding: 'utf8'}).stdout.trim()
}

test.each([
  ['no npx on the PATH either', false],
  // npx would ask the registry, where factlint is not, and print npm's 404 with exit 1.
  ['npx on the PATH, never called', true]
])('the hook without a factlint to run says how to install it from git, not from npm, and stops with 2: %s', (_, withNpx) => {
  const root = tempTree({'a.txt': 'Texte.\n'})
  spawnSync('git', ['init', '-q'], {cwd: root})
  // A PATH with git and the shell's tools but no node or factlint; no node_modules.
  const bin = path.join(root, '.bin-without-node')
  mkdirSync(bin)
  for (const command of ['git', 'dirname', 'sh']) symlinkSync(which(command), path.join(bin, command))
  const called = path.join(root, 'npx-called')
  if (withNpx) {
    writeFileSync(path.join(bin, 'npx'), `#!${which('sh')}\necho "$@" > '${called}'\nexit 1\n`)
    chmodSync(path.join(bin, 'npx'), 0o755)
  }
  const hook = path.join(root, 'hook.sh')
  writeFileSync(hook, hookScript(undefined))
  chmodSync(hook, 0o755)
  const result = spawnSync(which('sh'), [hook], {cwd: root, encoding: 'utf8', env: {PATH: bin, HOME: root}})
  expect(result.status).toBe(2)
  expect(result.stderr).toContain('factlint: not found; install it in this repository from git, at an installable commit')
  expect(result.stderr).toContain('npm install --save-dev --save-exact "git+https://github.com/factlint/factlint.git#COMMIT" (see docs/hooks-and-ci.md)')
  expect(result.stderr).not.toContain('npm install --save-dev factlint')
  expect(existsSync(called)).toBe(false)
  expect(hookScript(undefined)).not.toContain('npx')
})
