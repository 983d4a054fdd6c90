/**
 * The language server reports paragraphs already published when the
 * configuration names an archive, as `factlint --archive` does: the archived
 * story's day and title in the related place, its URL (or path) as the link.
 */
import {writeFileSync} from 'node:fs'
import path from 'node:path'
import {afterEach, expect, test} from 'vitest'
import {runCli, tempTree} from '../support/cli.js'
import {DATE, Editor, range} from './client.js'

const PUBLISHED_FR = `---
title: Le conseil vote le budget
date: 2024-03-03
url: https://exemple.test/conseil-budget
---

Le conseil municipal de Valmont a adopté mardi soir un budget de quatre millions d'euros, après trois heures de débats animés entre la majorité et l'opposition.
`
const PUBLISHED_EN = 'The ferry company cancelled every crossing to the island on Sunday after gusts of more than ninety kilometres an hour battered the harbour.\n'

let editor: Editor | undefined
afterEach(() => editor?.kill())

test('archive findings in the editor, with the archived story as the related place', {timeout: 60_000}, async () => {
  const cwd = tempTree({'pub/conseil.md': PUBLISHED_FR, 'pub/ferry.txt': PUBLISHED_EN, '.factlintrc.json': JSON.stringify({archive: 'news.sqlite'})})
  expect(runCli(['archive', 'add', 'pub', '--archive', 'news.sqlite'], {cwd}).stdout).toBe('2 added, 0 replaced, 0 unchanged\n')
  editor = new Editor(cwd)
  await editor.initialize({date: DATE, debounce: 0})
  const fr = `Les travaux reprennent lundi.\n\n${PUBLISHED_FR.split('\n')[6]!.replace('animés', 'très animés')}\n`
  writeFileSync(path.join(cwd, 'suite.txt'), fr)
  await editor.open('suite.txt', fr, 'plaintext')
  const [finding, ...others] = (await editor.diagnostics('suite.txt', 1)).filter((diagnostic) => diagnostic.code === 'duplicate-block')
  expect(others).toEqual([])
  expect(finding!.message).toBe('Ce paragraphe reprend à 94\u00a0% un paragraphe publié le 3 mars 2024 dans “Le conseil vote le budget” (https://exemple.test/conseil-budget)')
  expect(finding!.range).toEqual(range([2, 0, 2, fr.split('\n')[2]!.length]))
  expect(finding!.relatedInformation).toEqual([
    {location: {uri: 'https://exemple.test/conseil-budget', range: range([6, 0, 6, 0])}, message: 'Paragraphe publié le 3 mars 2024 “Le conseil vote le budget”'}
  ])
  // A story without a URL: its path in the archive, as a file of the workspace.
  await editor.open('storm.txt', PUBLISHED_EN, 'plaintext')
  const [copy] = (await editor.diagnostics('storm.txt', 1)).filter((diagnostic) => diagnostic.code === 'duplicate-block')
  expect(copy!.message).toMatch(/^This paragraph repeats a paragraph published on \d+ \w+ \d{4} \(pub\/ferry\.txt\)$/)
  expect(copy!.relatedInformation![0]!.location.uri).toBe(editor.uri('pub/ferry.txt'))
})

test('the archive stays open between lints and sees what `archive add` and `archive rebuild` did meanwhile', {timeout: 90_000}, async () => {
  const cwd = tempTree({'pub/ferry.txt': PUBLISHED_EN, '.factlintrc.json': JSON.stringify({archive: 'news.sqlite'})})
  expect(runCli(['archive', 'add', 'pub/ferry.txt', '--archive', 'news.sqlite'], {cwd}).status).toBe(0)
  editor = new Editor(cwd)
  await editor.initialize({date: DATE, debounce: 0})
  const later = 'The council closed the old market hall on Monday after inspectors found cracks in two of the beams that hold up its roof.\n'
  await editor.open('draft.txt', `${later}`, 'plaintext')
  expect((await editor.diagnostics('draft.txt', 1)).filter((diagnostic) => diagnostic.code === 'duplicate-block')).toEqual([])
  // Published while the editor is open: the next lint of the draft names it.
  writeFileSync(path.join(cwd, 'pub/market.txt'), later)
  expect(runCli(['archive', 'add', 'pub/market.txt', '--archive', 'news.sqlite'], {cwd}).stdout).toBe('1 added, 0 replaced, 0 unchanged\n')
  const second = await editor.change('draft.txt', [{text: `${later}\n`}])
  const [found] = (await editor.diagnostics('draft.txt', second)).filter((diagnostic) => diagnostic.code === 'duplicate-block')
  expect(found!.message).toMatch(/^This paragraph repeats a paragraph published on .* \(pub\/market\.txt\)$/)
  // Rebuilt under the open store: the lint goes on, and the next one reads the rebuilt archive.
  expect(runCli(['archive', 'rebuild', 'pub', '--archive', 'news.sqlite'], {cwd}).status).toBe(0)
  let version = second
  let again: typeof found
  for (let attempt = 0; attempt < 3 && !again; attempt++) {
    version = await editor.change('draft.txt', [{text: `${later}${'\n'.repeat(attempt + 2)}`}])
    again = (await editor.diagnostics('draft.txt', version)).find((diagnostic) => diagnostic.code === 'duplicate-block')
  }
  expect(again!.message).toBe(found!.message)
  // Opened once for the four lints.
  expect(editor.logs.filter((line) => /^factlint: archive .*news\.sqlite opened$/.test(line))).toHaveLength(1)
})
