// Self time per file (and per function with --functions) of a V8 CPU profile:
//   node --cpu-prof --cpu-prof-dir=bench/out/prof bin/factlint.js draft.txt
//   node bench/profile-summary.js bench/out/prof/*.cpuprofile [--functions] [--top 30]
// node_modules files are grouped by package; bundle chunks by chunk name.
import {readFileSync} from 'node:fs'

const args = process.argv.slice(2)
const functions = args.includes('--functions')
const topIndex = args.indexOf('--top')
const top = topIndex >= 0 ? Number(args[topIndex + 1]) : 30
const files = args.filter((arg, index) => !arg.startsWith('--') && index !== topIndex + 1)

function keyOf(frame) {
  const url = frame.url || `(${frame.functionName || 'program'})`
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)
  let file = match ? `pkg:${match[1]}` : url.replace(/^file:\/\//, '').replace(process.cwd() + '/', '')
  if (functions) file += ` ${frame.functionName || '(anonymous)'}:${frame.lineNumber + 1}`
  return file
}

const totals = new Map()
let all = 0
for (const file of files) {
  const profile = JSON.parse(readFileSync(file, 'utf8'))
  const byId = new Map(profile.nodes.map((node) => [node.id, node]))
  const deltas = profile.timeDeltas
  for (const [index, sample] of profile.samples.entries()) {
    const node = byId.get(sample)
    const micros = deltas[index + 1] ?? 0
    const key = keyOf(node.callFrame)
    totals.set(key, (totals.get(key) ?? 0) + micros)
    all += micros
  }
}
const rows = [...totals].sort((a, b) => b[1] - a[1]).slice(0, top)
for (const [key, micros] of rows) console.log(`${(micros / 1000).toFixed(1).padStart(9)} ms ${((100 * micros) / all).toFixed(1).padStart(5)} %  ${key}`)
console.log(`${(all / 1000).toFixed(1).padStart(9)} ms total`)
