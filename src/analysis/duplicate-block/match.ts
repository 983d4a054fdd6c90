import {dice, keyParts, shinglesInto, ShingleIndex, WindowTable, WordIds} from './similarity-index.js'
import {maySimilar, mayRepeatRun, repeatedPairsOf, type RepeatedPairs} from './pairs.js'
import {KINDS} from './kinds.js'
import {scanParagraphs} from './words.js'
import {borrowInt32, giveBack, SECOND_AREA, THIRD_AREA} from './scratch.js'
import {CROSS_REFERENCES} from '../../lexicon/furniture.js'
import {formsPattern} from '../../lexicon/patterns.js'

/**
 * What duplicate detection knows of one paragraph. Plain data (no functions,
 * no nodes) so that fingerprints computed where a file is linted can be sent
 * to wherever the files of a run are compared.
 */
export interface ParagraphPrint {
  /** Number of words. */
  words: number
  /** Hash of the normalised text: equal for copies that differ only by typography. */
  key: string
  /**
   * Sorted hashes of the word bigrams. As analysed, a view of one typed
   * column per document (4 bytes a shingle, no array per paragraph); a plain
   * array as read back from a cache or fingerprints file, where they are
   * written as plain arrays (`shinglesJson`).
   */
  shingles: Shingles
  /** Ends as a sentence does; headings and sign-offs do not. */
  sentence: boolean
  /** Opens with a cross-reference marker (« Lire aussi », "Read more"), boilerplate of news sites. */
  crossReference: boolean
  /**
   * One of the two 32-bit hashes `key` is written from (`keyOf`; `part` 0
   * or 1), when the print keeps them rather than the string (prints in
   * columns): the cross-file pass numbers keys from them, with no string
   * made per paragraph. Undefined for a key in another form.
   */
  keyHash?(part: number): number | undefined
}

/** A paragraph's shingles: see `ParagraphPrint.shingles`. */
export type Shingles = Int32Array | readonly number[]

/**
 * Shingles as JSON writes them: a plain array, as before they were typed
 * (the lint cache and the fingerprints file keep their format).
 */
export function shinglesJson(key: string, value: unknown): unknown {
  return key === 'shingles' && value instanceof Int32Array ? Array.from(value) : value
}

export interface DuplicateSettings {
  /** Fewest words of a passage reported on its own. */
  minWords: number
  /** Least Dice similarity of word bigrams for two passages to be near duplicates. */
  similarity: number
}

/** A paragraph analysed for comparison, with its words kept for finding repeated runs. */
export interface ParagraphAnalysis extends ParagraphPrint {
  /** The range of each word in the paragraph's text. */
  starts: Int32Array
  ends: Int32Array
  /** Two independent hashes of each word's normalised form (see `scanWords`). */
  hashes: Int32Array
  checks: Int32Array
}

/**
 * Markers of a link to another article, in French and English: the line is
 * boilerplate even when it is long.
 */
