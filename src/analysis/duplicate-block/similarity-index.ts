/**
 * Finding similar passages without comparing every pair: each passage is a
 * set of hashed word bigrams (shingles), and only passages that share one of
 * their rarest shingles are compared (prefix filtering, as in Bayardo et al.,
 * "Scaling up all pairs similarity search", 2007). Two sets whose Jaccard
 * index is at least t always share a shingle among the first
 * |x| − ⌈t·|x|⌉ + 1 of each set ordered by rarity, so no similar pair is
 * missed, and rare shingles keep the candidate lists short.
 */

import {mix32} from '../../text/hash.js'
import {borrowInt32, giveBack, SECOND_AREA, TABLE_AREA} from './scratch.js'

/** FNV-1a's offset basis and prime, and a second pair for an independent hash. */
export const HASH_SEED = 0x811c9dc5
export const HASH_PRIME = 0x01000193
export const SECOND_SEED = 0x9747b28c
export const SECOND_PRIME = 0x5bd1e995

/** FNV-1a on UTF-16 code units. */
export function hash32(value: string, seed = HASH_SEED, prime = HASH_PRIME): number {
  let hash = seed
  for (let index = 0; index < value.length; index++) {
    hash ^= value.charCodeAt(index)
    hash = Math.imul(hash, prime)
  }
  return hash >>> 0
}

/** A paragraph's key as an analysis writes it: two 32-bit hashes in base 36, joined (a flat string; words.ts). */
export function keyOf(first: number, second: number): string {
  return [(first >>> 0).toString(36), (second >>> 0).toString(36)].join('.')
}

/** The two hashes a key is written from, when it is written as `keyOf` writes it (a key read back from a file may not be). */
export function keyParts(key: string): [number, number] | undefined {
  const dot = key.indexOf('.')
  if (dot < 1) return undefined
  const first = parseInt(key.slice(0, dot), 36)
  const second = parseInt(key.slice(dot + 1), 36)
  if (!(first <= 0xffffffff && second <= 0xffffffff)) return undefined
  return keyOf(first, second) === key ? [first | 0, second | 0] : undefined
}

/** Two independent 32-bit hashes as one string: equal keys mean equal texts for any realistic input. */
export function hash64(value: string): string {
  return `${hash32(value).toString(36)}.${hash32(value, SECOND_SEED, SECOND_PRIME).toString(36)}`
}

/** Bigram hashes sorted, then written out once each, in a buffer reused from call to call. */
let bigrams = new Int32Array(1024)

/**
 * Sorted, distinct hashes of the word bigrams of words `from` to `to - 1`,
 * given their `hash32`: a bigram's hash mixes its two words' hashes, rather
 * than hashing a joined string per bigram. Hashes keep 30 bits so that V8
 * stores them as small integers: a long document holds millions.
 */
export function shinglesOfHashes(hashes: Int32Array, from = 0, to = hashes.length): number[] {
  const distinct = sortBigrams(hashes, from, to)
  // Copied into an array of exactly that length (a pushed one keeps up to half again in spare room).
  const shingles: number[] = new Array<number>(distinct)
  for (let index = 0; index < distinct; index++) shingles[index] = bigrams[index]!
  releaseBigrams()
  return shingles
}

/**
 * `shinglesOfHashes(hashes, from, to)` written into `target` from `at` on,
 * which must have room for `to - from - 1` of them; returns how many.
 * Many short sets (a document's sentences) end to end in one typed column
 * cost a few bytes a shingle, not an array of their own each.
 */
export function shinglesInto(hashes: Int32Array, from: number, to: number, target: Int32Array, at: number): number {
  const distinct = sortBigrams(hashes, from, to)
  target.set(bigrams.subarray(0, distinct), at)
  releaseBigrams()
  return distinct
}

