// One scaling measurement in a process of its own, so that what an earlier
// measurement left on the heap (and when the collector last ran) does not
// count against the next: `node --expose-gc bench/measure-lint.js drafts|long MB runs`.
// Prints {"bytes": …, "ms": [CPU ms of each run]}.
import {lint, lintFiles} from '../dist/index.js'
import {corpus, longDocument} from './corpus.js'
import {cpuTime} from './cpu-time.js'

const [kind, megabytes, runs = '3'] = process.argv.slice(2)
const bytes = Number(megabytes) * 1e6

let inputs
let run
if (kind === 'drafts') {
  // The corpus's first drafts, as many as make `bytes`: the 1× input is the start of the 10× one.
  inputs = []
  let size = 0
  for (const draft of corpus(Math.max(bytes, 5e6))) {
    if (size >= bytes) break
    inputs.push(draft)
    size += Buffer.byteLength(draft.text)
  }
  run = (items) => lintFiles(items)
} else if (kind === 'long') {
  inputs = [{path: 'long.txt', text: longDocument(bytes)}]
  run = ([input]) => lint(input.text, {path: input.path})
} else {
  console.error('usage: node --expose-gc bench/measure-lint.js drafts|long MB [runs]')
  process.exit(2)
}

// Warm the JIT first on the same 0.5 MB whatever the size measured, so that
// the small input's run is not the one that pays for optimising the code.
await (kind === 'drafts' ? lintFiles(corpus(5e5, 99)) : lint(longDocument(5e5, 'fr', 99), {path: 'warm.txt'}))
const ms = []
for (let index = 0; index < Number(runs); index++) {
  ms.push(await cpuTime(() => run(inputs)))
}
console.log(JSON.stringify({bytes: inputs.reduce((sum, input) => sum + Buffer.byteLength(input.text), 0), ms}))
