/**
 * The shared archive: the same schema in PostgreSQL (node-postgres), for a
 * newsroom whose writers, CI runners and commit hooks read and add to one
 * index. Writers take one transaction-scoped advisory lock, so that
 * concurrent adds of one story never store it twice and never deadlock on
 * the shingle counts; readers never wait.
 */
import pg from 'pg'
import {paragraphOfRow, schemaSql, SELECT_PARAGRAPH, type ParagraphRow} from './schema.js'
import {ArchiveError, packShingles, type AddOutcome, type ArchiveStats, type ArchiveStore, type ArchiveStory} from './store.js'

/** The advisory lock key of the archive's writers (an arbitrary constant). */
const WRITERS = 2_025_025

/** The URL without its password, for messages. */
function shown(url: string): string {
  try {
    const parsed = new URL(url)
    if (parsed.password) parsed.password = '***'
    return parsed.toString()
  } catch {
    return 'postgres://…'
  }
}

export async function openPostgres(url: string): Promise<ArchiveStore> {
  const name = shown(url)
  const client = new pg.Client({connectionString: url, connectionTimeoutMillis: 10_000})
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
  await writing(async () => {
    for (const statement of schemaSql('BYTEA', 'SERIAL')) await query(statement)
  })

  const removeById = async (id: number) => {
    await query(
      `UPDATE shingle_counts c SET n = c.n - d.k FROM (SELECT x.shingle, count(*) AS k FROM postings x JOIN paragraphs p ON p.id = x.paragraph WHERE p.story = $1 GROUP BY x.shingle) d WHERE c.shingle = d.shingle`,
      [id]
    )
    await query('DELETE FROM shingle_counts WHERE n <= 0')
    await query('DELETE FROM stories WHERE id = $1', [id])
  }
  const findStory = async (keyOrPath: string, byPath: boolean) =>
    (await query<{id: number; digest: string}>(`SELECT id, digest FROM stories WHERE ${byPath ? 'path' : 'key'} = $1`, [keyOrPath])).rows[0]

  return {
    add: (story: ArchiveStory) =>
      writing(async (): Promise<AddOutcome> => {
        const existing = await findStory(story.key, false)
        if (existing?.digest === story.digest) return 'unchanged'
        if (existing) await removeById(existing.id)
        const inserted = await query<{id: number}>('INSERT INTO stories (key, path, url, title, date, digest) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id', [
          story.key,
          story.path,
          story.url ?? null,
          story.title ?? null,
          story.date ?? null,
          story.digest
        ])
        const storyId = inserted.rows[0]!.id
        for (const [ordinal, paragraph] of story.paragraphs.entries()) {
          const row = await query<{id: number}>(
            'INSERT INTO paragraphs (story, ordinal, key, words, shingles, start_offset, end_offset, start_line, end_line, text) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id',
            [storyId, ordinal, paragraph.key, paragraph.words, packShingles(paragraph.shingles), paragraph.start, paragraph.end, paragraph.startLine, paragraph.endLine, paragraph.text ?? null]
          )
          await query('INSERT INTO postings (shingle, paragraph) SELECT unnest($1::int[]), $2 ON CONFLICT DO NOTHING', [paragraph.shingles, row.rows[0]!.id])
          await query('INSERT INTO shingle_counts (shingle, n) SELECT DISTINCT unnest($1::int[]), 1 ON CONFLICT (shingle) DO UPDATE SET n = shingle_counts.n + 1', [paragraph.shingles])
        }
        return existing ? 'replaced' : 'added'
      }),
    remove: (keyOrPath) =>
      writing(async () => {
        const found = (await findStory(keyOrPath, false)) ?? (await findStory(keyOrPath, true))
        if (!found) return false
        await removeById(found.id)
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
    holding: async (shingles) => {
      const {rows} = await query<ParagraphRow>(`${SELECT_PARAGRAPH} WHERE p.id IN (SELECT paragraph FROM postings WHERE shingle = ANY($1::int[]))`, [[...shingles]])
      return rows.map(paragraphOfRow)
    },
    close: async () => {
      await client.end().catch(() => undefined)
    }
  }
}
