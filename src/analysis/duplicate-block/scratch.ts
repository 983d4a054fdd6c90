/**
 * Scratch tables of duplicate detection, reused from phase to phase of one
 * document's detection (`withScratch`): the word-pair counts, the shingle
 * indexes' tables, the run search's columns and window table are each
 * needed in one phase only, and a long document's are megabytes each.
 * Allocated anew in each phase, they lay dead outside the heap until the
 * next full collection, which a lint makes only three or four times: at the
 * end of the 5 MB document they were most of its buffers. Outside
 * `withScratch` (tests, the comparison across files) every table is a new
 * one; at its end the areas are let go, so nothing sized by a document
 * stays with the module.
 */

/** Areas: one per role that never overlaps another of the same area in time. */
export const TABLE_AREA = 0
export const SECOND_AREA = 1
export const THIRD_AREA = 2

let active = false
const areas: Array<Int32Array | undefined> = []
const lent: boolean[] = []

/**
 * A zeroed Int32Array of `length`: a view of area `area` when scratch is
 * active and the area is free (then `giveBack(area)` once done with it),
 * else a new array (which `giveBack` tells from a view of the area).
 */
export function borrowInt32(area: number, length: number): Int32Array {
  if (!active || lent[area]) return new Int32Array(length)
  let buffer = areas[area]
  if (!buffer || buffer.length < length) areas[area] = buffer = new Int32Array(length)
  else buffer.fill(0, 0, length)
  lent[area] = true
  return buffer.subarray(0, length)
}

/** Area `area` is free again when `borrowed` was lent from it: what was borrowed is no longer read. */
export function giveBack(area: number, borrowed: Int32Array): void {
  if (lent[area] && areas[area]?.buffer === borrowed.buffer) lent[area] = false
}

/** Runs `run` with the areas reused, and lets them go at its end. */
export function withScratch<T>(run: () => T): T {
  if (active) return run()
  active = true
  try {
    return run()
  } finally {
    active = false
    areas.length = 0
    lent.length = 0
  }
}

/** Words of room the areas hold now (the memory tests check that it is 0 between documents). */
export function scratchCapacity(): number {
  return areas.reduce((sum, area) => sum + (area?.length ?? 0), 0)
}
