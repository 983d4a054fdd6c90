import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, test} from 'vitest'
import {runInProcess} from '../support/cli.js'

async function run(argv: string[]) {
  const {status, stdout} = await runInProcess(['timeline', ...argv], process.cwd())
  return {code: status, stdout}
}

describe('factlint timeline: durations checked', () => {
  test('lists each duration date-arithmetic checked, the contradicted one marked with its finding', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'factlint-durations-'))
    const file = path.join(dir, 'festival.txt')
    writeFileSync(file, 'Le festival a lieu du lundi 2 au vendredi 6 mars 2026, soit quatre jours.\n\nLe lundi 2 mars 2026, il est arrêté. Quatre jours plus tard, le vendredi 6 mars, il est libéré.\n')
    const {code, stdout} = await run([file])
    expect(code).toBe(1)
    const lines = stdout.split('\n')
    const at = lines.indexOf('Durées vérifiées :')
    expect(lines.slice(at, at + 4)).toEqual([
      'Durées vérifiées :',
      '✖ « quatre »  2 mars 2026 → 6 mars 2026 : 5 jours  ligne 1',
      '      date-arithmetic: « quatre » ne correspond pas aux dates, du 2 mars 2026 au 6 mars 2026 (5 jours, bornes comprises) : « cinq » attendu',
      '  « Quatre »  2 mars 2026 → 6 mars 2026 : 4 jours  ligne 3'
    ])
  })

  test('gives the durations in JSON, an age read against --date, and exits 0 when they all agree', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'factlint-durations-'))
    const file = path.join(dir, 'profile.txt')
    writeFileSync(file, 'John Smith was born on March 3, 1970. The 50-year-old runs the firm.\n')
    const {code, stdout} = await run([file, '--format', 'json', '--date', '2020-10-01'])
    expect(code).toBe(0)
    expect(JSON.parse(stdout).durations).toEqual([
      {kind: 'age', unit: 'year', line: 1, text: '50', from: 'March 3, 1970', to: 'October 1, 2020', computed: 50, ok: true}
    ])
  })

  test('lists a count of years ago and an anniversary against the dateline, the year alone as their start', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'factlint-durations-'))
    const file = path.join(dir, 'memorial.txt')
    writeFileSync(file, 'PARIS, Nov. 12, 2020 (AFP) - Ten years ago, in 2015, the hall reopened.\n\nThe fifth anniversary of the 2015 attacks falls on Friday.\n')
    const {code, stdout} = await run([file, '--format', 'json'])
    expect(code).toBe(1)
    expect(JSON.parse(stdout).durations).toEqual([
      {kind: 'ago', unit: 'year', line: 1, text: 'Ten', from: '2015', to: 'November 12, 2020', computed: 5, ok: false, reason: 'Unexpected `Ten` for the years between 2015 and the story’s date, November 12, 2020 (5 years), expected `Five`'},
      {kind: 'anniversary', unit: 'year', line: 3, text: 'fifth', from: '2015', to: 'November 12, 2020', computed: 5, ok: true}
    ])
  })

  test('lists years later between two years and days ago against the dateline, in months too', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'factlint-durations-'))
    const file = path.join(dir, 'story.txt')
    writeFileSync(file, 'PARIS, April 20, 2026 (AFP) - Two weeks ago, on April 6, the plant shut down.\n\nIn 2012, she opened her first shop. Ten years later, in 2020, she had twenty. The plant opened on Jan. 5, 2026. Three months later, on April 6, it shut.\n')
    const {code, stdout} = await run([file, '--format', 'json'])
    expect(code).toBe(1)
    expect(JSON.parse(stdout).durations).toEqual([
      {kind: 'since', unit: 'week', line: 1, text: 'Two', from: 'April 6, 2026', to: 'April 20, 2026', computed: 14, ok: true},
      {kind: 'laterYears', unit: 'year', line: 3, text: 'Ten', from: '2012', to: '2020', computed: 8, ok: false, reason: 'Unexpected `Ten` for the years between 2012 and 2020 (8 years), expected `Eight`'},
      {kind: 'later', unit: 'month', line: 3, text: 'Three', from: 'January 5, 2026', to: 'April 6, 2026', computed: 3, ok: true}
    ])
  })

  test('says nothing of durations in a document without any', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'factlint-durations-'))
    const file = path.join(dir, 'plain.txt')
    writeFileSync(file, 'The station reopened on Monday, Nov. 30, 2026.\n')
    const {stdout} = await run([file])
    expect(stdout).not.toContain('Durations checked')
  })
})