/** Writes the distinct bigram hashes of words [from, to) in order at the start of `bigrams`; returns how many. */
function sortBigrams(hashes: Int32Array, from: number, to: number): number {
  const count = Math.max(0, to - from - 1)
  if (bigrams.length < count) bigrams = new Int32Array(Math.max(count, bigrams.length * 2))
  for (let index = 0; index < count; index++) bigrams[index] = shingleOf(hashes[from + index]!, hashes[from + index + 1]!)
  const sorted = bigrams.subarray(0, count).sort()
  // Each value once, in place.
  let distinct = 0
  for (let index = 0; index < count; index++) {
    const shingle = sorted[index]!
    if (index === 0 || sorted[distinct - 1] !== shingle) sorted[distinct++] = shingle
  }
  return distinct
}

function releaseBigrams(): void {
  if (bigrams.length > KEPT_BIGRAMS) bigrams = new Int32Array(1024)
}

/** Room the bigram buffer keeps between calls; one a whole long document needed is let go. */
const KEPT_BIGRAMS = 1 << 16

/** The shingle of two consecutive words, given their `hash32`. */
export function shingleOf(first: number, second: number): number {
  return pairHash(first, second) >>> 2
}

/** An ordered pair of 32-bit hashes as one (murmur3's finaliser over a multiply-xor of the two). */
function pairHash(first: number, second: number): number {
  return mix32(Math.imul(first, 0x9e3779b1) ^ second)
}

/** A sorted set of shingles: an array of its own, or a view of a column of several (`shinglesInto`). */
export type ShingleSet = ArrayLike<number>

/** Dice coefficient of two sorted shingle sets: 2·|A ∩ B| / (|A| + |B|). */
export function dice(a: ShingleSet, b: ShingleSet): number {
  return diceAtLeast(a, b, 0, b.length, 0, 0)
}

/**
 * `dice(a, b)`, b being `column[from, from + size)`, or −1 once it is known
 * to be below `threshold` or the shingles in common fewer than `least`: the
 * merge stops when the shingles left cannot bring it there.
 */
function diceAtLeast(a: ShingleSet, column: ShingleSet, from: number, size: number, threshold: number, least: number): number {
  const total = a.length + size
  if (total === 0) return 0
  // The fewest shingles in common at the threshold, as the division below rounds.
  let needed = Math.max(0, Math.ceil((threshold * total) / 2) - 1)
  while ((2 * needed) / total < threshold) needed++
  needed = Math.max(needed, least)
  let shared = 0
  let i = 0
  let j = from
  const end = from + size
  while (i < a.length && j < end) {
    const x = a[i]!
    const y = column[j]!
    if (x === y) {
      shared++
      i++
      j++
    } else {
      if (x < y) i++
      else j++
      if (shared + Math.min(a.length - i, end - j) < needed) return -1
    }
  }
  return shared < least ? -1 : (2 * shared) / total
}

/**
 * Smallest size of a table or list: a draft's tables are small, and a run
 * makes several per draft.
 */
const MIN_TABLE = 64

/** Slots for `capacity` keys: a power of two, at most half full. */
function tableLength(capacity: number): number {
  let length = MIN_TABLE
  while (length < capacity * 2) length *= 2
  return length
}

/**
 * A hash table from non-negative 31-bit integers to integers, in typed arrays
 * (open addressing, linear probing). A Map of millions of shingles spends
 * most of its time in the garbage collector; this does not.
 */
export class IntTable {
  /**
   * Key plus one and value side by side, so that a lookup touches one cache
   * line: the tables of a run are far larger than the cache. 0 marks an empty
   * slot, so a new table needs no filling: a draft makes several.
   */
  private slots: Int32Array
  private size = 0

  /** `area`: the scratch area its first slots are borrowed from (`borrowInt32`), if any; the owner gives it back. */
  constructor(capacity = 0, private readonly area?: number) {
    const length = tableLength(capacity)
    this.slots = area === undefined ? new Int32Array(length * 2) : borrowInt32(area, length * 2)
    this.borrowed = this.slots
  }

  /** The slots it was made with: what `release` gives back to the scratch area. */
  private readonly borrowed: Int32Array

  /** Done with the table: its scratch area, if any, may be lent again. */
  release(): void {
    if (this.area !== undefined) giveBack(this.area, this.borrowed)
  }

