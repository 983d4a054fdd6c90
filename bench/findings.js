// Two uses.
//
// `npm run findings -- FOLDER... [factlint flags]` lints any folders or files
// (a newsroom's own archive of published copy) and prints the findings per rule
// per 500 KB: how often each rule speaks on real text. Flags other than this
// script's own are passed to factlint (`--no-config`, `--rule id=off`…).
//
// `[FACTLINT_TODAY=YYYY-MM-DD] node bench/findings.js [MB] [--long] [--list]`, with no folder, prints a
// fingerprint of every finding on the generated corpus, to prove a speed-up
// changed nothing: the number of findings and a SHA-256 over their rule,
// position, message and suggestions; --list prints them too, one per line.
import {spawnSync} from 'node:child_process'
import {createHash} from 'node:crypto'
import {existsSync, statSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {formatSummary, summarize} from './findings-summary.js'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
// npm runs a script from the package root; INIT_CWD is where the user typed it.
const CWD = process.env.INIT_CWD ?? process.cwd()
const args = process.argv.slice(2)
const positional = args.filter((arg) => !arg.startsWith('-'))
// A number alone is the fingerprint's size in MB; anything else (a folder, a
// file, a glob, a flag's value) is for factlint, which checks it.
const folderMode = positional.some((arg) => Number.isNaN(Number(arg)) || existsSync(path.resolve(CWD, arg)))

if (folderMode) process.exitCode = summarizeFolders(args)
else await fingerprint()

/** Lints with the built CLI, as a user would, and prints the table. */
function summarizeFolders(factlintArgs) {
  const result = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'factlint.js'), ...factlintArgs, '--format', 'json'], {
    cwd: CWD,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    env: {...process.env, NO_COLOR: '1'}
  })
  // factlint exits 1 when it found something: still a report.
  if (result.status !== 0 && result.status !== 1) {
    const reason = (result.stderr || result.error?.message || `exit ${result.status}`).trim().split('\n')[0]
    process.stderr.write(`findings: ${reason}\n`)
    return 2
  }
  const report = JSON.parse(result.stdout)
  process.stdout.write(formatSummary(summarize(report, sizeOf)))
  return 0
}

/** A file's size in bytes; 0 for what is not a file on disk (standard input). */
function sizeOf(file) {
  try {
    return statSync(path.resolve(CWD, file)).size
  } catch {
    return 0
  }
}

async function fingerprint() {
  const {lint, lintFiles} = await import('../dist/index.js').catch(() => {
    process.stderr.write('findings: factlint is not built, run `npm run build` first\n')
    process.exit(2)
  })
  const {corpus, longDocument} = await import('./corpus.js')
  const megabytes = Number(positional[0] ?? 2)
  // The day the corpus is linted on (FACTLINT_TODAY=YYYY-MM-DD; today by default): a draft with no
  // publication date announces what is to come from it, so the fingerprint depends on it.
  const today = process.env.FACTLINT_TODAY ? new Date(`${process.env.FACTLINT_TODAY}T00:00:00Z`) : undefined
  if (today && Number.isNaN(today.getTime())) {
    process.stderr.write(`findings: FACTLINT_TODAY: expected YYYY-MM-DD, got ${process.env.FACTLINT_TODAY}\n`)
    process.exit(2)
  }
  const files = args.includes('--long')
    ? [await lint(longDocument(megabytes * 1e6), {path: 'long.txt', today})]
    : await lintFiles(corpus(megabytes * 1e6), {today})

  const lines = []
  for (const file of files) {
    for (const message of file.messages) {
      const {start, end} = message.place ?? {}
      const where = `${start?.line}:${start?.column}-${end?.line}:${end?.column}`
      lines.push([file.path, where, message.ruleId, message.reason, JSON.stringify(message.expected ?? [])].join('\t'))
    }
  }
  if (args.includes('--list')) console.log(lines.join('\n'))
  console.log(`today ${files[0]?.data.factlint?.today?.toISOString().slice(0, 10) ?? '?'}`)
  console.log(`${lines.length} findings, sha256 ${createHash('sha256').update(lines.join('\n')).digest('hex').slice(0, 16)}`)
}
