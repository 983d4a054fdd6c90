// The machine's own parallelism, for bench/run.js: the same plain JavaScript
// work (allocating strings and counting them in a Map, as a linter does) on
// one thread, then on two threads at once. Prints {oneMs, twoMs} as JSON.
import {Worker, isMainThread, parentPort} from 'node:worker_threads'

function work() {
  const counts = new Map()
  for (let index = 0; index < 1_500_000; index++) {
    const word = `mot${(index * 7919) % 50_000}`.toUpperCase()
    counts.set(word, (counts.get(word) ?? 0) + 1)
  }
  return counts.size
}

function onThreads(count) {
  const start = performance.now()
  const threads = Array.from({length: count}, () => new Promise((resolve, reject) => {
    const worker = new Worker(new URL(import.meta.url))
    worker.on('message', resolve)
    worker.on('error', reject)
  }))
  return Promise.all(threads).then(() => performance.now() - start)
}

if (isMainThread) {
  // Each figure on fresh threads, so that neither starts with the other's compiled code; medians of 3 alternations.
  const one = []
  const two = []
  for (let run = 0; run < 3; run++) {
    one.push(await onThreads(1))
    two.push(await onThreads(2))
  }
  const median = (values) => values.sort((a, b) => a - b)[1]
  console.log(JSON.stringify({oneMs: median(one), twoMs: median(two)}))
} else {
  parentPort.postMessage(work())
}
