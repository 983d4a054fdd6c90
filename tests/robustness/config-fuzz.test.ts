/**
 * Configuration fuzzing: any JSON or YAML value as configuration either
 * validates or is refused with one-line `file: key: expected …` problems —
 * never another error, never a stack trace. In-process for volume, then a
 * few through the binary.
 */
import {writeFileSync} from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import {stringify as toYaml} from 'yaml'
import {describe, expect, it} from 'vitest'
import {ConfigError} from '../../src/config/errors.js'
import {resolveConfig} from '../../src/config/load.js'
import {validateConfig} from '../../src/config/validate.js'
import {builtinRules} from '../../src/index.js'
import {runCli, tempTree} from '../support/cli.js'
import {checkProperty} from './support.js'

const ruleIds = builtinRules.map((rule) => rule.meta.id)
const severity = fc.oneof(fc.constantFrom('off', 'warn', 'error'), fc.jsonValue())
/** Close to a real configuration, so that the deep paths (rule options) are reached often. */
const configLike = fc.record(
  {
    lang: fc.oneof(fc.constantFrom('fr', 'en', 'auto', 'de'), fc.jsonValue()),
    rules: fc.oneof(
      fc.dictionary(fc.oneof(fc.constantFrom(...ruleIds), fc.string()), fc.oneof(severity, fc.tuple(severity, fc.jsonValue()), fc.array(fc.jsonValue()))),
      fc.jsonValue()
    ),
    ignore: fc.oneof(fc.array(fc.string()), fc.jsonValue()),
    plugins: fc.oneof(fc.array(fc.string({minLength: 1}).map((name) => `factlint-fuzz-${name}`)), fc.jsonValue()),
    referenceDate: fc.oneof(fc.date({noInvalidDate: true}).map((date) => date.toISOString().slice(0, 10)), fc.string(), fc.jsonValue())
  },
  {requiredKeys: []}
)
const anyConfig = fc.oneof(configLike, fc.jsonValue(), fc.anything())

const SOURCE = 'factlint.config.json'

/** A refusal is a ConfigError of one-line problems naming the file; anything else is a bug. */
function expectValidOrClear(run: () => unknown): void {
  try {
    run()
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error
    expect(error.problems.length).toBeGreaterThan(0)
    for (const problem of error.problems) {
      expect(problem).not.toContain('\n')
      expect(problem.startsWith(`${SOURCE}: `)).toBe(true)
    }
  }
}

describe('configuration values', () => {
  it('validate or give one-line problems (validateConfig)', async () => {
    await checkProperty(
      fc.asyncProperty(anyConfig, async (value) => expectValidOrClear(() => validateConfig(value, SOURCE, builtinRules))),
      1500
    )
  })

  it('resolve or give one-line problems, plugins included (resolveConfig)', async () => {
    const root = tempTree({})
    await checkProperty(
      fc.asyncProperty(anyConfig, async (value) => {
        try {
          await resolveConfig(value, path.join(root, SOURCE), root)
        } catch (error) {
          expectValidOrClear(() => {
            throw error
          })
        }
      }),
      300
    )
  })
})

describe('configuration files through the binary', () => {
  const samples = (seed: number) => fc.sample(anyConfig.filter((value) => value !== undefined), {numRuns: 6, seed})

  it.each([
    ['factlint.config.json', (value: unknown) => JSON.stringify(value) ?? 'null', 1],
    ['.factlintrc.yaml', (value: unknown) => toYaml(value), 2]
  ] as const)('%s: exit 0/1 with a report, or exit 2 with factlint: lines only', (name, serialise, seed) => {
    for (const value of samples(seed)) {
      let text: string
      try {
        text = serialise(value)
      } catch {
        continue
      }
      const root = tempTree({'draft.txt': 'Le ministre a signé.'})
      writeFileSync(path.join(root, name), text)
      const result = runCli(['draft.txt'], {cwd: root})
      const context = `${name}: ${text}\n${result.stderr}`
      if (result.status === 2) {
        expect(result.stderr, context).toMatch(/^(factlint: [^\n]+\n)+$/)
        expect(result.stderr, context).toContain(name)
        expect(result.stdout, context).toBe('')
      } else {
        expect([0, 1], context).toContain(result.status)
        expect(result.stderr, context).toBe('')
      }
    }
  })

  it('refuses broken JSON and YAML text with one line', () => {
    for (const [name, text] of [
      ['factlint.config.json', '{"rules": {"doubled-word": "warn",}'],
      ['.factlintrc.yaml', 'rules:\n  doubled-word: [warn\n  - : :'],
      ['.factlintrc.yml', 'rules: {doubled-word: warn'],
      ['factlint.config.json', '\u0000\u0001']
    ]) {
      const root = tempTree({'draft.txt': 'Le ministre a signé.', [name!]: text!})
      const result = runCli(['draft.txt'], {cwd: root})
      expect([result.status, result.stderr.split('\n').length], result.stderr).toEqual([2, 2])
      expect(result.stderr).toMatch(new RegExp(`^factlint: .*${name!.replace('.', '\\.')}`))
    }
  })
})
