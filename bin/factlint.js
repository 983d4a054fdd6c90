#!/usr/bin/env node
import {existsSync, statSync} from 'node:fs'

// `npm run build` compiles with tsc, then bundles dist/cli into dist/bundle.
// In a checkout, when only tsc ran since the last bundle (during development),
// the bundle is stale: run the fresh unbundled output instead. An installed
// package is never rebuilt, and npm gives its files the time they were
// unpacked, in archive order: there the bundle is always the one to run.
const bundle = new URL('../dist/bundle/factlint.js', import.meta.url)
const compiled = new URL('../dist/cli/main.js', import.meta.url)
const checkout = existsSync(new URL('../.git', import.meta.url))
const entry = !existsSync(bundle) || (checkout && modifiedAt(bundle) < modifiedAt(compiled)) ? compiled : bundle

// A reader that stops early (`factlint --format json | head`) closes the pipe:
// the rest of the report has nowhere to go, which is not an error of the run.
// The run still finishes (a --fix in progress completes its writes) and exits
// with its own code, without a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code !== 'EPIPE' && error.code !== 'ERR_STREAM_DESTROYED') throw error
  })
}

try {
  const {main} = await import(entry.href)
  process.exitCode = await main(process.argv.slice(2), {cwd: process.cwd(), stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env})
} catch (error) {
  // A bug in factlint, not in the user's input: one line, the stack only on request.
  process.stderr.write(`factlint: internal error: ${error instanceof Error ? error.message : String(error)}\n`)
  if (process.env.FACTLINT_DEBUG) process.stderr.write(`${error instanceof Error ? error.stack : ''}\n`)
  process.exitCode = 2
}

function modifiedAt(url) {
  try {
    return statSync(url).mtimeMs
  } catch {
    return -1
  }
}
