import {Session} from 'node:inspector/promises'

/** Scripts whose blocks are not the linter's work: the test runner's own, and Node's internals. */
const RUNNER = /vitest|tinypool|tinyspy|birpc|chai|@vitest|^node:/

let session: Promise<Session> | undefined

/**
 * Turns V8's precise block coverage on for the rest of the process (once):
 * every function compiled from then on counts the blocks it runs. Call it
 * before the code to measure first runs, and leave it on, so that every
 * measurement counts the same functions.
 */
export function startCounting(): Promise<Session> {
  session ??= (async () => {
    const opened = new Session()
    opened.connect()
    await opened.post('Profiler.enable')
    await opened.post('Profiler.startPreciseCoverage', {callCount: true, detailed: true})
    return opened
  })()
  return session
}

/**
 * The JavaScript work `run` does, counted, not timed: the number of blocks
 * (function bodies, loop bodies, branches) V8 executes, from its precise
 * block coverage. The same code on the same input always counts the same,
 * whatever the load of the machine, so a ratio of two counts is a test that
 * cannot flake. Work inside a built-in (a regular expression match, a sort)
 * counts as one block of its caller.
 */
export async function countWork(run: () => Promise<unknown> | unknown): Promise<number> {
  const counting = await startCounting()
  // Taking the coverage resets the counters: only `run` is counted.
  await counting.post('Profiler.takePreciseCoverage')
  await run()
  const {result} = await counting.post('Profiler.takePreciseCoverage')
  let total = 0
  for (const script of result) {
    if (RUNNER.test(script.url)) continue
    for (const fn of script.functions) for (const range of fn.ranges) total += range.count
  }
  return total
}
