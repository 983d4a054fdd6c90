/**
 * duplicate-block's prints of a document as columns: what a run keeps of
 * every file for the cross-file pass. Each paragraph's print was an object
 * with two point objects, a view of the shingles and a view of the word
 * hashes (some 600 bytes a paragraph past its numbers: 150 MB over 50 MB of
 * drafts); here a document's numbers sit in a few typed columns, its
 * shingles and word hashes end to end in one column each with the
 * boundaries of each paragraph, and a paragraph's print is a small object
 * (the columns and its index) whose fields are read from them. A view is
 * made when a paragraph's shingles or hashes are asked for, and dropped
 * young.
 *
 * What crosses a thread or is written to a file (the lint cache, a
 * fingerprints file) is the plain form (`toPlainData`): one object per
 * paragraph as before, so that those formats are unchanged, byte for byte.
 */
import type {ItemSide} from './align.js'
import type {DuplicateFingerprint, PlacedPrint} from './match.js'
import {keyOf, keyParts} from './similarity-index.js'

/**
 * A paragraph's fingerprint with its figures and the words next to them
 * (`figureTokens`), when it has any, and its word hashes, which the
 * alignment of near copies across files reads.
 */
export interface FigurePrint extends PlacedPrint {
  figures?: string[]
  /** Its word hashes: a view of the document's (its paragraphs' hashes end to end, which another thread receives once). */
  hashes: Int32Array
  /**
   * Its words as `isParallel` reads them (the keys are `hashes`). Left out
   * when the paragraph is the file's text as is (all of plain text): a
   * comparison across files builds it from there (itemOfText), as few
   * paragraphs ever need it and building it for all cost more than the rest
   * of the prints together.
   */
  item?: Omit<ItemSide, 'keys'>
}

export interface FigureFingerprint extends DuplicateFingerprint {
  paragraphs: FigurePrint[]
}

/** `flags`: the paragraph ends as a sentence does. */
const SENTENCE = 1
/** `flags`: the paragraph opens with a cross-reference marker. */
const CROSS_REFERENCE = 2
/** Between the figures of a paragraph in their joined string (no figure token holds it). */
const FIGURE_SEPARATOR = '\u0000'

/**
 * A document's prints, column by column (see the module's comment), every
 * column a section of one Int32Array (one buffer outside the heap per
 * document, not one per column: a run has thousands of documents). With n
 * paragraphs, from the start: the words (n), the flags (n), the start and
 * end offsets (2n), the start line and column and end line and column
 * (4n), the two 32-bit hashes each key is written from (2n, `keyParts`),
 * where each paragraph's shingles start in `data` (n + 1, the last where
 * they end), the same for the word hashes (n + 1), then the shingles and
 * the hashes of all paragraphs end to end.
 */
export class PrintColumns {
  constructor(
    readonly length: number,
    readonly data: Int32Array,
    /** The keys not written from two hashes (none from an analysis: `keyParts`), by paragraph; undefined when there are none. */
    readonly otherKeys: ReadonlyArray<string | undefined> | undefined,
    /** Each paragraph's figures joined by FIGURE_SEPARATOR (undefined: none); undefined when no paragraph has any. */
    readonly figures: ReadonlyArray<string | undefined> | undefined,
    /** Each paragraph's item when it is kept (`FigurePrint.item`); undefined when none is. */
    readonly items: ReadonlyArray<Omit<ItemSide, 'keys'> | undefined> | undefined
  ) {}

  words(at: number): number {
    return this.data[at]!
  }

  flags(at: number): number {
    return this.data[this.length + at]!
  }

  /** Start (`side` 0) or end (1) offset. */
  offset(at: number, side: number): number {
    return this.data[2 * this.length + 2 * at + side]!
  }

  /** Start line (`field` 0), start column (1), end line (2) or end column (3). */
  point(at: number, field: number): number {
    return this.data[4 * this.length + 4 * at + field]!
  }

