import {createHash} from 'node:crypto'
import {cpSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {spawnSync} from 'node:child_process'
import {expect, test} from 'vitest'
import {ROOT, tempTree} from '../support/cli.js'

/**
 * A checkout keeps version 0.1.0 while its rules change from commit to
 * commit: `--cache` entries written by one build must not answer for
 * another. The build id (dist/build-id.txt) is part of every cache key.
 */
test('--cache reuses an entry of the same build only', () => {
  // A copy of the installed package, whose build id this test can change.
  const install = tempTree({})
  for (const part of ['bin', 'dist', 'package.json']) cpSync(path.join(ROOT, part), path.join(install, part), {recursive: true})
  const drafts = tempTree({'a.txt': 'Il a vu le le chat.'})
  const run = () =>
    spawnSync(process.execPath, [path.join(install, 'bin', 'factlint.js'), '--cache', '--format', 'json', 'a.txt'], {cwd: drafts, encoding: 'utf8', env: {...process.env, NO_COLOR: '1'}})
  const findings = () => (JSON.parse(run().stdout) as Array<{messages: unknown[]}>)[0]!.messages.length

  expect(findings()).toBe(1)
  // Empty the stored findings, with the entry's checksum made again as factlint makes it (sha256 of
  // the key, a NUL and the stored file): a run that answers from the cache now reports none.
  const cacheFile = path.join(drafts, '.factlintcache')
  const cache = JSON.parse(readFileSync(cacheFile, 'utf8')) as {documents: Record<string, {key: string; sum: string; file: {messages: unknown[]}}>}
  for (const entry of Object.values(cache.documents)) {
    entry.file.messages = []
    entry.sum = createHash('sha256').update(entry.key).update('\0').update(JSON.stringify(entry.file)).digest('hex')
  }
  writeFileSync(cacheFile, JSON.stringify(cache))
  expect(findings()).toBe(0)

  // Another build of the same version lints again.
  writeFileSync(path.join(install, 'dist', 'build-id.txt'), '0123456789abcdef\n')
  expect(findings()).toBe(1)
})

test('the build writes its id: a hash of what it wrote', () => {
  expect(readFileSync(path.join(ROOT, 'dist', 'build-id.txt'), 'utf8')).toMatch(/^[0-9a-f]{16}\n$/)
})