  /** Index in `slots` of `key`, or of the empty slot where it would go. */
  private find(key: number): number {
    const {slots} = this
    const stored = (key + 1) | 0
    const mask = slots.length - 2
    for (let slot = (mix(key) << 1) & mask; ; slot = (slot + 2) & mask) {
      const found = slots[slot]!
      if (found === stored || found === 0) return slot
    }
  }

  /** The value of `key`, or `missing`. */
  get(key: number, missing = -1): number {
    const slot = this.find(key)
    return this.slots[slot] === 0 ? missing : this.slots[slot + 1]!
  }

  set(key: number, value: number): void {
    // The slot first: finding it may grow the table, which replaces `slots`.
    const slot = this.slotOf(key)
    this.slots[slot + 1] = value
  }

  /** How many keys have a value above `least`. */
  countAbove(least: number): number {
    const {slots} = this
    let count = 0
    for (let slot = 0; slot < slots.length; slot += 2) if (slots[slot] !== 0 && slots[slot + 1]! > least) count++
    return count
  }

  /** Adds one to the value of `key` (0 when missing). */
  increment(key: number): void {
    const slot = this.slotOf(key)
    this.slots[slot + 1]!++
  }

  /** The slot of `key`, added with the value 0 when missing. */
  private slotOf(key: number): number {
    if ((this.size + 1) * 4 > this.slots.length) this.grow()
    const slot = this.find(key)
    if (this.slots[slot] === 0) {
      this.slots[slot] = (key + 1) | 0
      this.size++
    }
    return slot
  }

  private grow(): void {
    const old = this.slots
    this.slots = new Int32Array(old.length * 2)
    this.size = 0
    for (let slot = 0; slot < old.length; slot += 2) if (old[slot] !== 0) this.set((old[slot]! - 1) | 0, old[slot + 1]!)
  }
}

/**
 * Numbers words 1, 2, 3… in the order they first appear, a word being known
 * by two independent 32-bit hashes of its key: 64 bits, equal for two
 * different words in no realistic input (as paragraph keys), and no string
 * kept per word.
 */
export class WordIds {
  private firsts: Int32Array
  private seconds: Int32Array
  private ids: Int32Array
  /** Words numbered so far. */
  size = 0

  constructor(capacity = 0) {
    const length = tableLength(capacity)
    this.firsts = new Int32Array(length)
    this.seconds = new Int32Array(length)
    this.ids = new Int32Array(length)
  }

  idOf(first: number, second: number): number {
    const mask = this.ids.length - 1
    for (let slot = mix(first & 0x7fffffff) & mask; ; slot = (slot + 1) & mask) {
      const id = this.ids[slot]!
      if (id === 0) {
        this.ids[slot] = ++this.size
        this.firsts[slot] = first
        this.seconds[slot] = second
        if (this.size * 2 > this.ids.length) this.grow()
        return this.size
      }
      if (this.firsts[slot] === first && this.seconds[slot] === second) return id
    }
  }

  private grow(): void {
    const {firsts, seconds, ids} = this
    this.firsts = new Int32Array(ids.length * 2)
    this.seconds = new Int32Array(ids.length * 2)
    this.ids = new Int32Array(ids.length * 2)
    const mask = this.ids.length - 1
    for (let old = 0; old < ids.length; old++) {
      if (ids[old] === 0) continue
      let slot = mix(firsts[old]! & 0x7fffffff) & mask
      while (this.ids[slot] !== 0) slot = (slot + 1) & mask
      this.firsts[slot] = firsts[old]!
      this.seconds[slot] = seconds[old]!
      this.ids[slot] = ids[old]!
    }
  }
}

/**
 * The first occurrence of each window of `size` words, the words given as
 * ids. Windows are found by a rolling hash but told apart by their words, so
 * that two windows whose hashes collide do not hide a true repeat (with
 * 30-bit keys, a long document met a few such collisions).
 */
export class WindowTable {
  /**
   * Start of the window in each slot plus one, 0 for an empty slot. No hash
   * is stored beside it: a window met in the probe is told apart by its
   * first words, which differ at once, and a column of hashes was as large
   * again (8 MB for the 5 MB document).
   */
  private readonly starts: Int32Array