  /** The key (`ParagraphPrint.key`), written again from its two hashes: a string kept per paragraph cost five times their 8 bytes. */
  key(at: number): string {
    const other = this.otherKeys?.[at]
    if (other !== undefined) return other
    const first = 8 * this.length + 2 * at
    return keyOf(this.data[first]!, this.data[first + 1]!)
  }

  /** One of the two hashes the key is written from (`part` 0 or 1), undefined for a key in another form. */
  keyHash(at: number, part: number): number | undefined {
    if (this.otherKeys?.[at] !== undefined) return undefined
    return this.data[8 * this.length + 2 * at + part]!
  }

  shingles(at: number): Int32Array {
    const bounds = 10 * this.length + at
    return this.data.subarray(this.data[bounds]!, this.data[bounds + 1]!)
  }

  shingleCount(at: number): number {
    const bounds = 10 * this.length + at
    return this.data[bounds + 1]! - this.data[bounds]!
  }

  hashes(at: number): Int32Array {
    const bounds = 11 * this.length + 1 + at
    return this.data.subarray(this.data[bounds]!, this.data[bounds + 1]!)
  }
}

/** One paragraph's print, read from its document's columns. */
export class ColumnPrint implements FigurePrint {
  constructor(
    readonly columns: PrintColumns,
    readonly at: number
  ) {}

  get words(): number {
    return this.columns.words(this.at)
  }

  get key(): string {
    return this.columns.key(this.at)
  }

  keyHash(part: number): number | undefined {
    return this.columns.keyHash(this.at, part)
  }

  get shingles(): Int32Array {
    return this.columns.shingles(this.at)
  }

  /** The number of shingles, without a view. */
  get shingleCount(): number {
    return this.columns.shingleCount(this.at)
  }

  get sentence(): boolean {
    return (this.columns.flags(this.at) & SENTENCE) !== 0
  }

  get crossReference(): boolean {
    return (this.columns.flags(this.at) & CROSS_REFERENCE) !== 0
  }

  get start(): number {
    return this.columns.offset(this.at, 0)
  }

  get end(): number {
    return this.columns.offset(this.at, 1)
  }

  get startPoint(): {line: number; column: number} {
    return {line: this.columns.point(this.at, 0), column: this.columns.point(this.at, 1)}
  }

  get endPoint(): {line: number; column: number} {
    return {line: this.columns.point(this.at, 2), column: this.columns.point(this.at, 3)}
  }

  get hashes(): Int32Array {
    return this.columns.hashes(this.at)
  }

  get item(): Omit<ItemSide, 'keys'> | undefined {
    return this.columns.items?.[this.at]
  }

  get figures(): string[] | undefined {
    const joined = this.columns.figures?.[this.at]
    return joined === undefined ? undefined : joined.split(FIGURE_SEPARATOR)
  }

  /** The plain print, its fields in the order an analysis always wrote them (the cache's and fingerprints file's JSON). */
  toPlainData(): FigurePrint {
    const item = this.item
    const figures = this.figures
    return {
      words: this.words,
      key: this.key,
      shingles: this.shingles,
      sentence: this.sentence,
      crossReference: this.crossReference,
      start: this.start,
      end: this.end,
      startPoint: this.startPoint,
      endPoint: this.endPoint,
      hashes: this.hashes,
      ...(item ? {item} : {}),
      ...(figures ? {figures} : {})
    }
  }
}

/** A document's fingerprint with its prints as columns; `toPlainData` gives the plain one. */
export class ColumnFingerprint implements FigureFingerprint {
  constructor(
    readonly columns: PrintColumns,
    readonly repeated: number[],
    readonly paragraphs: ColumnPrint[] = ColumnFingerprint.printsOf(columns)
  ) {}

  /** A print per paragraph of the columns. */
  static printsOf(columns: PrintColumns): ColumnPrint[] {
    const prints = new Array<ColumnPrint>(columns.length)
    for (let at = 0; at < columns.length; at++) prints[at] = new ColumnPrint(columns, at)
    return prints
  }

