/**
 * The streams and places a CLI command works with. Commands take an `io`
 * instead of touching `process`, so tests run them in-process and the
 * interactive report can reuse them.
 */
export interface CliIO {
  cwd: string
  stdout: {write(chunk: string): unknown; isTTY?: boolean; columns?: number}
  stderr: {write(chunk: string): unknown; isTTY?: boolean}
  stdin: NodeJS.ReadableStream & {isTTY?: boolean}
  env: NodeJS.ProcessEnv
}

export function processIO(): CliIO {
  return {cwd: process.cwd(), stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env}
}

/** A usage, configuration or file problem: one line on stderr, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError'
}
