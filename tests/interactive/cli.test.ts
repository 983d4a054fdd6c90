import {spawn, spawnSync} from 'node:child_process'
import {copyFileSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {NOT_A_TERMINAL_NOTICE} from '../../src/cli/interactive/launch.js'
import {BIN, FIXTURE, ROOT, runCli, tempTree} from '../support/cli.js'

const DENY_UI = path.join(ROOT, 'tests', 'interactive', 'fixtures', 'deny-ui.mjs')

function runDenyingUi(args: string[]) {
  return spawnSync(process.execPath, ['--import', DENY_UI, ...args], {cwd: ROOT, encoding: 'utf8', input: '', env: {...process.env, NO_COLOR: '1'}})
}

describe('without a terminal', () => {
  it('-i prints the normal report with a one-line notice', () => {
    const plain = runCli([FIXTURE])
    const interactive = runCli(['-i', FIXTURE])
    expect(interactive.stdout).toBe(plain.stdout)
    expect(interactive.stdout).toContain('doubled-word')
    expect(interactive.stderr).toBe(NOT_A_TERMINAL_NOTICE + plain.stderr)
    expect(interactive.status).toBe(1)
    expect(runCli(['--interactive', FIXTURE]).status).toBe(1)
  })
})

describe('startup', () => {
  it('the hook that denies Ink and React does deny them', () => {
    const result = runDenyingUi(['--input-type=module', '-e', "await import('ink')"])
    expect(result.status).not.toBe(0)
    expect(result.stderr).toContain('UI module loaded: ink')
    const react = runDenyingUi(['--input-type=module', '-e', "await import('react')"])
    expect(react.stderr).toContain('UI module loaded: react')
  })

  it('plain runs, -i without a terminal and --list-rules never load Ink or React', () => {
    const plain = runCli([FIXTURE])
    for (const args of [[FIXTURE], ['-i', FIXTURE, '--format', 'json'], ['--list-rules']]) {
      const result = runDenyingUi([BIN, ...args])
      expect(result.stderr).not.toContain('UI module loaded')
      expect(result.stderr).not.toContain('internal error')
      if (args.length === 1 && args[0] === FIXTURE) {
        expect(result.stdout).toBe(plain.stdout)
        expect(result.status).toBe(1)
      }
    }
  })
})

const hasScript = spawnSync('script', ['--version'], {encoding: 'utf8'}).status === 0

describe.skipIf(!hasScript)('in a real terminal (util-linux script)', () => {
  it('opens the report, applies a fix to a copy and quits with the exit code', async () => {
    const dir = tempTree({})
    const file = path.join(dir, 'copy.txt')
    copyFileSync(FIXTURE, file)
    const child = spawn('script', ['-qfec', `${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} -i copy.txt`, '/dev/null'], {
      cwd: dir,
      // Ink draws nothing but the last frame when CI is set (as it is in our CI): a user's terminal has no CI.
      env: {...process.env, TERM: 'xterm-256color', NO_COLOR: '1', FORCE_COLOR: undefined, CI: undefined}
    })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')))
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve))
    const waitFor = async (text: string) => {
      const started = Date.now()
      while (!output.includes(text)) {
        if (Date.now() - started > 20_000) throw new Error(`never saw ${JSON.stringify(text)} in:\n${output.slice(-2000)}`)
        await new Promise((resolve) => setTimeout(resolve, 50))
      }
    }
    await waitFor('Signalements 1/')
    // Ink puts the terminal in raw mode just after its first frame.
    await new Promise((resolve) => setTimeout(resolve, 500))
    // Full screen: the alternate screen buffer, left again on exit.
    expect(output).toContain('\u001b[?1049h')
    // Rule ids only: the frame drawn while linting says « règles : … », a cut header ends in « i… ».
    const rules = [...new Set([...output.matchAll(/règles : ([^\r\n]*)/g)].flatMap((match) => match[1]!.split(' · ').map((part) => part.split(' ')[0]!)))].filter((id) => /^[a-z]+(-[a-z]+)*$/.test(id))
    expect(rules).toContain('doubled-word')
    for (let index = 0; index <= rules.indexOf('doubled-word'); index++) child.stdin.write('r'), await new Promise((resolve) => setTimeout(resolve, 100))
    await waitFor('règle : doubled-word')
    child.stdin.write('f')
    await waitFor('Appliquer (supprimer) ?')
    child.stdin.write('y')
    await waitFor('Correction appliquée en copy.txt:2:215')
    child.stdin.write('q')
    const code = await exited
    expect(output).toContain('\u001b[?1049l')
    expect(readFileSync(file, 'utf8').split('\n')[1]).toContain('pas manqué de noter')
    // An error remains (line 19, and the date rules): exit code 1, as the CLI.
    expect(code).toBe(1)
  })
})
