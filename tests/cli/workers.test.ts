import {describe, expect, it} from 'vitest'
import {parseJsonReport, runCli, tempTree} from '../support/cli.js'

/** --jobs N takes N lanes, not one per 2 MB of text: these few files must really be spread. */
const EXACT = {FACTLINT_EXACT_JOBS: '1'}

describe('runs over many files', () => {
  // Enough files for worker threads to be used (8 per worker), some sharing a passage.
  const shared = 'Le ministre américain de la Défense a effectué jeudi une première visite en Algérie, qui est un client majeur de la Russie pour son armement.'
  const files: Record<string, string> = {}
  for (let index = 0; index < 24; index++) {
    const name = `drafts/${String(index).padStart(2, '0')}.txt`
    // Two drafts share a paragraph, in different lanes; the others differ only in their figures, which is no copy.
    files[name] = index % 12 === 0 ? `Paragraphe propre numéro ${index}.\n${shared}` : `Il a vu le le chat numéro ${index} vendredi 2 octobre 2020.`
  }

  it('give the same report, in the same order, on two or three lanes as on one', () => {
    const root = tempTree(files)
    const one = runCli(['drafts', '--format', 'json', '--jobs', '1'], {cwd: root, env: EXACT})
    const two = runCli(['drafts', '--format', 'json', '--jobs', '2'], {cwd: root, env: EXACT})
    const three = runCli(['drafts', '--format', 'json', '--jobs', '3'], {cwd: root, env: EXACT})
    expect(two.status).toBe(one.status)
    expect(two.stderr).toBe('')
    expect(two.stdout).toBe(one.stdout)
    expect(three.stderr).toBe('')
    expect(three.stdout).toBe(one.stdout)
    const report = parseJsonReport(two.stdout)
    expect(report.map((file) => file.path)).toEqual(Object.keys(files).sort())
    // The passage shared by two drafts is still found across files with workers.
    const across = report.flatMap((file) => file.messages.filter((message) => message.ruleId === 'duplicate-block'))
    expect(across.length).toBeGreaterThan(0)
  })

  it('refuses a bad --jobs value', () => {
    const result = runCli(['drafts', '--jobs', '0'], {cwd: tempTree(files)})
    expect(result.status).toBe(2)
    expect(result.stderr).toBe('factlint: --jobs: expected a whole number from 1, got "0"\n')
  })
})