  /** Its table is borrowed from the scratch area TABLE_AREA: `release` gives it back. */
  constructor(private readonly words: Int32Array, private readonly size: number, capacity: number) {
    this.starts = borrowInt32(TABLE_AREA, tableLength(capacity))
  }

  /** Done with the table: its scratch area may be lent again. */
  release(): void {
    giveBack(TABLE_AREA, this.starts)
  }

  /** The start of the first window with the words of the one at `start` (`hash` its rolling hash); adds it if it is the first. */
  firstOf(hash: number, start: number): number {
    const {starts, words, size} = this
    const mask = starts.length - 1
    for (let slot = mix(hash & 0x7fffffff) & mask; ; slot = (slot + 1) & mask) {
      const stored = starts[slot]! - 1
      if (stored === -1) {
        starts[slot] = start + 1
        return start
      }
      if (sameWords(words, stored, start, size)) return stored
    }
  }
}

function sameWords(words: Int32Array, a: number, b: number, length: number): boolean {
  for (let k = 0; k < length; k++) if (words[a + k] !== words[b + k]) return false
  return true
}

/** Spreads the bits of a hash over the table (keys may share low bits). */
function mix(key: number): number {
  return Math.imul(key ^ (key >>> 15), 0x2c1b3c6d) >>> 0
}

/** Beyond this many values, smallestFirst sorts them all: keeping the smallest costs up to values × wanted steps. */
const SELECT_LIMIT = 128

/**
 * `values[0, count)` with its `wanted` smallest first, in ascending order
 * (the rest in no order). A paragraph's prefix is about a third of its
 * shingles: sorting each paragraph's few dozen values in a typed array cost
 * more in the call than in the comparisons, most of a lookup's time.
 */
export function smallestFirst(values: Float64Array, count: number, wanted: number): Float64Array {
  if (count > SELECT_LIMIT) return values.subarray(0, count).sort()
  // Insertion into the sorted head values[0, kept): a value not below the largest kept, once the head is full, stays behind it.
  let kept = 0
  for (let index = 0; index < count; index++) {
    const value = values[index]!
    if (kept === wanted && value >= values[kept - 1]!) continue
    let slot = kept < wanted ? kept++ : kept - 1
    // The value leaving the full head takes the place freed at `index`, so that values[0, count) keeps every value.
    values[index] = values[slot]!
    while (slot > 0 && values[slot - 1]! > value) {
      values[slot] = values[slot - 1]!
      slot--
    }
    values[slot] = value
  }
  return values
}

/** Growable list of numbers in a typed array of one kind: int32 (IntList) or values below 65,536 in half the room (ShortList). */
class TypedList<T extends Int32Array | Uint16Array> {
  length = 0
  data: T
  constructor(private readonly make: (size: number) => T) {
    this.data = make(MIN_TABLE)
  }

  push(value: number): number {
    if (this.length === this.data.length) this.reserve(this.length + 1)
    this.data[this.length] = value
    return this.length++
  }

  /** Room for indexes below `size` (new room holds 0). */
  reserve(size: number): void {
    if (size <= this.data.length) return
    const next = this.make(Math.max(size, this.data.length * 2))
    next.set(this.data)
    this.data = next
  }
}

const intList = () => new TypedList((size) => new Int32Array(size))
const shortList = () => new TypedList((size) => new Uint16Array(size))

/** Ranks past this are stored as it: a smaller rank only loosens the positional bound, never wrongly prunes. */
const MAX_RANK = 0xffff

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
 * shingles are rare. A shingle counted once belongs to one set (or to exact
 * copies of it): it can lead to no other set, so it is neither indexed nor
 * looked up, which leaves most paragraphs of a draft nothing to do.
 */
