/**
 * What a draft or a file name holds never drives the terminal: control
 * characters are shown as their control pictures in the pretty report and on
 * stderr. And a file reached twice (directly and through a symbolic link) is
 * linted once, so it is never reported as pasted into itself.
 */
import {symlinkSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {parseJsonReport, runInProcess, tempTree} from '../support/cli.js'

const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/

describe('control characters', () => {
  it('in a draft and in its name are escaped in the pretty report', async () => {
    const name = 'titre\u001b]0;pirate\u0007.txt'
    const root = tempTree({[name]: 'Il a vu le le chat\u001b[2J.\n'})
    const result = await runInProcess(['--no-config', '--lang', 'fr', name], root)
    expect(result.status).toBe(1)
    const lines = result.stdout.split('\n')
    expect(lines[0]).toBe('titre␛]0;pirate␇.txt')
    expect(lines.find((line) => line.includes('le le chat'))).toBe('      Il a vu le le chat␛[2J.')
    for (const line of lines) expect(line).not.toMatch(CONTROL)
  })

  it('in a file name on stderr: one line per problem', async () => {
    const root = tempTree({})
    const result = await runInProcess(['--no-config', 'absent\n\u001b[2Jdraft.txt'], root)
    expect(result.status).toBe(2)
    expect(result.stderr).toBe('factlint: absent␊␛[2Jdraft.txt: no such file or folder\n')
  })
})

describe('the same file through a symbolic link', () => {
  it('is linted once, under its first name, with no cross-file duplicate', async () => {
    const paragraph = 'Le conseil municipal de Rennes a adopté mardi soir un budget de 412 millions d’euros, en hausse de trois pour cent, après quatre heures de débats.'
    const root = tempTree({'drafts/a.txt': `${paragraph}\n`})
    symlinkSync(path.join(root, 'drafts/a.txt'), path.join(root, 'drafts/b.txt'))
    const result = await runInProcess(['--no-config', '--format', 'json', 'drafts', 'drafts/b.txt'], root)
    expect(result.stderr).toBe('')
    const report = parseJsonReport(result.stdout)
    expect(report.map((file) => [file.path, file.messages.map((message) => message.ruleId)])).toEqual([['drafts/a.txt', []]])
  })
})
