import {ArchiveError, isPostgres, type ArchiveStore} from './store.js'

/**
 * Opens the archive at `location` (a SQLite file, created on first use, or a
 * postgres:// URL). `reset`: an archive of another schema version is emptied
 * (a rebuild) rather than refused.
 */
export async function openArchive(location: string, options: {reset?: boolean} = {}): Promise<ArchiveStore> {
  if (isPostgres(location)) {
    const {openPostgres} = await backEnd(() => import('./postgres.js'), 'pg', 'pg@8')
    return openPostgres(location, options)
  }
  const {openSqlite} = await backEnd(() => import('./sqlite.js'), 'better-sqlite3', 'better-sqlite3@12')
  return openSqlite(location, options)
}

/**
 * The archive's database clients are optional peer dependencies: a git
 * install for a commit hook (which never needs the archive) does not compile
 * better-sqlite3. Without the client, one line says what to install.
 */
async function backEnd<T>(load: () => Promise<T>, name: string, install: string): Promise<T> {
  try {
    return await load()
  } catch (error) {
    const {code, message} = error as NodeJS.ErrnoException
    if (code === 'ERR_MODULE_NOT_FOUND' && message.includes(`'${name}'`)) {
      throw new ArchiveError(`the archive needs the package ${name}: run npm install ${install} where factlint is installed`)
    }
    throw error
  }
}
