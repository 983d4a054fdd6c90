#!/usr/bin/env node
import {main} from '../dist/bundle/factlint.js'

try {
  process.exitCode = await main(process.argv.slice(2), {cwd: process.cwd(), stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env})
} catch (error) {
  // A bug in factlint, not in the user's input: one line, the stack only on request.
  process.stderr.write(`factlint: internal error: ${error instanceof Error ? error.message : String(error)}\n`)
  if (process.env.FACTLINT_DEBUG) process.stderr.write(`${error instanceof Error ? error.stack : ''}\n`)
  process.exitCode = 2
}
