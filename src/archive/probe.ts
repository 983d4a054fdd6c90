/**
 * Counting a probe's hits from the inverted index, the same for every back
 * end: which stored paragraphs hold at least `hits` of a draft paragraph's
 * shingles (docs/archive.md). The back end says how it reads a shingle's
 * postings, and may look a few paragraphs up by key.
 */
import type {Probe} from './store.js'

/**
 * Looking up one paragraph in a shingle's postings by key costs about as much
 * as reading two and a half postings in a row (SQLite, measured on an index of
 * 1,000,000 paragraphs): below that ratio the lookups are cheaper.
 */
const MEMBER_COST = 2.5

/**
 * [probe, paragraph id] for each stored paragraph holding at least `hits` of
 * a probe's shingles. Past the first shingles (rarest first) no new paragraph
 * can reach `hits` any more: the later, commoner ones are only counted for the
 * paragraphs still in the count, which `heldBy` (when given) looks up by key
 * when they are fewer than the shingle's postings; a paragraph that can no
 * longer reach the count is dropped.
 */
export function countHits(
  probes: readonly Probe[],
  read: (shingle: number) => readonly number[],
  heldBy?: (shingle: number, ids: number[]) => readonly number[]
): Array<[number, number]> {
  const found: Array<[number, number]> = []
  probes.forEach((probe, index) => {
    const {shingles, hits: needed} = probe
    const lastNew = shingles.length - needed
    const hits = new Map<number, number>()
    for (let position = 0; position < shingles.length && position <= lastNew; position++) {
      for (const id of read(shingles[position]!)) hits.set(id, (hits.get(id) ?? 0) + 1)
    }
    for (let position = lastNew + 1; position < shingles.length; position++) {
      const left = shingles.length - position
      for (const [id, count] of hits) if (count + left < needed) hits.delete(id)
      if (hits.size === 0) break
      const shingle = shingles[position]!
      const byKey = heldBy !== undefined && hits.size * MEMBER_COST < (probe.postings?.[position] ?? Infinity)
      for (const id of byKey ? heldBy(shingle, [...hits.keys()]) : read(shingle)) {
        const count = hits.get(id)
        if (count !== undefined) hits.set(id, count + 1)
      }
    }
    for (const [id, count] of hits) if (count >= needed) found.push([index, id])
  })
  return found
}
