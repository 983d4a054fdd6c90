import {parseIsoDate} from '../dates/calendar.js'
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

/** The day to lint on: `--today`, else FACTLINT_TODAY, else undefined (today). A bad one is a usage error. */
export function todayOption(flag: string | undefined, env: NodeJS.ProcessEnv): Date | undefined {
  const [name, text] = flag !== undefined ? ['--today', flag] : ['FACTLINT_TODAY', env.FACTLINT_TODAY || undefined]
  if (text === undefined) return undefined
  const today = parseIsoDate(text)
  if (!today) throw new UsageError(`${name}: expected a date as YYYY-MM-DD, got ${JSON.stringify(text)}`)
  return today
}
