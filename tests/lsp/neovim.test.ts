import {spawnSync} from 'node:child_process'
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, test} from 'vitest'
import {BIN, ROOT, tempTree} from '../support/cli.js'
import {cliDiagnostics, DATE} from './client.js'

/** Neovim from the system's packages: .ci/run installs it when it is missing. */
const nvim = spawnSync('nvim', ['--version'], {encoding: 'utf8'}).status === 0

const DRAFTS: Record<string, string> = {
  'fr.txt': 'Le conseil municipal a voté le le budget lundi 3 mars 2026 à Lyon.\nLa maire a déclaré : « Nous tiendrons nos engagements. »\n',
  'en.md': '# Council vote\n\nThe council approved the the budget on Wednesday, March 3, 2026, in Leeds.\n\nThe mayor said the plan would be "ready by spring.\n'
}

/** Opens the draft in a headless Neovim whose client starts the server; what it received and showed. */
function inNeovim(cwd: string, name: string, settings?: unknown): {received: boolean; shown: number; diagnostics: unknown[]} {
  const out = path.join(cwd, 'diagnostics.json')
  const script = path.join(ROOT, 'tests', 'lsp', 'nvim', 'diagnostics.lua')
  const result = spawnSync('nvim', ['--headless', '-u', 'NONE', '-i', 'NONE', '-n', name, '-c', `luafile ${script}`], {
    cwd,
    encoding: 'utf8',
    timeout: 60_000,
    env: {...process.env, FACTLINT_OUT: out, FACTLINT_BIN: BIN, FACTLINT_DATE: DATE, ...(settings ? {FACTLINT_SETTINGS: JSON.stringify(settings)} : {})}
  })
  expect(result.status, result.stderr).toBe(0)
  return JSON.parse(readFileSync(out, 'utf8')) as {received: boolean; shown: number; diagnostics: unknown[]}
}

describe.skipIf(!nvim)('factlint lsp in a real editor: headless Neovim and its built-in client', () => {
  test.each(Object.keys(DRAFTS))('%s: Neovim\'s settings (asked with workspace/configuration, or pushed from on_init) act as --rule', (name) => {
    const cwd = tempTree({[name]: DRAFTS[name]!})
    const written = inNeovim(cwd, name, {factlint: {rules: {'doubled-word': 'warn', 'date-weekday': 'off'}}})
    expect(written.received).toBe(true)
    const expected = cliDiagnostics(cwd, name, ['--rule', 'doubled-word=warn', '--rule', 'date-weekday=off'])
    expect(expected.map((diagnostic) => diagnostic.code)).toContain('doubled-word')
    expect(written.diagnostics).toEqual(expected)
  })

  test.each(Object.keys(DRAFTS))('%s: the diagnostics Neovim receives are those of factlint --format json', (name) => {
    const cwd = tempTree({[name]: DRAFTS[name]!})
    const written = inNeovim(cwd, name)
    expect(written.received).toBe(true)
    const expected = cliDiagnostics(cwd, name)
    expect(expected.length).toBeGreaterThan(1)
    expect(written.diagnostics).toEqual(expected)
    // Neovim shows them all.
    expect(written.shown).toBe(expected.length)
  })
})
