// Fingerprint of every finding on the generated corpus, to prove a speed-up
// changed nothing: `node bench/findings.js [MB] [--long] [--list]`.
// Prints the number of findings and a SHA-256 over their rule, position,
// message and suggestions; --list prints them too, one per line, for a diff.
import {createHash} from 'node:crypto'
import {lint, lintFiles} from '../dist/index.js'
import {corpus, longDocument} from './corpus.js'

const args = process.argv.slice(2)
const megabytes = Number(args.find((arg) => !arg.startsWith('--')) ?? 2)
const files = args.includes('--long')
  ? [await lint(longDocument(megabytes * 1e6), {path: 'long.txt'})]
  : await lintFiles(corpus(megabytes * 1e6))

const lines = []
for (const file of files) {
  for (const message of file.messages) {
    const {start, end} = message.place ?? {}
    const where = `${start?.line}:${start?.column}-${end?.line}:${end?.column}`
    lines.push([file.path, where, message.ruleId, message.reason, JSON.stringify(message.expected ?? [])].join('\t'))
  }
}
if (args.includes('--list')) console.log(lines.join('\n'))
console.log(`${lines.length} findings, sha256 ${createHash('sha256').update(lines.join('\n')).digest('hex').slice(0, 16)}`)
