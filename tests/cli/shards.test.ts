/**
 * `--shard i/n`, `--emit-fingerprints` and `--fingerprints`: the reports of
 * the shards and of the merge step, together, are the report of the run
 * that was split (docs/hooks-and-ci.md).
 */
import path from 'node:path'
import {describe, expect, test} from 'vitest'
import {inShard, parseShard} from '../../src/engine/shard.js'
import {parseJsonReport, runInProcess, tempTree} from '../support/cli.js'

/** Made-up drafts: paragraphs pasted from one draft into others, exactly or edited, and a doubled word. */
const FR_BUDGET =
  "Le conseil municipal de Valmont a adopté mardi soir un budget de quatre millions d'euros, après trois heures de débats animés entre la majorité et l'opposition."
const FR_PISCINE = "La maire a promis que la nouvelle piscine ouvrirait ses portes avant l'été prochain, malgré les retards répétés du chantier de la rue des Tilleuls."
const EN_FERRY = 'The ferry company cancelled every crossing to the island on Sunday after gusts of more than ninety kilometres an hour battered the harbour wall.'
const EN_REFUND = 'Passengers were offered a refund or a seat on the first boat of Monday morning, a spokeswoman for the company said on Sunday evening.'

const DRAFTS: Record<string, string> = {
  'drafts/a.fr.txt': `${FR_BUDGET}\n\n${FR_PISCINE}\n`,
  'drafts/b.fr.txt': `Les travaux reprennent lundi matin dans le centre de Valmont.\n\n${FR_BUDGET}\n`,
  'drafts/c.fr.txt': `${FR_PISCINE.replace('répétés', 'successifs')}\n\nLe le maire de Brévans a signé la convention jeudi.\n`,
  'drafts/d.en.txt': `${EN_FERRY}\n\n${EN_REFUND}\n`,
  'drafts/e.en.txt': `The storm eased on Monday and the first boat left at noon.\n\n${EN_FERRY}\n`,
  'drafts/f.en.txt': `${EN_REFUND.replace('Monday morning', 'Monday afternoon')}\n\nThe the harbour master said the wall would be inspected.\n`,
  'drafts/g.en.txt': 'The council will meet again on Thursday to discuss the cost of the new harbour wall and its lights.\n',
  'drafts/h.fr.txt': "La préfecture a levé l'alerte orange mercredi en fin de journée pour tout le département.\n"
}

type Row = [string, number, number, string, string]

function rows(stdout: string): Row[] {
  return parseJsonReport(stdout)
    .flatMap((file) => file.messages.map((message): Row => [file.path, message.line, message.column, message.ruleId ?? '', message.reason]))
    .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)))
}

describe('a run split in shards', () => {
  test.each([2, 3, 5])('the union of %i shards and the merged duplicates is the whole run', async (count) => {
    const root = tempTree(DRAFTS)
    const whole = await runInProcess(['--format', 'json', '--today', '2026-01-15', 'drafts'], root)
    const expected = rows(whole.stdout)
    // The drafts do repeat one another, and something else is found too.
    expect(expected.filter((row) => row[3] === 'duplicate-block').length).toBeGreaterThanOrEqual(4)
    expect(expected.filter((row) => row[3] === 'doubled-word')).toHaveLength(2)
    const found: Row[] = []
    const names: string[] = []
    const linted = new Set<string>()
    for (let index = 1; index <= count; index++) {
      const name = `shard-${index}.json`
      names.push('--fingerprints', name)
      const shard = await runInProcess(['--format', 'json', '--today', '2026-01-15', '--shard', `${index}/${count}`, '--emit-fingerprints', name, 'drafts'], root)
      expect(shard.stderr).toBe('')
      for (const file of parseJsonReport(shard.stdout)) {
        expect(linted.has(file.path)).toBe(false)
        linted.add(file.path)
      }
      found.push(...rows(shard.stdout))
    }
    expect(linted.size).toBe(Object.keys(DRAFTS).length)
    const merged = await runInProcess(['--format', 'json', '--today', '2026-01-15', ...names], root)
    expect(merged.stderr).toBe('')
    const mergedRows = rows(merged.stdout)
    expect(mergedRows.every((row) => row[3] === 'duplicate-block')).toBe(true)
    found.push(...mergedRows)
    expect(found.sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)))).toEqual(expected)
    // Duplicates across files are warnings by default (acrossFiles: warn): the merge step fails on none.
    expect(merged.status).toBe(0)
  })

  test('a shard without --emit-fingerprints reports the duplicates among its own files', async () => {
    const root = tempTree(DRAFTS)
    const shards = await Promise.all([1, 2].map((index) => runInProcess(['--format', 'json', '--shard', `${index}/2`, 'drafts'], root)))
    const paths = shards.map((shard) => new Set(parseJsonReport(shard.stdout).map((file) => file.path)))
    for (const [index, shard] of shards.entries()) {
      for (const [file, , , ruleId, reason] of rows(shard.stdout)) {
        if (ruleId !== 'duplicate-block' || !/drafts\//.test(reason)) continue
        // A duplicate across files names a file of the same shard.
        const named = /(drafts\/[a-h]\.\w\w\.txt)/.exec(reason)![1]!
        expect([file, paths[index]!.has(named)]).toEqual([file, true])
      }
    }
  })
})

