import {mkdtemp, readFile, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterEach, beforeEach, expect, test} from 'vitest'
import {addToBaseline, applyBaseline, baselineOf, readBaseline, writeBaseline} from '../../src/baseline/index.js'
import {lint} from '../../src/engine/lint.js'

let folder: string
beforeEach(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'factlint-baseline-'))
})
afterEach(async () => {
  await rm(folder, {recursive: true, force: true})
})

const draft = 'Le ministre est arrivé hier.\n\nIl n’a pas manqué pas une occasion de parler.\n'

async function lintIn(text: string) {
  return lint(text, {path: 'drafts/article.txt', cwd: folder, lang: 'fr'})
}

test('a baseline entry survives lines added above its finding', async () => {
  const first = await lintIn(draft)
  expect(first.messages.map((message) => message.ruleId)).toEqual(['doubled-word'])
  const baseline = baselineOf([first], folder)
  expect(baseline.entries).toMatchObject([{rule: 'doubled-word', file: 'drafts/article.txt', text: 'pas'}])

  const edited = await lintIn('Titre ajouté.\n\nUn paragraphe de plus.\n\n' + draft)
  expect(edited.messages[0]!.line).toBe(first.messages[0]!.line! + 4)
  expect(applyBaseline([edited], baseline, folder)).toBe(1)
  expect(edited.messages).toEqual([])
})

test('an entry silences one finding only: a second copy and another file are still reported', async () => {
  const baseline = baselineOf([await lintIn(draft)], folder)
  const twice = await lintIn(draft + '\n' + 'Elle n’a pas vu pas la suite.\n')
  expect(applyBaseline([twice], baseline, folder)).toBe(1)
  expect(twice.messages.map((message) => message.actual)).toEqual(['pas'])
  expect(twice.messages[0]!.line).toBe(5)

  const other = await lint(draft, {path: 'drafts/autre.txt', cwd: folder, lang: 'fr'})
  expect(applyBaseline([other], baseline, folder)).toBe(0)
  expect(other.messages).toHaveLength(1)
})

test('editing the flagged passage makes the finding new', async () => {
  const baseline = baselineOf([await lintIn(draft)], folder)
  const changed = await lintIn(draft.replace('une occasion', 'la moindre occasion'))
  expect(applyBaseline([changed], baseline, folder)).toBe(0)
})

test('write, read back and add one entry (the dismiss key)', async () => {
  const file = path.join(folder, '.factlint-baseline.json')
  expect(await readBaseline(file)).toEqual({version: 1, entries: []})
  const linted = await lintIn(draft)
  const entry = await addToBaseline(file, linted.messages[0]!, linted)
  expect(entry).toMatchObject({rule: 'doubled-word', file: 'drafts/article.txt'})
  const stored = JSON.parse(await readFile(file, 'utf8'))
  expect(stored).toEqual({version: 1, entries: [entry]})
  await writeBaseline(file, await readBaseline(file))
  expect(JSON.parse(await readFile(file, 'utf8'))).toEqual(stored)
})

test('a file that is not a baseline is a clear error', async () => {
  const file = path.join(folder, 'broken.json')
  await writeFile(file, '{"version": 1, "entries": [{"rule": 3}]}')
  await expect(readBaseline(file)).rejects.toThrow(/broken\.json: not a factlint baseline: entries\[0\]/)
  await writeFile(file, '{oops')
  await expect(readBaseline(file)).rejects.toThrow(/broken\.json: baseline is not valid JSON/)
})
