import {spawnSync} from 'node:child_process'
import {chmodSync, mkdirSync, symlinkSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {expect, test} from 'vitest'
import {hookScript} from '../../src/hook/hook.js'
import {tempTree} from '../support/cli.js'

/** Where a command is, from the test's own PATH. */
function which(command: string): string {
  return spawnSync('sh', ['-c', `command -v ${command}`], {encoding: 'utf8'}).stdout.trim()
}

test('the hook without a factlint to run says how to install it from git, not from npm, and stops with 2', () => {
  const root = tempTree({'a.txt': 'Texte.\n'})
  spawnSync('git', ['init', '-q'], {cwd: root})
  // A PATH with git and the shell's tools but no node, npx or factlint; no node_modules.
  const bin = path.join(root, '.bin-without-node')
  mkdirSync(bin)
  for (const command of ['git', 'dirname', 'sh']) symlinkSync(which(command), path.join(bin, command))
  const hook = path.join(root, 'hook.sh')
  writeFileSync(hook, hookScript(undefined))
  chmodSync(hook, 0o755)
  const result = spawnSync(which('sh'), [hook], {cwd: root, encoding: 'utf8', env: {PATH: bin, HOME: root}})
  expect(result.status).toBe(2)
  expect(result.stderr).toContain('factlint: not found; install it in this repository from git, at an installable commit')
  expect(result.stderr).toContain('npm install --save-dev --save-exact "git+https://github.com/factlint/factlint.git#COMMIT" (see docs/hooks-and-ci.md)')
  expect(result.stderr).not.toContain('npm install --save-dev factlint')
})
