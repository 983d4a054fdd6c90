import {readFileSync} from 'node:fs'
import path from 'node:path'
import {expect, test} from 'vitest'
import {parse} from 'yaml'
import {runInProcess, tempTree} from '../support/cli.js'

const root = new URL('../../', import.meta.url)

test('.pre-commit-hooks.yaml declares the factlint hook for text and Markdown files', () => {
  const hooks = parse(readFileSync(new URL('.pre-commit-hooks.yaml', root), 'utf8')) as Array<Record<string, unknown>>
  expect(hooks).toHaveLength(1)
  const hook = hooks[0]!
  expect(hook).toMatchObject({id: 'factlint', language: 'node', entry: 'factlint', types: ['text'], require_serial: true})
  const files = new RegExp(String(hook.files))
  for (const name of ['brouillon.txt', 'dossier/article.md', 'notes.markdown']) expect(files.test(name)).toBe(true)
  for (const name of ['image.png', 'draft.txt.bak', 'README.mdx']) expect(files.test(name)).toBe(false)
  // The entry is the package's own binary: the one npm installs from package.json.
  const manifest = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as {bin: Record<string, string>; files: string[]; scripts: Record<string, string>}
  expect(Object.keys(manifest.bin)).toContain(hook.entry)
  expect(manifest.files).toEqual(expect.arrayContaining(['bin', 'dist']))
  // A checkout builds dist/ on npm install; the installable commit that
  // pre-commit installs carries it (tests/integration/setups.test.ts).
  expect(manifest.scripts.prepare).toMatch(/build/)
})

test('the hook runs entry, args, then the staged names: each name after -- is a path, never an option, a glob or stdin', async () => {
  const hook = (parse(readFileSync(new URL('.pre-commit-hooks.yaml', root), 'utf8')) as Array<{entry: string; args: string[]}>)[0]!
  expect(hook.args.at(-1)).toBe('--')
  const names = ['--output=victim.md', '-rf.txt', '*.txt', '-']
  const folder = tempTree({'victim.md': 'Ne pas écraser.\n', ...Object.fromEntries(names.map((name) => [name, 'Il a vu le le chat.\n']))})
  const outcome = await runInProcess([...hook.args, ...names, '--format', 'json'], folder)
  expect(readFileSync(path.join(folder, 'victim.md'), 'utf8')).toBe('Ne pas écraser.\n')
  // `--format json` came after `--` too: two more paths that do not exist.
  expect(outcome.stderr).toBe('factlint: --format: no such file or folder\nfactlint: json: no such file or folder\n')
  expect(outcome.status).toBe(2)
  // Each staged name is linted as the file it names (the pretty report heads each file with its path).
  const headings = outcome.stdout.split('\n').filter((line) => line !== '' && !line.startsWith(' '))
  expect(headings.slice(0, 4).sort()).toEqual([...names].sort())
})
