#!/usr/bin/env node
import {main} from '../dist/cli/main.js'
import {processIO} from '../dist/cli/io.js'

try {
  process.exitCode = await main(process.argv.slice(2), processIO())
} catch (error) {
  // A bug in factlint, not in the user's input: one line, the stack only on request.
  process.stderr.write(`factlint: internal error: ${error instanceof Error ? error.message : String(error)}\n`)
  if (process.env.FACTLINT_DEBUG) process.stderr.write(`${error instanceof Error ? error.stack : ''}\n`)
  process.exitCode = 2
}
