// What the built CLI bundle (dist/bundle, as bin/factlint.js runs it) holds
// and loads for a short run, and that what it leaves out changes no finding.
import {spawnSync} from 'node:child_process'
import {existsSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
// @ts-expect-error: a JavaScript build configuration, no types.
import {keepLocales} from '../../rolldown.config.mjs'
import {cacheFileName} from '../../src/cli/bundle-loader.js'
import {BIN, FIXTURE, ROOT, runCli, runInProcess, tempTree} from '../support/cli.js'

const BUNDLE = path.join(ROOT, 'dist', 'bundle')

/**
 * What a run of the binary loaded: Node's built-in modules beyond those of
 * `node -e 0` (process.moduleLoadList, read at exit) and the bundle's chunks
 * it compiled (the file names the bundle loader gives vm.Script), recorded by
 * a preloaded script.
 */
function loadedBy(args: string[], cwd = ROOT, env: NodeJS.ProcessEnv = {}): {status: number | null; stdout: string; builtins: string[]; chunks: string[]} {
  const probe = tempTree({
    'probe.cjs': [
      'const before = new Set(process.moduleLoadList)',
      "const vm = require('node:vm')",
      'const chunks = []',
      'const Script = vm.Script',
      'vm.Script = class extends Script {',
      '  constructor(code, options) {',
      "    if (options && options.filename) chunks.push(require('node:path').basename(options.filename))",
      '    super(code, options)',
      '  }',
      '}',
      "process.on('exit', () => {",
      "  const added = process.moduleLoadList.filter((name) => !before.has(name) && name.startsWith('NativeModule ')).map((name) => name.slice(13))",
      "  require('node:fs').writeSync(2, `\\nLOADED ${JSON.stringify({added, chunks, before: [...before]})}\\n`)",
      '})'
    ].join('\n')
  })
  const result = spawnSync(process.execPath, ['--require', path.join(probe, 'probe.cjs'), BIN, ...args], {cwd, encoding: 'utf8', input: '', env: {...process.env, NO_COLOR: '1', ...env}})
  const report = /\nLOADED (.*)\n/.exec(result.stderr)
  expect(report, result.stderr).not.toBeNull()
  const {added, chunks, before} = JSON.parse(report![1]!) as {added: string[]; chunks: string[]; before: string[]}
  // The probe sees the modules node loads (fs before the script, fs/promises after it) and the chunks.
  expect(before).toContain('NativeModule fs')
  expect(chunks).toContain('factlint.cjs')
  return {status: result.status, stdout: result.stdout, builtins: added, chunks}
}

/** The bundle chunk that holds chrono-node. */
function chronoChunk(): string {
  const names = readdirSync(BUNDLE).filter((name) => name.endsWith('.cjs') && readFileSync(path.join(BUNDLE, name), 'utf8').includes('// node_modules/chrono-node/dist/esm/chrono.js'))
  expect(names).toHaveLength(1)
  return names[0]!
}

const DATED = {
  'en.txt': [
    'GENEVA, Tuesday, June 4, 2024 — Delegates opened the summit on Tuesday, June 4, 2024, and the talks ran to Friday, June 8.',
    'Three days later the envoy left; the report is due within two weeks, on 12/06/2024, and the vote is expected on Monday the 17th.',
    'A year ago, on Saturday, June 3, 2023, the same delegates had met in Rabat, the minister said on Wednesday.'
  ].join('\n\n'),
  'fr.txt': [
    'RABAT, mardi 4 juin 2024 — Les délégués ont ouvert le sommet le mardi 4 juin 2024, et les discussions ont duré jusqu’au lundi 5 juin 2024.',
    'Trois jours plus tard, l’envoyé est parti ; le rapport est attendu dans deux semaines, le 12/06/2024, et le vote lundi 17.',
    'Il y a un an, le samedi 3 juin 2023, les mêmes délégués s’étaient réunis à Genève, a indiqué le ministre mercredi.'
  ].join('\n\n')
}

describe('the CLI bundle', () => {
  it('holds chrono-node’s French and English locales only', () => {
    const locales = new Set<string>()
    for (const name of readdirSync(BUNDLE).filter((file) => /\.c?js$/.test(file))) {
      for (const match of readFileSync(path.join(BUNDLE, name), 'utf8').matchAll(/node_modules\/chrono-node\/dist\/esm\/locales\/(\w+)\//g)) locales.add(match[1]!)
    }
    expect([...locales].sort()).toEqual(['en', 'fr'])
  })

  it('keeps every export of chrono-node’s index but the other locales', () => {
    const require = createRequire(import.meta.url)
    const index = path.join(path.dirname(require.resolve('chrono-node')), '..', 'esm', 'index.js')
    const source = readFileSync(index, 'utf8')
    const exportsOf = (code: string) => {
      const names = new Set<string>()
      for (const match of code.matchAll(/^export \{([^}]*)\}/gm)) for (const name of match[1]!.split(',')) names.add(name.trim())
      for (const match of code.matchAll(/^export (?:const|function|class) (\w+)/gm)) names.add(match[1]!)
      return names
    }
    const all = exportsOf(source)
    const kept = exportsOf(keepLocales(source, ['en', 'fr']))
    const locales = readdirSync(path.join(path.dirname(index), 'locales'))
    expect(locales.length).toBeGreaterThan(10)
    expect([...kept].sort()).toEqual([...all].filter((name) => !locales.includes(name) || name === 'en' || name === 'fr').sort())
    expect(kept).toContain('casual')
  })

  it('finds the same dates as the unbundled sources, in French and English', async () => {
    const dir = tempTree(DATED)
    for (const file of Object.keys(DATED)) {
      const args = ['--format', 'json', '--no-config', path.join(dir, file)]
      const bundled = runCli(args, {cwd: dir})
      const sources = await runInProcess(args, dir)
      expect(bundled.stderr).toBe('')
      expect(bundled.stdout).toBe(sources.stdout)
      expect(bundled.status).toBe(sources.status)
      expect(bundled.stdout).toMatch(/date-weekday/)
    }
  })
})

describe('franc in the bundle', () => {
  it('builds its trigram tables on first use and decides as the unbundled sources do', async () => {
    const serialized = readdirSync(BUNDLE).filter((name) => readFileSync(path.join(BUNDLE, name), 'utf8').includes('node_modules/franc-min/index.js'))
    expect(serialized).toHaveLength(1)
    expect(readFileSync(path.join(BUNDLE, serialized[0]!), 'utf8')).toContain('if (!numericDataBuilt) buildNumericData()')
    // Texts the function words cannot decide: the trigram model is asked.
    const dir = tempTree({
      'de.txt': 'Die Regierung hat am Montag beschlossen, die Steuern für kleine Unternehmen zu senken, und der Minister erklärte, dass die Maßnahme im nächsten Jahr in Kraft treten werde. Die Opposition kritisierte den Plan als unzureichend.\n',
      'short.txt': 'Rabat, capitale du Maroc.\n'
    })
    for (const file of ['de.txt', 'short.txt']) {
      const args = ['--format', 'json', '--no-config', path.join(dir, file)]
      const bundled = runCli(args, {cwd: dir})
      const sources = await runInProcess(args, dir)
      expect(bundled.stdout).toBe(sources.stdout)
      expect(bundled.stderr).toBe(sources.stderr)
      expect(bundled.status).toBe(sources.status)
    }
  })
})

describe('a plain run', () => {
  it('loads no worker thread, crypto or child process module', () => {
    const {status, stdout, builtins} = loadedBy([FIXTURE])
    expect(status).toBe(1)
    expect(stdout).toContain('doubled-word')
    expect(builtins).toContain('fs/promises')
    for (const name of ['worker_threads', 'crypto', 'child_process']) expect(builtins).not.toContain(name)
  })

  it('does not load chrono-node for a text that names no day, and does for one that does', () => {
    const dir = tempTree({'plain.txt': 'Le ministre est venu à Rabat pour le marché du montant.\n', 'dated.txt': 'Le ministre est venu le vendredi 2 octobre 2020.\n'})
    expect(loadedBy(['plain.txt'], dir).chunks).not.toContain(chronoChunk())
    expect(loadedBy(['dated.txt'], dir).chunks).toContain(chronoChunk())
  })

  it('loads them when it needs them: workers for many files, crypto to write a fix', () => {
    const files = Object.fromEntries(Array.from({length: 20}, (_, index) => [`d${index}.txt`, 'Le le ministre est venu.\n']))
    const dir = tempTree(files)
    expect(loadedBy(['--jobs', '2', '.'], dir, {FACTLINT_EXACT_JOBS: '1'}).builtins).toContain('worker_threads')
    // With --jobs 2 or without --jobs, 20 short drafts are too little text to repay a worker's start (see lanesFor).
    expect(loadedBy(['--jobs', '2', '.'], dir).builtins).not.toContain('worker_threads')
    expect(loadedBy(['.'], dir).builtins).not.toContain('worker_threads')
    expect(loadedBy(['--fix', 'd0.txt'], dir).builtins).toContain('crypto')
    expect(readFileSync(path.join(dir, 'd0.txt'), 'utf8')).toBe('Le ministre est venu.\n')
  })
})

/** The chunks a run loads before it reads any text: the entry and what it requires at the top level, transitively. */
function eagerChunks(): string[] {
  const seen = new Set<string>()
  const queue = ['factlint.cjs']
  while (queue.length > 0) {
    const name = queue.pop()!
    if (seen.has(name)) continue
    seen.add(name)
    for (const match of readFileSync(path.join(BUNDLE, name), 'utf8').matchAll(/^(?:const|let|var) \w+ = require\("\.\/([^"]+\.cjs)"\);?$/gm)) queue.push(match[1]!)
  }
  return [...seen]
}

describe('the chunks every run loads', () => {
  it('hold no date parser, YAML, Markdown, glob or interactive module', () => {
    const chunks = eagerChunks()
    expect(chunks).toContain('factlint.cjs')
    expect(chunks.some((name) => name.startsWith('lint-path-'))).toBe(true)
    const text = chunks.map((name) => readFileSync(path.join(BUNDLE, name), 'utf8')).join('\n')
    expect(text).toContain('// node_modules/unified/')
    for (const left of ['chrono-node', 'yaml', 'tinyglobby', 'picomatch', 'mdast-util-from-markdown', 'ink', 'react']) {
      expect(text, left).not.toContain(`// node_modules/${left}/`)
    }
    // Ink and React stay outside the bundle; a require of them here would escape the ESM hook of tests/interactive.
    expect(text).not.toMatch(/require\("(?:ink|react)(?:\/[^"]*)?"\)/)
    expect(readdirSync(BUNDLE).map((name) => readFileSync(path.join(BUNDLE, name), 'utf8')).join('\n')).toMatch(/require\("ink"\)/)
  })
})

describe('the code cache', () => {
  const cacheDir = path.join(ROOT, 'node_modules', '.cache', 'factlint')

  it('is written under node_modules/.cache, and a run gives the same report with it, without it and with it damaged', () => {
    const first = runCli(['--format', 'json', FIXTURE])
    expect(first.status).toBe(1)
    expect(first.stderr).toBe('')
    const names = readdirSync(cacheDir)
    const entry = cacheFileName(path.join(BUNDLE, 'factlint.cjs'))
    expect(names).toContain(entry)
    expect(names.some((name) => name.startsWith(entry.slice(0, 9)) && /\.lint-path-.*\.cjs\.v8$/.test(name))).toBe(true)
    expect(runCli(['--format', 'json', FIXTURE])).toEqual(first)
    for (const name of names) if (name.endsWith('.v8') && existsSync(path.join(cacheDir, name))) writeFileSync(path.join(cacheDir, name), 'damaged')
    expect(runCli(['--format', 'json', FIXTURE])).toEqual(first)
    // Written again by that run.
    expect(readFileSync(path.join(cacheDir, entry)).length).toBeGreaterThan(100)
    expect(runCli(['--format', 'json', FIXTURE])).toEqual(first)
  })
})
