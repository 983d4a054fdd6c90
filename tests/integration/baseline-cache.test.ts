import {readFile, writeFile} from 'node:fs/promises'
import {afterEach, beforeEach, expect, test} from 'vitest'
import {BAD_DRAFT, CLEAN_DRAFT, Repo} from './git-helpers.js'

let repo: Repo
beforeEach(async () => {
  repo = await Repo.create()
})
afterEach(async () => {
  await repo.remove()
})

test('--update-baseline records the findings; --baseline hides them even after lines are inserted above', async () => {
  await repo.write('drafts/a.txt', BAD_DRAFT)
  expect(repo.factlint(['drafts']).status).toBe(1)

  const updated = repo.factlint(['drafts', '--update-baseline'])
  expect(updated.status).toBe(0)
  // A French run speaks French.
  expect(updated.stderr).toBe('factlint: .factlint-baseline.json : 1 signalement enregistré dans la référence (baseline)\n')
  const baseline = JSON.parse(await readFile(repo.path('.factlint-baseline.json'), 'utf8'))
  expect(baseline).toMatchObject({version: 1, entries: [{rule: 'doubled-word', file: 'drafts/a.txt', text: 'pas'}]})

  await repo.write('drafts/a.txt', 'Titre ajouté en tête.\n\nUn chapeau de deux lignes,\nécrit après coup.\n\n' + BAD_DRAFT)
  const still = repo.factlint(['drafts', '--baseline', '.factlint-baseline.json', '--format', 'json'])
  expect(still.status).toBe(0)
  expect(JSON.parse(still.stdout)[0].messages).toEqual([])

  // A new occurrence is reported, on its own line.
  await repo.write('drafts/a.txt', BAD_DRAFT + '\nElle n’a pas vu pas la suite.\n')
  const fresh = repo.factlint(['drafts', '--baseline', '.factlint-baseline.json', '--format', 'json'])
  expect(fresh.status).toBe(1)
  expect(JSON.parse(fresh.stdout)[0].messages.map((message: {line: number}) => message.line)).toEqual([5])

  // .factlint-baseline.json applies without being named, and says what it hid; --no-baseline shows everything.
  const byDefault = repo.factlint(['drafts'])
  expect([byDefault.status, byDefault.stdout.match(/^ +\d+:\d+/gm)?.length]).toEqual([1, 1])
  expect(byDefault.stderr).toBe('factlint: 1 signalement déjà accepté dans .factlint-baseline.json, non affiché (--no-baseline pour tout voir)\n')
  const everything = repo.factlint(['drafts', '--no-baseline'])
  expect([everything.status, everything.stdout.match(/^ +\d+:\d+/gm)?.length, everything.stderr]).toEqual([1, 2, ''])
})

test('an English run says in English what the baseline hid', async () => {
  await repo.write('story.txt', 'She read the the report.\n')
  repo.factlint(['story.txt', '--update-baseline'])
  const run = repo.factlint(['story.txt'])
  expect([run.status, run.stderr]).toEqual([0, 'factlint: 1 finding already accepted in .factlint-baseline.json, not shown (--no-baseline to see them)\n'])
})

test('a --staged --update-baseline keeps the entries of files it did not look at', async () => {
  await repo.write('a.txt', BAD_DRAFT)
  await repo.write('b.txt', BAD_DRAFT)
  repo.factlint(['a.txt', 'b.txt', '--update-baseline'])
  await repo.write('b.txt', BAD_DRAFT + '\nElle n’a pas vu pas la suite.\n')
  repo.git('add', 'b.txt')
  expect(repo.factlint(['--staged', '--update-baseline']).status).toBe(0)
  const entries = JSON.parse(await readFile(repo.path('.factlint-baseline.json'), 'utf8')).entries as Array<{file: string}>
  expect(entries.map((entry) => entry.file).sort()).toEqual(['a.txt', 'b.txt', 'b.txt'])
})

