/**
 * The embedded archive: one SQLite file (better-sqlite3), created on first
 * use. Writers take the write lock at the start of their transaction
 * (BEGIN IMMEDIATE) and wait for one another; readers never wait (WAL).
 */
import {mkdirSync} from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import {paragraphOfRow, schemaSql, SELECT_PARAGRAPH, type ParagraphRow} from './schema.js'
import {ArchiveError, packShingles, type AddOutcome, type ArchivedParagraph, type ArchiveStats, type ArchiveStore, type ArchiveStory} from './store.js'

/** Shingles per statement: under SQLite's limit of bound parameters. */
const CHUNK = 500

export function openSqlite(location: string): ArchiveStore {
  let db: Database.Database
  try {
    mkdirSync(path.dirname(path.resolve(location)), {recursive: true})
    db = new Database(location, {timeout: 30_000})
    db.pragma('journal_mode = WAL')
    db.pragma('foreign_keys = ON')
    db.pragma('synchronous = NORMAL')
    db.transaction(() => {
      for (const statement of schemaSql('BLOB', 'INTEGER')) db.exec(statement)
    }).immediate()
  } catch (error) {
    throw new ArchiveError(`cannot open the archive ${location}: ${(error as Error).message}`)
  }
  const findStory = db.prepare<[string], {id: number; digest: string}>('SELECT id, digest FROM stories WHERE key = ?')
  const findByPath = db.prepare<[string], {id: number}>('SELECT id FROM stories WHERE path = ?')
  const insertStory = db.prepare('INSERT INTO stories (key, path, url, title, date, digest) VALUES (?, ?, ?, ?, ?, ?)')
  const insertParagraph = db.prepare(
    'INSERT INTO paragraphs (story, ordinal, key, words, shingles, start_offset, end_offset, start_line, end_line, text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)'
  )
  const insertPosting = db.prepare('INSERT OR IGNORE INTO postings (shingle, paragraph) VALUES (?, ?)')
  const countUp = db.prepare('INSERT INTO shingle_counts (shingle, n) VALUES (?, 1) ON CONFLICT (shingle) DO UPDATE SET n = n + 1')
  const shinglesOfStory = db.prepare<[number], {shingle: number}>('SELECT x.shingle FROM postings x JOIN paragraphs p ON p.id = x.paragraph WHERE p.story = ?')
  const countDown = db.prepare('UPDATE shingle_counts SET n = n - 1 WHERE shingle = ?')
  const dropEmpty = db.prepare('DELETE FROM shingle_counts WHERE shingle = ? AND n <= 0')
  const deleteStory = db.prepare('DELETE FROM stories WHERE id = ?')

  const removeById = (id: number) => {
    for (const {shingle} of shinglesOfStory.all(id)) {
      countDown.run(shingle)
      dropEmpty.run(shingle)
    }
    deleteStory.run(id)
  }

  const add = db.transaction((story: ArchiveStory): AddOutcome => {
    const existing = findStory.get(story.key)
    if (existing?.digest === story.digest) return 'unchanged'
    if (existing) removeById(existing.id)
    const info = insertStory.run(story.key, story.path, story.url ?? null, story.title ?? null, story.date ?? null, story.digest)
    const storyId = Number(info.lastInsertRowid)
    story.paragraphs.forEach((paragraph, ordinal) => {
      const row = insertParagraph.run(storyId, ordinal, paragraph.key, paragraph.words, packShingles(paragraph.shingles), paragraph.start, paragraph.end, paragraph.startLine, paragraph.endLine, paragraph.text ?? null)
      const paragraphId = Number(row.lastInsertRowid)
      for (const shingle of paragraph.shingles) {
        insertPosting.run(shingle, paragraphId)
        countUp.run(shingle)
      }
    })
    return existing ? 'replaced' : 'added'
  })
  const remove = db.transaction((keyOrPath: string): boolean => {
    const found = findStory.get(keyOrPath) ?? findByPath.get(keyOrPath)
    if (!found) return false
    removeById(found.id)
    return true
  })

  const guard = <T>(work: () => T): Promise<T> => {
    try {
      return Promise.resolve(work())
    } catch (error) {
      return Promise.reject(new ArchiveError(`archive ${location}: ${(error as Error).message}`))
    }
  }
  const chunks = (values: readonly number[]) => {
    const list: number[][] = []
    for (let index = 0; index < values.length; index += CHUNK) list.push(values.slice(index, index + CHUNK))
    return list
  }

  return {
    add: (story) => guard(() => add.immediate(story)),
    remove: (keyOrPath) => guard(() => remove.immediate(keyOrPath)),
    clear: () =>
      guard(() =>
        db
          .transaction(() => {
            for (const table of ['postings', 'shingle_counts', 'paragraphs', 'stories']) db.exec(`DELETE FROM ${table}`)
          })
          .immediate()
      ),
    stats: () =>
      guard((): ArchiveStats => {
        const count = (table: string) => Number((db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as {n: number}).n)
        return {stories: count('stories'), paragraphs: count('paragraphs'), shingles: count('shingle_counts')}
      }),
    counts: (shingles) =>
      guard(() => {
        const counts = new Map<number, number>()
        for (const chunk of chunks(shingles)) {
          const rows = db.prepare(`SELECT shingle, n FROM shingle_counts WHERE shingle IN (${chunk.map(() => '?').join(',')})`).all(...chunk) as Array<{shingle: number; n: number}>
          for (const row of rows) counts.set(row.shingle, row.n)
        }
        return counts
      }),
    holding: (shingles) =>
      guard(() => {
        const found = new Map<number, ArchivedParagraph>()
        for (const chunk of chunks(shingles)) {
          const rows = db
            .prepare(`${SELECT_PARAGRAPH} WHERE p.id IN (SELECT paragraph FROM postings WHERE shingle IN (${chunk.map(() => '?').join(',')}))`)
            .all(...chunk) as ParagraphRow[]
          for (const row of rows) if (!found.has(row.id)) found.set(row.id, paragraphOfRow(row))
        }
        return [...found.values()]
      }),
    close: () => guard(() => void db.close())
  }
}
