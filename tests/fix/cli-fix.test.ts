import {chmodSync, readFileSync, readdirSync, statSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {FIXTURE, runInProcess, tempTree} from '../support/cli.js'

// In-process: the fix tests need no build.
const cli = runInProcess

const reference = readFileSync(FIXTURE)

describe('--fix', () => {
  it('fixes a copy of the reference document and a second --fix changes nothing', async () => {
    const root = tempTree({'esper.txt': reference})
    const file = path.join(root, 'esper.txt')
    const first = await cli(['--fix', '--no-config', '--format', 'json', 'esper.txt'], root)
    const fixed = readFileSync(file, 'utf8')
    expect(fixed).not.toMatch(/(?<=\p{L})'(?=\p{L})/u)
    expect(fixed).toContain('M. Bourita')
    expect(fixed).toContain('l’État-major général')
    expect(fixed).not.toContain('Etat-major')
    expect(fixed.split('\n')).toHaveLength(reference.toString('utf8').split('\n').length)
    // The report lists what remains, not what was fixed.
    const report = JSON.parse(first.stdout) as Array<{messages: Array<{ruleId: string}>}>
    const ids = report[0]!.messages.map((message) => message.ruleId)
    expect(ids).not.toContain('typography')
    expect(ids).not.toContain('abbreviation')
    expect(ids).not.toContain('inconsistent-spelling')
    const second = await cli(['--fix', '--no-config', 'esper.txt'], root)
    expect(second.stderr).not.toContain('changed on disk')
    expect(readFileSync(file, 'utf8')).toBe(fixed)
    expect(readdirSync(root)).toEqual(['esper.txt'])
  })

  it('keeps CRLF line endings, a byte order mark and the mode', async () => {
    const crlf = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(reference.toString('utf8').replace(/\n/g, '\r\n'))])
    const root = tempTree({'esper.txt': crlf})
    const file = path.join(root, 'esper.txt')
    chmodSync(file, 0o600)
    await cli(['--fix', '--no-config', 'esper.txt'], root)
    const bytes = readFileSync(file)
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = bytes.subarray(3).toString('utf8')
    expect(text).toContain('M. Bourita')
    expect(text.match(/\r\n/g)).toHaveLength(34)
    expect(text.match(/(?<!\r)\n/g)).toBeNull()
    expect(statSync(file).mode & 0o777).toBe(0o600)
  })

  it('--fix-dry-run prints a unified diff and writes nothing', async () => {
    const root = tempTree({'esper.txt': reference})
    const result = await cli(['--fix-dry-run', '--no-config', 'esper.txt'], root)
    expect(readFileSync(path.join(root, 'esper.txt'))).toEqual(reference)
    expect(result.stdout.startsWith('--- a/esper.txt\n+++ b/esper.txt\n@@ ')).toBe(true)
    expect(result.stdout).toContain('\n-Le chef de la diplomatie marocaine, Nacer Bourita, revient d\'un voyage')
    expect(result.stdout).toContain('M. Bourita a réitéré')
    expect(readdirSync(root)).toEqual(['esper.txt'])
  })

  it('rejects --fix with --fix-dry-run, and --fix-type alone', async () => {
    const root = tempTree({'a.txt': 'Texte.'})
    expect((await cli(['--fix', '--fix-dry-run', 'a.txt'], root)).status).toBe(2)
    expect((await cli(['--fix-type', 'duplicate-block', 'a.txt'], root)).stderr).toContain('--fix-type needs --fix or --fix-dry-run')
  })
})
