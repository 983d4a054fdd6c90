// One timed run for the bench scripts: the heap collected first (when node
// runs with --expose-gc), then the CPU time of every thread of the process,
// the collector's included, and the wall time. On a shared machine the wall
// time measures the neighbours as much as the code, the CPU time less so.
export async function measure(run) {
  globalThis.gc?.()
  const cpu = process.cpuUsage()
  const start = process.hrtime.bigint()
  const result = await run()
  const wallMs = Number(process.hrtime.bigint() - start) / 1e6
  const used = process.cpuUsage(cpu)
  return {cpuMs: (used.user + used.system) / 1000, wallMs, result}
}

/** CPU milliseconds of one run. */
export async function cpuTime(run) {
  return (await measure(run)).cpuMs
}
