import {chmodSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, test} from 'vitest'
import {fixDocument, StaleEditError, type FixPlan} from '../../src/engine/fix-document.js'
import {lint} from '../../src/engine/lint.js'
import {run} from '../../src/engine/run.js'
import {FileChangedError} from '../../src/fix/write.js'

/** One document of a run on a file holding `text`. */
async function documentOf(text: string) {
  const dir = mkdtempSync(path.join(tmpdir(), 'factlint-fix-document-'))
  const file = path.join(dir, 'draft.txt')
  writeFileSync(file, text)
  const result = await run({cwd: dir, paths: ['draft.txt'], noConfig: true})
  const document = result.documents[0]!
  return {document, file, relint: (next: string) => lint(next, document.lintOptions)}
}

// The same pipeline for --fix (the rules' fixes, to a fixed point) and for the interactive report (one chosen edit).
describe.each<[string, string, (text: string) => FixPlan, string]>([
  ['fr, --fix', 'Le maire a a répondu hier.\n', () => ({fixes: {}}), 'Le maire a répondu hier.\n'],
  ['en, --fix', 'The mayor met the the council.\n', () => ({fixes: {}}), 'The mayor met the council.\n'],
  ['fr, one edit', 'Le maire a répondu hier.\n', (text) => ({edit: {range: [text.indexOf('hier'), text.indexOf('hier') + 4], text: 'mardi'}}), 'Le maire a répondu mardi.\n'],
  ['en, one edit', 'The mayor said no.\n', (text) => ({edit: {range: [text.indexOf('no'), text.indexOf('no') + 2], text: 'yes'}}), 'The mayor said yes.\n']
])('fixDocument (%s)', (_, text, plan, fixed) => {
  test('writes the new text and returns it linted again', async () => {
    const {document, file, relint} = await documentOf(text)
    const outcome = await fixDocument(document, plan(text), relint, {write: true})
    expect(outcome.changed).toBe(true)
    expect(readFileSync(file, 'utf8')).toBe(fixed)
    expect(outcome.document.decoded.text).toBe(fixed)
    expect(String(outcome.document.file.value)).toBe(fixed)
    expect(outcome.document.file.messages.filter((message) => message.ruleId === 'doubled-word')).toEqual([])
  })

  test('without write, says the new text and leaves the file alone', async () => {
    const {document, file, relint} = await documentOf(text)
    const outcome = await fixDocument(document, plan(text), relint, {write: false})
    expect(outcome.document.decoded.text).toBe(fixed)
    expect(readFileSync(file, 'utf8')).toBe(text)
  })

  test('refuses a file changed on disk since the run, and keeps its bytes', async () => {
    const {document, file, relint} = await documentOf(text)
    writeFileSync(file, `${text}Ajout.\n`)
    const outcome = await fixDocument(document, plan(text), relint, {write: true})
    expect(outcome.writeError).toBeInstanceOf(FileChangedError)
    expect(outcome.document).toBe(document)
    expect(readFileSync(file, 'utf8')).toBe(`${text}Ajout.\n`)
  })
})

describe('fixDocument: what it leaves alone', () => {
  test('a text with nothing to fix is not written', async () => {
    const {document, file, relint} = await documentOf('Le maire a répondu.\n')
    chmodSync(file, 0o444)
    const outcome = await fixDocument(document, {fixes: {}}, relint, {write: true})
    expect([outcome.changed, outcome.writeError, outcome.document]).toEqual([false, undefined, document])
  })

  test('an edit outside the text is refused before anything is written', async () => {
    const {document, file, relint} = await documentOf('The mayor said no.\n')
    await expect(fixDocument(document, {edit: {range: [500, 504], text: 'yes'}}, relint, {write: true})).rejects.toBeInstanceOf(StaleEditError)
    expect(readFileSync(file, 'utf8')).toBe('The mayor said no.\n')
  })
})
