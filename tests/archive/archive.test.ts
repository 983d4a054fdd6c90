import {mkdirSync, utimesSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, test} from 'vitest'
import {prefixLength, formatDay} from '../../src/archive/match.js'
import {withArchiveDefault} from '../../src/cli/archive.js'
import {parseJsonReport, runInProcess, tempTree} from '../support/cli.js'
import {BACKENDS} from './backends.js'

/** Made-up published stories: French in Markdown with front matter, English in plain text dated by the file. */
const COUNCIL_FR = `---
title: Le conseil vote le budget
date: 2024-03-03
url: https://exemple.test/conseil-budget
---

Le conseil municipal de Valmont a adopté mardi soir un budget de quatre millions d'euros, après trois heures de débats animés entre la majorité et l'opposition.

La maire a promis que la nouvelle piscine ouvrirait ses portes avant l'été prochain, malgré les retards du chantier.
`
const FERRY_EN = `The ferry company cancelled every crossing to the island on Sunday after gusts of more than ninety kilometres an hour battered the harbour.

Passengers were offered a refund or a seat on the first boat of Monday morning, a spokeswoman said.
`

const PUBLISHED = {'pub/conseil.md': COUNCIL_FR, 'pub/ferry.txt': FERRY_EN}

interface Case {
  name: string
  draft: [string, string]
  /** Expected findings of duplicate-block against the archive: line and reason. */
  expected: Array<[number, string]>
}

const CASES: Case[] = [
  {
    name: 'fr: a published paragraph pasted as it was',
    draft: [
      'drafts/suite.md',
      "Les travaux de la piscine reprennent lundi.\n\nLe conseil municipal de Valmont a adopté mardi soir un budget de quatre millions d'euros, après trois heures de débats animés entre la majorité et l'opposition.\n"
    ],
    expected: [[3, 'Ce paragraphe répète un paragraphe publié le 3 mars 2024 dans “Le conseil vote le budget” (https://exemple.test/conseil-budget)']]
  },
  {
    name: 'fr: a published paragraph lightly edited',
    draft: [
      'drafts/suite.md',
      "Le conseil municipal de Valmont a adopté mardi soir un budget de quatre millions d'euros, après trois heures de débats très animés entre la majorité et l'opposition.\n"
    ],
    expected: [[1, 'Ce paragraphe reprend à 94\u00a0% un paragraphe publié le 3 mars 2024 dans “Le conseil vote le budget” (https://exemple.test/conseil-budget)']]
  },
  {
    name: 'en: a plain-text story, named by its path and the file date',
    draft: [
      'drafts/storm.txt',
      'The ferry company cancelled every crossing to the island on Sunday after gusts of more than ninety kilometres an hour hit the harbour.\n'
    ],
    expected: [[1, 'This paragraph is 90% similar to a paragraph published on 5 January 2025 (pub/ferry.txt)']]
  },
  {
    name: 'fr near miss: the same subject in other words stays silent',
    draft: [
      'drafts/autre.md',
      "Après trois heures de discussion, les élus de Valmont ont voté mardi un budget de quatre millions d'euros que l'opposition juge trop dépensier.\n"
    ],
    expected: []
  },
  {
    name: 'en near miss: a short line copied is not reported on its own',
    draft: ['drafts/short.txt', 'A spokeswoman said.\n\nThe harbour reopened on Tuesday morning after the storm had passed over the whole coast.\n'],
    expected: []
  },
  {
    name: 'the archived story itself is not compared with itself',
    draft: ['pub/conseil.md', COUNCIL_FR],
    expected: []
  }
]

async function archived(location: string, root: string, ...args: string[]) {
  return runInProcess(['archive', ...args, '--archive', location], root)
}

async function lintJson(root: string, location: string, file: string, ...extra: string[]) {
  const result = await runInProcess(['--format', 'json', '--archive', location, ...extra, file], root)
  const report = parseJsonReport(result.stdout)
  return {...result, messages: report[0]?.messages ?? []}
}

function publish(): string {
  const root = tempTree(PUBLISHED)
  // A story without front matter is dated by its file.
  const day = new Date('2025-01-05T12:00:00Z')
  utimesSync(path.join(root, 'pub/ferry.txt'), day, day)
  return root
}

