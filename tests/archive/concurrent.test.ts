import {spawn} from 'node:child_process'
import {writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, test} from 'vitest'
import {BIN, parseJsonReport, tempTree} from '../support/cli.js'
import {BACKENDS} from './backends.js'

/** Runs the built CLI without waiting for it, so that several run at once. */
function start(args: string[], cwd: string): Promise<{status: number | null; stdout: string; stderr: string}> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], {cwd, env: {...process.env, NO_COLOR: '1'}, stdio: ['ignore', 'pipe', 'pipe']})
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk) => (stdout += chunk))
    child.stderr.on('data', (chunk) => (stderr += chunk))
    child.on('close', (status) => resolve({status, stdout, stderr}))
  })
}

/** A made-up story, different for each number: the words change with it. */
function story(lang: 'fr' | 'en', index: number): string {
  const towns = ['Valmont', 'Brévans', 'Lorcy', 'Sainte-Anne', 'Morvillers', 'Aubrac']
  const town = towns[index % towns.length]!
  return lang === 'fr'
    ? `Le syndicat des eaux de ${town} a voté le ${index + 1} juin une hausse de ${index + 3} centimes du prix du mètre cube, la première depuis ${2000 + index} selon son président.\n\nLes travaux du réseau de ${town} dureront ${index + 2} mois et coûteront ${index + 7} millions d'euros, financés en partie par la région.\n`
    : `The water board of ${town} voted on June ${index + 1} to raise the price of a cubic metre by ${index + 3} cents, the first rise since ${2000 + index}, its chairman said.\n\nWork on the ${town} network will last ${index + 2} months and cost ${index + 7} million euros, partly paid for by the region.\n`
}

describe.each(BACKENDS)('concurrent adds and lints on $name', (backend) => {
  test('every story is stored once and every lint is complete', {timeout: 120_000}, async () => {
    const files: Record<string, string> = {}
    // Each writer adds the shared stories and its own: the shared ones are added by all at once.
    for (let index = 0; index < 3; index++) files[`shared/s${index}.txt`] = story(index % 2 ? 'en' : 'fr', index)
    for (let writer = 0; writer < 4; writer++) files[`own${writer}/o.txt`] = story(writer % 2 ? 'fr' : 'en', 10 + writer)
    files['draft.txt'] = story('fr', 0)
    const root = tempTree(files)
    const location = await backend.fresh(root)
    const writers = [0, 1, 2, 3].map((writer) => start(['archive', 'add', 'shared', `own${writer}`, '--archive', location], root))
    const linters = [0, 1].map(() => start(['--format', 'json', '--archive', location, 'draft.txt'], root))
    const done = await Promise.all([...writers, ...linters])
    for (const result of done.slice(0, 4)) {
      expect(result.stderr).toBe('')
      expect(result.status).toBe(0)
      expect(result.stdout).toMatch(/^\d added, 0 replaced, \d unchanged\n$/)
    }
    // Of the 4 × 4 adds, each of the 7 stories was added once; the shared ones were unchanged for the other writers.
    const added = done.slice(0, 4).reduce((sum, result) => sum + Number(/^(\d) added/.exec(result.stdout)![1]), 0)
    expect(added).toBe(7)
    for (const result of done.slice(4)) {
      expect(result.stderr).toBe('')
      const report = parseJsonReport(result.stdout)
      expect(report.map((file) => file.path)).toEqual(['draft.txt'])
    }
    const stats = await start(['archive', 'stats', '--archive', location], root)
    expect(stats.stdout).toMatch(/^7 stories, 14 paragraphs, \d+ distinct shingles\n$/)
    // Once every add is done, the draft is found to repeat the first shared story.
    writeFileSync(path.join(root, 'after.txt'), story('fr', 0))
    const after = parseJsonReport((await start(['--format', 'json', '--archive', location, 'after.txt'], root)).stdout)
    expect(after[0]!.messages.map((message) => message.reason)).toEqual([
      expect.stringMatching(/^Ce paragraphe répète un paragraphe publié le .* \(shared\/s0\.txt\)$/),
      expect.stringMatching(/^Ce paragraphe répète un paragraphe publié le .* \(shared\/s0\.txt\)$/)
    ])
  })
})
