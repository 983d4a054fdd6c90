import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, test} from 'vitest'
import {runInProcess} from '../support/cli.js'
import type {Timeline} from '../../src/dates/report.js'

const root = path.resolve(new URL('../..', import.meta.url).pathname)

async function run(argv: string[], cwd = root) {
  const {status, stdout, stderr} = await runInProcess(['timeline', ...argv], cwd)
  return {code: status, stdout, stderr}
}

describe('factlint timeline', () => {
  test('the reference document in date order, the outlier marked', async () => {
    const {code, stdout} = await run(['fixtures/esper-rabat.fr.txt'])
    // ✖: date-weekday reports an error, as the lint command would exit 1.
    expect(code).toBe(1)
    const lines = stdout.split('\n')
    expect(lines[0]).toBe('fixtures/esper-rabat.fr.txt: chronologie')
    expect(lines[1]).toBe('  2020-10-01  jeudi     « jeudi »  ligne 16, lue d’après « vendredi 2 octobre » (ligne 1)')
    expect(lines[3]).toBe('  2020-10-02  vendredi  « vendredi 2 octobre »  ligne 1')
    expect(lines[4]).toBe('✖ 2020-10-30  vendredi  « mercredi 30 octobre »  ligne 18')
    expect(stdout).toContain('      date-weekday: Le 30 octobre 2020 est un vendredi, pas un mercredi ; année déduite de « vendredi 2 octobre » (ligne 1) (attendu : “mercredi 30 septembre”, “mercredi 28 octobre”, “vendredi 30 octobre”)')
    expect(stdout).toContain('      date-timeline: « mercredi 30 octobre » (30 octobre 2020) tombe 4 semaines après')
  })

  test('dates placed in years for different reasons each say why; one reason for all is said once', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'factlint-timeline-'))
    const fr = path.join(dir, 'histoire.txt')
    writeFileSync(fr, 'La gare a rouvert lundi 30 novembre.\n\nLe samedi 19 août 1944, la police se met en grève. Le jeudi 24 août, les chars arrivent.\n')
    const {stdout} = await run([fr, '--date', '2026-12-04'])
    const lines = stdout.split('\n')
    expect(lines).toContain('  1944-08-24  jeudi   « jeudi 24 août »  ligne 3 — année déduite de « samedi 19 août 1944 » (ligne 3)')
    expect(lines).toContain('  2026-11-30  lundi   « lundi 30 novembre »  ligne 1 — année de la date de publication (2026-12-04)')
    expect(lines.some((line) => line.startsWith('Année :'))).toBe(false)
    const en = path.join(dir, 'station.txt')
    writeFileSync(en, 'The station reopened on Monday, Nov. 30. Trains resumed on Tuesday, Dec. 1.\n')
    const single = (await run([en, '--date', '2026-12-04'])).stdout.split('\n')
    expect(single).toContain('  2026-11-30  Monday   "Monday, Nov. 30"  line 1')
    expect(single).toContain('Year: year of the publication date (2026-12-04)')
  })

  test('the date whose weekday chose the year says so, not that its year was inferred from itself', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'factlint-timeline-'))
    const file = path.join(dir, 'mine.txt')
    writeFileSync(file, 'The mine collapsed on Thursday, Dec. 3. Rescuers arrived on Friday, Dec. 4.\n\nIn May 1968, the miners struck. On Monday, May 13, they marched.\n')
    const lines = (await run([file])).stdout.split('\n')
    const own = lines.find((line) => line.includes('"Thursday, Dec. 3"  line 1'))
    expect(own).toMatch(/ — the year in which this weekday falls on this date$/)
    expect(lines.find((line) => line.includes('"Friday, Dec. 4"'))).toMatch(/ — year inferred from "Thursday, Dec\. 3" \(line 1\)$/)
    expect(lines.find((line) => line.includes('"Monday, May 13"'))).toMatch(/^ {2}1968-05-13 .* — year written earlier in the paragraph$/)
  })

  test('--format json gives the same data', async () => {
    const {code, stdout} = await run(['fixtures/esper-rabat.fr.txt', '--format', 'json'])
    expect(code).toBe(1)
    const timeline = JSON.parse(stdout) as Timeline
    expect(timeline.lang).toBe('fr')
    expect(timeline.entries.map((entry) => [entry.date, entry.weekday, entry.text, entry.line, entry.findings.map((finding) => finding.ruleId)])).toEqual([
      ['2020-10-01', 'jeudi', 'jeudi', 16, []],
      ['2020-10-01', 'jeudi', 'jeudi', 33, []],
      ['2020-10-02', 'vendredi', 'vendredi 2 octobre', 1, []],
      ['2020-10-30', 'vendredi', 'mercredi 30 octobre', 18, ['date-timeline', 'date-weekday']],
      ['2020-10-30', 'vendredi', 'mercredi 30 octobre', 35, ['date-timeline', 'date-weekday']]
    ])
    expect(timeline.entries[2]!.year).toBe('année déduite de « vendredi 2 octobre » (ligne 1)')
    expect(timeline.entries[3]!.findings[1]!.expected[0]).toBe('mercredi 30 septembre')
    expect(timeline.entries[3]!.conflict).toMatch(/^« mercredi 30 octobre »/)
  })

  test('--date and --lang, in English, with the dates that name no day', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'factlint-timeline-'))
    writeFileSync(
      path.join(dir, 'story.txt'),
      'The minister arrived in Algiers on Thursday. On Friday, Oct. 2 he signed an agreement in Rabat. A crash happened on Friday the 13th.'
    )
    const {code, stdout} = await run(['story.txt', '--lang', 'en', '--date', '2019-10-05', '--format', 'json'], dir)
    expect(code).toBe(1)
    const timeline = JSON.parse(stdout) as Timeline
    expect(timeline.entries.map((entry) => [entry.date ?? null, entry.text, entry.findings.map((finding) => finding.severity)])).toEqual([
      ['2019-10-02', 'Friday, Oct. 2', ['error']],
      ['2019-10-03', 'Thursday', []],
      [null, 'Friday the 13th', []]
    ])
    const text = await run(['story.txt', '--lang', 'en', '--date', '2019-10-05'], dir)
    expect(text.stdout).toContain('Not placed on the timeline:\n  "Friday the 13th"  line 1')
    expect(text.stdout).toContain('Year: year of the publication date (2019-10-05)')
  })

  test('exit code: 1 when a date rule reports an error, 0 for warnings only or none', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'factlint-timeline-'))
    const files = {
      'faux.txt': 'Le conseil a voté jeudi 4 juin 2024.',
      'juste.txt': 'Le conseil a voté mardi 4 juin 2024.',
      'wrong.txt': 'The council voted on Thursday, June 4, 2024.',
      'right.txt': 'The council voted on Tuesday, June 4, 2024.',
      'order.txt': 'On Monday, Oct. 5, 2020 he was in Paris, then on Tuesday, Sept. 29 in Lyon.'
    }
    for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text)
    const fr = await run(['faux.txt', '--lang', 'fr'], dir)
    expect(fr.stdout).toContain('✖ 2024-06-04')
    expect(fr.code).toBe(1)
    expect((await run(['juste.txt', '--lang', 'fr'], dir)).code).toBe(0)
    expect((await run(['wrong.txt', '--lang', 'en', '--format', 'json'], dir)).code).toBe(1)
    expect((await run(['right.txt', '--lang', 'en'], dir)).code).toBe(0)
    // A date-timeline warning (⚠) alone does not fail.
    const order = await run(['order.txt', '--lang', 'en'], dir)
    expect(order.stdout).toContain('⚠ 2020-09-29')
    expect(order.code).toBe(0)
  })

  test('--help describes the exit status', async () => {
    const {code, stdout} = await run(['--help'])
    expect(code).toBe(0)
    expect(stdout).toMatch(/^usage: factlint timeline FILE/)
    expect(stdout).toContain('Exit status: 1 when a date rule reports an error in the file, 0 otherwise')
  })

  test('usage problems: one line on stderr, exit code 2', async () => {
    expect(await run([])).toMatchObject({code: 2, stdout: '', stderr: expect.stringMatching(/^factlint timeline: a file is required\n/)})
    expect(await run(['missing.txt'])).toMatchObject({code: 2, stderr: 'factlint timeline: cannot read missing.txt: no such file or folder\n'})
    expect(await run(['fixtures'])).toMatchObject({code: 2, stderr: 'factlint timeline: cannot read fixtures: is a folder (timeline reads one document at a time)\n'})
    expect(await run(['fixtures/esper-rabat.fr.txt', '--date', '2020-02-30'])).toMatchObject({code: 2, stderr: expect.stringContaining('--date expects a date as YYYY-MM-DD')})
    expect(await run(['fixtures/esper-rabat.fr.txt', '--format', 'xml'])).toMatchObject({code: 2, stderr: expect.stringContaining('unknown format "xml"')})
  })
})
