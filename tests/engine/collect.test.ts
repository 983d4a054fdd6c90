// The engine asks for one full garbage collection after duplicate-block on a
// long document (LintOptions.collectGarbage), and only there: the CLI's runs
// keep a 5 MB document's peak near what it holds live (docs/performance.md).
import {describe, expect, it} from 'vitest'
import {collectGarbage} from '../../src/engine/collect.js'
import {run} from '../../src/engine/run.js'
import {builtinRules, lint} from '../../src/index.js'
import {tempTree} from '../support/cli.js'

const allOff = Object.fromEntries(builtinRules.map((rule) => [rule.meta.id, 'off' as const]))
/** About `bytes` characters of paragraphs that differ from one another. */
function longText(bytes: number): string {
  const paragraphs: string[] = []
  let length = 0
  for (let index = 0; length < bytes; index++) {
    const paragraph = `Le conseil numéro ${index} a voté le budget ${index * 7} de la commune ${index % 97} mardi soir.`
    paragraphs.push(paragraph)
    length += paragraph.length + 2
  }
  return paragraphs.join('\n\n')
}

describe('a garbage collection after duplicate-block', () => {
  const long = longText(1_000_000)

  it('is asked for once on a document of 1 MB or more', async () => {
    let calls = 0
    await lint(long, {path: 'long.txt', lang: 'fr', today: new Date('2026-12-07'), rules: {...allOff, 'duplicate-block': 'warn'}, collectGarbage: () => void calls++})
    expect(calls).toBe(1)
  })

  it('is not asked for on a shorter document, nor when duplicate-block is off', async () => {
    let calls = 0
    const collect = () => void calls++
    await lint(longText(50_000), {path: 'short.txt', lang: 'fr', today: new Date('2026-12-07'), rules: {...allOff, 'duplicate-block': 'warn'}, collectGarbage: collect})
    await lint(long, {path: 'long.txt', lang: 'fr', today: new Date('2026-12-07'), rules: {...allOff, typography: 'warn'}, collectGarbage: collect})
    expect(calls).toBe(0)
  })

  it('collects this thread’s garbage without --expose-gc', () => {
    expect(() => collectGarbage()).not.toThrow()
    // A second call reuses the collector it found.
    expect(() => collectGarbage()).not.toThrow()
  })
})

describe('a garbage collection before the cross-file pass', () => {
  /** Runs over `files` drafts of about `bytes` characters each; how many collections it asked for. */
  async function collections(files: number, bytes: number): Promise<number> {
    const tree: Record<string, string> = {}
    for (let index = 0; index < files; index++) tree[`drafts/${index}.txt`] = longText(bytes).replaceAll('conseil', `conseil ${index}`)
    let calls = 0
    await run({cwd: tempTree(tree), paths: ['drafts'], noConfig: true, today: new Date('2026-12-07'), jobs: 1, ruleOverrides: {...allOff, 'duplicate-block': 'warn'}, collectGarbage: () => void calls++})
    return calls
  }

  it('is asked for once on a run of several files of 1 MB or more in all', {timeout: 60_000}, async () => {
    expect(await collections(4, 260_000)).toBe(1)
  })

  it('is not asked for on a run of less, nor on one file', {timeout: 60_000}, async () => {
    expect(await collections(4, 50_000)).toBe(0)
    expect(await collections(1, 1_000_000)).toBe(0)
  })
})
