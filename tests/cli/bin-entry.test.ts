import {spawnSync} from 'node:child_process'
import {cpSync, mkdirSync, rmSync, utimesSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {ROOT, tempTree} from '../support/cli.js'

/**
 * A copy of the package (bin, dist, package.json) in which the unbundled
 * CLI is newer than the bundle, as npm leaves an installed package (it dates
 * each file when it unpacks it, dist/bundle before dist/cli), and refuses to
 * run: which of the two bin/factlint.js starts shows in the exit code. The
 * code cache goes to the copy's own node_modules/.cache.
 */
function packageCopy(checkout: boolean): string {
  const root = tempTree({})
  cpSync(path.join(ROOT, 'bin'), path.join(root, 'bin'), {recursive: true})
  cpSync(path.join(ROOT, 'dist'), path.join(root, 'dist'), {recursive: true})
  cpSync(path.join(ROOT, 'package.json'), path.join(root, 'package.json'))
  const main = path.join(root, 'dist', 'cli', 'main.js')
  writeFileSync(main, 'export async function main() { process.stderr.write("unbundled\\n"); return 3 }\n')
  const later = new Date(Date.now() + 60_000)
  utimesSync(main, later, later)
  if (checkout) mkdirSync(path.join(root, '.git'))
  return root
}

describe('bin/factlint.js', () => {
  const copies: string[] = []
  afterAll(() => {
    for (const copy of copies) rmSync(copy, {recursive: true, force: true})
  })
  const run = (checkout: boolean) => {
    const root = packageCopy(checkout)
    copies.push(root)
    return spawnSync(process.execPath, [path.join(root, 'bin', 'factlint.js'), '--version'], {encoding: 'utf8'})
  }

  it('runs the bundle of an installed package, whatever the dates npm gave its files', () => {
    const result = run(false)
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
    expect(result.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/)
  })

  it('runs the unbundled output in a checkout where tsc ran after the last bundle', () => {
    const result = run(true)
    expect(result.stderr).toBe('unbundled\n')
    expect(result.status).toBe(3)
  })
})

describe('a reader that closes the pipe early', () => {
  // `factlint --format json | head -c 10`: the report outgrows the pipe's buffer, the reader goes away.
  it.each([
    ['fr', 'Le le chat dort. '],
    ['en', 'The the cat sleeps. ']
  ])('ends the %s run with its own exit code and no stack trace', (_lang, sentence) => {
    const root = tempTree({'big.txt': `${sentence.repeat(8)}\n\n`.repeat(2000)})
    const command = `"${process.execPath}" "${path.join(ROOT, 'bin', 'factlint.js')}" --no-config --format json big.txt | head -c 10 >/dev/null; echo "exit \${PIPESTATUS[0]}"`
    const result = spawnSync('bash', ['-c', command], {cwd: root, encoding: 'utf8'})
    expect(result.stderr).toBe('')
    // Doubled words are errors: the run fails as it would have with the whole report read.
    expect(result.stdout).toBe('exit 1\n')
  })
})