const CROSS_REFERENCE = new RegExp(String.raw`^[\s\p{P}\p{S}]*(?:${formsPattern([...CROSS_REFERENCES.fr, ...CROSS_REFERENCES.en])})\b`, 'iu')
/** Sentence-final punctuation, possibly followed by closing quotes or brackets. */
const SENTENCE_END = /[.!?…:;][\s"'»”’)\]]*$/u

export function analyseParagraph(text: string): ParagraphAnalysis {
  return analyseParagraphs([text])[0]!
}

/** The paragraphs of one document, analysed together (their words share arrays). */
export function analyseParagraphs(texts: readonly string[]): ParagraphAnalysis[] {
  const scans = scanParagraphs(texts)
  // The shingles of all paragraphs end to end in one column, each paragraph's a view of it.
  let room = 0
  for (const scan of scans) room += Math.max(0, scan.hashes.length - 1)
  const scratch = new Int32Array(room)
  const froms = new Int32Array(scans.length + 1)
  let filled = 0
  scans.forEach((scan, index) => {
    froms[index] = filled
    filled += shinglesInto(scan.hashes, 0, scan.hashes.length, scratch, filled)
  })
  froms[scans.length] = filled
  const column = filled === room ? scratch : scratch.slice(0, filled)
  return scans.map(({words, key, starts, ends, hashes, checks}, index) => {
    const text = texts[index]!
    return {
      words,
      key,
      shingles: column.subarray(froms[index]!, froms[index + 1]!),
      sentence: SENTENCE_END.test(text.trimEnd()),
      crossReference: CROSS_REFERENCE.test(text),
      starts,
      ends,
      hashes,
      checks
    }
  })
}

/**
 * Whether a paragraph may be reported on its own: long enough, not a
 * cross-reference, and written as prose. A line without final punctuation is
 * a heading or a sign-off unless it is very long (a paragraph whose full stop
 * was forgotten).
 */
export function isProse(paragraph: ParagraphPrint, settings: DuplicateSettings): boolean {
  if (paragraph.words < settings.minWords || paragraph.crossReference) return false
  return paragraph.sentence || paragraph.words >= 2 * settings.minWords
}

/** The repeated word pairs of the prose paragraphs, the only ones compared. */
export function repeatedPairsIn(paragraphs: readonly ParagraphAnalysis[], settings: DuplicateSettings): RepeatedPairs {
  return repeatedPairsOf(
    paragraphs.map((paragraph) => paragraph.hashes),
    (index) => isProse(paragraphs[index]!, settings)
  )
}

/**
 * Paragraphs whose word pairs are too often their own to be similar to
 * another (`maySimilar`): what `matchBlocks` may leave out of its index
 * within a document.
 */
export function alonePredicate(paragraphs: readonly ParagraphAnalysis[], pairs: RepeatedPairs, settings: DuplicateSettings): (index: number) => boolean {
  const alone = paragraphs.map((paragraph, index) => {
    const before = pairs[index]
    return before !== undefined && !maySimilar(before, 0, paragraph.words, settings.similarity)
  })
  return (index) => alone[index]!
}

export interface BlockMatch {
  /** Indexes of the first and last unit of the repeated (later) block. */
  later: [number, number]
  /** Indexes of the first and last unit of the block it repeats. */
  earlier: [number, number]
  /** Every paragraph is an exact copy (after normalisation). */
  exact: boolean
  /** Similarity of the two blocks, weighted by words; 1 for exact copies. */
  similarity: number
}

export interface MatchBlocksOptions extends DuplicateSettings {
  /**
   * `within`: units form one document, a block repeats an earlier one that
   * ends before it. `across`: units are the paragraphs of files one after
   * the other (`groups`), a block repeats one of an earlier file.
   */
  mode: 'within' | 'across'
  /** `across`: the file of each unit, files in the order that decides which copy is the later. */
  groups?: ArrayLike<number>
  /**
   * The number of each unit's key (`ParagraphPrint.key`), equal numbers for
   * equal keys, from 0 to `keyCount` − 1, when there are no `kinds`: the
   * first unit of each key is then kept in a typed column, not in maps of
   * strings (a run's hundreds of thousands of paragraphs).
   */
  keyIds?: {ids: Int32Array; count: number}
  /** Units that may not be part of a match (already reported). */
  exclude?: (index: number) => boolean
  /** Units that may not start a match, but may lie inside one that grows over them (boilerplate). */
  noSeed?: (index: number) => boolean
  /** Units similar to no other (see `maySimilar`): left out of the index, still matched as exact copies. */
  alone?: (index: number) => boolean
  /**
   * `within`: the setting of each unit (`ParagraphKind`). Units of different
   * kinds never match: a pull quote repeats the body on purpose.
   */
  kinds?: ArrayLike<number>
  /**
   * The similarity of two units that share enough word pairs (`similarity`
   * is then the least Dice of candidates), 0 when they are not near copies:
   * word alignment, which word pairs alone misjudge. Without it, Dice is
   * the similarity.
   */
  judge?: (later: number, earlier: number, dice: number) => number
  /**
   * What `judge` promises: it gives 0 to two units of which one, of `words`
   * words, shares fewer than `sharedPairs(words)` of its word pairs (by
   * position) with the other (`nearCopySharedPairs`). The index then walks
   * fewer of its lists; the matches are the same.
   */
  sharedPairs?: (words: number) => number
  /** Filled with the number of similarities computed (the work done), for tests and the benchmark. */
  stats?: {comparisons: number}
}

/**
 * Repeated runs of paragraphs, each reported once at its later copy. A
 * paragraph long enough to stand alone and identical (or similar) to an
 * earlier one is a seed; the match then grows forwards and backwards over
 * neighbours that repeat the neighbours of the original, short lines
 * included, so a pasted article is one block and not one match per line.
 */
export function matchBlocks(units: readonly ParagraphPrint[], options: MatchBlocksOptions): BlockMatch[] {
  const across = options.mode === 'across'
  const groupOf = (index: number) => options.groups?.[index] ?? 0
  const earlierGroup = (j: number, i: number) => (across ? groupOf(j) < groupOf(i) : j < i)
  // Typed: a run's quarter of a million units took 8 bytes each in a plain array of booleans.
  const prose = Uint8Array.from(units, (unit) => Number(isProse(unit, options)))
  const indexed = prose.map((isUnitProse, i) => Number(isUnitProse === 1 && !options.alone?.(i)))
  const kindOf = (index: number) => kindAt(options.kinds, index)
  const sameKind = (a: number, b: number) => kindOf(a) === kindOf(b)
  // The first unit of each text in each setting: a pull quote seen first must not hide a later paste of the body.
  const keyOf = (index: number) => (options.kinds ? `${kindOf(index)}:${units[index]!.key}` : units[index]!.key)
  const sharedPairs = options.judge ? options.sharedPairs : undefined
  const first = firstUnits(keyOf, options.kinds ? undefined : options.keyIds)
  const index = indexOf(units, indexed, options.similarity, firstUnits(keyOf, options.kinds ? undefined : options.keyIds), across, sharedPairs)
  const sameGroup = (a: number, b: number) => groupOf(a) === groupOf(b)
  // The later block must start after the earlier one ends (within one document).
  const clear = (laterStart: number, earlierEnd: number) => across || earlierEnd < laterStart

  const consumed = new Uint8Array(units.length)
  const matches: BlockMatch[] = []
  const similarity = (i: number, j: number): number => {
    const a = units[i]!
    const b = units[j]!
    if (!sameKind(i, j)) return 0
    if (a.key === b.key) return 1
    if (!prose[i] || !prose[j]) return 0
    const value = dice(a.shingles, b.shingles)
    if (value < options.similarity) return 0
    return options.judge ? options.judge(i, j, value) : value
  }

  for (let i = 0; i < units.length; i++) {
    const unit = units[i]!
    const original = first.get(i)
    let seed: {j: number; similarity: number} | undefined
    // Read once for the lookup and the addition: a print in columns makes a view each time it is asked.
    let shingles: Shingles | undefined
    const eligible = prose[i] === 1 && !consumed[i] && !options.exclude?.(i) && !options.noSeed?.(i)
    if (eligible && original !== undefined && earlierGroup(original, i)) seed = {j: original, similarity: 1}
    else if (eligible && index && indexed[i]) {
      const judge = options.judge
      shingles = unit.shingles
      const near = index.best(shingles, (j) => earlierGroup(j, i) && sameKind(j, i), judge && ((j, value) => judge(i, j, value)), unit.words)
      if (near) seed = {j: near.id, similarity: near.similarity}
    }
    if (original === undefined) {
      first.set(i)
      if (index && indexed[i]) index.add(i, shingles ?? unit.shingles, unit.words)
    }
    if (!seed) continue

    let [a, b] = [i, seed.j]
    const before: number[] = []
    while (a > 0 && b > 0 && !consumed[a - 1] && sameGroup(a - 1, a) && sameGroup(b - 1, b) && clear(a - 1, seed.j) && !options.exclude?.(a - 1)) {
      const score = similarity(a - 1, b - 1)
      if (score === 0) break
      a--
      b--
      before.push(score)
    }
    const scores = [...before.reverse(), seed.similarity]
    let [endA, endB] = [i, seed.j]
    while (endA + 1 < units.length && endB + 1 < units.length && !consumed[endA + 1] && sameGroup(endA + 1, endA) && sameGroup(endB + 1, endB) && clear(a, endB + 1) && !options.exclude?.(endA + 1)) {
      const score = similarity(endA + 1, endB + 1)
      if (score === 0) break
      endA++
      endB++
      scores.push(score)
    }
    for (let k = a; k <= endA; k++) consumed[k] = 1
    matches.push({later: [a, endA], earlier: [b, endB], exact: keysEqual(units, a, b, endA - a), similarity: blockSimilarity(units, a, scores)})
  }
  if (options.stats) options.stats.comparisons = index?.comparisons ?? 0
  index?.release()
  return matches
}

/**
 * The similarity of a block: the scores of its paragraphs (those from
 * `start` on, one score each), weighted by their words, a short line
 * counting as one word.
 */
export function blockSimilarity(units: readonly {words: number}[], start: number, scores: readonly number[]): number {
  let words = 0
  let weighted = 0
  scores.forEach((score, offset) => {
    const count = Math.max(1, units[start + offset]!.words)
    words += count
    weighted += score * count
  })
  return weighted / words
}

/**
 * The index of the units to compare, their shingles counted once per text;
 * none when there are none (most drafts within themselves).
 */
function indexOf(
  units: readonly ParagraphPrint[],
  indexed: Uint8Array,
  similarity: number,
  counted: FirstUnits,
  across: boolean,
  sharedPairs?: (words: number) => number
): ShingleIndex | undefined {
  let size = 0
  for (let i = 0; i < units.length; i++) if (indexed[i]) size += units[i]!.shingles.length
  if (size === 0) return undefined
  // Across files, most word pairs recur from draft to draft: a run's distinct shingles were a twelfth of them
  // (658,000 of 8.4 million over 50 MB of drafts), the counts' table eight times too large at a quarter.
  const index = new ShingleIndex(similarity, size, sharedPairs, across ? size / 16 : size / 4)
  // The units added, as matchBlocks indexes them: the first unit of each text (in each setting).
  const added = new Uint8Array(units.length)
  units.forEach((unit, i) => {
    const seen = counted.get(i) !== undefined
    if (indexed[i] && !seen) {
      index.count(unit.shingles)
      added[i] = 1
    }
    if (!seen) counted.set(i)
  })
  // Their sets read one at a time: a list of them all would hold a view per unit (prints in columns).
  index.reserve(
    (function* () {
      for (let i = 0; i < units.length; i++) if (added[i]) yield units[i]!.shingles
    })()
  )
  return index
}

/** The first unit of each key seen so far (`get`), and a unit to record as the first of its key (`set`). */
interface FirstUnits {
  get(unit: number): number | undefined
  set(unit: number): void
}

/** By key (`keyOf`) in a map, or by key number (`keyIds`) in a typed column. */
function firstUnits(keyOf: (index: number) => string, keyIds: MatchBlocksOptions['keyIds']): FirstUnits {
  if (keyIds) {
    const {ids} = keyIds
    const firsts = new Int32Array(keyIds.count).fill(-1)
    return {
      get: (unit) => {
        const found = firsts[ids[unit]!]!
        return found < 0 ? undefined : found
      },
      set: (unit) => void (firsts[ids[unit]!] = unit)
    }
  }
  const first = new Map<string, number>()
  return {get: (unit) => first.get(keyOf(unit)), set: (unit) => void first.set(keyOf(unit), unit)}
}

/** The setting of a paragraph (`ParagraphKind`): body text when no settings are given. */
function kindAt(kinds: ArrayLike<number> | undefined, index: number): number {
  return kinds?.[index] ?? 0
}

function keysEqual(units: readonly ParagraphPrint[], a: number, b: number, length: number): boolean {
  for (let k = 0; k <= length; k++) if (units[a + k]!.key !== units[b + k]!.key) return false
  return true
}

export interface RunMatch {
  /** Paragraph and word range [from, to) of the repeated (later) run. */
  paragraph: number
  from: number
  to: number
  /** Where the run appeared first. */
  earlierParagraph: number
  earlierFrom: number
  earlierTo: number
}

/**
 * Runs of at least `minWords` identical words (after normalisation) that
 * appear again later, such as a sentence copied into another paragraph.
 * Every window of `minWords` words is hashed once (a rolling hash over word
 * ids), so the cost is linear in the number of words. Only prose paragraphs
 * take part, and of those only the ones where `pairs` shows a run that may
 * repeat; `skip` paragraphs (already reported) are not reported again. A run
 * only repeats one of a paragraph of the same kind (`ParagraphKind`, all
 * body text when `kinds` is not given).
 */
/** Room a run's word ids start with: a long document's 900,000 words have some tens of thousands of distinct forms. */
const DISTINCT_WORDS = 1 << 12

export function matchRuns(
  paragraphs: readonly ParagraphAnalysis[],
  settings: DuplicateSettings,
  skip: (index: number) => boolean,
  pairs: RepeatedPairs = repeatedPairsIn(paragraphs, settings),
  kinds?: ArrayLike<number>
): RunMatch[] {
  const size = settings.minWords
  if (size < 1) return []
  // A paragraph where no `size` words in a row are joined by repeated pairs holds no window another place repeats.
  const searched = paragraphs.map((_, index) => pairs[index] !== undefined && mayRepeatRun(pairs[index]!, size))
  const total = paragraphs.reduce((sum, paragraph, index) => sum + (searched[index] ? paragraph.words : 0), 0)
  // Sized for the distinct words, which grow far slower than a document (a vocabulary), not for every word: the table grows if needed.
  const ids = new WordIds(Math.min(total, DISTINCT_WORDS))
  // Word ids and the paragraph of each word, for every word of the document: typed, allocated once.
  const words = borrowInt32(SECOND_AREA, total)
  const paragraphOf = borrowInt32(THIRD_AREA, total)
  const starts: number[] = []
  let filled = 0
  paragraphs.forEach((paragraph, index) => {
    starts.push(filled)
    if (!searched[index]) return
    const {hashes, checks} = paragraph
    // A word has one id per kind of paragraph: windows of a pull quote and of the body never meet.
    const kind = kindAt(kinds, index)
    for (let word = 0; word < hashes.length; word++) {
      words[filled] = ids.idOf(hashes[word]!, checks[word]!) * KINDS + kind
      paragraphOf[filled++] = index
    }
  })

  const BASE = 0x01000193
  let power = 1
  for (let k = 1; k < size; k++) power = Math.imul(power, BASE)
  const firstWindow = new WindowTable(words, size, words.length)
  const matches: RunMatch[] = []
  let position = 0
  while (position < words.length) {
    const paragraph = paragraphOf[position]!
    let end = position
    while (end < words.length && paragraphOf[end] === paragraph) end++
    const reportable = !skip(paragraph)
    let hash = 0
    let skipUntil = position
    for (let k = position; k < end; k++) {
      if (k - position >= size) {
        hash = (hash - Math.imul(words[k - size]!, power)) | 0
      }
      hash = (Math.imul(hash, BASE) + words[k]!) | 0
      if (k - position + 1 < size) continue
      const start = k - size + 1
      const earlier = firstWindow.firstOf(hash, start)
      if (earlier !== start && reportable && start >= skipUntil && earlier + size <= start) {
        const earlierParagraph = paragraphOf[earlier]!
        let length = size
        while (start + length < end && earlier + length < start && paragraphOf[earlier + length] === earlierParagraph && words[earlier + length] === words[start + length]) length++
        const offset = starts[paragraph]!
        const earlierOffset = starts[earlierParagraph]!
        matches.push({
          paragraph,
          from: start - offset,
          to: start + length - offset,
          earlierParagraph,
          earlierFrom: earlier - earlierOffset,
          earlierTo: earlier + length - earlierOffset
        })
        skipUntil = start + length
      }
    }
    position = end
  }
  firstWindow.release()
  giveBack(SECOND_AREA, words)
  giveBack(THIRD_AREA, paragraphOf)
  return matches
}

/** A paragraph's fingerprint with its place in the file: what the cross-file check reads. */
export interface PlacedPrint extends ParagraphPrint {
  start: number
  end: number
  startPoint: {line: number; column: number}
  endPoint: {line: number; column: number}
}

/** Per-file data kept for the cross-file check: plain data, serialisable as is. */
export interface DuplicateFingerprint {
  paragraphs: PlacedPrint[]
  /** Paragraphs already reported as repeats inside the file. */
  repeated: number[]
}

export interface CrossFileMatch extends BlockMatch {
  /** Index of the file holding the repeat, and of the file it repeats (earlier in the run). */
  file: number
  otherFile: number
}

/**
 * Blocks of one file that repeat blocks of an earlier file of the run, each
 * pair reported once, at the later file. A paragraph found in three files or
 * more is boilerplate (a standard disclaimer, a signature) and only counts
 * inside a larger block.
 */
export function matchAcrossFiles<Print extends PlacedPrint>(
  prints: ReadonlyArray<{paragraphs: readonly Print[]; repeated: readonly number[]}>,
  options: DuplicateSettings & {
    judge?: (later: Print, earlier: Print, dice: number) => number
    /** What `judge` promises (`MatchBlocksOptions.sharedPairs`). */
    sharedPairs?: (words: number) => number
  }
): CrossFileMatch[] {
  const total = prints.reduce((sum, print) => sum + print.paragraphs.length, 0)
  const units: Print[] = new Array<Print>(total)
  const fileOf = new Int32Array(total)
  const firstUnit = new Int32Array(prints.length)
  const excluded = new Uint8Array(total)
  // Each key numbered once, then counted in typed columns by number. A key written from two hashes (all of
  // an analysis's) is numbered from them in a typed table, with no string made or kept per paragraph (a
  // map of a quarter of a million strings grew the heap the pass runs in); any other in a map, after them.
  const hashed = new WordIds(1 << 12)
  const numbers = new Map<string, number>()
  const keyIds = new Int32Array(total)
  let at = 0
  prints.forEach((print, file) => {
    firstUnit[file] = at
    for (const index of print.repeated) if (index >= 0 && index < print.paragraphs.length) excluded[at + index] = 1
    for (const paragraph of print.paragraphs) {
      units[at] = paragraph
      fileOf[at] = file
      keyIds[at++] = keyNumber(paragraph, hashed, numbers)
    }
  })
  // The keys of the map after the hashed ones: their numbers were −1, −2, …
  const hashedCount = hashed.size
  const keyCount = hashedCount + numbers.size
  for (let unit = 0; unit < total; unit++) if (keyIds[unit]! < 0) keyIds[unit] = hashedCount - keyIds[unit]! - 1
  // Per key, the files it is in (counted up to 3: boilerplate) and the last of them.
  const filesWithKey = new Uint8Array(keyCount)
  const lastFile = new Int32Array(keyCount).fill(-1)
  numbers.clear()
  for (let unit = 0; unit < total; unit++) {
    const id = keyIds[unit]!
    if (lastFile[id] === fileOf[unit]) continue
    lastFile[id] = fileOf[unit]!
    if (filesWithKey[id]! < 3) filesWithKey[id]!++
  }
  const boilerplate = (index: number) => filesWithKey[keyIds[index]!]! >= 3
  const {judge, minWords, similarity, sharedPairs} = options
  return matchBlocks(units, {
    ...(sharedPairs ? {sharedPairs} : {}),
    minWords,
    similarity,
    mode: 'across',
    groups: fileOf,
    keyIds: {ids: keyIds, count: filesWithKey.length},
    exclude: (index) => excluded[index] === 1,
    noSeed: boilerplate,
    ...(judge ? {judge: (later: number, earlier: number, dice: number) => judge(units[later]!, units[earlier]!, dice)} : {})
  }).map((match) => {
    const file = fileOf[match.later[0]]!
    const otherFile = fileOf[match.earlier[0]]!
    const shift = (range: [number, number], base: number): [number, number] => [range[0] - base, range[1] - base]
    return {...match, file, otherFile, later: shift(match.later, firstUnit[file]!), earlier: shift(match.earlier, firstUnit[otherFile]!)}
  })
}


/**
 * The number of a paragraph's key: from 0 in order of first appearance for
 * keys written from two hashes (`hashed`), −1, −2… for others (`others`).
 * Two prints have equal keys exactly when they get the same number.
 */
function keyNumber(paragraph: ParagraphPrint, hashed: WordIds, others: Map<string, number>): number {
  let first = paragraph.keyHash?.(0)
  let second = paragraph.keyHash?.(1)
  if (first === undefined || second === undefined) {
    const parts = keyParts(paragraph.key)
    if (parts) [first, second] = parts
  }
  if (first !== undefined && second !== undefined) return hashed.idOf(first, second) - 1
  let id = others.get(paragraph.key)
  if (id === undefined) others.set(paragraph.key, (id = -(others.size + 1)))
  return id
}

export interface SentenceMatch extends RunMatch {
  similarity: number
}

/**
 * Sentences of at least `minWords` words that nearly repeat a sentence of
 * another paragraph (one word changed: the identical runs on either side of
 * the change may each be too short for `matchRuns`). `sentences` gives, per
 * paragraph, the word ranges [from, to) of its sentences (or a function
 * giving them, asked once per paragraph compared); `taken` tells a
 * range already reported. A sentence is only compared with sentences of
 * paragraphs of the same kind (`kinds`, as in `matchRuns`).
 */
export function matchSentences(
  paragraphs: readonly ParagraphAnalysis[],
  sentences: ReadonlyArray<ReadonlyArray<readonly [number, number]>> | ((paragraph: number) => ReadonlyArray<readonly [number, number]>),
  settings: DuplicateSettings,
  skip: (index: number) => boolean,
  taken: (paragraph: number, from: number, to: number) => boolean,
  pairs: RepeatedPairs = repeatedPairsIn(paragraphs, settings),
  kinds?: ArrayLike<number>
): SentenceMatch[] {
  // The sentences compared, as columns: their paragraph, their word range and their shingles, the
  // shingles end to end in one typed column (a set is a view of it). An object and an array per
  // sentence, a long document's hundreds of thousands, outlived the young generation.
  const paragraphOf: number[] = []
  const froms: number[] = []
  const tos: number[] = []
  let room = 0
  paragraphs.forEach((paragraph, index) => {
    const before = pairs[index]
    if (!before) return
    for (const [from, to] of (typeof sentences === 'function' ? sentences(index) : sentences[index]) ?? []) {
      if (to - from >= settings.minWords && maySimilar(before, from, to, settings.similarity)) {
        paragraphOf.push(index)
        froms.push(from)
        tos.push(to)
        room += to - from - 1
      }
    }
  })
  // Most drafts have no sentence that may match: no index to build. Nor has one long paragraph
  // (a document without line breaks): a sentence is only compared with those of other paragraphs.
  if (paragraphOf.length === 0 || paragraphOf.every((paragraph) => paragraph === paragraphOf[0])) return []
  const column = borrowInt32(THIRD_AREA, room)
  const sets: Int32Array[] = []
  let filled = 0
  for (let unit = 0; unit < paragraphOf.length; unit++) {
    const count = shinglesInto(paragraphs[paragraphOf[unit]!]!.hashes, froms[unit]!, tos[unit]!, column, filled)
    sets.push(column.subarray(filled, filled + count))
    filled += count
  }
  const index = new ShingleIndex(settings.similarity, filled)
  for (const set of sets) index.count(set)
  // Every sentence is added: the index's lists sized once, not doubled as they fill.
  index.reserveAtMost(sets)
  const matches: SentenceMatch[] = []
  sets.forEach((set, id) => {
    const paragraph = paragraphOf[id]!
    if (!skip(paragraph) && !taken(paragraph, froms[id]!, tos[id]!)) {
      const kind = kindAt(kinds, paragraph)
      const best = index.best(set, (other) => paragraphOf[other] !== paragraph && kindAt(kinds, paragraphOf[other]!) === kind)
      if (best) {
        matches.push({paragraph, from: froms[id]!, to: tos[id]!, earlierParagraph: paragraphOf[best.id]!, earlierFrom: froms[best.id]!, earlierTo: tos[best.id]!, similarity: best.similarity})
      }
    }
    index.add(id, set)
  })
  giveBack(THIRD_AREA, column)
  index.release()
  return matches
}
