import {readFileSync} from 'node:fs'
import path from 'node:path'
import {expect, test} from 'vitest'
// @ts-expect-error: a plain JavaScript script, without type declarations
import {END, START, ruleTable, withTable} from '../../scripts/rule-table.mjs'
import {ROOT, runCli} from '../support/cli.js'

const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8')

test('the README’s rule table is the one --list-rules gives (node scripts/rule-table.mjs --write)', () => {
  const listed = runCli(['--list-rules'])
  expect(listed.status).toBe(0)
  const table = ruleTable(listed.stdout) as string
  expect(table.split('\n').length).toBeGreaterThan(5)
  expect(withTable(readme, table)).toBe(readme)
})

test('the rule table script refuses a README without its markers, and replaces only the table', () => {
  expect(() => withTable('# factlint\n', '| t |')).toThrow(/markers/)
  expect(withTable(`a\n${START}\nold\n${END}\nb`, 'new')).toBe(`a\n${START}\nnew\n${END}\nb`)
})

test('the README stays short and starts with the commands that install, lint the reference draft and test', () => {
  expect(Buffer.byteLength(readme)).toBeLessThan(12_288)
  const firstBlock = /```sh\n([^`]*)```/.exec(readme)?.[1] ?? ''
  expect(readme.indexOf('```sh')).toBeLessThan(readme.indexOf('\n## '))
  expect(firstBlock).toContain('npm ci && node bin/factlint.js fixtures/esper-rabat.fr.txt')
  expect(firstBlock).toContain('npm test')
})
