// Fingerprint of every finding on the generated corpus, to prove a speed-up
// changed nothing: `[FACTLINT_TODAY=YYYY-MM-DD] node bench/findings.js [MB] [--long] [--list]`.
// Prints the number of findings and a SHA-256 over their rule, position,
// message and suggestions; --list prints them too, one per line, for a diff.
import {createHash} from 'node:crypto'
import {lint, lintFiles} from '../dist/index.js'
import {corpus, longDocument} from './corpus.js'

const args = process.argv.slice(2)
const megabytes = Number(args.find((arg) => !arg.startsWith('--')) ?? 2)
// The day the corpus is linted on (FACTLINT_TODAY=YYYY-MM-DD; today by default): a draft with no
// publication date announces what is to come from it, so the fingerprint depends on it.
const today = process.env.FACTLINT_TODAY ? new Date(`${process.env.FACTLINT_TODAY}T00:00:00Z`) : undefined
if (today && Number.isNaN(today.getTime())) throw new Error(`FACTLINT_TODAY: expected YYYY-MM-DD, got ${process.env.FACTLINT_TODAY}`)
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
