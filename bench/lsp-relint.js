// A warm language server linting a 10 KB draft again after a one-character
// edit: `factlint lsp --stdio` (the built binary) is driven as an editor
// drives it; each edit inserts or removes one letter in the middle of the
// draft, and the time is from the didChange sent to the diagnostics of that
// version received (debounce 0, so the server's own delay does not count).
// `node bench/lsp-relint.js [edits]` prints the figures as JSON.
import {spawn} from 'node:child_process'
import {mkdtempSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import protocol from 'vscode-languageserver-protocol/node'

const {createProtocolConnection, StreamMessageReader, StreamMessageWriter} = protocol
import {oneDraft} from './corpus.js'

const root = fileURLToPath(new URL('..', import.meta.url))
const WARM_UP = 20

export async function relint(edits = 100, lang = 'fr') {
  const cwd = mkdtempSync(path.join(tmpdir(), 'factlint-lsp-bench-'))
  const child = spawn(process.execPath, [path.join(root, 'bin/factlint.js'), 'lsp', '--stdio'], {cwd, stdio: ['pipe', 'pipe', 'ignore']})
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin))
  const waiting = new Map()
  connection.onNotification('textDocument/publishDiagnostics', (params) => {
    waiting.get(params.version)?.(params.diagnostics.length)
    waiting.delete(params.version)
  })
  connection.listen()
  const uri = pathToFileURL(path.join(cwd, 'draft.txt')).href
  const published = (version) => new Promise((resolve) => waiting.set(version, resolve))
  try {
    await connection.sendRequest('initialize', {processId: process.pid, rootUri: pathToFileURL(cwd).href, capabilities: {}, initializationOptions: {debounce: 0}})
    await connection.sendNotification('initialized', {})
    const text = oneDraft(10_000, lang)
    const middle = text.indexOf(' ', Math.floor(text.length / 2))
    const position = {line: text.slice(0, middle).split('\n').length - 1, character: middle - text.lastIndexOf('\n', middle - 1) - 1}
    const opened = published(1)
    await connection.sendNotification('textDocument/didOpen', {textDocument: {uri, languageId: 'plaintext', version: 1, text}})
    const findings = await opened
    const times = []
    for (let version = 2; version < 2 + WARM_UP + edits; version++) {
      // Odd edits insert an "x" before a space, even ones remove it: the text alternates between two states.
      const change = version % 2 === 0 ? {range: {start: position, end: position}, text: 'x'} : {range: {start: position, end: {...position, character: position.character + 1}}, text: ''}
      const done = published(version)
      const started = performance.now()
      await connection.sendNotification('textDocument/didChange', {textDocument: {uri, version}, contentChanges: [change]})
      await done
      if (version >= 2 + WARM_UP) times.push(performance.now() - started)
    }
    await connection.sendRequest('shutdown')
    await connection.sendNotification('exit')
    times.sort((a, b) => a - b)
    const at = (fraction) => times[Math.min(times.length - 1, Math.floor(fraction * times.length))]
    return {bytes: Buffer.byteLength(text), findings, edits: times.length, medianMs: round(at(0.5)), p95Ms: round(at(0.95)), maxMs: round(times.at(-1))}
  } finally {
    connection.dispose()
    if (child.exitCode === null) child.kill()
  }
}

function round(value) {
  return Math.round(value * 10) / 10
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  console.log(JSON.stringify(await relint(Number(process.argv[2] ?? 100))))
}
