/**
 * `--shard i/n`: a deterministic share of a run's files, so that CI runners
 * split one run (docs/hooks-and-ci.md). As in Jest, the files are ordered by
 * a hash of their path (then by path) and cut into n runs of equal length:
 * every file is in exactly one shard, whatever the order discovery found them.
 */
import {hash64} from '../analysis/duplicate-block/similarity-index.js'

export interface Shard {
  /** 1 to count. */
  index: number
  count: number
}

/** `2/4` → {index: 2, count: 4}; undefined when it is not i/n with 1 ≤ i ≤ n. */
export function parseShard(text: string): Shard | undefined {
  const match = /^([1-9]\d*)\/([1-9]\d*)$/.exec(text.trim())
  if (!match) return undefined
  const index = Number(match[1])
  const count = Number(match[2])
  return index <= count ? {index, count} : undefined
}

/** The items whose path (relative to the run's folder) falls in `shard`, in their order. */
export function inShard<T>(items: readonly T[], pathOf: (item: T) => string, shard: Shard): T[] {
  const keyed = items.map((item) => {
    const shown = pathOf(item).split('\\').join('/')
    return {item, shown, key: hash64(shown)}
  })
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.shown < b.shown ? -1 : a.shown > b.shown ? 1 : 0))
  const size = Math.ceil(keyed.length / shard.count)
  const kept = new Set(keyed.slice((shard.index - 1) * size, shard.index * size).map((entry) => entry.item))
  // In the order they came: the report lists the files as an unsharded run does.
  return items.filter((item) => kept.has(item))
}
