import {readFileSync} from 'node:fs'
import {expect, test} from 'vitest'
import {parse} from 'yaml'

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
