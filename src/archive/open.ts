import {isPostgres, type ArchiveStore} from './store.js'

/** Opens the archive at `location` (a SQLite file, created on first use, or a postgres:// URL). */
export async function openArchive(location: string): Promise<ArchiveStore> {
  if (isPostgres(location)) {
    const {openPostgres} = await import('./postgres.js')
    return openPostgres(location)
  }
  const {openSqlite} = await import('./sqlite.js')
  return openSqlite(location)
}
