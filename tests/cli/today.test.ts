import {describe, expect, it} from 'vitest'
import {parseJsonReport, runCli, tempTree} from '../support/cli.js'

// A draft with no publication date announces what is to come from the day it is linted on:
// 6 December is a Sunday in 2026 and a Saturday in 2025 (and a Monday in 1976, the year told before).
const drafts = {
  'fr.txt': 'Ils se sont mariés le samedi 4 décembre 1976. Un film sera projeté dimanche 6 décembre.\n',
  'en.txt': 'They married on Saturday, Dec. 4, 1976. A film will be screened on Sunday, Dec. 6.\n'
}

function weekdayFindings(stdout: string): Array<[string, number]> {
  return parseJsonReport(stdout).map((report) => [report.path, report.messages.filter((message) => message.ruleId === 'date-weekday').length])
}

describe('--today and FACTLINT_TODAY: the day of the run is an input', () => {
  const cwd = tempTree(drafts)

  it('reads a date to come from the day given, whatever the clock says', () => {
    const table: Array<[string[], NodeJS.ProcessEnv, number]> = [
      [['--today', '2026-12-04'], {}, 0],
      [['--today', '2025-12-01'], {}, 1],
      [[], {FACTLINT_TODAY: '2026-12-04'}, 0],
      [[], {FACTLINT_TODAY: '2025-12-01'}, 1],
      // The flag wins over the environment.
      [['--today', '2026-12-04'], {FACTLINT_TODAY: '2025-12-01'}, 0]
    ]
    for (const [flags, env, expected] of table) {
      const result = runCli(['--no-config', '--format', 'json', ...flags, 'fr.txt', 'en.txt'], {cwd, env})
      expect(weekdayFindings(result.stdout), JSON.stringify([flags, env])).toEqual([
        ['en.txt', expected],
        ['fr.txt', expected]
      ])
    }
  })

  it('says in the JSON report which day and which publication date the dates were read from', () => {
    const reports = parseJsonReport(runCli(['--no-config', '--format', 'json', '--today', '2026-12-04', '--date', '2026-12-01', 'fr.txt'], {cwd}).stdout) as unknown as Array<Record<string, unknown>>
    expect(reports.map((report) => [report.today, report.referenceDate])).toEqual([['2026-12-04', '2026-12-01']])
    const timeline = JSON.parse(runCli(['timeline', '--format', 'json', '--today', '2026-12-04', 'en.txt'], {cwd}).stdout) as Record<string, unknown>
    expect(timeline.today).toBe('2026-12-04')
  })

  it('does not serve a cached result linted on another day', () => {
    const cached = tempTree(drafts)
    const lintOn = (today: string) => weekdayFindings(runCli(['--no-config', '--cache', '--format', 'json', '--today', today, 'fr.txt'], {cwd: cached}).stdout)
    expect(lintOn('2026-12-04')).toEqual([['fr.txt', 0]])
    expect(lintOn('2025-12-01')).toEqual([['fr.txt', 1]])
    expect(lintOn('2026-12-04')).toEqual([['fr.txt', 0]])
  })

  it('refuses an impossible day with one line and exit 2, and so an impossible publication date', () => {
    const table: Array<[string[], NodeJS.ProcessEnv, string]> = [
      [['--today', '2026-13-01'], {}, 'factlint: --today: expected a date as YYYY-MM-DD, got "2026-13-01"\n'],
      [['--today', '4 décembre 2026'], {}, 'factlint: --today: expected a date as YYYY-MM-DD, got "4 décembre 2026"\n'],
      [[], {FACTLINT_TODAY: '2026-02-30'}, 'factlint: FACTLINT_TODAY: expected a date as YYYY-MM-DD, got "2026-02-30"\n'],
      [['--date', '2025-13-01'], {}, 'factlint: --date: expected a date as YYYY-MM-DD, got "2025-13-01"\n']
    ]
    for (const [flags, env, stderr] of table) {
      const result = runCli(['--no-config', ...flags, 'fr.txt'], {cwd, env})
      expect([result.status, result.stderr, result.stdout]).toEqual([2, stderr, ''])
    }
    const timeline = runCli(['timeline', '--today', '2026-13-01', 'fr.txt'], {cwd})
    expect([timeline.status, timeline.stderr.split('\n')[0]]).toEqual([2, 'factlint timeline: --today: expected a date as YYYY-MM-DD, got "2026-13-01"'])
  })
})

describe('the publication date of a front matter', () => {
  // 3 January 2025 is a Friday, 3 January 2026 a Saturday: the front matter's year decides.
  const story = (date: string) => `---\ndate: ${date}\n---\n\nLe conseil s’est réuni vendredi 3 janvier.\n`

  it('reads the forms a newsroom writes, and refuses an impossible or unreadable one with one line and exit 2', () => {
    const table: Array<[string, number, string]> = [
      ['2025-01-03', 0, ''],
      ['January 3, 2025', 0, ''],
      ['3 janvier 2025', 0, ''],
      ['1er janvier 2026', 1, ''],
      ['2025-13-01', 2, 'factlint: story.md: front matter date: expected a date such as 2025-01-03, January 3, 2025 or 3 janvier 2025, got "2025-13-01"\n'],
      ['31 avril 2025', 2, 'factlint: story.md: front matter date: expected a date such as 2025-01-03, January 3, 2025 or 3 janvier 2025, got "31 avril 2025"\n']
    ]
    for (const [date, status, stderr] of table) {
      const cwd = tempTree({'story.md': story(date)})
      const result = runCli(['--no-config', '--today', '2026-12-04', 'story.md'], {cwd})
      expect([result.status, result.stderr], date).toEqual([status, stderr])
    }
    // --date speaks for the story: the front matter is then not read.
    const cwd = tempTree({'story.md': story('2025-13-01')})
    expect(runCli(['--no-config', '--date', '2025-01-10', 'story.md'], {cwd}).status).toBe(0)
  })
})
