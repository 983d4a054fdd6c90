/**
 * `--format json --quiet` leaves out the files without an error; each entry
 * left keeps its own file's fields (language, dates, fixes, data, related
 * places), whatever was left out before it.
 */
import {describe, expect, it} from 'vitest'
import {runCli, tempTree} from '../support/cli.js'

const FILES = {
  // Only a warning (a doubled space): left out under --quiet.
  'a.en.txt': 'The mayor opened the  bridge on Monday morning and said the work had cost less than planned.\n',
  // An error with a safe fix, in French.
  'b.fr.txt': 'Le maire a a inauguré le pont lundi matin devant les habitants du quartier.\n',
  // An error with a fix, in English.
  'c.en.txt': 'The the council met on Thursday evening to vote on the budget.\n'
}

interface Entry {
  path: string
  lang?: string
  today?: string
  messages: Array<{ruleId?: string; fix?: unknown; reason: string}>
}

describe('--format json --quiet', () => {
  it.each([
    ['fr', ['--today', '2026-12-07']],
    ['en', ['--today', '2026-12-07', '--date', '2026-12-01']]
  ])('gives each entry its own file’s fields (%s)', (_name, extra) => {
    const root = tempTree(FILES)
    const all = JSON.parse(runCli(['--no-config', '--format', 'json', ...extra, 'a.en.txt', 'b.fr.txt', 'c.en.txt'], {cwd: root}).stdout) as Entry[]
    const quiet = JSON.parse(runCli(['--no-config', '--format', 'json', '--quiet', ...extra, 'a.en.txt', 'b.fr.txt', 'c.en.txt'], {cwd: root}).stdout) as Entry[]
    // The near-miss: without --quiet, all three files, the first with its warning.
    expect(all.map((entry) => [entry.path, entry.lang, entry.messages.length])).toEqual([
      ['a.en.txt', 'en', 1],
      ['b.fr.txt', 'fr', 1],
      ['c.en.txt', 'en', 1]
    ])
    expect(quiet.map((entry) => [entry.path, entry.lang, entry.today])).toEqual([
      ['b.fr.txt', 'fr', '2026-12-07'],
      ['c.en.txt', 'en', '2026-12-07']
    ])
    // The same entries, fields and all, as in the full report.
    expect(quiet).toEqual(all.slice(1))
    expect(quiet.map((entry) => entry.messages[0]!.fix)).toEqual(all.slice(1).map((entry) => entry.messages[0]!.fix))
    expect(quiet.every((entry) => entry.messages[0]!.fix !== undefined)).toBe(true)
  })
})
