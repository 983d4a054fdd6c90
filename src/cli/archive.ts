/**
 * `--archive [LOCATION]`: after a run, duplicate-block's fingerprints of each
 * draft are compared with the archive of published paragraphs (src/archive/).
 * A problem with the archive is one line; the run's other findings stand.
 */
import {stat} from 'node:fs/promises'
import path from 'node:path'
import {archiveCause, archiveReason, matchArchive} from '../archive/match.js'
import {openArchive} from '../archive/open.js'
import {ArchiveError, DEFAULT_ARCHIVE, isPostgres, type ArchiveStore} from '../archive/store.js'
import {fingerprintOf, identityOf, storedPath} from '../archive/story.js'
import {settingOf, sortMessages, type LintOptions} from '../engine/lint.js'
import type {RunResult} from '../engine/run.js'
import {addMessage, ruleUrl, SOURCE} from '../document/messages.js'
import {duplicateBlock} from '../rules/duplicate-block.js'
import type {Lang} from '../types.js'
import type {VFile} from 'vfile'

/**
 * `--archive` takes an optional value, which node's parseArgs cannot: a bare
 * `--archive` (followed by nothing, an option or a file to lint) becomes
 * `--archive=` + the default location. A value is taken only when it reads
 * as a location: a postgres:// URL or a file ending in .sqlite or .db.
 */
export function withArchiveDefault(argv: readonly string[]): string[] {
  const out: string[] = []
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index]!
    if (arg !== '--archive') {
      out.push(arg)
      continue
    }
    const next = argv[index + 1]
    if (next !== undefined && (isPostgres(next) || /\.(sqlite3?|db)$/i.test(next))) {
      out.push(`--archive=${next}`)
      index++
    } else out.push(`--archive=${DEFAULT_ARCHIVE}`)
  }
  return out
}

/** The archive a lint reads: the flag, else the configuration's `archive` (true: the default file). */
export function archiveLocation(flag: string | undefined, config: string | boolean | undefined, cwd: string): string | undefined {
  const value = flag ?? (config === true ? DEFAULT_ARCHIVE : typeof config === 'string' ? config : undefined)
  if (value === undefined || value === '') return undefined
  return isPostgres(value) ? value : path.resolve(cwd, value)
}

/** One line for a problem with the archive; anything else is a bug and is thrown. */
export function archiveProblem(error: unknown): string {
  if (error instanceof ArchiveError) return error.message
  const message = error instanceof Error ? error.message : String(error)
  return `archive: ${message.split('\n')[0]}`
}

/**
 * Reports, on each linted draft, the prose paragraphs that repeat a published
 * one (duplicate-block's `archived` severity). Returns the problem line when
 * the archive cannot be read; findings added before it stay.
 */
export async function checkAgainstArchive(result: RunResult, location: string, cwd: string): Promise<string | undefined> {
  let store: ArchiveStore | undefined
  try {
    store = await openArchive(location)
    for (const document of result.documents) {
      const shown = document.absolutePath ? storedPath(document.absolutePath, cwd) : document.file.path
      await reportArchived(document.file, document.rules, store, shown)
    }
    return undefined
  } catch (error) {
    return archiveProblem(error)
  } finally {
    await store?.close().catch(() => undefined)
  }
}

/**
 * Adds to one linted file the findings of its prose paragraphs that repeat a
 * published one (duplicate-block's `archived` severity), with the archived
 * story as the related place: its day and title in the words, its URL or
 * path as the place. `shown` is the draft's path as the archive stores paths
 * (the draft's own copy is not compared with it). Returns how many were added.
 */
export async function reportArchived(file: VFile, rules: LintOptions['rules'], store: ArchiveStore, shown: string): Promise<number> {
  const [severity, raw] = settingOf(duplicateBlock, rules)
  if (severity === 'off') return 0
  const options = duplicateBlock.schema.parse(raw)
  if (options.archived === 'off') return 0
  const print = fingerprintOf(file)
  if (!print) return 0
  const self = {key: identityOf(file, shown).key, path: shown}
  const lang: Lang = file.data.factlint?.lang === 'fr' ? 'fr' : 'en'
  const matches = await matchArchive(print.paragraphs, new Set(print.repeated), store, options, self)
  for (const match of matches) {
    const paragraph = print.paragraphs[match.paragraph]!
    const {archived} = match
    const message = addMessage(file, {
      reason: archiveReason(match, lang),
      start: paragraph.start,
      end: paragraph.end,
      expected: [],
      cause: {
        reason: archiveCause(match, lang),
        start: archived.start,
        end: archived.end,
        path: archived.story.url ?? archived.story.path,
        startPoint: {line: archived.startLine, column: 1},
        endPoint: {line: archived.endLine, column: 1}
      },
      data: {
        kind: 'archived',
        exact: match.exact,
        similarity: Math.round(match.similarity * 1000) / 1000,
        archived: {...archived.story, lines: [archived.startLine, archived.endLine]}
      }
    })
    Object.assign(message, {ruleId: duplicateBlock.meta.id, source: SOURCE, url: ruleUrl(duplicateBlock.meta.id), fatal: options.archived === 'error'})
  }
  if (matches.length > 0) sortMessages(file)
  return matches.length
}

/** The file's own day (modification time), for a story without a front matter `date`. */
export async function fileDay(absolutePath: string | undefined): Promise<string | undefined> {
  if (!absolutePath) return undefined
  return stat(absolutePath).then(
    (info) => info.mtime.toISOString().slice(0, 10),
    () => undefined
  )
}
