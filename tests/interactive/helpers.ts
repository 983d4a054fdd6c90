import {copyFileSync, mkdtempSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {exitCode} from '../../src/cli/main.js'
import {run, type LintedDocument} from '../../src/engine/run.js'
import {FIXTURE} from '../support/cli.js'

export const KEYS = {
  up: '\u001b[A',
  down: '\u001b[B',
  right: '\u001b[C',
  left: '\u001b[D',
  pageUp: '\u001b[5~',
  pageDown: '\u001b[6~',
  enter: '\r',
  escape: '\u001b',
  tab: '\t',
  backspace: '\u007f'
}

/** A temporary folder holding a copy of the reference document. */
export function fixtureCopy(): {dir: string; file: string} {
  const dir = mkdtempSync(path.join(tmpdir(), 'factlint-interactive-'))
  const file = path.join(dir, 'esper-rabat.fr.txt')
  copyFileSync(FIXTURE, file)
  return {dir, file}
}

/** Lints files with the real engine, as the CLI does. */
export async function lintFiles(cwd: string, paths: string[]): Promise<LintedDocument[]> {
  const result = await run({cwd, paths, noConfig: true})
  return result.documents
}

export function cliExitCode(documents: LintedDocument[]): number {
  return exitCode({documents, problems: [], warnings: [], acrossFiles: {}}, undefined)
}

/** Waits until the last frame satisfies `check` (Ink renders after React commits). */
export async function frameWhere(lastFrame: () => string | undefined, check: (frame: string) => boolean, timeout = 3000): Promise<string> {
  const started = Date.now()
  for (;;) {
    const frame = lastFrame() ?? ''
    if (check(frame)) return frame
    if (Date.now() - started > timeout) throw new Error(`frame never matched; last frame:\n${frame}`)
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
}

/**
 * Writes keys one at a time, each once the previous one has been drawn: Ink
 * reads keys in batches and draws at most 30 frames a second, so the test
 * waits until no new frame has come for a while.
 */
export async function press(app: {stdin: {write(data: string): void}; frames: string[]}, ...keys: string[]): Promise<void> {
  for (const key of keys) {
    app.stdin.write(key)
    await settle(app.frames)
  }
}

async function settle(frames: string[], quiet = 60, timeout = 2000): Promise<void> {
  const started = Date.now()
  let count = frames.length
  let since = Date.now()
  while (Date.now() - since < quiet && Date.now() - started < timeout) {
    await new Promise((resolve) => setTimeout(resolve, 10))
    if (frames.length !== count) {
      count = frames.length
      since = Date.now()
    }
  }
}
