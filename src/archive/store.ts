/**
 * The archive of published paragraphs: what is stored of each story and each
 * of its prose paragraphs (fingerprints and locations, the text only when
 * asked), and the contract its back ends (SQLite, PostgreSQL) keep. Every
 * method is asynchronous so that both back ends answer the same way.
 */

/** One prose paragraph of a published story. */
export interface ArchiveParagraph {
  /** Hash of the normalised text (`ParagraphPrint.key`): equal for copies. */
  key: string
  words: number
  /** Sorted distinct word-bigram hashes (`ParagraphPrint.shingles`). */
  shingles: number[]
  /** Offsets and lines in the story as it was added. */
  start: number
  end: number
  startLine: number
  endLine: number
  /** The paragraph's text, only when the archive was asked to keep it. */
  text?: string
}

export interface ArchiveStory {
  /** What identifies the story: its front matter `url` or `id`, else its path. */
  key: string
  /** Path relative to the folder the story was added from. */
  path: string
  url?: string
  title?: string
  /** Publication day, YYYY-MM-DD: front matter `date`, else the file's date. */
  date?: string
  /** Hash of the story's paragraphs: an unchanged story is not written again. */
  digest: string
  paragraphs: ArchiveParagraph[]
}

/** A stored paragraph with the story it belongs to. */
export interface ArchivedParagraph extends ArchiveParagraph {
  story: Omit<ArchiveStory, 'paragraphs' | 'digest'>
}

/**
 * Some of a draft paragraph's shingles, rarest first, of which a candidate
 * must hold `hits`; `postings[i]` is how many paragraphs hold `shingles[i]`
 * (the index's count), which a store may use to plan its reads.
 */
export interface Probe {
  shingles: readonly number[]
  hits: number
  postings?: readonly number[]
}

/** A stored paragraph as scored against a draft's. */
export interface Candidate {
  id: number
  key: string
  /** The paragraph's shingles as stored (packShingles). */
  shingles: Uint8Array
}

export interface ArchiveStats {
  stories: number
  paragraphs: number
  /** Distinct shingles in the inverted index. */
  shingles: number
}

export type AddOutcome = 'added' | 'replaced' | 'unchanged'

export interface ArchiveStore {
  /** Adds a story, or replaces the one of the same key; one transaction. */
  add(story: ArchiveStory): Promise<AddOutcome>
  /**
   * Adds stories as `add` does, in one transaction for them all (an archive
   * add writes its stories by the hundred: one commit, the counts of each
   * word pair raised once).
   */
  addMany(stories: readonly ArchiveStory[]): Promise<AddOutcome[]>
  /** Removes the story of this key (or path); false when there is none. */
  remove(keyOrPath: string): Promise<boolean>
  /** Empties the archive (before a rebuild). */
  clear(): Promise<void>
  stats(): Promise<ArchiveStats>
  /** How many stored paragraphs hold each of these shingles (absent: none). */
  counts(shingles: readonly number[]): Promise<Map<number, number>>
  /**
   * The stored paragraphs that hold at least `hits` of a probe's shingles,
   * counted in the database from the inverted index alone: [probe, paragraph
   * id] pairs, the probe by its index in `probes`.
   */
  probe(probes: readonly Probe[]): Promise<Array<[number, number]>>
  /** The key and packed shingles of these paragraphs: enough to score a candidate without reading its story. */
  candidates(ids: readonly number[]): Promise<Candidate[]>
  /** The stored paragraphs of these ids, with their stories. */
  paragraphs(ids: readonly number[]): Promise<Map<number, ArchivedParagraph>>
  close(): Promise<void>
}

/** A problem with the archive itself (unreachable server, damaged file): shown as one line. */
export class ArchiveError extends Error {}

/** Shingles as bytes (little-endian 32-bit integers) for a BLOB or bytea column. */
export function packShingles(shingles: readonly number[]): Buffer {
  const buffer = Buffer.alloc(shingles.length * 4)
  for (let index = 0; index < shingles.length; index++) buffer.writeInt32LE(shingles[index]!, index * 4)
  return buffer
}

export function unpackShingles(bytes: Uint8Array): number[] {
  return unpackInt32s(bytes, 'little')
}

/** 32-bit integers packed in bytes: little-endian as factlint packs shingles, big-endian as PostgreSQL's int4send sends ids. */
export function unpackInt32s(bytes: Uint8Array, order: 'little' | 'big'): number[] {
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const values: number[] = new Array(view.length >> 2)
  for (let index = 0; index < values.length; index++) values[index] = order === 'little' ? view.readInt32LE(index * 4) : view.readInt32BE(index * 4)
  return values
}

/** How an archive is named in messages and logs: a PostgreSQL URL without its password, a file as given. */
export function archiveName(location: string): string {
  if (!isPostgres(location)) return location
  try {
    const parsed = new URL(location)
    if (parsed.password) parsed.password = '***'
    return parsed.toString()
  } catch {
    return 'postgres://…'
  }
}

/** Whether a location names a PostgreSQL database rather than a SQLite file. */
export function isPostgres(location: string): boolean {
  return /^postgres(?:ql)?:\/\//i.test(location)
}

/**
 * The version of the schema (schema.ts), kept in the table `archive_meta`:
 * an archive made by another version is refused with one line that says to
 * rebuild it.
 */
export const SCHEMA_VERSION = '2'

/** How many paragraphs of each word pair a batch adds (positive) or removes (negative). */
export class CountChanges {
  readonly changes = new Map<number, number>()
  add(shingles: readonly number[], by: 1 | -1): void {
    for (const shingle of shingles) this.changes.set(shingle, (this.changes.get(shingle) ?? 0) + by)
  }
  /** The changes that are not zero, by shingle. */
  sorted(): Array<[number, number]> {
    return [...this.changes].filter(([, by]) => by !== 0).sort((a, b) => a[0] - b[0])
  }
}

export const DEFAULT_ARCHIVE = '.factlint/archive.sqlite'
