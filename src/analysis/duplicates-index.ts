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

/**
 * Sorted, distinct hashes of the word bigrams of `words`. Hashes keep 30 bits
 * so that V8 stores them as small integers: a long document holds millions.
 * Each word is hashed once and a bigram's hash mixes its two words' hashes,
 * rather than hashing a joined string per bigram.
 */
export function shinglesOf(words: readonly string[], from = 0, to = words.length): number[] {
  const hashes: number[] = []
  let previous = from < to ? hash32(words[from]!) : 0
  for (let index = from + 1; index < to; index++) {
    const current = hash32(words[index]!)
    hashes.push(pairHash(previous, current) >>> 2)
    previous = current
  }
  hashes.sort((a, b) => a - b)
  let size = 0
  for (const hash of hashes) if (size === 0 || hashes[size - 1] !== hash) hashes[size++] = hash
  hashes.length = size
  return hashes
}

/** An ordered pair of 32-bit hashes as one (murmur3's finaliser over a multiply-xor of the two). */
function pairHash(first: number, second: number): number {
  let hash = Math.imul(first, 0x9e3779b1) ^ second
  hash ^= hash >>> 16
  hash = Math.imul(hash, 0x85ebca6b)
  hash ^= hash >>> 13
  hash = Math.imul(hash, 0xc2b2ae35)
  hash ^= hash >>> 16
  return hash >>> 0
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
 * A hash table from non-negative 31-bit integers to integers, in typed arrays
 * (open addressing, linear probing). A Map of millions of shingles spends
 * most of its time in the garbage collector; this does not.
 */
export class IntTable {
  private keys: Int32Array
  private values: Int32Array
  private size = 0

  constructor(capacity = 1024) {
    let length = 1024
    while (length < capacity * 2) length *= 2
    this.keys = new Int32Array(length).fill(-1)
    this.values = new Int32Array(length)
  }

  /** The value of `key`, or `missing`. */
  get(key: number, missing = -1): number {
    const mask = this.keys.length - 1
    for (let slot = mix(key) & mask; ; slot = (slot + 1) & mask) {
      const found = this.keys[slot]!
      if (found === key) return this.values[slot]!
      if (found === -1) return missing
    }
  }

  set(key: number, value: number): void {
    if ((this.size + 1) * 2 > this.keys.length) this.grow()
    const mask = this.keys.length - 1
    for (let slot = mix(key) & mask; ; slot = (slot + 1) & mask) {
      const found = this.keys[slot]!
      if (found === key) {
        this.values[slot] = value
        return
      }
      if (found === -1) {
        this.keys[slot] = key
        this.values[slot] = value
        this.size++
        return
      }
    }
  }

  private grow(): void {
    const {keys, values} = this
    this.keys = new Int32Array(keys.length * 2).fill(-1)
    this.values = new Int32Array(keys.length * 2)
    this.size = 0
    for (let slot = 0; slot < keys.length; slot++) if (keys[slot] !== -1) this.set(keys[slot]!, values[slot]!)
  }
}

/** Spreads the bits of a hash over the table (keys may share low bits). */
function mix(key: number): number {
  return Math.imul(key ^ (key >>> 15), 0x2c1b3c6d) >>> 0
}

/** Growable list of int32 values. */
class IntList {
  data = new Int32Array(1024)
  length = 0
  push(value: number): number {
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2)
      next.set(this.data)
      this.data = next
    }
    this.data[this.length] = value
    return this.length++
  }
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
  private readonly frequency: IntTable
  /** Shingle → last entry of its posting list; entries are linked through `next`. */
  private readonly heads: IntTable
  private readonly lengths: IntTable
  private readonly entries = new IntList()
  private readonly next = new IntList()
  private readonly sets: Array<readonly number[] | undefined> = []
  /** Jaccard bound equivalent to the Dice threshold. */
  private readonly jaccard: number
  private seen = new Int32Array(0)
  private stamp = 0
  /** A set is looked up, then added: its prefix is computed once. */
  private last: {set: readonly number[] | undefined; prefix: number[]} = {set: undefined, prefix: []}
  /** Similarities computed so far: what a test watches to catch quadratic behaviour without timing it. */
  comparisons = 0

  /** `size`: about how many shingles will be counted, to allocate the tables once. */
  constructor(readonly threshold: number, size = 0) {
    this.jaccard = threshold / (2 - threshold)
    this.frequency = new IntTable(size)
    this.heads = new IntTable(size / 2)
    this.lengths = new IntTable(size / 2)
  }

  count(shingles: readonly number[]): void {
    for (const shingle of shingles) this.frequency.set(shingle, this.frequency.get(shingle, 0) + 1)
  }

  add(id: number, shingles: readonly number[]): void {
    this.sets[id] = shingles
    for (const shingle of this.prefix(shingles)) {
      const length = this.lengths.get(shingle, 0)
      if (length >= MAX_POSTINGS) continue
      this.lengths.set(shingle, length + 1)
      this.next.push(this.heads.get(shingle))
      this.heads.set(shingle, this.entries.push(id))
    }
  }

  /** The most similar indexed set accepted by `accept`, earliest on a tie. */
  best(shingles: readonly number[], accept: (id: number) => boolean): Candidate | undefined {
    if (shingles.length === 0) return undefined
    this.stamp++
    let best: Candidate | undefined
    for (const shingle of this.prefix(shingles)) {
      for (let entry = this.heads.get(shingle); entry !== -1; entry = this.next.data[entry]!) {
        const id = this.entries.data[entry]!
        if (id >= this.seen.length) this.grow(id)
        if (this.seen[id] === this.stamp) continue
        this.seen[id] = this.stamp
        const other = this.sets[id]!
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

  /**
   * The shingles of a set that any similar set must share one of: its rarest
   * ones (ties broken by hash, so every set uses the same order).
   */
  private prefix(shingles: readonly number[]): number[] {
    if (shingles === this.last.set) return this.last.prefix
    const size = Math.max(1, shingles.length - Math.ceil(this.jaccard * shingles.length - 1e-9) + 1)
    // Frequency and 30-bit hash packed in one float: a numeric sort orders by both.
    const packed = new Float64Array(shingles.length)
    shingles.forEach((shingle, index) => {
      packed[index] = this.frequency.get(shingle, 0) * 0x40000000 + shingle
    })
    packed.sort()
    const prefix: number[] = []
    for (let index = 0; index < size; index++) prefix.push(packed[index]! % 0x40000000)
    this.last = {set: shingles, prefix}
    return prefix
  }

  private grow(id: number): void {
    const next = new Int32Array(Math.max(id + 1, this.seen.length * 2))
    next.set(this.seen)
    this.seen = next
  }
}
