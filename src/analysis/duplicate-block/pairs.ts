/**
 * Which word pairs of a document occur more than once. Two passages can only
 * be similar, or repeat a run of words, through the word pairs they share,
 * and a shared pair occurs at least twice in the document. In a draft most
 * pairs occur once, so most paragraphs and sentences are shown, with one
 * count per word, to have no possible match, and skip the similarity index
 * and the run search altogether.
 */

import {borrowInt32, giveBack, TABLE_AREA} from './scratch.js'
import {shingleOf} from './similarity-index.js'

/**
 * Per paragraph taking part (undefined for the others), `before[k]`: how
 * many of the pairs (p, p + 1) with p < k occur at least twice among the
 * paragraphs taking part. The pairs of words [from, to) are the pairs
 * from…to − 2, so `before[to - 1] - before[from]` of them repeat.
 */
export type RepeatedPairs = ReadonlyArray<Int32Array | undefined>

/** Counts the pairs of the paragraphs for which `takesPart` holds; only they can share a pair. */
export function repeatedPairsOf(hashes: ReadonlyArray<Int32Array>, takesPart: (index: number) => boolean): RepeatedPairs {
  const parts = hashes.map((_, index) => takesPart(index))
  let length = 0
  for (let index = 0; index < hashes.length; index++) if (parts[index]) length += hashes[index]!.length
  // One array for the document, a view per paragraph: a draft has dozens.
  const all = new Int32Array(length)
  const seen = new PairCounts(length)
  let offset = 0
  for (let index = 0; index < hashes.length; index++) {
    if (!parts[index]) continue
    const words = hashes[index]!
    // Each pair's slot, kept where its count will go once every pair is counted.
    for (let word = 1; word < words.length; word++) all[offset + word] = seen.add(shingleOf(words[word - 1]!, words[word]!))
    offset += words.length
  }
  const result: Array<Int32Array | undefined> = []
  offset = 0
  for (let index = 0; index < hashes.length; index++) {
    if (!parts[index]) {
      result.push(undefined)
      continue
    }
    const before = all.subarray(offset, offset + hashes[index]!.length)
    offset += before.length
    for (let word = 1; word < before.length; word++) before[word] = before[word - 1]! + (seen.repeated(before[word]!) ? 1 : 0)
    result.push(before)
  }
  seen.release()
  return result
}

/**
 * Which shingles were added more than once, by slot. Allocated for the
 * number of pairs, so it never grows and a slot stays valid; the shingles
 * are hashes already, so their low bits pick the slot.
 */
class PairCounts {
  /**
   * Shingle plus one (31 bits at most), 0 for an empty slot; the sign bit
   * set once it was added twice: no second array of counts beside it.
   */
  private readonly keys: Int32Array

  constructor(pairs: number) {
    let length = 64
    while (length < pairs * 2) length *= 2
    this.keys = borrowInt32(TABLE_AREA, length)
  }

  /** Counts `shingle` (30 bits) and returns its slot. */
  add(shingle: number): number {
    const {keys} = this
    const key = shingle + 1
    const mask = keys.length - 1
    let slot = shingle & mask
    for (;;) {
      const found = keys[slot]!
      if (found === 0) {
        keys[slot] = key
        return slot
      }
      if ((found & KEY) === key) {
        keys[slot] = key | TWICE
        return slot
      }
      slot = (slot + 1) & mask
    }
  }

  /** Done with the counts: the keys' scratch area may be lent again. */
  release(): void {
    giveBack(TABLE_AREA, this.keys)
  }

  repeated(slot: number): boolean {
    return this.keys[slot]! < 0
  }
}

/** The key's bits of a slot of PairCounts, and the bit telling it was added twice or more. */
const KEY = 0x7fffffff
const TWICE = 1 << 31

/**
 * Whether words [from, to) may be `threshold` similar (Dice of their pair
 * sets) to a passage of another paragraph. A pair that occurs once in the
 * document (u of them) is in this passage only; the shared pairs are among
 * the m that repeat. Dice ≥ t needs |A ∩ B| ≥ t·|A| / (2 − t), with |A| ≥ u +
 * |A ∩ B|: that is t·u ≤ 2·(1 − t)·m.
 */
export function maySimilar(before: Int32Array, from: number, to: number, threshold: number): boolean {
  if (to - from < 2) return true
  const repeated = before[to - 1]! - before[from]!
  const unique = to - from - 1 - repeated
  return threshold * unique <= 2 * (1 - threshold) * repeated + 1e-9
}

/** Whether `size` consecutive words all joined by repeated pairs (a run another place may repeat) start anywhere. */
export function mayRepeatRun(before: Int32Array, size: number): boolean {
  for (let word = 0; word + size <= before.length; word++) if (before[word + size - 1]! - before[word]! === size - 1) return true
  return false
}