export class ShingleIndex {
  private readonly frequency: IntTable
  /**
   * Entry e's set at 2e, the entry before it in its list at 2e + 1 (−1 for
   * none): side by side, so that walking a list touches one place per
   * entry (the lists of a run are far larger than the cache).
   */
  private readonly links = intList()
  /** Per set, its number of shingles: what the filters read before the set itself. */
  private readonly sizes = intList()
  /** Per entry, the length of its posting list up to it (the head's is the list's). */
  private readonly lengths = shortList()
  /** Per entry, the rank of its shingle in its set (shingles ordered by rarity). */
  private readonly ranks = shortList()
  /**
   * Per set, the column it is read from and its first shingle there
   * (`offsets`; its length is `sizes`): a set given as a view is kept as the
   * whole column it views, one per buffer, not as a view of its own (a
   * run's sets are a quarter of a million paragraphs).
   */
  private readonly columns: Array<ShingleSet | undefined> = []
  private readonly offsets = intList()
  /** The last buffer a view was added from, and the whole column over it. */
  private lastBuffer: ArrayBufferLike | undefined
  private lastColumn: Int32Array | undefined
  /** Jaccard bound equivalent to the Dice threshold. */
  private readonly jaccard: number
  private seen = new Int32Array(0)
  private stamp = 0
  /** A set is looked up, then added: the shared part of its prefix is computed once, here. */
  private lastSet: ShingleSet | undefined
  private shared = new Int32Array(64)
  private sharedLength = 0
  /** Rank of `shared[0]` in its set: the shingles counted once come before. */
  private sharedRank = 0
  private packed = new Float64Array(64)
  /** Per set, its number of words when given (0 if not). */
  private readonly words = intList()
  /** Similarities computed so far: what a test watches to catch quadratic behaviour without timing it. */
  comparisons = 0

  /**
   * `size`: about how many shingles will be counted, to allocate the tables
   * once. `sharedPairs`: what a scorer given to `best` promises (see there).
   * `distinct`: about how many of them are distinct (a quarter unless
   * told), the room the counts start with (the table grows if there are
   * more).
   */
  constructor(readonly threshold: number, private readonly size = 0, private readonly sharedPairs?: (words: number) => number, distinct = size / 4) {
    this.jaccard = threshold / (2 - threshold)
    this.frequency = new IntTable(distinct, TABLE_AREA)
  }

  /**
   * Shingle → last entry of its posting list: made by `reserve` once every
   * set is counted, with room for the shingles counted more than once (the
   * only ones listed); an index never reserved makes it when first asked.
   * Sized from the shingles counted, the cross-file pass's was eight times
   * too large (32 MB for 430,000 lists over 50 MB of drafts).
   */
  private lists: IntTable | undefined

  private get heads(): IntTable {
    return (this.lists ??= new IntTable(this.size / 8, SECOND_AREA))
  }

  /** The lists' table, sized for the shingles counted more than once (once every set is counted). */
  private makeHeads(): void {
    this.lists ??= new IntTable(this.frequency.countAbove(1), SECOND_AREA)
  }

  /** Done with the index: the scratch areas of its tables may be lent again. */
  release(): void {
    this.frequency.release()
    this.lists?.release()
  }

  count(shingles: ShingleSet): void {
    for (let index = 0; index < shingles.length; index++) this.frequency.increment(shingles[index]!)
  }

  /**
   * Once every set is counted, room for the entries of the sets that will
   * be added (each given once): at most their shared prefixes. A run's
   * index holds millions of entries, which lists grown by doubling kept
   * up to twice over, and the arrays they left behind.
   */
  reserve(sets: Iterable<ShingleSet>): void {
    this.makeHeads()
    let entries = 0
    for (const shingles of sets) entries += this.sharedPrefix(shingles)
    this.links.reserve(this.links.length + 2 * entries)
    for (const list of [this.lengths, this.ranks]) list.reserve(list.length + entries)
  }

  /**
   * Room for the entries of the sets that will be added (each given once),
   * from their lengths alone: each adds at most its prefix's full length
   * (`prefixBound`), fewer once the shingles counted once are left out. For
   * sets as many as a document's sentences, where counting the entries
   * exactly (`reserve`) costs about as much as adding them; the room past
   * the entries is never written.
   */
  reserveAtMost(sets: Iterable<ShingleSet>): void {
    this.makeHeads()
    let entries = 0
    for (const shingles of sets) entries += this.prefixBound(shingles.length)
    this.links.reserve(this.links.length + 2 * entries)
    for (const list of [this.lengths, this.ranks]) list.reserve(list.length + entries)
  }

