import type {RunResult} from '../../engine/run.js'
import type {CliIO} from '../io.js'
import type {InteractiveOptions} from './start.js'

export const NOT_A_TERMINAL_NOTICE = 'factlint: --interactive needs a terminal; printing the report instead\n'

/**
 * `--interactive`: opens the full-screen report and resolves with its exit
 * code, or, when standard input or output is not a terminal, prints a notice
 * and resolves with undefined so that the CLI prints its usual report. Ink and
 * React are imported here, on demand, and nowhere on the plain path.
 */
export async function launchInteractive(result: RunResult, io: CliIO, options: InteractiveOptions): Promise<number | undefined> {
  if (!onTerminal(io)) {
    io.stderr.write(NOT_A_TERMINAL_NOTICE)
    return undefined
  }
  // Ink before the module that uses it: in the CLI bundle, whose chunks are
  // CommonJS (see src/cli/bundle-loader.ts), Ink, an ES module only, can be
  // required by the interactive chunk once it has been imported.
  await import('ink')
  const {runInteractive} = await import('./start.js')
  return runInteractive(result, io, options)
}

/** Whether the report can open: standard input and output are a terminal. */
export function onTerminal(io: CliIO): boolean {
  return io.stdout.isTTY === true && io.stdin.isTTY === true
}

/**
 * `--interactive` on a terminal, drawn before the run ends: a "linting N
 * files…" frame first, then the findings when `lint` resolves. A run that
 * fails (a bad configuration) closes the report and rejects with its error.
 */
export async function launchWhileLinting(io: CliIO, options: Omit<InteractiveOptions, 'load'>, lint: (...callbacks: Parameters<NonNullable<InteractiveOptions['load']>>) => Promise<RunResult>): Promise<number> {
  await import('ink')
  const {runInteractive} = await import('./start.js')
  return runInteractive(undefined, io, {...options, load: async (...callbacks) => (await lint(...callbacks)).documents})
}
