import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {expect, test} from 'vitest'
import {run} from '../../src/engine/run.js'
import {z} from 'zod'
import {carryAcrossFiles, createActions} from '../../src/cli/interactive/actions.js'
import {lint, lintFiles} from '../../src/engine/lint.js'
import {defineRule} from '../../src/rules/define.js'
import {builtinRules} from '../../src/rules/index.js'

const shared =
  'Le conseil municipal de Rennes a adopté mardi soir un budget de 412 millions d’euros, en hausse de trois pour cent, après quatre heures de débats animés entre la majorité et l’opposition.'

test('a fix in the interactive report keeps the findings across drafts that it did not touch, moved with the text', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'factlint-actions-'))
  writeFileSync(path.join(dir, 'a.txt'), `Autre chose.\n\n${shared}\n`)
  // b.txt sorts later: it holds the cross-file finding, after a doubled word the fix removes.
  writeFileSync(path.join(dir, 'b.txt'), `Le maire a a répondu.\n\n${shared}\n`)
  const result = await run({cwd: dir, paths: ['a.txt', 'b.txt'], noConfig: true})
  const b = result.documents.find((document) => document.file.path === 'b.txt')!
  const doubled = b.file.messages.find((message) => message.ruleId === 'doubled-word')!
  const fix = (doubled as unknown as {fix: {range: [number, number]; text: string}}).fix

  const fixed = await createActions({cwd: dir}).applyFix(b, {label: 'delete', range: fix.range, text: fix.text, unsafe: false})
  const text = readFileSync(path.join(dir, 'b.txt'), 'utf8')
  expect(text).toBe(`Le maire a répondu.\n\n${shared}\n`)
  expect(fixed.file.messages.map((message) => `${message.ruleId}@${message.line}:${message.column}`)).toEqual(['duplicate-block@3:1'])
  const duplicate = fixed.file.messages[0] as unknown as {place: {start: {offset: number}; end: {offset: number}}}
  // Its range now points at the shared paragraph of the new text.
  expect(text.slice(duplicate.place.start.offset, duplicate.place.end.offset)).toBe(shared)
})

test('a carried finding’s own fix moves with it; one the edit touched is dropped', async () => {
  // A cross-file rule with a fix: it flags the word « commun » in every file.
  const common = defineRule({
    meta: {id: 'shared-word', description: 'test rule', defaultSeverity: 'warn', languages: 'any', fixable: true},
    schema: z.undefined(),
    check() {},
    checkAcrossFiles({files, report}) {
      for (const file of files) {
        for (const match of String(file.value).matchAll(/commun/g)) report(file, {reason: 'shared word', start: match.index, end: match.index + 6, fix: {range: [match.index, match.index + 6], text: 'partagé'}})
      }
    }
  })
  const ruleSet = [...builtinRules, common]
  const [, before] = await lintFiles([{path: 'a.txt', text: 'Un texte commun.\n'}, {path: 'b.txt', text: 'Il a a dit : commun, commun.\n'}], {lang: 'fr', ruleSet})
  const text = 'Il a dit : commun, commun.\n'
  const after = await lint(text, {path: 'b.txt', lang: 'fr'})
  // The edit removed « a » at 4–6 (" a"); then an edit that overlaps the second « commun ».
  carryAcrossFiles(before!, after, [4, 6], 0)
  const carried = after.messages.filter((message) => message.ruleId === 'shared-word') as unknown as Array<{fix: {range: [number, number]}}>
  expect(carried.map((message) => text.slice(...message.fix.range))).toEqual(['commun', 'commun'])
  const again = await lint(text, {path: 'b.txt', lang: 'fr'})
  carryAcrossFiles(before!, again, [21, 23], 2)
  expect(again.messages.filter((message) => message.ruleId === 'shared-word')).toHaveLength(1)
})
