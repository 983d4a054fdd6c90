import {writeFileSync} from 'node:fs'
import path from 'node:path'
import {afterEach, describe, expect, test} from 'vitest'
import {DidChangeWatchedFilesNotification, FileChangeType} from 'vscode-languageserver-protocol/node'
import {tempTree} from '../support/cli.js'
import {Editor} from './client.js'

const FR = 'Le conseil a voté le le budget.\n'
const EN = 'The council approved the the budget.\n'

let editor: Editor | undefined
afterEach(() => editor?.kill())

async function started(files: Record<string, string> = {}): Promise<Editor> {
  editor = new Editor(tempTree(files))
  await editor.initialize({debounce: 0})
  return editor
}

describe('factlint lsp on bad input: a diagnostic or a log line, never a crash', () => {
  test('a malformed message and an unknown request leave the server serving', async () => {
    const editor = await started()
    // A frame whose body is not JSON, written straight on the server's input.
    editor.child.stdin!.write('Content-Length: 12\r\n\r\n{not json!!}')
    await expect(editor.connection.sendRequest('factlint/no-such-request', {})).rejects.toThrow(/Unhandled method/)
    await expect(editor.connection.sendRequest('textDocument/hover', {textDocument: {uri: 'file:///nowhere.txt'}, position: {line: 0, character: 0}})).resolves.toBeNull()
    await editor.open('draft.txt', EN, 'plaintext')
    expect((await editor.diagnostics('draft.txt')).map((diagnostic) => diagnostic.code)).toEqual(['doubled-word'])
    expect(await editor.quit()).toBe(0)
  })

  test('a document over the size limit gets one notice and is not linted; the next one is', async () => {
    const editor = await started()
    const huge = EN.repeat(Math.ceil((21 * 1024 * 1024) / EN.length))
    await editor.open('huge.txt', huge, 'plaintext')
    const diagnostics = await editor.diagnostics('huge.txt')
    expect(diagnostics.map((diagnostic) => [diagnostic.severity, diagnostic.message])).toEqual([[3, `factlint: document too large (${Buffer.byteLength(huge)} bytes, over the limit of ${20 * 1024 * 1024}); not linted`]])
    await editor.log(/huge\.txt: document too large/)
    await editor.open('small.txt', FR, 'plaintext')
    expect((await editor.diagnostics('small.txt')).map((diagnostic) => diagnostic.code)).toEqual(['doubled-word'])
  })

  test('binary content opened by mistake: no findings, a log line', async () => {
    const editor = await started()
    await editor.open('photo.txt', 'JFIF\u0000\u0000\u0001\u0002 le le \u0000', 'plaintext')
    expect(await editor.diagnostics('photo.txt')).toEqual([])
    await editor.log(/photo\.txt: binary content; not linted/)
  })

  test('a document that is neither text nor Markdown is left alone', async () => {
    const editor = await started()
    await editor.open('script.js', '// the the\n', 'javascript')
    expect(await editor.diagnostics('script.js')).toEqual([])
  })

  test('a configuration with errors: one diagnostic with the CLI message, then the findings once it is fixed', async () => {
    const editor = await started({'factlint.config.json': '{"rules": {"doubled-word": "loud"}}\n'})
    await editor.open('draft.txt', FR, 'plaintext')
    const broken = await editor.diagnostics('draft.txt')
    expect(broken.length).toBe(1)
    expect(broken[0]!.severity).toBe(1)
    expect(broken[0]!.message).toMatch(/^factlint: configuration error, nothing linted: factlint\.config\.json: rules\.doubled-word/)
    await editor.log(/configuration: factlint\.config\.json/)

    writeFileSync(path.join(editor.cwd, 'factlint.config.json'), '{"rules": {"doubled-word": "warn"}}\n')
    await editor.connection.sendNotification(DidChangeWatchedFilesNotification.type, {changes: [{uri: editor.uri('factlint.config.json'), type: FileChangeType.Changed}]})
    const fixed = await editor.diagnostics('draft.txt', 1).then(async () => {
      // The reload publishes again for the same version: wait for the second set.
      for (;;) {
        const now = await editor.connection.sendRequest('textDocument/hover', {textDocument: {uri: editor.uri('draft.txt')}, position: {line: 0, character: 22}})
        if (now) return now
        await new Promise((resolve) => setTimeout(resolve, 20))
      }
    })
    expect(JSON.stringify(fixed)).toContain('doubled-word')
    expect(await editor.quit()).toBe(0)
  })

  test('a rule that throws: its error as its own finding, and the other rules still report', async () => {
    const plugin = [
      'export default {',
      "  meta: {id: 'always-throws', description: 'throws', defaultSeverity: 'error', languages: 'any', fixable: false},",
      '  schema: {safeParse: (value) => ({success: true, data: value ?? {}}), parse: (value) => value ?? {}},',
      "  check() { throw new Error('boom in a plugin') }",
      '}',
      ''
    ].join('\n')
    const editor = await started({'factlint.config.json': '{"plugins": ["./always-throws.mjs"]}\n', 'always-throws.mjs': plugin})
    await editor.open('draft.txt', EN, 'plaintext')
    const diagnostics = await editor.diagnostics('draft.txt')
    expect(diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.message])).toEqual([
      ['always-throws', 'boom in a plugin'],
      ['doubled-word', 'Unexpected repeated `the`, expected one']
    ])
    expect(await editor.quit()).toBe(0)
  })

  test('a cross-file rule that throws: each open document keeps its own findings', async () => {
    const plugin = [
      'export default {',
      "  meta: {id: 'throws-across', description: 'throws across files', defaultSeverity: 'warn', languages: 'any', fixable: false},",
      '  schema: {safeParse: (value) => ({success: true, data: value ?? {}}), parse: (value) => value ?? {}},',
      '  check() {},',
      "  checkAcrossFiles() { throw new Error('boom across files') }",
      '}',
      ''
    ].join('\n')
    const editor = await started({'factlint.config.json': '{"plugins": ["./throws-across.mjs"]}\n', 'throws-across.mjs': plugin})
    await editor.open('en.txt', EN, 'plaintext')
    await editor.open('fr.txt', FR, 'plaintext')
    expect((await editor.diagnostics('en.txt')).map((diagnostic) => diagnostic.code)).toEqual(['doubled-word'])
    expect((await editor.diagnostics('fr.txt')).map((diagnostic) => diagnostic.code)).toEqual(['doubled-word'])
    await editor.log(/internal error comparing the open documents: boom across files/)
    expect(await editor.quit()).toBe(0)
  })
})
