/**
 * Word alignment of two passages, for judging near copies and telling a
 * paste from parallel items. Shared word pairs (`dice`) find candidates
 * fast, but three scattered edits in a 30-word paragraph break half its
 * pairs; aligned in order, the same paragraphs keep nine words in ten. The
 * alignment is jsdiff's (`diffArrays`, Myers' O(ND) algorithm), over the
 * words' hashes.
 */

import {diffArrays} from 'diff'

/** One place where the passages differ: words [a[0], a[1]) of the first replaced by [b[0], b[1]) of the second (either may be empty). */
export interface Hunk {
  a: [number, number]
  b: [number, number]
}

export interface WordAlignment {
  /** 2 × words in common, in order / words of both: 1 for the same words. */
  similarity: number
  hunks: Hunk[]
}

/**
 * The alignment of two word sequences (word hashes), or undefined when
 * their similarity is below `least` (the diff stops as soon as it knows).
 * Two cheap steps spare most calls the diff, each giving what it would:
 * pairs whose words, counted as bags, cannot have enough in common (most
 * candidates that share word pairs are no near copies: their words differ)
 * get undefined at once; for the others jsdiff reads only what follows the
 * words the two open with in common, which its first step would match
 * anyway (it follows the common opening before any edit, and the rest of
 * its search only shifts by it). The end in common is not cut off: there
 * the diff may choose other edits (["p", "x", "q", "x"] and ["x"] give two
 * hunks, ["p", "x", "q"] and [] one).
 */
export function alignWords(a: ArrayLike<number>, b: ArrayLike<number>, least = 0): WordAlignment | undefined {
  const total = a.length + b.length
  if (total === 0) return {similarity: 1, hunks: []}
  let prefix = 0
  const shorter = Math.min(a.length, b.length)
  while (prefix < shorter && a[prefix] === b[prefix]) prefix++
  if (prefix === a.length && prefix === b.length) return {similarity: 1, hunks: []}
  if (least > 0 && (2 * (prefix + bagCommon(a, b, prefix))) / total + 1e-9 < least) return undefined
  // Every word not in common is one edit: similarity s allows (1 − s) × total of them.
  const maxEditLength = Math.floor((1 - least) * total + 1e-9)
  const parts = diffArrays(arrayFrom(a, prefix), arrayFrom(b, prefix), {maxEditLength})
  if (!parts) return undefined
  let common = prefix
  let i = prefix
  let j = prefix
  const hunks: Hunk[] = []
  let current: Hunk | undefined
  for (const part of parts) {
    const count = part.count ?? part.value.length
    if (!part.added && !part.removed) {
      common += count
      i += count
      j += count
      current = undefined
      continue
    }
    if (!current) {
      current = {a: [i, i], b: [j, j]}
      hunks.push(current)
    }
    if (part.removed) current.a[1] = i += count
    else current.b[1] = j += count
  }
  const similarity = (2 * common) / total
  return similarity + 1e-9 >= least ? {similarity, hunks} : undefined
}

/** Words `from` on of a sequence, as the plain array jsdiff reads. */
function arrayFrom(words: ArrayLike<number>, from: number): number[] {
  const array = new Array<number>(words.length - from)
  for (let index = from; index < words.length; index++) array[index - from] = words[index]!
  return array
}

/**
 * Scratch table of `bagCommon`, open addressing over word hashes: a slot is
 * in use when its stamp is the current call's. Grows to the largest pair
 * compared and is let go past BAG_KEEP slots, so nothing sized by a long
 * document stays with the module.
 */
let bagKeys = new Int32Array(0)
let bagCounts = new Int32Array(0)
let bagStamps = new Uint32Array(0)
let bagStamp = 0
const BAG_KEEP = 1 << 14

/**
 * How many words from `from` on the two sequences have in common as bags
 * (each word counted as often as the one using it less does): at least as
 * many as they have in common in order.
 */
function bagCommon(a: ArrayLike<number>, b: ArrayLike<number>, from: number): number {
  const words = a.length - from
  let size = 16
  while (size < 2 * words) size *= 2
  if (bagKeys.length < size) {
    bagKeys = new Int32Array(size)
    bagCounts = new Int32Array(size)
    bagStamps = new Uint32Array(size)
    bagStamp = 0
  }
  if (++bagStamp === 0x100000000) {
    bagStamps.fill(0)
    bagStamp = 1
  }
  const mask = bagKeys.length - 1
  for (let index = from; index < a.length; index++) {
    const word = a[index]!
    let slot = slotOf(word, mask)
    while (bagStamps[slot] === bagStamp && bagKeys[slot] !== word) slot = (slot + 1) & mask
    if (bagStamps[slot] === bagStamp) bagCounts[slot]!++
    else {
      bagStamps[slot] = bagStamp
      bagKeys[slot] = word
      bagCounts[slot] = 1
    }
  }
  let common = 0
  for (let index = from; index < b.length; index++) {
    const word = b[index]!
    let slot = slotOf(word, mask)
    while (bagStamps[slot] === bagStamp && bagKeys[slot] !== word) slot = (slot + 1) & mask
    if (bagStamps[slot] === bagStamp && bagCounts[slot]! > 0) {
      bagCounts[slot]!--
      common++
    }
  }
  if (bagKeys.length > BAG_KEEP) {
    bagKeys = new Int32Array(0)
    bagCounts = new Int32Array(0)
    bagStamps = new Uint32Array(0)
  }
  return common
}

