import {render} from 'ink'
import path from 'node:path'
import {applyBaseline, readBaseline} from '../../baseline/index.js'
import type {LintedDocument, RunResult} from '../../engine/run.js'
import type {CliIO} from '../io.js'
import type {Lang} from '../../types.js'
import {baselinePath, createActions, type ActionOptions, type ReviewActions} from './actions.js'
import {App, QUIT_WHILE_LINTING} from './App.js'

export interface InteractiveOptions extends ActionOptions {
  color: boolean
  exitCodeOf(documents: LintedDocument[]): number
  /** Remove the baseline's findings first (when the run has not already done it). */
  applyBaselineFirst?: boolean
  actions?: ReviewActions
  /** The run, still going: the report is drawn first and shows its documents when it ends. */
  load?: (onProgress: (done: number, total: number) => void, onLanguage?: (lang: Lang | 'und', guess: boolean) => void) => Promise<LintedDocument[]>
}

const ENTER_ALTERNATE_SCREEN = '\u001b[?1049h\u001b[H'
const LEAVE_ALTERNATE_SCREEN = '\u001b[?1049l'

/**
 * The full-screen report. Loaded only under `--interactive` on a terminal, so
 * that plain runs never load Ink or React. Resolves with the exit code.
 */
export async function runInteractive(result: RunResult | undefined, io: CliIO, options: InteractiveOptions): Promise<number> {
  if (result && options.applyBaselineFirst) {
    const file = baselinePath(options)
    applyBaseline(result.documents.map((document) => document.file), await readBaseline(file), path.dirname(file))
  }
  const stdout = io.stdout as NodeJS.WriteStream
  let code = result ? options.exitCodeOf(result.documents) : QUIT_WHILE_LINTING
  const lint = options.load
  // The run starts once the first frame is out: linting on this thread would hold it back.
  const load = lint
    ? {start: (...callbacks: Parameters<typeof lint>) => new Promise<void>((resolve) => setTimeout(resolve, 0)).then(() => lint(...callbacks))}
    : undefined
  stdout.write(ENTER_ALTERNATE_SCREEN)
  try {
    const instance = render(
      <App
        documents={result?.documents ?? []}
        {...(load ? {load} : {})}
        actions={options.actions ?? createActions(options)}
        color={options.color}
        exitCodeOf={options.exitCodeOf}
        onExit={(value) => {
          code = value
        }}
      />,
      {stdout, stdin: io.stdin as NodeJS.ReadStream, stderr: io.stderr as NodeJS.WriteStream, exitOnCtrlC: false, patchConsole: false}
    )
    await instance.waitUntilExit()
  } finally {
    stdout.write(LEAVE_ALTERNATE_SCREEN)
  }
  return code
}
