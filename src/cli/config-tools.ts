import {existsSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {CONFIG_FILES} from '../config/load.js'
import {configForFile} from '../config/overrides.js'
import {closest} from '../config/suggest.js'
import type {RunResult} from '../engine/run.js'
import {builtinRules} from '../rules/index.js'
import {UsageError, type CliIO} from './io.js'

/**
 * What users of ESLint and Vale reach for around a run: `--init`,
 * `--explain RULE` and `--print-config FILE`. This module sits at the same
 * depth as main.ts in dist/cli and dist/bundle, but finds the package's root
 * by its package.json rather than by a relative path.
 */

/** The folder of factlint's own package.json (docs/ ships with the package). */
function packageRoot(): string {
  let folder = path.dirname(fileURLToPath(import.meta.url))
  for (;;) {
    const manifest = path.join(folder, 'package.json')
    if (existsSync(manifest) && existsSync(path.join(folder, 'docs', 'rules'))) return folder
    const parent = path.dirname(folder)
    if (parent === folder) throw new UsageError('cannot find factlint’s docs/ folder next to its package.json')
    folder = parent
  }
}

/** `--explain RULE`: the rule's page, offline, as the terminal can show it. */
export function explainRule(id: string): string {
  const ids = builtinRules.map((rule) => rule.meta.id)
  if (!ids.includes(id)) {
    const guess = closest(id, ids)
    throw new UsageError(`--explain: unknown rule ${JSON.stringify(id)}${guess ? `, did you mean ${JSON.stringify(guess)}?` : ''} (factlint --list-rules lists them)`)
  }
  const page = readFileSync(path.join(packageRoot(), 'docs', 'rules', `${id}.md`), 'utf8')
  return readable(page)
}

/**
 * Markdown made easier to read in a terminal: links keep their text (the
 * address in brackets when it leaves the rule pages), emphasis marks go, and
 * code fences become indented blocks.
 */
export function readable(markdown: string): string {
  const out: string[] = []
  let fenced = false
  for (const line of markdown.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) {
      fenced = !fenced
      continue
    }
    if (fenced) {
      out.push(`    ${line}`)
      continue
    }
    out.push(
      line
        .replace(/!?\[([^[\]]+)\]\(([^()\s]+)\)/g, (_, text: string, href: string) => (/^(https?:|\.\.\/)/.test(href) ? `${text} <${href}>` : text))
        .replace(/\*\*([^*]+)\*\*/g, '$1')
        .replace(/(^|[\s(])_([^_]+)_(?=[\s.,;:)]|$)/g, '$1$2')
    )
  }
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`
}

export const INIT_FILE = '.factlintrc.yaml'

/** `--init`: writes a commented configuration in the current folder; never overwrites one. */
export async function initConfig(io: CliIO): Promise<string> {
  const existing = CONFIG_FILES.filter((name) => existsSync(path.join(io.cwd, name))).filter((name) => {
    if (name !== 'package.json') return true
    try {
      return (JSON.parse(readFileSync(path.join(io.cwd, name), 'utf8')) as Record<string, unknown>).factlint !== undefined
    } catch {
      return false
    }
  })
  if (existing.length > 0) throw new UsageError(`--init: ${existing[0]} already configures factlint here; it is left unchanged`)
  const {writeFile} = await import('node:fs/promises')
  try {
    // 'wx': created here or not at all, never over a file that appeared meanwhile.
    await writeFile(path.join(io.cwd, INIT_FILE), initialConfig(), {flag: 'wx'})
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new UsageError(`--init: cannot write ${INIT_FILE} (${code === 'EEXIST' ? 'it already exists' : (code ?? (error as Error).message)}); nothing was changed`)
  }
  return INIT_FILE
}

/** The configuration --init writes: every setting, commented, with the defaults. */
export function initialConfig(): string {
  const width = Math.max(...builtinRules.map((rule) => rule.meta.id.length))
  return [
    '# factlint configuration (docs/configuration.md). Lines starting with # are',
    '# comments: remove the # to use a setting. Every rule page is in',
    '# docs/rules/, or offline: factlint --explain RULE.',
    '',
    '# Language of the drafts: fr, en, or auto (detected per document).',
    'lang: auto',
    '',
    '# Publication date: the year of dates written without one',
    '# (a Markdown front matter date: also sets it, per document).',
    '# referenceDate: 2024-08-11',
    '',
    '# Per rule: off, warn, error, or [severity, {options}]. The defaults:',
    '# rules:',
    ...builtinRules.map((rule) => `#   ${`${rule.meta.id}:`.padEnd(width + 1)} ${rule.meta.defaultSeverity}`),
    '',
    '# Globs not linted when walking folders.',
    '# ignore:',
    "#   - 'archive/**'",
    '',
    '# Settings for the files some globs match, in order, over the ones above.',
    '# overrides:',
    "#   - files: ['english/**']",
    '#     lang: en',
    "#   - files: ['archive/2019/**']",
    '#     referenceDate: 2019-06-30',
    '#     rules:',
    '#       duplicate-block: warn',
    ''
  ].join('\n')
}

/** Where a setting came from, in --print-config. */
interface Sourced<T> {
  value: T
  from: string
}

/**
 * `--print-config FILE`: the configuration, language and reference date that
 * apply to one file, and where each came from, as JSON.
 */
export function printConfig(result: RunResult, io: CliIO, flags: {lang?: string; date?: Date; rules: Record<string, unknown>}): string {
  const document = result.documents[0]
  if (!document) throw new UsageError(`--print-config: ${result.problems[0] ?? result.warnings[0] ?? 'no file to describe'}`)
  const {file, config, lintOptions} = document
  const configFile = config.filepath ? path.relative(io.cwd, config.filepath) || config.filepath : undefined
  const absolute = document.absolutePath ?? path.resolve(io.cwd, file.path)
  const {sources} = configForFile(config, absolute, configFile)
  const detected = file.data.factlint?.lang ?? 'und'
  const lang: Sourced<string> = flags.lang && flags.lang !== 'auto'
    ? {value: flags.lang, from: '--lang'}
    : lintOptions.lang && lintOptions.lang !== 'auto'
      ? {value: lintOptions.lang, from: sources.lang ?? 'configuration'}
      : {value: detected, from: 'detected from the text'}
  const date = file.data.factlint?.referenceDate
  const referenceDate: Sourced<string | null> = flags.date
    ? {value: isoDay(flags.date), from: '--date'}
    : lintOptions.referenceDate
      ? {value: isoDay(lintOptions.referenceDate), from: sources.referenceDate ?? 'configuration'}
      : date
        ? {value: isoDay(date), from: 'front matter (date:)'}
        : {value: null, from: 'none: no --date, referenceDate or front matter date'}
  const rules: Record<string, Sourced<unknown>> = {}
  for (const rule of lintOptions.ruleSet ?? config.rules) {
    const id = rule.meta.id
    const setting = lintOptions.rules?.[id]
    rules[id] = {value: setting ?? rule.meta.defaultSeverity, from: id in flags.rules ? '--rule' : setting !== undefined ? (sources.rules[id] ?? 'configuration') : 'default'}
  }
  return `${JSON.stringify({file: file.path, configuration: configFile ?? null, lang, referenceDate, rules}, null, 2)}\n`
}

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10)
}