test('a broken baseline is one line and exit 2', async () => {
  await repo.write('a.txt', BAD_DRAFT)
  await writeFile(repo.path('base.json'), '[1, 2]')
  const outcome = repo.factlint(['a.txt', '--baseline', 'base.json'])
  expect(outcome.status).toBe(2)
  expect(outcome.stderr).toMatch(/^factlint: .*base\.json: not a factlint baseline: expected an object\n$/)
})

/** A plugin rule that logs every document it checks, to see what the cache skipped. */
const COUNTER = `import {appendFileSync} from 'node:fs'
export default {
  meta: {id: 'checked-log', description: 'logs checked documents', defaultSeverity: 'warn', languages: 'any', fixable: false},
  schema: {parse: (value) => value, safeParse: (value) => ({success: true, data: value})},
  check(ctx) { appendFileSync(process.env.FACTLINT_CHECK_LOG ?? 'checked.log', ctx.file.path + '\\n') }
}
`

test('--cache skips unchanged files, notices changed ones and a changed configuration, and survives corruption', async () => {
  await repo.write('counter.mjs', COUNTER)
  await repo.write('factlint.config.json', JSON.stringify({plugins: ['./counter.mjs']}))
  await repo.write('a.txt', BAD_DRAFT)
  await repo.write('b.txt', CLEAN_DRAFT)
  const log = async () => (await readFile(repo.path('checked.log'), 'utf8').catch(() => '')).split('\n').filter(Boolean).sort()
  const clearLog = () => writeFile(repo.path('checked.log'), '')
  const lintAll = () => repo.factlint(['a.txt', 'b.txt', '--cache', '--format', 'json'])

  const first = lintAll()
  expect(first.status).toBe(1)
  expect(await log()).toEqual(['a.txt', 'b.txt'])

  await clearLog()
  const second = lintAll()
  expect(await log()).toEqual([])
  // Skipped files are still reported, with the same findings.
  expect(second.status).toBe(1)
  expect(JSON.parse(second.stdout)).toEqual(JSON.parse(first.stdout))

  await clearLog()
  await repo.write('b.txt', CLEAN_DRAFT + '\nUne phrase de plus.\n')
  lintAll()
  expect(await log()).toEqual(['b.txt'])

  await clearLog()
  await repo.write('factlint.config.json', JSON.stringify({plugins: ['./counter.mjs'], rules: {'doubled-word': 'warn'}}))
  const reconfigured = lintAll()
  expect(await log()).toEqual(['a.txt', 'b.txt'])
  expect(reconfigured.status).toBe(0)

  await clearLog()
  await writeFile(repo.path('.factlintcache'), '{"version": 1, "documents": {"x": 1')
  const rebuilt = lintAll()
  expect(rebuilt.status).toBe(0)
  expect(rebuilt.stderr).toBe('')
  expect(await log()).toEqual(['a.txt', 'b.txt'])
  await clearLog()
  lintAll()
  expect(await log()).toEqual([])
})

test('--cache-location chooses the file', async () => {
  await repo.write('a.txt', CLEAN_DRAFT)
  // A cache that cannot be written is a warning, never a failure.
  const unwritable = repo.factlint(['a.txt', '--cache-location', 'tmp/lint-cache.json'])
  expect(unwritable.status).toBe(0)
  expect(unwritable.stderr).toMatch(/^factlint: .*tmp\/lint-cache\.json: cannot write the cache \(ENOENT\)\n$/)
  await repo.write('tmp/.keep', '')
  expect(repo.factlint(['a.txt', '--cache-location', 'tmp/lint-cache.json']).status).toBe(0)
  expect(JSON.parse(await readFile(repo.path('tmp/lint-cache.json'), 'utf8'))).toMatchObject({version: 5, documents: {[repo.path('a.txt')]: {key: expect.any(String), sum: expect.any(String)}}})
})

