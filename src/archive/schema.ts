/** The archive's schema and rows, the same in SQLite and PostgreSQL (docs/archive.md). */
import {SCHEMA_VERSION, unpackShingles, type ArchivedParagraph} from './store.js'

export type Dialect = 'sqlite' | 'postgres'

/**
 * The schema, shared word for word with PostgreSQL but for the byte type, the
 * serial key, and the inverted index kept as a clustered key in SQLite
 * (WITHOUT ROWID: one B-tree per posting). Postings have no foreign key: a
 * story's postings are deleted from its paragraphs' shingles, so that no
 * second index by paragraph is kept up to date on every add.
 */
export function schemaSql(dialect: Dialect): string[] {
  const bytes = dialect === 'sqlite' ? 'BLOB' : 'BYTEA'
  const serial = dialect === 'sqlite' ? 'INTEGER' : 'SERIAL'
  return [
    'CREATE TABLE IF NOT EXISTS archive_meta (name TEXT PRIMARY KEY, value TEXT NOT NULL)',
    `CREATE TABLE IF NOT EXISTS stories (id ${serial} PRIMARY KEY, key TEXT NOT NULL UNIQUE, path TEXT NOT NULL, url TEXT, title TEXT, date TEXT, digest TEXT NOT NULL)`,
    `CREATE TABLE IF NOT EXISTS paragraphs (id ${serial} PRIMARY KEY, story INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE, ordinal INTEGER NOT NULL, key TEXT NOT NULL, words INTEGER NOT NULL, shingles ${bytes} NOT NULL, start_offset INTEGER NOT NULL, end_offset INTEGER NOT NULL, start_line INTEGER NOT NULL, end_line INTEGER NOT NULL, text TEXT, UNIQUE (story, ordinal))`,
    `CREATE TABLE IF NOT EXISTS postings (shingle INTEGER NOT NULL, paragraph INTEGER NOT NULL, PRIMARY KEY (shingle, paragraph))${dialect === 'sqlite' ? ' WITHOUT ROWID' : ''}`,
    'CREATE TABLE IF NOT EXISTS shingle_counts (shingle INTEGER PRIMARY KEY, n INTEGER NOT NULL)'
  ]
}

/** The tables of the archive, dropped by a rebuild of an archive made by another version. */
export const TABLES = ['postings', 'shingle_counts', 'paragraphs', 'stories', 'archive_meta'] as const

/** The line that refuses an archive of another schema version. */
export function versionProblem(location: string, found: string | undefined): string {
  return `the archive ${location} was made by ${found ? `schema version ${found}` : 'an earlier factlint'} (this one reads version ${SCHEMA_VERSION}): run factlint archive rebuild`
}

export const SELECT_PARAGRAPH = `SELECT p.id, p.key, p.words, p.shingles, p.start_offset, p.end_offset, p.start_line, p.end_line, p.text,
  s.key AS story_key, s.path, s.url, s.title, s.date FROM paragraphs p JOIN stories s ON s.id = p.story`

export interface ParagraphRow {
  id: number
  key: string
  words: number
  shingles: Uint8Array
  start_offset: number
  end_offset: number
  start_line: number
  end_line: number
  text: string | null
  story_key: string
  path: string
  url: string | null
  title: string | null
  date: string | null
}

export function paragraphOfRow(row: ParagraphRow): ArchivedParagraph {
  return {
    key: row.key,
    words: Number(row.words),
    shingles: unpackShingles(row.shingles),
    start: Number(row.start_offset),
    end: Number(row.end_offset),
    startLine: Number(row.start_line),
    endLine: Number(row.end_line),
    ...(row.text === null ? {} : {text: row.text}),
    story: {key: row.story_key, path: row.path, ...(row.url ? {url: row.url} : {}), ...(row.title ? {title: row.title} : {}), ...(row.date ? {date: row.date} : {})}
  }
}
