import v8 from 'node:v8'
const mb = (b) => Math.round(b / 1e5) / 10
globalThis.__mark = (label) => {
  const held = v8.getHeapStatistics().total_heap_size
  gc(); gc()
  console.log(label, 'held', mb(held), 'live', mb(v8.getHeapStatistics().used_heap_size + process.memoryUsage().arrayBuffers))
}
await import('./memory.js')
