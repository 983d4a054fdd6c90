import {spawnSync} from 'node:child_process'
import {readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {unifiedDiff} from '../../src/fix/diff.js'
import {tempTree} from '../support/cli.js'

describe('unifiedDiff', () => {
  it('prints nothing for equal texts', () => {
    expect(unifiedDiff('a\n', 'a\n')).toBe('')
  })

  it('prints hunks with three lines of context', () => {
    const before = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10'].join('\n') + '\n'
    const after = before.replace('5\n', 'five\n')
    expect(unifiedDiff(before, after, {fromFile: 'a/x.txt', toFile: 'b/x.txt'})).toBe(
      '--- a/x.txt\n+++ b/x.txt\n@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+five\n 6\n 7\n 8\n'
    )
  })

  it('marks a last line without a line break', () => {
    expect(unifiedDiff("d'un", 'd’un')).toBe("--- a\n+++ b\n@@ -1 +1 @@\n-d'un\n\\ No newline at end of file\n+d’un\n\\ No newline at end of file\n")
  })

  it('produces patches that patch(1) applies exactly', () => {
    const root = tempTree({})
    const line = fc.constantFrom('a', 'b', 'c', 'd', '')
    fc.assert(
      fc.property(fc.array(line, {maxLength: 30}), fc.array(line, {maxLength: 30}), fc.boolean(), (left, right, final) => {
        const before = left.join('\n') + (final ? '\n' : '')
        const after = right.join('\n') + (final ? '\n' : '')
        const patch = unifiedDiff(before, after)
        if (before === after) return patch === ''
        const file = path.join(root, 'f.txt')
        writeFileSync(file, before)
        const result = spawnSync('patch', ['-s', '-o', path.join(root, 'out.txt'), file], {input: patch, encoding: 'utf8'})
        expect(result.status, result.stderr + result.stdout + patch).toBe(0)
        expect(readFileSync(path.join(root, 'out.txt'), 'utf8')).toBe(after)
        return true
      }),
      {numRuns: 150}
    )
  })
})
