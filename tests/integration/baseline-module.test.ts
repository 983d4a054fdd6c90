import {mkdtemp, readFile, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterEach, beforeEach, expect, test} from 'vitest'
import {addToBaseline, applyBaseline, baselineOf, entryFor, readBaseline, writeBaseline} from '../../src/baseline/index.js'
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

test('rewriting the words around the flagged ones makes the finding new', async () => {
  const baseline = baselineOf([await lintIn(draft)], folder)
  const changed = await lintIn(draft.replace('Il n’a pas manqué pas une occasion de parler.', 'Elle ne se plaint pas pas du tout de son sort.'))
  expect(changed.messages.map((message) => message.actual)).toEqual(['pas'])
  expect(applyBaseline([changed], baseline, folder)).toBe(0)
})

/**
 * A fix applied next to an accepted finding changes the words around it,
 * hence its fingerprint: the entry still matches through its context.
 */
const nearbyFixes = [
  {
    name: 'fr: the doubled « de » fixed just after an accepted doubled « pas »',
    lang: 'fr' as const,
    text: 'Le ministre est arrivé hier.\n\nIl n’a pas manqué pas une occasion de de parler.\n',
    accepted: 'pas',
    fixed: 'Le ministre est arrivé hier.\n\nIl n’a pas manqué pas une occasion de parler.\n',
    newCopy: '\nLa semaine suivante, elle n’a pas voulu pas répondre aux questions.\n'
  },
  {
    name: 'en: the doubled “the” fixed just before an accepted doubled “he”',
    lang: 'en' as const,
    text: 'The minister arrived yesterday.\n\nAt the the port he he said the visit would go ahead.\n',
    accepted: 'he',
    fixed: 'The minister arrived yesterday.\n\nAt the port he he said the visit would go ahead.\n',
    newCopy: '\nLater in the week the envoy said he he would return to the capital.\n'
  }
]

for (const {name, lang, text, accepted, fixed, newCopy} of nearbyFixes) {
  test(`${name}: the accepted finding stays accepted, a new copy elsewhere is reported`, async () => {
    const lintText = (value: string) => lint(value, {path: 'drafts/article.txt', cwd: folder, lang})
    const first = await lintText(text)
    expect(first.messages.map((message) => message.actual).sort()).toEqual([accepted, lang === 'fr' ? 'de' : 'the'].sort())
    const message = first.messages.find((each) => each.actual === accepted)!
    const baseline = {version: 1 as const, entries: [entryFor(message, first, folder)]}

    const after = await lintText(fixed)
    expect(after.messages.map((each) => each.actual)).toEqual([accepted])
    // The fix changed the words next to it: the fingerprint differs, the context is close.
    expect(entryFor(after.messages[0]!, after, folder).fingerprint).not.toBe(baseline.entries[0]!.fingerprint)
    expect(applyBaseline([after], baseline, folder)).toBe(1)
    expect(after.messages).toEqual([])

    // The same words flagged in another sentence are a new finding, reported.
    const more = await lintText(fixed + newCopy)
    expect(applyBaseline([more], baseline, folder)).toBe(1)
    expect(more.messages.map((each) => [each.actual, each.line])).toEqual([[accepted, 5]])

    // An entry written before entries had a context (an older baseline) matches by fingerprint only.
    const {context: _context, ...older} = baseline.entries[0]!
    const unchanged = await lintText(text)
    expect(applyBaseline([unchanged], {version: 1, entries: [older]}, folder)).toBe(1)
    const edited = await lintText(fixed)
    expect(applyBaseline([edited], {version: 1, entries: [older]}, folder)).toBe(0)
  })
}

test('the fallback match uses each entry once, the closest context first', async () => {
  const text = 'Il n’a pas manqué pas une occasion de de parler.\n\nElle n’a pas voulu pas répondre aux questions du du jour.\n'
  const first = await lint(text, {path: 'drafts/article.txt', cwd: folder, lang: 'fr'})
  const second = first.messages.filter((message) => message.actual === 'pas')[1]!
  const baseline = {version: 1 as const, entries: [entryFor(second, first, folder)]}
  // Both doubled « de » and « du » fixed: only the second paragraph's « pas » was accepted.
  const fixed = await lint(text.replace('de de', 'de').replace('du du', 'du'), {path: 'drafts/article.txt', cwd: folder, lang: 'fr'})
  expect(applyBaseline([fixed], baseline, folder)).toBe(1)
  expect(fixed.messages.map((message) => [message.actual, message.line])).toEqual([['pas', 1]])
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