describe.each(BACKENDS)('archive on $name', (backend) => {
  test.each(CASES)('$name', async ({draft, expected}) => {
    const root = publish()
    const location = await backend.fresh(root)
    expect((await archived(location, root, 'add', 'pub')).stdout).toBe('2 added, 0 replaced, 0 unchanged\n')
    mkdirSync(path.join(root, 'drafts'), {recursive: true})
    if (draft[0] !== 'pub/conseil.md') writeFileSync(path.join(root, draft[0]), draft[1])
    const {messages, status, stderr} = await lintJson(root, location, draft[0])
    expect(stderr).toBe('')
    expect(status).toBe(0)
    const found = messages.filter((message) => message.ruleId === 'duplicate-block').map((message) => [message.line, message.reason])
    expect(found).toEqual(expected)
    for (const message of messages) if (message.ruleId === 'duplicate-block') expect(message.fatal).toBe(false)
  })

  test('the related place names the archived story, its day and its title', async () => {
    const root = publish()
    const location = await backend.fresh(root)
    await archived(location, root, 'add', 'pub')
    writeFileSync(path.join(root, 'suite.md'), COUNCIL_FR.split('\n')[6] + '\n')
    writeFileSync(path.join(root, 'storm.txt'), FERRY_EN.split('\n')[0] + '\n')
    const result = await runInProcess(['--archive', location, 'suite.md', 'storm.txt'], root)
    expect(result.stdout).toContain('voir : https://exemple.test/conseil-budget:7:1-7:1 Paragraphe publié le 3 mars 2024 “Le conseil vote le budget”')
    expect(result.stdout).toContain('related: pub/ferry.txt:1:1-1:1 Paragraph published on 5 January 2025')
  })

  test('adds are idempotent; a re-added story replaces its paragraphs; remove and stats', async () => {
    const root = publish()
    const location = await backend.fresh(root)
    expect((await archived(location, root, 'add', 'pub')).stdout).toBe('2 added, 0 replaced, 0 unchanged\n')
    expect((await archived(location, root, 'add', 'pub', 'pub/conseil.md')).stdout).toBe('0 added, 0 replaced, 2 unchanged\n')
    expect((await archived(location, root, 'stats')).stdout).toBe('2 stories, 4 paragraphs, 82 distinct shingles\n')
    const old = "Le conseil municipal de Valmont a adopté mardi soir un budget de quatre millions d'euros, après trois heures de débats animés entre la majorité et l'opposition.\n"
    writeFileSync(path.join(root, 'drafts.md'), old)
    expect((await lintJson(root, location, 'drafts.md')).messages).toHaveLength(1)
    // The story is corrected and published again under the same url: its old paragraph leaves the archive.
    writeFileSync(path.join(root, 'pub/conseil.md'), COUNCIL_FR.replace('quatre millions', 'cinq millions').replace(/débats animés entre la majorité et l'opposition/, 'discussions serrées au sein du conseil'))
    expect((await archived(location, root, 'add', 'pub/conseil.md')).stdout).toBe('0 added, 1 replaced, 0 unchanged\n')
    expect((await archived(location, root, 'stats')).stdout).toMatch(/^2 stories, 4 paragraphs, /)
    expect((await lintJson(root, location, 'drafts.md')).messages).toEqual([])
    expect((await archived(location, root, 'remove', 'https://exemple.test/conseil-budget')).stdout).toBe('removed https://exemple.test/conseil-budget\n')
    expect((await archived(location, root, 'remove', 'pub/ferry.txt')).stdout).toBe('removed pub/ferry.txt\n')
    const missing = await archived(location, root, 'remove', 'pub/ferry.txt')
    expect([missing.status, missing.stderr]).toEqual([1, 'factlint archive: pub/ferry.txt: not in the archive\n'])
    expect((await archived(location, root, 'stats')).stdout).toBe('0 stories, 0 paragraphs, 0 distinct shingles\n')
    expect((await archived(location, root, 'rebuild', 'pub/ferry.txt')).stdout).toBe('1 added, 0 replaced, 0 unchanged\n')
    expect((await archived(location, root, 'stats')).stdout).toMatch(/^1 stories, 2 paragraphs, /)
  })

  test('the archived severity option; --rule duplicate-block=off silences it', async () => {
    const root = publish()
    const location = await backend.fresh(root)
    await archived(location, root, 'add', 'pub')
    writeFileSync(path.join(root, 'copy.txt'), FERRY_EN.split('\n')[0] + '\n')
    writeFileSync(path.join(root, 'factlint.config.json'), JSON.stringify({rules: {'duplicate-block': ['error', {archived: 'error'}]}}))
    const strict = await lintJson(root, location, 'copy.txt')
    expect(strict.messages.map((message) => [message.ruleId, message.fatal])).toEqual([['duplicate-block', true]])
    expect(strict.status).toBe(1)
    expect((await lintJson(root, location, 'copy.txt', '--rule', 'duplicate-block=off')).messages).toEqual([])
  })
})

describe('archive problems are one line', () => {
  test('an unreachable PostgreSQL: the other findings are still reported', async () => {
    const root = tempTree({'draft.txt': 'The the council met on Monday to discuss the new harbour wall and its cost to the town.\n'})
    const result = await runInProcess(['--format', 'json', '--archive', 'postgres://nobody@127.0.0.1:9/none', 'draft.txt'], root)
    expect(result.stderr).toMatch(/^factlint: cannot reach the archive postgres:\/\/nobody@127\.0\.0\.1:9\/none: [^\n]+\n$/)
    expect(result.status).toBe(2)
    expect(parseJsonReport(result.stdout)[0]!.messages.map((message) => message.ruleId)).toEqual(['doubled-word'])
  })

  test('a SQLite location that is a folder', async () => {
    const root = tempTree({'pub/a.txt': FERRY_EN})
    const result = await runInProcess(['archive', 'add', 'pub', '--archive', 'pub'], root)
    expect(result.status).toBe(2)
    expect(result.stderr).toMatch(/^factlint: cannot open the archive [^\n]+pub: [^\n]+\n$/)
  })

  test('the archive is created on first use at .factlint/archive.sqlite', async () => {
    const root = tempTree({'pub/a.txt': FERRY_EN})
    expect((await runInProcess(['archive', 'add', 'pub'], root)).stdout).toBe('1 added, 0 replaced, 0 unchanged\n')
    writeFileSync(path.join(root, 'draft.txt'), FERRY_EN)
    const result = await runInProcess(['--format', 'json', '--archive', 'draft.txt'], root)
    const published = expect.stringMatching(/^This paragraph repeats a paragraph published on \d+ \w+ \d{4} \(pub\/a\.txt\)$/)
    expect(parseJsonReport(result.stdout)[0]!.messages.map((message) => message.reason)).toEqual([published, published])
  })
})

describe('archive helpers', () => {
  test.each([
    [['--archive', 'draft.md'], ['--archive=.factlint/archive.sqlite', 'draft.md']],
    [['draft.md', '--archive'], ['draft.md', '--archive=.factlint/archive.sqlite']],
    [['--archive', 'postgres://h/db', 'a.md'], ['--archive=postgres://h/db', 'a.md']],
    [['--archive', 'news.sqlite', 'a.md'], ['--archive=news.sqlite', 'a.md']],
    [['--archive', '--quiet', 'a.md'], ['--archive=.factlint/archive.sqlite', '--quiet', 'a.md']]
  ])('withArchiveDefault(%j)', (argv, expected) => {
    expect(withArchiveDefault(argv)).toEqual(expected)
  })

  test.each([
    [10, 0.8, 4],
    [10, 1, 1],
    [40, 0.8, 14],
    [1, 0.8, 1]
  ])('prefixLength(%i, %f) = %i', (size, threshold, expected) => {
    expect(prefixLength(size, threshold)).toBe(expected)
  })

  test.each([
    ['2024-03-03', 'fr', '3 mars 2024'],
    ['2024-08-01', 'fr', '1er août 2024'],
    ['2025-01-05', 'en', '5 January 2025']
  ] as const)('formatDay(%s, %s)', (iso, lang, expected) => {
    expect(formatDay(iso, lang)).toBe(expected)
  })
})
