import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {readable} from '../../src/cli/config-tools.js'
import {ROOT, runCli, tempTree} from '../support/cli.js'

describe('--init', () => {
  it('writes a commented configuration that loads as it is, then refuses to overwrite it', () => {
    const root = tempTree({'a.txt': 'Il a vu le le chat.'})
    const init = runCli(['--init'], {cwd: root})
    expect([init.status, init.stderr]).toEqual([0, 'factlint: wrote .factlintrc.yaml; every setting is commented, with its default (docs/configuration.md)\n'])
    const written = readFileSync(path.join(root, '.factlintrc.yaml'), 'utf8')
    expect(written).toMatch(/^#   doubled-word: +error$/m)
    expect(written).toMatch(/^# overrides:$/m)
    // As written, it is valid and changes nothing.
    expect(runCli(['a.txt', '--format', 'json'], {cwd: root}).status).toBe(1)
    const again = runCli(['--init'], {cwd: root})
    expect([again.status, again.stderr]).toEqual([2, 'factlint: --init: .factlintrc.yaml already configures factlint here; it is left unchanged\n'])
    expect(readFileSync(path.join(root, '.factlintrc.yaml'), 'utf8')).toBe(written)
  })

  it('refuses when package.json holds a factlint key, not when it holds none', () => {
    const configured = tempTree({'package.json': '{"name": "x", "factlint": {"lang": "fr"}}'})
    expect(runCli(['--init'], {cwd: configured}).stderr).toBe('factlint: --init: package.json already configures factlint here; it is left unchanged\n')
    const plain = tempTree({'package.json': '{"name": "x"}'})
    expect(runCli(['--init'], {cwd: plain}).status).toBe(0)
  })
})

describe('--print-config', () => {
  it('says what applies to a file and where each setting came from', () => {
    const root = tempTree({
      'factlint.config.json': JSON.stringify({rules: {'doubled-word': 'warn'}, overrides: [{files: ['archive/**'], referenceDate: '2019-06-30', rules: {typography: 'off'}}]}),
      'archive/a.txt': 'Il a vu le chat mardi.',
      'b.md': '---\ndate: 2024-08-11\n---\n\nShe read the report on Tuesday.\n'
    })
    const archived = JSON.parse(runCli(['--print-config', 'archive/a.txt', '--rule', 'date-weekday=warn'], {cwd: root}).stdout)
    expect(archived).toMatchObject({
      file: 'archive/a.txt',
      configuration: 'factlint.config.json',
      lang: {value: 'fr', from: 'detected from the text'},
      referenceDate: {value: '2019-06-30', from: 'factlint.config.json (overrides[0])'},
      rules: {
        'doubled-word': {value: 'warn', from: 'factlint.config.json'},
        typography: {value: 'off', from: 'factlint.config.json (overrides[0])'},
        'date-weekday': {value: 'warn', from: '--rule'},
        'unbalanced-quotes': {value: 'error', from: 'default'}
      }
    })
    const story = JSON.parse(runCli(['--print-config', 'b.md', '--lang', 'en'], {cwd: root}).stdout)
    expect([story.lang, story.referenceDate, story.rules.typography]).toEqual([
      {value: 'en', from: '--lang'},
      {value: '2024-08-11', from: 'front matter (date:)'},
      {value: 'warn', from: 'default'}
    ])
    const dated = JSON.parse(runCli(['--print-config', 'b.md', '--date', '2024-08-12'], {cwd: root}).stdout)
    expect(dated.referenceDate).toEqual({value: '2024-08-12', from: '--date'})
  })

  it('names a missing file in one line', () => {
    const result = runCli(['--print-config', 'nope.txt'], {cwd: tempTree({})})
    expect(result.status).toBe(2)
    expect(result.stderr).toMatch(/^factlint: --print-config: nope\.txt: .+\n$/)
  })
})

describe('--explain', () => {
  it('prints the rule page, readable in a terminal, offline', () => {
    const result = runCli(['--explain', 'doubled-word'])
    expect(result.status).toBe(0)
    const page = readFileSync(path.join(ROOT, 'docs/rules/doubled-word.md'), 'utf8')
    expect(result.stdout).toBe(readable(page))
    expect(result.stdout.split('\n')[0]).toBe('# doubled-word')
    expect(result.stdout).not.toMatch(/^```/m)
  })

  it('refuses an unknown rule with the closest id', () => {
    const result = runCli(['--explain', 'doubled-wrd'])
    expect([result.status, result.stderr]).toEqual([2, 'factlint: --explain: unknown rule "doubled-wrd", did you mean "doubled-word"? (factlint --list-rules lists them)\n'])
  })

  it('keeps link texts, addresses that leave the rule pages, and code indented', () => {
    expect(readable('See [the baseline](../baseline.md) and [x](other.md), **bold**.\n\n```text\nIl a vu\n```\n')).toBe(
      'See the baseline <../baseline.md> and x, bold.\n\n    Il a vu\n'
    )
  })
})