  /** The plain fingerprint (plain objects, no getters), as a structured clone and JSON take it. */
  toPlainData(): FigureFingerprint {
    return {paragraphs: this.paragraphs.map((print) => print.toPlainData()), repeated: this.repeated}
  }

  toJSON(): FigureFingerprint {
    return this.toPlainData()
  }
}

/** What one paragraph gives its document's columns (`columnsOf`). */
export interface PrintParts {
  words: number
  key: string
  /** Its shingles: a view of the document's column (`analyseParagraphs`) or an array. */
  shingles: ArrayLike<number>
  hashes: ArrayLike<number>
  sentence: boolean
  crossReference: boolean
  start: number
  end: number
  startPoint: {line: number; column: number}
  endPoint: {line: number; column: number}
  figures?: readonly string[] | undefined
  item?: Omit<ItemSide, 'keys'> | undefined
}

/**
 * The columns of a document's prints, copied from what each paragraph
 * gives into one Int32Array of their exact length (a document's hash
 * column as scanned has room for more words).
 */
export function columnsOf(parts: readonly PrintParts[]): PrintColumns {
  const count = parts.length
  let room = 12 * count + 2
  for (const part of parts) room += part.shingles.length + part.hashes.length
  const data = new Int32Array(room)
  let otherKeys: Array<string | undefined> | undefined
  let figures: Array<string | undefined> | undefined
  let items: Array<Omit<ItemSide, 'keys'> | undefined> | undefined
  const keyColumn = 8 * count
  const shingleBounds = 10 * count
  const hashBounds = 11 * count + 1
  let shingleAt = 12 * count + 2
  let hashAt = shingleAt
  for (const part of parts) hashAt += part.shingles.length
  parts.forEach((part, at) => {
    data[at] = part.words
    data[count + at] = (part.sentence ? SENTENCE : 0) | (part.crossReference ? CROSS_REFERENCE : 0)
    data[2 * count + 2 * at] = part.start
    data[2 * count + 2 * at + 1] = part.end
    data[4 * count + 4 * at] = part.startPoint.line
    data[4 * count + 4 * at + 1] = part.startPoint.column
    data[4 * count + 4 * at + 2] = part.endPoint.line
    data[4 * count + 4 * at + 3] = part.endPoint.column
    const parts = keyParts(part.key)
    if (parts) {
      data[keyColumn + 2 * at] = parts[0]
      data[keyColumn + 2 * at + 1] = parts[1]
    } else {
      otherKeys ??= new Array<string | undefined>(count).fill(undefined)
      otherKeys[at] = part.key
    }
    data[shingleBounds + at] = shingleAt
    data.set(part.shingles, shingleAt)
    shingleAt += part.shingles.length
    data[hashBounds + at] = hashAt
    data.set(part.hashes, hashAt)
    hashAt += part.hashes.length
    if (part.figures && part.figures.length > 0) {
      figures ??= new Array<string | undefined>(count).fill(undefined)
      figures[at] = joinFigures(part.figures)
    }
    if (part.item) {
      items ??= new Array<Omit<ItemSide, 'keys'> | undefined>(count).fill(undefined)
      items[at] = part.item
    }
  })
  data[shingleBounds + count] = shingleAt
  data[hashBounds + count] = hashAt
  return new PrintColumns(count, data, otherKeys, figures, items)
}

/** A fingerprint as columns: itself when it is one, else its plain prints (read back from a cache, a fingerprints file, another thread) copied into columns. */
export function columnFingerprint(fingerprint: FigureFingerprint): ColumnFingerprint {
  if (fingerprint instanceof ColumnFingerprint) return fingerprint
  return new ColumnFingerprint(columnsOf(fingerprint.paragraphs), [...fingerprint.repeated])
}

/**
 * Figures joined in one string (`join` makes it flat): an array and a
 * string per figure, kept for every paragraph of a run, cost several times
 * their characters.
 */
function joinFigures(figures: readonly string[]): string {
  return figures.join(FIGURE_SEPARATOR)
}
