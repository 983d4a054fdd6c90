/**
 * The archive's back ends under test: SQLite always; PostgreSQL when
 * FACTLINT_TEST_POSTGRES holds a server's URL (.ci/run starts a throw-away
 * cluster and sets it). In CI a missing URL is a failure, not a skip.
 */
import {randomBytes} from 'node:crypto'
import path from 'node:path'
import pg from 'pg'

export const POSTGRES_URL = process.env.FACTLINT_TEST_POSTGRES

if (!POSTGRES_URL) {
  if (process.env.CI) throw new Error('FACTLINT_TEST_POSTGRES is not set: .ci/run starts PostgreSQL for the archive tests')
  console.warn('archive tests: PostgreSQL tests skipped (set FACTLINT_TEST_POSTGRES=postgres://… to run them; .ci/run does)')
}

export interface Backend {
  name: string
  /** A new, empty archive location for one test. */
  fresh(folder: string): Promise<string>
}

const sqlite: Backend = {name: 'sqlite', fresh: async (folder) => path.join(folder, 'archive.sqlite')}

const postgres: Backend = {
  name: 'postgres',
  async fresh() {
    const name = `factlint_${randomBytes(6).toString('hex')}`
    const client = new pg.Client({connectionString: POSTGRES_URL})
    await client.connect()
    await client.query(`CREATE DATABASE ${name}`)
    await client.end()
    const url = new URL(POSTGRES_URL!)
    url.pathname = `/${name}`
    return url.toString()
  }
}

export const BACKENDS: Backend[] = POSTGRES_URL ? [sqlite, postgres] : [sqlite]
