/**
 * A long report is written in pieces (src/cli/formatters/json.ts,
 * `jsonReport`): writeFileAtomic takes them one after the other, and a
 * hard-linked target, written in place, gets the same bytes.
 */
import {linkSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {expect, test} from 'vitest'
import {writeFileAtomic} from '../../src/io/write-atomic.js'

function* pieces(): Generator<string> {
  yield '[\n'
  yield '  "é’«»"'
  yield '\n]\n'
}

test('pieces are written end to end, to a new file and to a hard-linked one', async () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'factlint-pieces-'))
  const target = path.join(folder, 'report.json')
  await writeFileAtomic(target, pieces())
  expect(readFileSync(target, 'utf8')).toBe('[\n  "é’«»"\n]\n')
  const linked = path.join(folder, 'linked.json')
  writeFileSync(linked, 'old')
  linkSync(linked, path.join(folder, 'other-name.json'))
  await writeFileAtomic(linked, pieces())
  expect(readFileSync(path.join(folder, 'other-name.json'), 'utf8')).toBe('[\n  "é’«»"\n]\n')
})