function slotOf(word: number, mask: number): number {
  const mixed = Math.imul(word, 0x9e3779b1)
  return (mixed ^ (mixed >>> 15)) & mask
}

/** Words per edit a near copy allows at most: a template filled twice differs in a few places close together. */
const WORDS_PER_EDIT = 10

/**
 * The similarity of two passages that are near copies, 0 for others: at
 * least `least` of their words in common in order, and at most one separate
 * edit per ten words (three in a 30-word paragraph, one in a 15-word
 * sentence: two sentences of 15 words that differ in two places are two
 * sentences on one pattern more often than a copy).
 */
export function nearCopySimilarity(a: ArrayLike<number>, b: ArrayLike<number>, least: number): number {
  const alignment = alignWords(a, b, least)
  if (!alignment) return 0
  return alignment.hunks.length <= Math.max(1, (a.length + b.length) / (2 * WORDS_PER_EDIT)) ? alignment.similarity : 0
}

/**
 * The fewest word pairs (consecutive words, by position) in common in order
 * that a passage of `words` words shares with any passage
 * `nearCopySimilarity` does not give 0 at `least`: the words in common,
 * less one per stretch of them between two edits. The other passage has at
 * least `least` / (2 − `least`) as many words (the words in common are
 * fewer than either's), and the bound grows with the words of both.
 */
export function nearCopySharedPairs(words: number, least: number): number {
  const bound = least - 1e-9
  const total = (2 * words) / (2 - bound)
  return (bound * total) / 2 - Math.max(1, total / (2 * WORDS_PER_EDIT)) - 1
}

/**
 * One side of a comparison: its word hashes, its words as compared
 * (`normaliseWord`), which are slots (`isSlotWord`), and how many words open
 * it as a label (« floppy: »), 0 if none.
 */
export interface ItemSide {
  keys: ArrayLike<number>
  /**
   * Its words as compared, end to end in one string, and where each ends in
   * it (`joinValues`): a long document's paragraphs keep one string each
   * rather than one per word.
   */
  values: string
  valueEnds: ArrayLike<number>
  /** Non-zero (or true) for each word that is a slot. */
  slots: ArrayLike<boolean | number>
  label: number
}

/** The `values` and `valueEnds` of an ItemSide whose words compare as `list`. */
export function joinValues(list: readonly string[]): {values: string; valueEnds: Int32Array} {
  const valueEnds = new Int32Array(list.length)
  let end = 0
  for (let index = 0; index < list.length; index++) valueEnds[index] = end += list[index]!.length
  return {values: list.join(''), valueEnds}
}

/** Words [from, to) of a side as compared, joined. */
function valuesOf(side: ItemSide, [from, to]: [number, number]): string {
  return side.values.slice(from === 0 ? 0 : side.valueEnds[from - 1]!, to === 0 ? 0 : side.valueEnds[to - 1]!)
}

/**
 * Whether two aligned passages are parallel items, the same pattern filled
 * with other values, rather than a copy edited. Either a slot (a name, a
 * figure, a weekday, a month) was replaced by another value (« À Lyon… » /
 * « À Lille… »: another place, another fact, whatever else was edited), or
 * every difference replaces words by others (nothing only added or removed)
 * and each replacement is of the item's label or the same replacement made
 * in two places or more ("floppy: … the floppy drive" / "tape: … the tape
 * drive"). A value written otherwise (« 12 345 » for « 12345 ») is no
 * replacement.
 */
export function isParallel(hunks: readonly Hunk[], a: ItemSide, b: ItemSide): boolean {
  if (hunks.length === 0) return false
  const signature = (hunk: Hunk) => `${Array.from({length: hunk.a[1] - hunk.a[0]}, (_, k) => a.keys[hunk.a[0] + k]).join(' ')}>${Array.from({length: hunk.b[1] - hunk.b[0]}, (_, k) => b.keys[hunk.b[0] + k]).join(' ')}`
  const counts = new Map<string, number>()
  for (const hunk of hunks) counts.set(signature(hunk), (counts.get(signature(hunk)) ?? 0) + 1)
  const allSlots = (side: ItemSide, [from, to]: [number, number]) => {
    for (let word = from; word < to; word++) if (!side.slots[word]) return false
    return true
  }
  const replaced = (hunk: Hunk) => hunk.a[0] < hunk.a[1] && hunk.b[0] < hunk.b[1] && valuesOf(a, hunk.a) !== valuesOf(b, hunk.b)
  if (hunks.some((hunk) => replaced(hunk) && allSlots(a, hunk.a) && allSlots(b, hunk.b))) return true
  return hunks.every((hunk) => {
    if (!replaced(hunk)) return false
    if (hunk.a[0] === 0 && hunk.b[0] === 0 && hunk.a[1] <= a.label && hunk.b[1] <= b.label) return true
    return counts.get(signature(hunk))! >= 2
  })
}
