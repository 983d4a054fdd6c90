/**
 * The embedded archive: one SQLite file (better-sqlite3), created on first
 * use. Writers take the write lock at the start of their transaction
 * (BEGIN IMMEDIATE) and wait for one another; readers never wait (WAL).
 */
import {mkdirSync} from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import {countHits} from './probe.js'
import {paragraphOfRow, schemaSql, SELECT_PARAGRAPH, TABLES, versionProblem, type ParagraphRow} from './schema.js'
import {ArchiveError, CountChanges, packShingles, SCHEMA_VERSION, unpackShingles, type AddOutcome, type ArchivedParagraph, type ArchiveStats, type ArchiveStore, type ArchiveStory, type Candidate} from './store.js'

/** Shingles per statement: under SQLite's limit of bound parameters. */
const CHUNK = 500

/** `reset`: an archive of another schema version is emptied (a rebuild) rather than refused. */
export function openSqlite(location: string, {reset = false}: {reset?: boolean} = {}): ArchiveStore {
  let db: Database.Database
  try {
    mkdirSync(path.dirname(path.resolve(location)), {recursive: true})
    db = new Database(location, {timeout: 30_000})
    db.pragma('journal_mode = WAL')
    db.pragma('foreign_keys = ON')
    db.pragma('synchronous = NORMAL')
    // 64 MB of page cache: the inverted index is written at random places.
    db.pragma('cache_size = -65536')
    db.pragma('temp_store = MEMORY')
  } catch (error) {
    throw new ArchiveError(`cannot open the archive ${location}: ${(error as Error).message}`)
  }
  try {
    db.transaction(() => {
      const tables = db.prepare<[], {name: string}>("SELECT name FROM sqlite_master WHERE type = 'table'").all().map((row) => row.name)
      const version = tables.includes('archive_meta')
        ? db.prepare<[], {value: string}>("SELECT value FROM archive_meta WHERE name = 'schema'").get()?.value
        : undefined
      if (tables.includes('stories') && version !== SCHEMA_VERSION) {
        if (!reset) throw new ArchiveError(versionProblem(location, version))
        for (const table of TABLES) db.exec(`DROP TABLE IF EXISTS ${table}`)
      }
      for (const statement of schemaSql('sqlite')) db.exec(statement)
      db.prepare("INSERT OR IGNORE INTO archive_meta (name, value) VALUES ('schema', ?)").run(SCHEMA_VERSION)
    }).immediate()
  } catch (error) {
    db.close()
    if (error instanceof ArchiveError) throw error
    throw new ArchiveError(`cannot open the archive ${location}: ${(error as Error).message}`)
  }
  const findStory = db.prepare<[string], {id: number; digest: string}>('SELECT id, digest FROM stories WHERE key = ?')
  const findByPath = db.prepare<[string], {id: number}>('SELECT id FROM stories WHERE path = ?')
  const insertStory = db.prepare('INSERT INTO stories (key, path, url, title, date, digest) VALUES (?, ?, ?, ?, ?, ?)')
  const insertParagraph = db.prepare(
    'INSERT INTO paragraphs (story, ordinal, key, words, shingles, start_offset, end_offset, start_line, end_line, text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)'
  )
  const insertPosting = db.prepare('INSERT OR IGNORE INTO postings (shingle, paragraph) VALUES (?, ?)')
  const deletePosting = db.prepare('DELETE FROM postings WHERE shingle = ? AND paragraph = ?')
  const changeCount = db.prepare('INSERT INTO shingle_counts (shingle, n) VALUES (?, ?) ON CONFLICT (shingle) DO UPDATE SET n = n + excluded.n')
  const dropEmpty = db.prepare('DELETE FROM shingle_counts WHERE shingle = ? AND n <= 0')
  const paragraphsOfStory = db.prepare<[number], {id: number; shingles: Uint8Array}>('SELECT id, shingles FROM paragraphs WHERE story = ?')
  const deleteStory = db.prepare('DELETE FROM stories WHERE id = ?')
  const countsStatement = db.prepare('SELECT shingle, n FROM shingle_counts WHERE shingle IN (SELECT value FROM json_each(?))')
  const postingsOf = db.prepare<[number], number>('SELECT paragraph FROM postings WHERE shingle = ?').pluck()
  const heldBy = db.prepare<[number, string], number>('SELECT paragraph FROM postings WHERE shingle = ? AND paragraph IN (SELECT value FROM json_each(?))').pluck()

  /** Postings to write, as (shingle, paragraph) pairs: written sorted, so that the index is filled in order. */
  type Pending = {postings: number[]; counts: CountChanges}
  const removeById = (id: number, pending: Pending) => {
    for (const paragraph of paragraphsOfStory.all(id)) {
      const shingles = unpackShingles(paragraph.shingles)
      for (const shingle of shingles) deletePosting.run(shingle, paragraph.id)
      pending.counts.add(shingles, -1)
    }
    deleteStory.run(id)
  }
  const flush = (pending: Pending) => {
    const {postings} = pending
    const order = Array.from({length: postings.length / 2}, (_, index) => index).sort((a, b) => postings[2 * a]! - postings[2 * b]! || postings[2 * a + 1]! - postings[2 * b + 1]!)
    for (const index of order) insertPosting.run(postings[2 * index]!, postings[2 * index + 1]!)
    for (const [shingle, by] of pending.counts.sorted()) {
      changeCount.run(shingle, by)
      if (by < 0) dropEmpty.run(shingle)
    }
  }
  const addOne = (story: ArchiveStory, pending: Pending): AddOutcome => {
    const existing = findStory.get(story.key)
    if (existing?.digest === story.digest) return 'unchanged'
    if (existing) removeById(existing.id, pending)
    const info = insertStory.run(story.key, story.path, story.url ?? null, story.title ?? null, story.date ?? null, story.digest)
    const storyId = Number(info.lastInsertRowid)
    story.paragraphs.forEach((paragraph, ordinal) => {
      const row = insertParagraph.run(storyId, ordinal, paragraph.key, paragraph.words, packShingles(paragraph.shingles), paragraph.start, paragraph.end, paragraph.startLine, paragraph.endLine, paragraph.text ?? null)
      const paragraphId = Number(row.lastInsertRowid)
      for (const shingle of paragraph.shingles) pending.postings.push(shingle, paragraphId)
      pending.counts.add(paragraph.shingles, 1)
    })
    return existing ? 'replaced' : 'added'
  }
  const addMany = db.transaction((stories: readonly ArchiveStory[]): AddOutcome[] => {
    let pending: Pending = {postings: [], counts: new CountChanges()}
    const keys = new Set<string>()
    const outcomes = stories.map((story) => {
      // A story given twice in one batch: the postings of the first are written before the second replaces it.
      if (keys.has(story.key)) {
        flush(pending)
        pending = {postings: [], counts: new CountChanges()}
        keys.clear()
      }
      keys.add(story.key)
      return addOne(story, pending)
    })
    flush(pending)
    return outcomes
  })
  const remove = db.transaction((keyOrPath: string): boolean => {
    const found = findStory.get(keyOrPath) ?? findByPath.get(keyOrPath)
    if (!found) return false
    const pending: Pending = {postings: [], counts: new CountChanges()}
    removeById(found.id, pending)
    flush(pending)
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
    add: (story) => guard(() => addMany.immediate([story])[0]!),
    addMany: (stories) => guard(() => addMany.immediate(stories)),
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
        const rows = countsStatement.raw().all(JSON.stringify(shingles)) as Array<[number, number]>
        return new Map(rows)
      }),
    probe: (probes) =>
      guard(() => {
        // Each shingle's postings are one range of the clustered index, read once; the hits are counted here
        // (cheaper than SQLite's GROUP BY, which sorts every posting read).
        const read = new Map<number, number[]>()
        return countHits(
          probes,
          (shingle) => {
            let ids = read.get(shingle)
            if (!ids) read.set(shingle, (ids = postingsOf.all(shingle) as number[]))
            return ids
          },
          (shingle, ids) => read.get(shingle) ?? (heldBy.all(shingle, JSON.stringify(ids)) as number[])
        )
      }),
    candidates: (ids) =>
      guard(() => {
        const found: Candidate[] = []
        for (const chunk of chunks(ids)) {
          const rows = db.prepare(`SELECT id, key, shingles FROM paragraphs WHERE id IN (${chunk.map(() => '?').join(',')})`).raw().all(...chunk) as Array<[number, string, Uint8Array]>
          for (const [id, key, shingles] of rows) found.push({id, key, shingles})
        }
        return found
      }),
    paragraphs: (ids) =>
      guard(() => {
        const found = new Map<number, ArchivedParagraph>()
        for (const chunk of chunks(ids)) {
          const rows = db.prepare(`${SELECT_PARAGRAPH} WHERE p.id IN (${chunk.map(() => '?').join(',')})`).all(...chunk) as ParagraphRow[]
          for (const row of rows) found.set(Number(row.id), paragraphOfRow(row))
        }
        return found
      }),
    close: () => guard(() => void db.close())
  }
}
