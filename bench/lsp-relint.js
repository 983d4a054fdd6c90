// A warm language server linting a 10 KB draft again after a one-character
// edit: `factlint lsp --stdio` (the built binary) is driven as an editor
// drives it; each edit inserts or removes one letter in the middle of the
// draft, and the time is from the didChange sent to the diagnostics of that
// version received (debounce 0, so the server's own delay does not count).
// On a shared machine that wall time holds the neighbours' time too, so the
// server's own trace (`$/setTrace` verbose) is read as well: the CPU time the
// server spent on each lint and how many paragraphs it analysed, the work
// itself. `node bench/lsp-relint.js [edits]` prints the figures as JSON.
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
  const traced = new Map()
  connection.onNotification('$/logTrace', (params) => {
    const found = /version (\d+): [\d.]+ ms, ([\d.]+) ms of CPU, (\d+) paragraphs analysed/.exec(params.message)
    if (found) traced.set(Number(found[1]), {cpuMs: Number(found[2]), paragraphs: Number(found[3])})
  })
  connection.onNotification('textDocument/publishDiagnostics', (params) => {
    waiting.get(params.version)?.(params.diagnostics.length)
    waiting.delete(params.version)
  })
  connection.listen()
  const uri = pathToFileURL(path.join(cwd, 'draft.txt')).href
  const published = (version) => new Promise((resolve) => waiting.set(version, resolve))
  try {
    await connection.sendRequest('initialize', {processId: process.pid, rootUri: pathToFileURL(cwd).href, capabilities: {}, trace: 'verbose', initializationOptions: {debounce: 0}})
    await connection.sendNotification('initialized', {})
    const text = oneDraft(10_000, lang)
    const middle = text.indexOf(' ', Math.floor(text.length / 2))
    const position = {line: text.slice(0, middle).split('\n').length - 1, character: middle - text.lastIndexOf('\n', middle - 1) - 1}
    const opened = published(1)
    await connection.sendNotification('textDocument/didOpen', {textDocument: {uri, languageId: 'plaintext', version: 1, text}})
    const findings = await opened
    const times = []
    const cpu = []
    const paragraphs = new Set()
    for (let version = 2; version < 2 + WARM_UP + edits; version++) {
      // Odd edits insert an "x" before a space, even ones remove it: the text alternates between two states.
      const change = version % 2 === 0 ? {range: {start: position, end: position}, text: 'x'} : {range: {start: position, end: {...position, character: position.character + 1}}, text: ''}
      const done = published(version)
      const started = performance.now()
      await connection.sendNotification('textDocument/didChange', {textDocument: {uri, version}, contentChanges: [change]})
      await done
      if (version >= 2 + WARM_UP) times.push(performance.now() - started)
    }
    // The trace of the last lint follows its diagnostics.
    await connection.sendRequest('shutdown')
    for (let version = 2 + WARM_UP; version < 2 + WARM_UP + edits; version++) {
      const trace = traced.get(version)
      if (!trace) continue
      cpu.push(trace.cpuMs)
      paragraphs.add(trace.paragraphs)
    }
    await connection.sendNotification('exit')
    const at = (values, fraction) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(fraction * values.length))]
    return {
      bytes: Buffer.byteLength(text),
      findings,
      edits: times.length,
      medianMs: round(at(times, 0.5)),
      p95Ms: round(at(times, 0.95)),
      maxMs: round(at(times, 1)),
      cpuMedianMs: cpu.length ? round(at(cpu, 0.5)) : undefined,
      cpuP95Ms: cpu.length ? round(at(cpu, 0.95)) : undefined,
      paragraphs: [...paragraphs].join('/')
    }
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
