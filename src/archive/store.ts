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
  /** Removes the story of this key (or path); false when there is none. */
  remove(keyOrPath: string): Promise<boolean>
  /** Empties the archive (before a rebuild). */
  clear(): Promise<void>
  stats(): Promise<ArchiveStats>
  /** How many stored paragraphs hold each of these shingles (absent: none). */
  counts(shingles: readonly number[]): Promise<Map<number, number>>
  /** The stored paragraphs holding at least one of these shingles, read through the inverted index. */
  holding(shingles: readonly number[]): Promise<ArchivedParagraph[]>
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
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const shingles: number[] = []
  for (let offset = 0; offset + 4 <= view.length; offset += 4) shingles.push(view.readInt32LE(offset))
  return shingles
}

/** Whether a location names a PostgreSQL database rather than a SQLite file. */
export function isPostgres(location: string): boolean {
  return /^postgres(?:ql)?:\/\//i.test(location)
}

export const DEFAULT_ARCHIVE = '.factlint/archive.sqlite'