describe('shard and fingerprints problems are one line', () => {
  test.each([
    [['--shard', '0/2', 'drafts'], 'factlint: --shard: expected i/n with 1 ≤ i ≤ n (for example 2/4), got "0/2"\n'],
    [['--shard', '3/2', 'drafts'], 'factlint: --shard: expected i/n with 1 ≤ i ≤ n (for example 2/4), got "3/2"\n'],
    [['--fingerprints', 'missing.json'], 'factlint: --fingerprints missing.json: cannot read it (ENOENT)\n'],
    [['--fingerprints', 'drafts/a.fr.txt'], 'factlint: --fingerprints drafts/a.fr.txt: not JSON\n'],
    [['--fingerprints', 'other.json'], 'factlint: --fingerprints other.json: not a fingerprints file (written by factlint --emit-fingerprints)\n'],
    [['--fingerprints', 'other.json', 'drafts'], 'factlint: --fingerprints reports the duplicates across the files of earlier runs: give it no file to lint\n']
  ])('%j', async (argv, stderr) => {
    const root = tempTree({...DRAFTS, 'other.json': '{"format": "something else"}'})
    const result = await runInProcess(argv, root)
    expect([result.status, result.stderr, result.stdout]).toEqual([2, stderr, ''])
  })

  test('the same file in two fingerprints files', async () => {
    const root = tempTree(DRAFTS)
    await runInProcess(['--emit-fingerprints', 'one.json', 'drafts'], root)
    await runInProcess(['--emit-fingerprints', 'two.json', 'drafts/a.fr.txt'], root)
    const result = await runInProcess(['--fingerprints', 'one.json', '--fingerprints', 'two.json'], root)
    expect([result.status, result.stderr]).toEqual([2, `factlint: --fingerprints: ${path.join('drafts', 'a.fr.txt')} is in two of the files (shards must not overlap)\n`])
  })
})

describe('the partition', () => {
  const files = Array.from({length: 23}, (_, index) => `news/${index % 3 === 0 ? 'fr' : 'en'}/story-${index}.md`)

  test.each([1, 2, 4, 7, 23, 30])('%i shards: every file in exactly one, sizes within one of each other', (count) => {
    const shares = Array.from({length: count}, (_, index) => inShard(files, (file) => file, {index: index + 1, count}))
    expect(shares.flat().sort()).toEqual([...files].sort())
    const size = Math.ceil(files.length / count)
    for (const share of shares) expect(share.length).toBeLessThanOrEqual(size)
  })

  test('a file stays in its shard whatever order the files were found in, and keeps that order', () => {
    const reversed = [...files].reverse()
    const share = inShard(files, (file) => file, {index: 2, count: 4})
    expect(inShard(reversed, (file) => file, {index: 2, count: 4})).toEqual([...share].reverse())
    expect(share).toEqual(files.filter((file) => share.includes(file)))
  })

  test.each([
    ['1/1', {index: 1, count: 1}],
    ['2/4', {index: 2, count: 4}],
    [' 3/3 ', {index: 3, count: 3}],
    ['0/4', undefined],
    ['5/4', undefined],
    ['2', undefined],
    ['1/0', undefined],
    ['a/b', undefined]
  ])('parseShard(%j)', (text, expected) => {
    expect(parseShard(text)).toEqual(expected)
  })
})
