/**
 * The report does not depend on how many lanes lint the files: the same
 * folder, with the shapes that once crashed the parsers on the main thread
 * but not on worker threads (whose stack is larger), gives byte-identical
 * JSON and the same exit code with --jobs 1, 2 and 8, and again on a second
 * run with the same --jobs.
 */
import {describe, expect, it} from 'vitest'
import {runCli, tempTree} from '../support/cli.js'

const SHAPES: Record<string, string> = {
  'lines.txt': 'a\n'.repeat(130_000),
  'quotes.md': '> '.repeat(1_500) + 'texte\n',
  'markers.md': '- '.repeat(1_000) + 'item\n',
  'indented.md': Array.from({length: 150}, (_, level) => `${' '.repeat(2 * level)}- item`).join('\n') + '\n',
  'hyphens.txt': 'a-a-'.repeat(35_000) + '\n',
  'apostrophes.txt': "l'l'".repeat(35_000) + '\n',
  // 150,000 tokens in one paragraph, all different words (no finding to report 100,000 times).
  'tokens.md': Array.from({length: 50_000}, (_, index) => `n${index.toString(36)}, `).join('') + '\n'
}

/** Ordinary drafts, enough for the run to start worker threads (eight files a lane). */
const DRAFTS = Object.fromEntries(
  Array.from({length: 17}, (_, index) => [
    `draft-${String(index).padStart(2, '0')}.${index % 2 ? 'md' : 'txt'}`,
    index % 3 ? `Le maire a a parlé mardi ${index} octobre devant le conseil.\n` : `The mayor spoke on on Friday, Oct. ${index + 1}, 2020, to the council.\n`
  ])
)

/** --jobs N takes N lanes, not one per 2 MB of text: these few files must really be spread. */
const EXACT = {FACTLINT_EXACT_JOBS: '1'}

describe('--jobs', () => {
  it('gives byte-identical JSON and the same exit code with 1, 2 and 8 lanes, over the crash shapes too', {timeout: 240_000}, () => {
    const root = tempTree({...SHAPES, ...DRAFTS})
    const runs = ['1', '2', '8', '2'].map((jobs) => runCli(['--no-config', '--date', '2024-10-30', '--format', 'json', '--jobs', jobs, '.'], {cwd: root, env: EXACT}))
    const [first, ...others] = runs
    expect(first!.stdout).not.toContain('internal-error')
    expect(first!.stdout).toContain('"ruleId": "input-limit"')
    for (const other of others) {
      expect(other.status).toBe(first!.status)
      expect(other.stderr).toBe(first!.stderr)
      expect(other.stdout === first!.stdout).toBe(true)
    }
  })
})
