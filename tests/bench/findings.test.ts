// `npm run findings -- FOLDER...`: findings per rule per 500 KB of any folder
// of copy, so a newsroom can measure factlint on its own archive.
import {spawnSync} from 'node:child_process'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {PER_BYTES, formatSummary, summarize, type ReportFile} from '../../bench/findings-summary.js'
import {ROOT, tempTree} from '../support/cli.js'

const SCRIPT = path.join(ROOT, 'bench', 'findings.js')

function runFindings(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [SCRIPT, ...args], {cwd, encoding: 'utf8', env: {...process.env, INIT_CWD: undefined, NO_COLOR: '1'}})
  return {status: result.status, stdout: result.stdout, stderr: result.stderr}
}

describe('summarize counts a JSON report per rule, over everything linted', () => {
  const sizes: Record<string, number> = {'a.txt': PER_BYTES / 2, 'b.txt': PER_BYTES / 4, 'c.txt': PER_BYTES / 4}
  const cases: Array<{name: string; report: ReportFile[]; rules: Array<[string, number, number, number, number, number, number]>; findings: number; per500KB: number}> = [
    {
      name: 'no finding: every rule absent, the rate 0',
      report: [{path: 'a.txt', lang: 'fr', messages: []}],
      rules: [],
      findings: 0,
      per500KB: 0
    },
    {
      // rule, findings, errors, warnings, infos, files, per 500 KB
      name: 'a file without findings still counts in the size; most frequent rule first',
      report: [
        {path: 'a.txt', lang: 'fr', messages: [{ruleId: 'typography', fatal: false}, {ruleId: 'typography', fatal: false}, {ruleId: 'doubled-word', fatal: true}]},
        {path: 'b.txt', lang: 'en', messages: [{ruleId: 'typography', fatal: false}]},
        {path: 'c.txt', lang: 'en', messages: []}
      ],
      rules: [
        ['typography', 3, 0, 3, 0, 2, 3],
        ['doubled-word', 1, 1, 0, 0, 1, 1]
      ],
      findings: 4,
      per500KB: 4
    },
    {
      name: 'an info (fatal unset) and a message without a rule are counted, not dropped; ties by name',
      report: [{path: 'a.txt', messages: [{ruleId: 'date-weekday'}, {ruleId: null, fatal: true}]}],
      rules: [
        ['(no rule)', 1, 1, 0, 0, 1, 2],
        ['date-weekday', 1, 0, 0, 1, 1, 2]
      ],
      findings: 2,
      per500KB: 4
    }
  ]
  for (const {name, report, rules, findings, per500KB} of cases) {
    it(name, () => {
      const summary = summarize(report, (file) => sizes[file]!)
      expect(summary.rules.map((row) => [row.rule, row.findings, row.errors, row.warnings, row.infos, row.files, row.per500KB])).toEqual(rules)
      expect([summary.findings, summary.per500KB]).toEqual([findings, per500KB])
    })
  }

  it('gives the rate 0, not a division by zero, on empty files', () => {
    const summary = summarize([{path: 'empty.txt', messages: [{ruleId: 'typography', fatal: false}]}], () => 0)
    expect([summary.bytes, summary.per500KB, summary.rules[0]!.per500KB]).toEqual([0, 0, 0])
  })
})

describe('formatSummary prints one rule a line, then the total', () => {
  it('aligns the columns and says the size and the languages', () => {
    const summary = summarize(
      [
        {path: 'a.txt', lang: 'fr', messages: [{ruleId: 'unbalanced-quotes', fatal: true}, {ruleId: 'typography', fatal: false}, {ruleId: 'typography', fatal: false}]},
        {path: 'b.txt', lang: 'en', messages: []}
      ],
      () => 1024
    )
    expect(formatSummary(summary)).toBe(
      [
        '2 files, 2.0 KB (en 1, fr 1)',
        'rule               findings  per 500 KB  files  errors  warnings  infos',
        'typography                2       500.0      1       0         2      0',
        'unbalanced-quotes         1       250.0      1       1         0      0',
        'total                     3       750.0',
        ''
      ].join('\n')
    )
  })
})

describe('npm run findings -- FOLDER lints any folder of copy', () => {
  // Made-up sentences: a doubled word in each language, an unclosed quotation in
  // English, and a clean French file that counts in the size only.
  const files = {
    'fr/conseil.txt': 'Le conseil municipal a voté le le budget lundi soir.\n',
    'fr/propre.txt': 'La séance a été levée à vingt-deux heures après un long débat.\n',
    'en/court.txt': 'The judge said the the hearing would resume. The clerk called it a “long day.\n'
  }
  const bytes = Object.values(files).reduce((sum, text) => sum + Buffer.byteLength(text), 0)
  const rate = (count: number) => ((count * PER_BYTES) / bytes).toFixed(1)

  it('prints the table for folders given relative to where it was typed', () => {
    const root = tempTree(files)
    const result = runFindings(['fr', 'en', '--no-config'], root)
    expect(result.status).toBe(0)
    expect(result.stdout).toBe(
      [
        `3 files, ${(bytes / 1024).toFixed(1)} KB (en 1, fr 2)`,
        'rule               findings  per 500 KB  files  errors  warnings  infos',
        `doubled-word              2  ${rate(2).padStart(10)}      2       2         0      0`,
        `unbalanced-quotes         1  ${rate(1).padStart(10)}      1       1         0      0`,
        `total                     3  ${rate(3).padStart(10)}`,
        ''
      ].join('\n')
    )
  })

  it('passes factlint flags through: a rule turned off leaves the table', () => {
    const root = tempTree(files)
    const result = runFindings(['fr', 'en', '--no-config', '--rule', 'doubled-word=off'], root)
    expect(result.stdout.split('\n').slice(2, 4)).toEqual([`unbalanced-quotes         1  ${rate(1).padStart(10)}      1       1         0      0`, `total                     1  ${rate(1).padStart(10)}`])
  })

  it('says in one line that a folder does not exist, and exits 2', () => {
    const root = tempTree(files)
    const result = runFindings(['archives'], root)
    expect(result.status).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr).toMatch(/^findings: factlint: .*archives.*\n$/)
  })

  it('without a folder, keeps printing the fingerprint of the generated corpus', () => {
    const result = runFindings(['0.02'], ROOT)
    expect(result.status).toBe(0)
    expect(result.stdout).toMatch(/^today \d{4}-\d{2}-\d{2}\n\d+ findings, sha256 [0-9a-f]{16}\n$/)
  })
})
