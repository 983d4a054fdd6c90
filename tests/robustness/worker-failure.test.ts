/**
 * A worker thread that fails changes nothing in the report: a file whose lint
 * fails on a worker, whose result cannot cross to the main thread, or whose
 * worker stops, is linted again on the main thread, so --jobs 2 gives the
 * byte-identical report and exit code of --jobs 1, never a thrown error. A
 * failure that escapes the lint of one document on any lane is that
 * document's one-line problem (exit 2), and the other files are still linted.
 */
import {readdirSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {DocumentLinter} from '../../src/engine/lint-path.js'
import {lint, type LintOptions} from '../../src/engine/lint.js'
import {run} from '../../src/engine/run.js'
import {runCli, tempTree} from '../support/cli.js'

/**
 * Rules that fail only on a worker thread, each on the files holding its
 * word. A worker leaves a mark for each word it met (so that the test knows
 * the failures happened), and the main thread is slowed down so that the
 * worker takes files at all.
 */
function plugin(marks: string): string {
  return `import {isMainThread} from 'node:worker_threads'
import {writeFileSync} from 'node:fs'
let linted = 0
const schema = {parse: (value) => value, safeParse: (value) => ({success: true, data: value})}
const rule = (id, word, check) => ({meta: {id, description: id, defaultSeverity: 'warn', languages: 'any', fixable: false}, schema, check(ctx) {
  if (!ctx.text.includes(word)) return
  if (!isMainThread && word) writeFileSync(${JSON.stringify(marks)} + '/' + word, '')
  check(ctx)
}})
export default [
  rule('slow-main', '', () => {
    if (isMainThread) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 150)
  }),
  rule('worker-throws', 'THROWS', () => {
    if (!isMainThread) throw new Error('thrown on a worker only')
  }),
  rule('worker-exits', '', () => {
    // A worker's tenth file ends its thread, with the files it holds.
    if (!isMainThread && ++linted === 10) {
      writeFileSync(${JSON.stringify(marks)} + '/EXITS', '')
      process.exit(3)
    }
  }),
  rule('unclonable', 'UNCLONABLE', (ctx) => {
    ctx.report({reason: 'data that cannot cross threads', start: 0, end: 1, data: {clone: isMainThread ? 1 : () => 1}})
  }),
  rule('unreadable-error', 'UNREADABLE', () => {
    const error = new Error('hidden')
    Object.defineProperty(error, 'message', {get() { throw new Error('no message') }})
    throw error
  })
]
`
}

const WORDS = ['THROWS', 'UNCLONABLE', 'UNREADABLE']

/**
 * Enough drafts for two lanes (eight files a lane), each failing word in
 * several of them. Lanes take the largest files first: each draft is a
 * line shorter than the one before, so that the worker meets the failing
 * words in turn before its tenth file ends it.
 */
function drafts(): Record<string, string> {
  return Object.fromEntries(
    Array.from({length: 40}, (_, index) => [
      `draft-${String(index).padStart(2, '0')}.txt`,
      `${index % 2 ? 'Le maire a a parlé mardi devant le conseil.' : 'The mayor spoke on on Friday to the council.'} ${WORDS[index % 4] ?? ''}\n${'Notes.\n'.repeat(40 - index)}`
    ])
  )
}

describe('a failing worker', () => {
  it('gives the report and exit code of one lane, with --jobs 1 and 2', {timeout: 120_000}, () => {
    const marks = tempTree({})
    const root = tempTree({...drafts(), 'plugin.mjs': plugin(marks), 'factlint.config.json': JSON.stringify({plugins: ['./plugin.mjs']})})
    const [one, two] = ['1', '2'].map((jobs) => runCli(['--date', '2024-10-30', '--format', 'json', '--jobs', jobs, '.'], {cwd: root, env: {FACTLINT_EXACT_JOBS: '1'}}))
    expect(one!.stderr).toBe('')
    const files = JSON.parse(one!.stdout) as Array<{path: string; messages: Array<{ruleId: string; reason: string}>}>
    const found = (ruleId: string) => files.flatMap((file) => file.messages.filter((message) => message.ruleId === ruleId).map((message) => `${file.path}: ${message.reason}`))
    // On the main thread only the error whose message cannot be read fails: a fatal finding of its rule, never lost.
    expect(found('unreadable-error')).toEqual([2, 6, 10, 14, 18, 22, 26, 30, 34, 38].map((index) => `draft-${String(index).padStart(2, '0')}.txt: rule failed without a readable message`))
    expect(found('unclonable')).toHaveLength(10)
    expect(found('worker-throws')).toEqual([])
    // The worker met every failing shape, and the report is still that of one lane.
    expect(readdirSync(marks).sort()).toEqual(['EXITS', ...WORDS].sort())
    expect([two!.status, two!.stderr]).toEqual([one!.status, one!.stderr])
    expect(two!.stdout === one!.stdout).toBe(true)
  })

  it('makes a failure outside the lint of one document its problem line, and lints the others', async () => {
    const root = tempTree({'a.txt': 'Le maire a a parlé.\n', 'b.txt': 'The mayor spoke.\n'})
    const failing = async (text: string, options?: LintOptions) => {
      if (text.startsWith('Le')) throw new TypeError('a defect\nwith a second line')
      return lint(text, options)
    }
    const linter = new DocumentLinter({cwd: root, noConfig: true}, failing)
    expect(await linter.lintPath(`${root}/a.txt`, 'a.txt')).toEqual({problem: 'a.txt: internal error: a defect'})
    const result = await run({cwd: root, paths: ['.'], noConfig: true, lintDocument: failing})
    expect(result.problems).toEqual(['a.txt: internal error: a defect'])
    expect(result.documents.map((document) => document.file.path)).toEqual(['b.txt'])
  })
})
