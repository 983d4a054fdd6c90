import {spawnSync} from 'node:child_process'
import {Readable} from 'node:stream'
import {mkdtempSync, mkdirSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import type {CliIO} from '../../src/cli/io.js'
import {main} from '../../src/cli/main.js'

export const ROOT = fileURLToPath(new URL('../../', import.meta.url))
export const BIN = path.join(ROOT, 'bin', 'factlint.js')
export const FIXTURE = path.join(ROOT, 'fixtures', 'esper-rabat.fr.txt')

export interface CliResult {
  status: number | null
  stdout: string
  stderr: string
}

/** Runs the built binary as a user would, without a terminal and without colour unless asked. */
export function runCli(args: string[], options: {cwd?: string; input?: string | Buffer; env?: NodeJS.ProcessEnv} = {}): CliResult {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input ?? '',
    encoding: 'utf8',
    env: {...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, ...options.env}
  })
  return {status: result.status, stdout: result.stdout, stderr: result.stderr}
}

/** A temporary folder holding the given files (relative path → content). */
export function tempTree(files: Record<string, string | Buffer>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'factlint-'))
  for (const [relative, content] of Object.entries(files)) {
    const full = path.join(root, relative)
    mkdirSync(path.dirname(full), {recursive: true})
    writeFileSync(full, content)
  }
  return root
}

export interface JsonMessage {
  ruleId: string
  line: number
  column: number
  fatal?: boolean
  reason: string
  expected?: string[]
  place: {start: {line: number; column: number; offset: number}; end: {line: number; column: number; offset: number}}
}

export function parseJsonReport(stdout: string): Array<{path: string; messages: JsonMessage[]}> {
  return JSON.parse(stdout) as Array<{path: string; messages: JsonMessage[]}>
}

/** Runs the CLI in-process (from the sources, no build needed), as `factlint <argv>` in `cwd`. */
export async function runInProcess(argv: string[], cwd: string = ROOT): Promise<{status: number; stdout: string; stderr: string}> {
  let stdout = ''
  let stderr = ''
  const io: CliIO = {
    cwd,
    stdout: {write: (chunk: string) => (stdout += chunk)},
    stderr: {write: (chunk: string) => (stderr += chunk)},
    stdin: Readable.from([]),
    env: {NO_COLOR: '1'}
  }
  const status = await main(argv, io)
  return {status, stdout, stderr}
}