  /** `words`: the number of words of the set, when a scorer's bound (`sharedPairs`) is to be used on it. */
  add(id: number, shingles: ShingleSet, words?: number): void {
    this.place(id, shingles)
    this.sizes.reserve(id + 1)
    this.sizes.data[id] = shingles.length
    if (words !== undefined && this.sharedPairs) {
      this.words.reserve(id + 1)
      this.words.data[id] = words
    }
    const length = this.sharedPrefix(shingles)
    for (let index = 0; index < length; index++) {
      const shingle = this.shared[index]!
      const head = this.heads.get(shingle)
      const size = head === -1 ? 0 : this.lengths.data[head]!
      if (size >= MAX_POSTINGS) continue
      this.lengths.push(size + 1)
      this.heads.set(shingle, this.ranks.push(Math.min(MAX_RANK, this.sharedRank + index)))
      this.links.push(id)
      this.links.push(head)
    }
  }

  /**
   * The most similar indexed set accepted by `accept`, earliest on a tie;
   * with `score`, the one it scores highest (0: not similar), among the sets
   * at the threshold.
   * A set is met first through the rarest shingle the two share (when they
   * are similar at all): only the shingles that follow it in both can be
   * shared too, which bounds the similarity before any is computed
   * (the positional filter of Xiao et al., "Efficient similarity joins for
   * near duplicate detection", 2008).
   */
  best(shingles: ShingleSet, accept: (id: number) => boolean, score?: (id: number, dice: number) => number, words?: number): Candidate | undefined {
    if (shingles.length === 0) return undefined
    let length = this.sharedPrefix(shingles)
    if (length === 0) return undefined
    // With a scorer's bound: the shingles the set shares with any it scores, at least.
    const need = score && words !== undefined && this.sharedPairs ? this.sharedShingles(shingles.length, words) : 0
    if (need > 0) length = this.scoredPrefix(shingles.length, need, length)
    if (length === 0) return undefined
    this.stamp++
    let best: Candidate | undefined
    // A full posting list may lack a set, which is then met later than through the rarest shingle shared.
    let bounded = true
    for (let index = 0; index < length; index++) {
      const head = this.heads.get(this.shared[index]!)
      if (head !== -1 && this.lengths.data[head]! >= MAX_POSTINGS) bounded = false
      const after = shingles.length - (this.sharedRank + index) - 1
      const links = this.links.data
      for (let entry = head; entry !== -1; entry = links[2 * entry + 1]!) {
        const id = links[2 * entry]!
        if (id >= this.seen.length) this.grow(id)
        if (this.seen[id] === this.stamp) continue
        this.seen[id] = this.stamp
        const size = this.sizes.data[id]!
        // The same margin as the prefix's: at the bound (Dice 0.8 of 6 and 9 shingles) the product rounds above the length.
        if (size < this.jaccard * shingles.length - 1e-9 || shingles.length < this.jaccard * size - 1e-9) continue
        const most = bounded ? 1 + Math.min(after, size - this.ranks.data[entry]! - 1) : Math.min(shingles.length, size)
        if (bounded && (2 * most) / (shingles.length + size) < this.threshold) continue
        let least = need
        if (need > 0) {
          const otherWords = this.words.data[id] ?? 0
          if (otherWords > 0) least = Math.max(least, this.sharedShingles(size, otherWords))
          if (most < least) continue
        }
        if (!accept(id)) continue
        this.comparisons++
        const shared = diceAtLeast(shingles, this.columns[id]!, this.offsets.data[id]!, size, this.threshold, least)
        if (shared < this.threshold) continue
        // A judge of its own (word alignment) may find a candidate less similar than its word pairs said, or more.
        const similarity = score ? score(id, shared) : shared
        if (similarity <= 0) continue
        if (!best || similarity > best.similarity || (similarity === best.similarity && id < best.id)) best = {id, similarity}
      }
    }
    return best
  }

