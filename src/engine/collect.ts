/**
 * A full garbage collection at a point the engine chooses. V8 sizes the heap
 * it may grow to from what was live at its last full collection; a long
 * document's lint reaches duplicate-block's end with some 100 MB of that
 * rule's garbage not yet collected, and the rules after it grow the heap
 * from there, so the run's peak depended on whether the collector happened
 * to run before or after them (310 to 320 MB for a 5 MB document without,
 * 255 to 290 MB with). Collecting once there makes the lower peak the rule,
 * for about a tenth of a second on a lint of ten or more.
 *
 * Node gives `gc` only behind `--expose-gc`; the flag set at run time
 * exposes it to contexts made afterwards, from which it is read once.
 */
import {setFlagsFromString} from 'node:v8'
import {runInNewContext} from 'node:vm'

let collect: (() => void) | undefined

/** Runs a full garbage collection of this isolate (the main thread's or a worker's). */
export function collectGarbage(): void {
  if (!collect) {
    setFlagsFromString('--expose-gc')
    collect = runInNewContext('gc') as () => void
  }
  collect()
}