test('--cache-location never overwrites a file that is not a factlint cache', async () => {
  await repo.write('a.txt', CLEAN_DRAFT)
  await repo.write('important.txt', 'Le brouillon du jour, à ne pas perdre.\n')
  const outcome = repo.factlint(['a.txt', '--cache-location', 'important.txt'])
  expect(outcome.status).toBe(0)
  expect(outcome.stderr).toMatch(/^factlint: .*important\.txt: not a factlint cache; not overwritten \(choose another --cache-location\)\n$/)
  expect(await readFile(repo.path('important.txt'), 'utf8')).toBe('Le brouillon du jour, à ne pas perdre.\n')
  // An empty file is a cache whose first write was cut short: it is used.
  await repo.write('empty-cache', '')
  expect(repo.factlint(['a.txt', '--cache-location', 'empty-cache']).stderr).toBe('')
  expect(JSON.parse(await readFile(repo.path('empty-cache'), 'utf8'))).toMatchObject({version: 5})
})

test('a cache entry edited by hand (messages emptied, key kept) is linted again', async () => {
  await repo.write('a.txt', BAD_DRAFT)
  expect(repo.factlint(['a.txt', '--cache']).status).toBe(1)
  const cache = JSON.parse(await readFile(repo.path('.factlintcache'), 'utf8'))
  const entry = cache.documents[repo.path('a.txt')]
  expect(entry.file.messages.length).toBeGreaterThan(0)
  entry.file.messages = []
  await writeFile(repo.path('.factlintcache'), JSON.stringify(cache))
  const again = repo.factlint(['a.txt', '--cache', '--format', 'json'])
  expect(again.status).toBe(1)
  expect(JSON.parse(again.stdout)[0].messages.map((message: {ruleId: string}) => message.ruleId)).toEqual(['doubled-word'])
})

test('--fix --baseline never fixes a finding the baseline accepted, even in a file with a new finding', async () => {
  // Two doubled words: the first is accepted, the second is new; the fix passes after the first must not fix the accepted one.
  const accepted = 'Il ne faut pas pas céder.\n'
  await repo.write('a.txt', accepted)
  expect(repo.factlint(['a.txt', '--update-baseline']).status).toBe(0)
  await repo.write('a.txt', accepted + '\nLe maire a a parlé hier.\n')
  const fixed = repo.factlint(['a.txt', '--baseline', '.factlint-baseline.json', '--fix'])
  expect(fixed.status).toBe(0)
  expect(await readFile(repo.path('a.txt'), 'utf8')).toBe(accepted + '\nLe maire a parlé hier.\n')
})

test('--output writes the report to a file, stdout stays empty', async () => {
  await repo.write('a.txt', BAD_DRAFT)
  const outcome = repo.factlint(['a.txt', '--format', 'github', '--output', 'report.txt'])
  expect(outcome).toMatchObject({status: 1, stdout: ''})
  expect(await readFile(repo.path('report.txt'), 'utf8')).toMatch(/^::error file=a\.txt,line=3,col=\d+,endLine=3,endColumn=\d+,title=factlint\(doubled-word\)::Particule/)
})

test('cross-file findings are still found when both files come from the cache', async () => {
  const shared = 'Le conseil municipal de Rennes a adopté mardi soir un budget de 412 millions d’euros, en hausse de trois pour cent, après quatre heures de débats animés entre la majorité et l’opposition.'
  await repo.write('a.txt', `Premier texte.\n\n${shared}\n`)
  await repo.write('b.txt', `Second texte.\n\n${shared}\n`)
  const plain = repo.factlint(['a.txt', 'b.txt', '--format', 'json'])
  expect(plain.stdout).toMatch(/"ruleId": "duplicate-block"/)
  repo.factlint(['a.txt', 'b.txt', '--cache', '--format', 'json'])
  const cached = repo.factlint(['a.txt', 'b.txt', '--cache', '--format', 'json'])
  expect(JSON.parse(cached.stdout)).toEqual(JSON.parse(plain.stdout))
})