  /**
   * How many of the shared prefix's `length` lists `best` must walk when
   * its scorer gives 0 to any set sharing fewer than `sharedPairs(words)`
   * of the set's `words` − 1 word pairs by position (the index's
   * `sharedPairs`). Those pairs are the set's shingles, less the pairs met
   * again in it, so such a set shares at least that many shingles less
   * those repeats, and prefix filtering applies again with that bound,
   * far higher than the threshold's. The first shingle a scored set
   * shares with this one is then among this shorter prefix, and the set
   * in that shingle's list, unless the list was full when the set was
   * added: with a full list among them, all `length` lists are walked, as
   * without a scorer. Either walk scores the same sets, less those the
   * scorer gives 0: the answer is the same.
   */
  private scoredPrefix(shingles: number, shared: number, length: number): number {
    const walked = Math.min(length, shingles - Math.max(1, shared) + 1 - this.sharedRank)
    if (walked >= length) return length
    for (let index = 0; index < walked; index++) {
      const head = this.heads.get(this.shared[index]!)
      if (head !== -1 && this.lengths.data[head]! >= MAX_POSTINGS) return length
    }
    return Math.max(0, walked)
  }

  /**
   * The fewest shingles a set of `shingles` shingles and `words` words
   * shares with any set the scorer does not give 0: the word pairs it
   * shares by position (`sharedPairs`), less the pairs met again in it.
   */
  private sharedShingles(shingles: number, words: number): number {
    return Math.ceil(this.sharedPairs!(words) - Math.max(0, words - 1 - shingles) - 1e-6)
  }

  /**
   * The shingles of a set that any similar set must share one of are its
   * rarest (ties broken by hash, so every set uses the same order): the
   * first |x| − ⌈t·|x|⌉ + 1. Of those, the ones another set may hold, the
   * shingles counted more than once, go to `shared`; returns their number.
   */
  /** The longest prefix a set of `length` shingles may have: a set sharing none of it is below the threshold. */
  private prefixBound(length: number): number {
    return Math.max(1, length - Math.ceil(this.jaccard * length - 1e-9) + 1)
  }

  private sharedPrefix(shingles: ShingleSet): number {
    if (shingles === this.lastSet) return this.sharedLength
    this.lastSet = shingles
    const size = this.prefixBound(shingles.length)
    if (this.packed.length < shingles.length) this.packed = new Float64Array(shingles.length * 2)
    let common = 0
    for (let index = 0; index < shingles.length; index++) {
      const shingle = shingles[index]!
      const frequency = this.frequency.get(shingle, 0)
      // Frequency and 30-bit hash packed in one float: a numeric sort orders by both.
      if (frequency > 1) this.packed[common++] = frequency * 0x40000000 + shingle
    }
    // Shingles counted once or never sort first: they fill the prefix before any shared one.
    this.sharedRank = shingles.length - common
    const wanted = size - this.sharedRank
    if (wanted <= 0) return (this.sharedLength = 0)
    const sorted = smallestFirst(this.packed, common, wanted)
    if (this.shared.length < wanted) this.shared = new Int32Array(wanted * 2)
    for (let index = 0; index < wanted; index++) this.shared[index] = sorted[index]! % 0x40000000
    return (this.sharedLength = wanted)
  }

  /** Records where set `id` is read: the whole column of a view's buffer and its offset there, or the set itself. */
  private place(id: number, shingles: ShingleSet): void {
    this.offsets.reserve(id + 1)
    if (shingles instanceof Int32Array) {
      const buffer = shingles.buffer
      if (buffer !== this.lastBuffer) {
        this.lastBuffer = buffer
        this.lastColumn = new Int32Array(buffer, 0, buffer.byteLength >> 2)
      }
      this.columns[id] = this.lastColumn
      this.offsets.data[id] = shingles.byteOffset >> 2
    } else {
      this.columns[id] = shingles
      this.offsets.data[id] = 0
    }
  }

  private grow(id: number): void {
    const next = new Int32Array(Math.max(id + 1, this.seen.length * 2))
    next.set(this.seen)
    this.seen = next
  }
}
