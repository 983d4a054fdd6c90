import {existsSync, mkdirSync, symlinkSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {ROOT, parseJsonReport, runCli, tempTree} from '../support/cli.js'

const DOUBLED = 'Il a vu le le chat.'

describe('configuration files', () => {
  it('is found from the linted file’s folder upward (.factlintrc.yaml)', () => {
    const root = tempTree({'.factlintrc.yaml': 'rules:\n  doubled-word: warn\n', 'deep/er/a.txt': DOUBLED})
    const result = runCli(['deep/er/a.txt', '--format', 'json'], {cwd: root})
    expect(result.status).toBe(0)
    expect(parseJsonReport(result.stdout)[0]!.messages.map((message) => [message.ruleId, message.fatal])).toEqual([['doubled-word', false]])
  })

  it('reads factlint.config.json, .factlintrc.json and the factlint key of package.json', () => {
    for (const [name, content] of [
      ['factlint.config.json', '{"rules": {"doubled-word": "off"}}'],
      ['.factlintrc.json', '{"rules": {"doubled-word": "off"}}'],
      ['package.json', '{"name": "x", "factlint": {"rules": {"doubled-word": "off"}}}']
    ] as const) {
      const root = tempTree({[name]: content, 'a.txt': DOUBLED})
      expect(runCli(['a.txt'], {cwd: root}).status, name).toBe(0)
    }
  })

  it('uses the nearest configuration for each file', () => {
    const root = tempTree({'factlint.config.json': '{"rules": {"doubled-word": "off"}}', 'strict/.factlintrc.json': '{"rules": {"doubled-word": "error"}}', 'a.txt': DOUBLED, 'strict/b.txt': DOUBLED})
    const report = parseJsonReport(runCli(['.', '--format', 'json'], {cwd: root}).stdout)
    expect(report.map((file) => [file.path, file.messages.length])).toEqual([['a.txt', 0], ['strict/b.txt', 1]])
  })

  it('takes --config and ignores configuration with --no-config', () => {
    const root = tempTree({'factlint.config.json': '{"rules": {"doubled-word": "off"}}', 'other.yaml': 'rules:\n  doubled-word: error\n', 'a.txt': DOUBLED})
    expect(runCli(['a.txt'], {cwd: root}).status).toBe(0)
    expect(runCli(['a.txt', '--no-config'], {cwd: root}).status).toBe(1)
    expect(runCli(['a.txt', '--config', 'other.yaml'], {cwd: root}).status).toBe(1)
    expect(runCli(['a.txt', '--config', 'missing.json'], {cwd: root}).stderr).toBe('factlint: missing.json: cannot read configuration: no such file or folder\n')
  })

  it('passes rule options, validated by the rule’s schema', () => {
    const root = tempTree({'factlint.config.json': '{"rules": {"doubled-word": ["error", {"allow": ["le"]}]}}', 'a.txt': DOUBLED})
    expect(runCli(['a.txt'], {cwd: root}).status).toBe(0)
  })

  it('honours the ignore globs of the configuration when walking folders', () => {
    const root = tempTree({'factlint.config.json': '{"ignore": ["archive/**"]}', 'archive/a.txt': DOUBLED, 'b.txt': 'Texte propre.'})
    expect(parseJsonReport(runCli(['.', '--format', 'json'], {cwd: root}).stdout).map((file) => file.path)).toEqual(['b.txt'])
  })
})

describe('invalid configuration', () => {
  const cases: Array<[string, string, string]> = [
    ['bad severity', '{"rules": {"doubled-word": "loud"}}', 'factlint: factlint.config.json: rules.doubled-word: expected "off" | "warn" | "error", got "loud"'],
    ['unknown rule', '{"rules": {"doubled-wrod": "off"}}', 'factlint: factlint.config.json: rules.doubled-wrod: unknown rule "doubled-wrod", did you mean "doubled-word"?'],
    ['bad option', '{"rules": {"doubled-word": ["error", {"allow": "le"}]}}', 'factlint: factlint.config.json: rules.doubled-word[1].allow: expected a list [ … ], got "le"'],
    ['unknown option', '{"rules": {"doubled-word": ["error", {"alow": []}]}}', 'factlint: factlint.config.json: rules.doubled-word[1]: unknown key "alow", did you mean "allow"?'],
    ['bad lang', '{"lang": "de"}', 'factlint: factlint.config.json: lang: expected "fr" | "en" | "auto", got "de"'],
    ['unknown key', '{"rule": {}}', 'factlint: factlint.config.json: (root): unknown key "rule", did you mean "rules"?'],
    ['mistyped severity', '{"rules": {"doubled-word": "eror"}}', 'factlint: factlint.config.json: rules.doubled-word: expected "off" | "warn" | "error", got "eror"; did you mean "error"?'],
    ['mistyped language', '{"lang": "fe"}', 'factlint: factlint.config.json: lang: expected "fr" | "en" | "auto", got "fe"; did you mean "fr"?'],
    ['option too small', '{"rules": {"duplicate-block": ["error", {"minWords": 2}]}}', 'factlint: factlint.config.json: rules.duplicate-block[1].minWords: expected a number of at least 4, got number 2'],
    ['empty glob', '{"ignore": [""]}', 'factlint: factlint.config.json: ignore[0]: expected a text that is not empty, got ""'],
    ['badly written date', '{"referenceDate": "2020-1-2"}', 'factlint: factlint.config.json: referenceDate: expected a date as YYYY-MM-DD, got "2020-1-2"'],
    ['bad date', '{"referenceDate": "2020-02-30"}', 'factlint: factlint.config.json: referenceDate: expected a real calendar date, got "2020-02-30"'],
    ['not an object', '[1, 2]', 'factlint: factlint.config.json: (root): expected an object { … }, got an array']
  ]
  for (const [name, content, line] of cases) {
    it(`stops with exit 2 and one line: ${name}`, () => {
      const root = tempTree({'factlint.config.json': content, 'a.txt': DOUBLED})
      const result = runCli(['a.txt'], {cwd: root})
      expect(result.status).toBe(2)
      expect(result.stderr).toBe(`${line}\n`)
      expect(result.stdout).toBe('')
    })
  }

  it('reports broken JSON and YAML without a stack trace', () => {
    const json = runCli(['a.txt'], {cwd: tempTree({'factlint.config.json': '{"rules": ', 'a.txt': DOUBLED})})
    expect(json.status).toBe(2)
    // Named as the other configuration errors name it: relative to where the run started.
    expect(json.stderr).toMatch(/^factlint: factlint\.config\.json: not valid JSON \(.+\)\n$/)
    const yaml = runCli(['a.txt'], {cwd: tempTree({'.factlintrc.yaml': 'rules: [\n', 'a.txt': DOUBLED})})
    expect(yaml.status).toBe(2)
    expect(yaml.stderr).toMatch(/^factlint: \.factlintrc\.yaml: not valid YAML/)
    expect(yaml.stderr).not.toMatch(/\n\s+at /)
  })

  it('reports every problem, one line each', () => {
    const root = tempTree({'factlint.config.json': '{"lang": 3, "rules": {"doubled-word": "loud", "nope-nope-nope": "off"}}', 'a.txt': DOUBLED})
    expect(runCli(['a.txt'], {cwd: root}).stderr.trim().split('\n')).toHaveLength(3)
    // Both bad options of one rule, not only the first.
    const options = tempTree({'factlint.config.json': '{"rules": {"duplicate-block": ["error", {"minWords": 2, "similarity": 3}]}}', 'a.txt': DOUBLED})
    expect(runCli(['a.txt'], {cwd: options}).stderr).toBe(
      'factlint: factlint.config.json: rules.duplicate-block[1].minWords: expected a number of at least 4, got number 2\n' +
        'factlint: factlint.config.json: rules.duplicate-block[1].similarity: expected a number of at most 1, got number 3\n'
    )
  })
})

describe('overrides', () => {
  const severities = (stdout: string) =>
    Object.fromEntries(parseJsonReport(stdout).map((file) => [file.path, file.messages.map((message) => `${message.ruleId}:${message.fatal ? 'error' : 'warn'}`)]))

  it('applies the settings of the entries whose globs match, in order, over the top level', () => {
    const root = tempTree({
      'factlint.config.json': JSON.stringify({
        rules: {'doubled-word': 'warn'},
        overrides: [
          {files: ['archive/**'], rules: {'doubled-word': 'off'}},
          {files: ['*.en.txt'], lang: 'en', rules: {'doubled-word': 'error'}}
        ]
      }),
      'a.txt': DOUBLED,
      'archive/b.txt': DOUBLED,
      // A glob without a slash matches the file name in any folder.
      'notes/c.en.txt': 'She read the the report.'
    })
    const result = runCli(['.', '--format', 'json'], {cwd: root})
    expect(severities(result.stdout)).toEqual({'a.txt': ['doubled-word:warn'], 'archive/b.txt': [], 'notes/c.en.txt': ['doubled-word:error']})
  })

  it('validates each entry as the top level, with suggestions', () => {
    const root = tempTree({'factlint.config.json': '{"overrides": [{"file": ["x"], "rules": {"doubled-wrd": "off"}}]}', 'a.txt': DOUBLED})
    const result = runCli(['a.txt'], {cwd: root})
    expect([result.status, result.stderr]).toEqual([
      2,
      'factlint: factlint.config.json: overrides[0].files: expected a list [ … ], got nothing\n' +
        'factlint: factlint.config.json: overrides[0]: unknown key "file", did you mean "files"?\n' +
        'factlint: factlint.config.json: overrides[0].rules.doubled-wrd: unknown rule "doubled-wrd", did you mean "doubled-word"?\n'
    ])
  })
})

describe('rule packages (plugins)', () => {
  it('loads a rule published as a package, by name, from the configuration', () => {
    const root = tempTree({
      'factlint.config.json': '{"plugins": ["factlint-rule-tk"], "rules": {"tk-placeholder": ["warn", {"markers": ["TK"]}]}}',
      'a.txt': 'The minister arrived in Rabat on TK with his delegation.'
    })
    // As `npm install factlint-rule-tk` would leave it (a link, as `npm link` does).
    mkdirSync(path.join(root, 'node_modules'))
    symlinkSync(path.join(ROOT, 'fixtures', 'plugins', 'factlint-rule-tk'), path.join(root, 'node_modules', 'factlint-rule-tk'), 'dir')
    const result = runCli(['a.txt', '--format', 'json'], {cwd: root})
    expect(result.stderr).toBe('')
    const [message] = parseJsonReport(result.stdout)[0]!.messages
    expect(message).toMatchObject({ruleId: 'tk-placeholder', line: 1, column: 34, fatal: false, reason: 'Unexpected placeholder `TK`, expected the missing fact'})
  })

  it('takes a description in both languages or one English line, and refuses any other', () => {
    const plugin = (description: string) => `export default {meta: {id: 'marker', description: ${description}, defaultSeverity: 'warn', languages: 'any', fixable: false}, schema: {parse: (value) => value, safeParse: (value) => ({success: true, data: value})}, check() {}}\n`
    const lintWith = (description: string) => runCli(['a.txt'], {cwd: tempTree({'plugin.mjs': plugin(description), 'factlint.config.json': '{"plugins": ["./plugin.mjs"]}', 'a.txt': 'Texte.\n'})})
    expect(lintWith(`{fr: 'Marque', en: 'Marks'}`).status).toBe(0)
    expect(lintWith(`'Marks'`).status).toBe(0)
    for (const bad of [`{en: 'Marks'}`, `42`, `{fr: 'Marque', en: 3}`]) {
      expect(lintWith(bad).stderr, bad).toBe('factlint: factlint.config.json: plugins: "./plugin.mjs" rule 0: expected meta.description, a string or {fr, en} strings\n')
    }
  })

  it('explains a plugin that cannot be found', () => {
    const root = tempTree({'factlint.config.json': '{"plugins": ["factlint-rule-missing"]}', 'a.txt': DOUBLED})
    const result = runCli(['a.txt'], {cwd: root})
    expect(result.status).toBe(2)
    expect(result.stderr).toBe('factlint: factlint.config.json: plugins: cannot find package "factlint-rule-missing" from .\n')
  })
})

describe('a configuration runs code only when it is valid and plugins are allowed', () => {
  /** A plugin that leaves a mark when its module is evaluated. */
  const MARKING_PLUGIN = `import {writeFileSync} from 'node:fs'
writeFileSync(new URL('./ran.txt', import.meta.url), 'ran')
export default {
  meta: {id: 'marker', description: 'marks', defaultSeverity: 'warn', languages: 'any', fixable: false},
  schema: {parse: (value) => value, safeParse: (value) => ({success: true, data: value})},
  check() {}
}
`
  it('loads no plugin from an invalid configuration', () => {
    const root = tempTree({'plugin.mjs': MARKING_PLUGIN, 'factlint.config.json': JSON.stringify({plugins: ['./plugin.mjs'], lang: 'klingon'}), 'a.txt': 'Texte.\n'})
    const result = runCli(['a.txt'], {cwd: root})
    expect(result.status).toBe(2)
    expect(result.stderr).toMatch(/^factlint: factlint\.config\.json: lang: /)
    expect(existsSync(path.join(root, 'ran.txt'))).toBe(false)
  })

  it('--no-plugins refuses a configuration that names plugins in one line, and loads none', () => {
    const root = tempTree({'plugin.mjs': MARKING_PLUGIN, 'factlint.config.json': JSON.stringify({plugins: ['./plugin.mjs'], rules: {marker: 'error'}}), 'a.txt': 'Texte.\n'})
    const refused = runCli(['--no-plugins', 'a.txt'], {cwd: root})
    expect([refused.status, refused.stderr]).toEqual([2, 'factlint: factlint.config.json: plugins: not loaded (--no-plugins): a plugin runs code; use --no-config to lint without this configuration\n'])
    expect(existsSync(path.join(root, 'ran.txt'))).toBe(false)
    // Allowed, the same configuration runs the plugin, and its rule's setting is valid.
    expect(runCli(['a.txt'], {cwd: root}).status).toBe(0)
    expect(existsSync(path.join(root, 'ran.txt'))).toBe(true)
  })
})
