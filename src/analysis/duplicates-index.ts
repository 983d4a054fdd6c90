/**
 * Finding similar passages without comparing every pair: each passage is a
 * set of hashed word bigrams (shingles), and only passages that share one of
 * their rarest shingles are compared (prefix filtering, as in Bayardo et al.,
 * "Scaling up all pairs similarity search", 2007). Two sets whose Jaccard
 * index is at least t always share a shingle among the first
 * |x| − ⌈t·|x|⌉ + 1 of each set ordered by rarity, so no similar pair is
 * missed, and rare shingles keep the candidate lists short.
 */

/** FNV-1a on UTF-16 code units. */
export function hash32(value: string, seed = 0x811c9dc5, prime = 0x01000193): number {
  let hash = seed
  for (let index = 0; index < value.length; index++) {
    hash ^= value.charCodeAt(index)
    hash = Math.imul(hash, prime)
  }
  return hash >>> 0
}

/** Two independent 32-bit hashes as one string: equal keys mean equal texts for any realistic input. */
export function hash64(value: string): string {
  return `${hash32(value).toString(36)}.${hash32(value, 0x9747b28c, 0x5bd1e995).toString(36)}`
}

/** Sorted, distinct hashes of the word bigrams of `words`. */
export function shinglesOf(words: readonly string[]): number[] {
  const hashes = new Set<number>()
  for (let index = 1; index < words.length; index++) hashes.add(hash32(`${words[index - 1]!}\u0000${words[index]!}`))
  return [...hashes].sort((a, b) => a - b)
}

/** Dice coefficient of two sorted shingle sets: 2·|A ∩ B| / (|A| + |B|). */
export function dice(a: readonly number[], b: readonly number[]): number {
  if (a.length + b.length === 0) return 0
  let shared = 0
  let i = 0
  let j = 0
  while (i < a.length && j < b.length) {
    const x = a[i]!
    const y = b[j]!
    if (x === y) {
      shared++
      i++
      j++
    } else if (x < y) i++
    else j++
  }
  return (2 * shared) / (a.length + b.length)
}

/**
 * Beyond this many passages sharing one rare shingle, later ones are not
 * indexed under it: only a corpus of near-identical boilerplate reaches it,
 * and it keeps the worst case linear.
 */
const MAX_POSTINGS = 256

export interface Candidate {
  id: number
  similarity: number
}

/**
 * An index of shingle sets answering "which indexed set is at least
 * `threshold` similar (Dice) to this one?". Every set that will be added or
 * looked up must be counted first (`count`), so that all agree on which
 * shingles are rare.
 */
export class ShingleIndex {
  private readonly frequency = new Map<number, number>()
  private readonly postings = new Map<number, number[]>()
  private readonly sets = new Map<number, readonly number[]>()
  /** Jaccard bound equivalent to the Dice threshold. */
  private readonly jaccard: number
  private seen = new Int32Array(0)
  private stamp = 0
  /** Similarities computed so far: what a test watches to catch quadratic behaviour without timing it. */
  comparisons = 0

  constructor(readonly threshold: number) {
    this.jaccard = threshold / (2 - threshold)
  }

  count(shingles: readonly number[]): void {
    for (const shingle of shingles) this.frequency.set(shingle, (this.frequency.get(shingle) ?? 0) + 1)
  }

  add(id: number, shingles: readonly number[]): void {
    this.sets.set(id, shingles)
    for (const shingle of this.prefix(shingles)) {
      let list = this.postings.get(shingle)
      if (!list) this.postings.set(shingle, (list = []))
      if (list.length < MAX_POSTINGS) list.push(id)
    }
  }

  /** The most similar indexed set accepted by `accept`, earliest on a tie. */
  best(shingles: readonly number[], accept: (id: number) => boolean): Candidate | undefined {
    if (shingles.length === 0) return undefined
    this.stamp++
    let best: Candidate | undefined
    for (const shingle of this.prefix(shingles)) {
      for (const id of this.postings.get(shingle) ?? []) {
        if (id >= this.seen.length) this.grow(id)
        if (this.seen[id] === this.stamp) continue
        this.seen[id] = this.stamp
        const other = this.sets.get(id)!
        if (other.length < this.jaccard * shingles.length || shingles.length < this.jaccard * other.length) continue
        if (!accept(id)) continue
        this.comparisons++
        const similarity = dice(shingles, other)
        if (similarity < this.threshold) continue
        if (!best || similarity > best.similarity || (similarity === best.similarity && id < best.id)) best = {id, similarity}
      }
    }
    return best
  }

  /** The shingles of a set that any similar set must share one of: its rarest ones. */
  private prefix(shingles: readonly number[]): number[] {
    const size = shingles.length - Math.ceil(this.jaccard * shingles.length - 1e-9) + 1
    const ordered = [...shingles].sort((a, b) => (this.frequency.get(a) ?? 0) - (this.frequency.get(b) ?? 0) || a - b)
    return ordered.slice(0, Math.max(1, size))
  }

  private grow(id: number): void {
    const next = new Int32Array(Math.max(id + 1, this.seen.length * 2))
    next.set(this.seen)
    this.seen = next
  }
}
