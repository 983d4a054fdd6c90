// Where a lint's memory goes, for docs/performance.md:
// `node --expose-gc bench/memory.js [FILE | MB] [--sample [--promoted] [--top=N]] [--natural]`.
//
// Lints one document (a file, or the generated long French document of MB
// megabytes, 2 by default) in this process, each rule wrapped so that the
// heap is collected and measured before and after it: what the document
// keeps alive while the rules run (`live`), and what each rule leaves behind.
// After the lint it drops, one at a time, the document's cached analyses,
// its messages and its text, collecting after each: what each holds to the
// end. `--sample` adds V8's sampling heap profiler with collected objects
// included (what each function allocated, kept or not), top 15 by bytes
// (`--top=N`: N), a built-in named with its caller (`split :0 < tokenize`).
// `--promoted` leaves out what the young generation's collections freed:
// what outlived them, garbage or not, which is what fills the old generation
// and sets how far V8 lets the heap grow.
import {readFileSync} from 'node:fs'
import {Session} from 'node:inspector/promises'
import v8 from 'node:v8'
import {lint} from '../dist/index.js'
import {defineRule} from '../dist/rules/define.js'
import {builtinRules} from '../dist/rules/index.js'
import {longDocument} from './corpus.js'

if (typeof globalThis.gc !== 'function') {
  console.error('usage: node --expose-gc bench/memory.js [FILE | MB] [--sample]')
  process.exit(2)
}
const args = process.argv.slice(2)
const input = args.find((arg) => !arg.startsWith('--')) ?? '2'
const text = Number.isNaN(Number(input)) ? readFileSync(input, 'utf8') : longDocument(Number(input) * 1e6)
const mb = (bytes) => Math.round(bytes / 1e5) / 10
const heap = () => {
  globalThis.gc()
  globalThis.gc()
  return v8.getHeapStatistics().used_heap_size + process.memoryUsage().arrayBuffers
}

const rows = []
// `--natural`: no collection between the rules, the resident memory after each instead (where a run's peak builds up).
const natural = args.includes('--natural')
const rss = () => mb(process.memoryUsage().rss)
const ruleSet = builtinRules.map((rule) =>
  defineRule({
    ...rule,
    async check(ctx, options) {
      if (natural) {
        if (rows.length === 0) rows.push(['(read, detect, parse into blocks)', '', '', rss()])
        await rule.check(ctx, options)
        rows.push([rule.meta.id, '', '', rss()])
        return
      }
      if (rows.length === 0) rows.push(['(read, detect, parse into blocks)', '', '', mb(v8.getHeapStatistics().total_heap_size)])
      const before = heap()
      await rule.check(ctx, options)
      // The heap V8 holds at the end of the rule, before it is collected: it grows with what the rule allocated.
      const held = v8.getHeapStatistics().total_heap_size
      const after = heap()
      rows.push([rule.meta.id, mb(before), mb(after - before), mb(held)])
    }
  })
)

let session
if (args.includes('--sample')) {
  session = new Session()
  session.connect()
  await session.post('HeapProfiler.startSampling', {samplingInterval: 4096, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: !args.includes('--promoted')})
}
const base = heap()
const today = new Date('2026-12-07T00:00:00Z')
let file = await lint(text, {path: 'long.txt', today, ruleSet})
const profile = session && (await session.post('HeapProfiler.stopSampling')).profile
const peakRss = process.resourceUsage().maxRSS * 1024

console.log(`${mb(Buffer.byteLength(text))} MB of text, ${file.messages.length} messages; peak RSS ${mb(peakRss)} MB; heap before the lint ${mb(base)} MB`)
console.log(natural ? '\nrule\t\t\tresident memory at its end (MB)' : '\nrule\tlive before (MB)\tleft behind (MB)\theap held at its end (MB)')
for (const row of rows) console.log(row.join('\t'))

console.log('\nkept after the lint (MB, each dropped in turn)')
const kept = []
let last = heap()
const drop = (name, action) => {
  action()
  const now = heap()
  kept.push([name, mb(last - now)])
  last = now
}
const cache = file.data.factlint.cache
for (const key of [...cache.keys()]) drop(`cache ${key}`, () => cache.delete(key))
drop('messages', () => (file.messages.length = 0))
drop('the rest (vfile, text, location index)', () => (file = undefined))
for (const row of kept) console.log(row.join('\t'))

if (profile) {
  const totals = new Map()
  const label = (frame) => `${frame.functionName || '(anonymous)'} ${frame.url.replace(/^.*\/(node_modules|dist)\//, '$1/')}:${frame.lineNumber + 1}`
  // A built-in (`split :0`) is named with the function that called it.
  const walk = (node, caller = '') => {
    const frame = node.callFrame
    const own = label(frame)
    const name = frame.url === '' && caller ? `${own} < ${caller}` : own
    const self = node.selfSize
    if (self) totals.set(name, (totals.get(name) ?? 0) + self)
    for (const child of node.children) walk(child, frame.url === '' && caller ? caller : own)
  }
  walk(profile.head)
  const all = [...totals.values()].reduce((sum, value) => sum + value, 0)
  const top = Number(args.find((arg) => arg.startsWith('--top='))?.slice(6) ?? 15)
  const what = args.includes('--promoted') ? 'outliving the young generation' : 'collected objects included'
  console.log(`\nallocated during the lint (sampled, ${what}): ${mb(all)} MB; top ${top}`)
  for (const [name, bytes] of [...totals].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${mb(bytes)}\t${name}`)
}
