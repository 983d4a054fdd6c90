/**
 * The shared archive: the same schema in PostgreSQL (node-postgres), for a
 * newsroom whose writers, CI runners and commit hooks read and add to one
 * index. Writers take one transaction-scoped advisory lock, so that
 * concurrent adds of one story never store it twice and never deadlock on
 * the shingle counts; readers never wait.
 */
import pg from 'pg'
import {countHits} from './probe.js'
import {paragraphOfRow, schemaSql, SELECT_PARAGRAPH, TABLES, versionProblem, type ParagraphRow} from './schema.js'
import {archiveName, ArchiveError, unpackInt32s, CountChanges, packShingles, SCHEMA_VERSION, unpackShingles, type AddOutcome, type ArchiveStats, type ArchiveStore, type ArchiveStory} from './store.js'

/** The advisory lock key of the archive's writers (an arbitrary constant). */
const WRITERS = 2_025_025

export async function openPostgres(url: string, {reset = false}: {reset?: boolean} = {}): Promise<ArchiveStore> {
  const name = archiveName(url)
  // No JIT for this session: the archive's queries are index reads of a few milliseconds, and compiling a
  // check's probe cost some 27 ms of the server's time (EXPLAIN ANALYZE, 1,000,000 paragraphs).
  const client = new pg.Client({connectionString: url, connectionTimeoutMillis: 10_000, options: '-c jit=off'})
  let lost: Error | undefined
  // A connection dropped between queries is an 'error' event: kept, and reported by the next query.
  client.on('error', (error) => {
    lost = error
  })
  const fail = (error: unknown) => new ArchiveError(`archive ${name}: ${lost ? `connection lost (${lost.message.split('\n')[0]})` : (error as Error).message.split('\n')[0]}`)
  try {
    await client.connect()
  } catch (error) {
    await client.end().catch(() => undefined)
    throw new ArchiveError(`cannot reach the archive ${name}: ${(error as Error).message.split('\n')[0]}`)
  }
  const query = async <R extends pg.QueryResultRow = any>(text: string, values?: unknown[]): Promise<pg.QueryResult<R>> => {
    if (lost) throw fail(lost)
    try {
      return await client.query<R>(text, values)
    } catch (error) {
      throw fail(error)
    }
  }
  const writing = async <T>(work: () => Promise<T>): Promise<T> => {
    await query('BEGIN')
    try {
      await query('SELECT pg_advisory_xact_lock($1)', [WRITERS])
      const value = await work()
      await query('COMMIT')
      return value
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined)
      throw error instanceof ArchiveError ? error : fail(error)
    }
  }
  // An archive of this version is read at once; the tables are made (under the writers' lock) otherwise.
  const current = await client.query<{value: string}>("SELECT value FROM archive_meta WHERE name = 'schema'").then(
    (result) => result.rows[0]?.value === SCHEMA_VERSION,
    () => false
  )
  try {
    if (!current) await writing(async () => {
      const tables = (await query<{name: string}>("SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema()")).rows.map((row) => row.name)
      const version = tables.includes('archive_meta') ? (await query<{value: string}>("SELECT value FROM archive_meta WHERE name = 'schema'")).rows[0]?.value : undefined
      if (tables.includes('stories') && version !== SCHEMA_VERSION) {
        if (!reset) throw new ArchiveError(versionProblem(name, version))
        await query(`DROP TABLE IF EXISTS ${TABLES.join(', ')}`)
      }
      for (const statement of schemaSql('postgres')) await query(statement)
      await query("INSERT INTO archive_meta (name, value) VALUES ('schema', $1) ON CONFLICT DO NOTHING", [SCHEMA_VERSION])
    })
  } catch (error) {
    await client.end().catch(() => undefined)
    throw error
  }

  /** Postings and count changes of one transaction, written at its end in one statement each. */
  type Pending = {shingles: number[]; paragraphs: number[]; counts: CountChanges}
  const removeById = async (id: number, pending: Pending) => {
    const {rows} = await query<{id: number; shingles: Uint8Array}>('SELECT id, shingles FROM paragraphs WHERE story = $1', [id])
    const shingles: number[] = []
    const paragraphs: number[] = []
    for (const row of rows) {
      const own = unpackShingles(row.shingles)
      for (const shingle of own) shingles.push(shingle), paragraphs.push(row.id)
      pending.counts.add(own, -1)
    }
    await query('DELETE FROM postings x USING unnest($1::int[], $2::int[]) AS d(shingle, paragraph) WHERE x.shingle = d.shingle AND x.paragraph = d.paragraph', [shingles, paragraphs])
    await query('DELETE FROM stories WHERE id = $1', [id])
  }
  const flush = async (pending: Pending) => {
    if (pending.shingles.length > 0) {
      await query('INSERT INTO postings (shingle, paragraph) SELECT * FROM unnest($1::int[], $2::int[]) ORDER BY 1, 2 ON CONFLICT DO NOTHING', [pending.shingles, pending.paragraphs])
    }
    const changes = pending.counts.sorted()
    if (changes.length === 0) return
    await query('INSERT INTO shingle_counts (shingle, n) SELECT * FROM unnest($1::int[], $2::int[]) ON CONFLICT (shingle) DO UPDATE SET n = shingle_counts.n + excluded.n', [
      changes.map(([shingle]) => shingle),
      changes.map(([, by]) => by)
    ])
    if (changes.some(([, by]) => by < 0)) await query('DELETE FROM shingle_counts WHERE shingle = ANY($1::int[]) AND n <= 0', [changes.filter(([, by]) => by < 0).map(([shingle]) => shingle)])
  }
  const findStory = async (keyOrPath: string, byPath: boolean) =>
    (await query<{id: number; digest: string}>(`SELECT id, digest FROM stories WHERE ${byPath ? 'path' : 'key'} = $1`, [keyOrPath])).rows[0]

  /** Every paragraph of these stories in one statement; their ids come back with (story, ordinal). */
  const writeParagraphs = async (written: ReadonlyArray<{story: ArchiveStory; id: number}>, pending: Pending) => {
    const rows = written.flatMap(({story, id}) => story.paragraphs.map((paragraph, ordinal) => ({id, ordinal, paragraph})))
    if (rows.length > 0) {
      const column = <T>(read: (row: (typeof rows)[number]) => T) => rows.map(read)
      const ids = await query<{id: number; story: number; ordinal: number}>(
        `INSERT INTO paragraphs (story, ordinal, key, words, shingles, start_offset, end_offset, start_line, end_line, text)
         SELECT * FROM unnest($1::int[], $2::int[], $3::text[], $4::int[], $5::bytea[], $6::int[], $7::int[], $8::int[], $9::int[], $10::text[]) RETURNING id, story, ordinal`,
        [
          column((row) => row.id),
          column((row) => row.ordinal),
          column((row) => row.paragraph.key),
          column((row) => row.paragraph.words),
          column((row) => packShingles(row.paragraph.shingles)),
          column((row) => row.paragraph.start),
          column((row) => row.paragraph.end),
          column((row) => row.paragraph.startLine),
          column((row) => row.paragraph.endLine),
          column((row) => row.paragraph.text ?? null)
        ]
      )
      const idOf = new Map(ids.rows.map((row) => [`${row.story}:${row.ordinal}`, row.id]))
      for (const row of rows) {
        const paragraphId = idOf.get(`${row.id}:${row.ordinal}`)!
        for (const shingle of row.paragraph.shingles) pending.shingles.push(shingle), pending.paragraphs.push(paragraphId)
        pending.counts.add(row.paragraph.shingles, 1)
      }
    }
  }

  const addMany = (stories: readonly ArchiveStory[]) =>
    writing(async (): Promise<AddOutcome[]> => {
      const pending: Pending = {shingles: [], paragraphs: [], counts: new CountChanges()}
      const outcomes: AddOutcome[] = []
      let written: Array<{story: ArchiveStory; id: number}> = []
      for (const story of stories) {
        // A story given twice in one batch: the first is written before the second replaces it.
        if (written.some((earlier) => earlier.story.key === story.key)) {
          await writeParagraphs(written, pending)
          await flush(pending)
          pending.shingles = []
          pending.paragraphs = []
          pending.counts = new CountChanges()
          written = []
        }
        const existing = await findStory(story.key, false)
        if (existing?.digest === story.digest) {
          outcomes.push('unchanged')
          continue
        }
        if (existing) await removeById(existing.id, pending)
        const inserted = await query<{id: number}>('INSERT INTO stories (key, path, url, title, date, digest) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id', [
          story.key,
          story.path,
          story.url ?? null,
          story.title ?? null,
          story.date ?? null,
          story.digest
        ])
        written.push({story, id: inserted.rows[0]!.id})
        outcomes.push(existing ? 'replaced' : 'added')
      }
      await writeParagraphs(written, pending)
      await flush(pending)
      return outcomes
    })

  return {
    add: async (story: ArchiveStory) => (await addMany([story]))[0]!,
    addMany,
    remove: (keyOrPath) =>
      writing(async () => {
        const found = (await findStory(keyOrPath, false)) ?? (await findStory(keyOrPath, true))
        if (!found) return false
        const pending: Pending = {shingles: [], paragraphs: [], counts: new CountChanges()}
        await removeById(found.id, pending)
        await flush(pending)
        return true
      }),
    clear: () =>
      writing(async () => {
        await query('TRUNCATE postings, shingle_counts, paragraphs, stories')
      }),
    stats: async (): Promise<ArchiveStats> => {
      const {rows} = await query<{stories: string; paragraphs: string; shingles: string}>(
        'SELECT (SELECT count(*) FROM stories) AS stories, (SELECT count(*) FROM paragraphs) AS paragraphs, (SELECT count(*) FROM shingle_counts) AS shingles'
      )
      return {stories: Number(rows[0]!.stories), paragraphs: Number(rows[0]!.paragraphs), shingles: Number(rows[0]!.shingles)}
    },
    counts: async (shingles) => {
      const {rows} = await query<{shingle: number; n: number}>('SELECT shingle, n FROM shingle_counts WHERE shingle = ANY($1::int[])', [[...shingles]])
      return new Map(rows.map((row) => [Number(row.shingle), Number(row.n)]))
    },
    probe: async (probes) => {
      const shingles = [...new Set(probes.flatMap((probe) => probe.shingles))]
      if (shingles.length === 0) return []
      // Each shingle's postings as one packed value (4 bytes an id), counted here: the server's own GROUP BY of
      // every posting read took four to six times as long as reading them (EXPLAIN ANALYZE, 1,000,000 paragraphs).
      const {rows} = await query<{shingle: number; ids: Buffer}>(
        "SELECT shingle, string_agg(int4send(paragraph), ''::bytea) AS ids FROM postings WHERE shingle = ANY($1::int[]) GROUP BY shingle",
        [shingles]
      )
      const read = new Map(rows.map((row) => [Number(row.shingle), unpackInt32s(row.ids, 'big')]))
      return countHits(probes, (shingle) => read.get(shingle) ?? [])
    },
    candidates: async (ids) => {
      const {rows} = await query<{id: number; key: string; shingles: Uint8Array}>('SELECT id, key, shingles FROM paragraphs WHERE id = ANY($1::int[])', [[...ids]])
      return rows.map((row) => ({id: Number(row.id), key: row.key, shingles: row.shingles}))
    },
    paragraphs: async (ids) => {
      const {rows} = await query<ParagraphRow>(`${SELECT_PARAGRAPH} WHERE p.id = ANY($1::int[])`, [[...ids]])
      return new Map(rows.map((row) => [Number(row.id), paragraphOfRow(row)]))
    },
    close: async () => {
      await client.end().catch(() => undefined)
    }
  }
}
