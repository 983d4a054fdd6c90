/**
 * A linted draft as the archive sees it: who it is (front matter `url` or
 * `id`, else its path), its title and day, and the fingerprints
 * duplicate-block left of its prose paragraphs.
 */
import path from 'node:path'
import type {VFile} from 'vfile'
import {hash64} from '../analysis/duplicate-block/similarity-index.js'
import {isProse, type DuplicateFingerprint, type DuplicateSettings} from '../analysis/duplicate-block/match.js'
import {FINGERPRINT} from '../rules/duplicate-block.js'
import type {ArchiveStory, ArchiveParagraph} from './store.js'

/** The fingerprints duplicate-block memoised on a linted file, if it ran. */
export function fingerprintOf(file: VFile): DuplicateFingerprint | undefined {
  return file.data.factlint?.cache.get(FINGERPRINT) as DuplicateFingerprint | undefined
}

/** A path as stored: relative to `cwd`, with forward slashes. */
export function storedPath(absolutePath: string, cwd: string): string {
  return (path.relative(cwd, absolutePath) || absolutePath).split(path.sep).join('/')
}

function text(value: unknown): string | undefined {
  if (typeof value === 'string' && value.trim() !== '') return value.trim()
  if (typeof value === 'number') return String(value)
  return undefined
}

function dayOf(value: unknown): string | undefined {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10)
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : undefined
}

/** The key that identifies a draft in the archive: front matter `url`, then `id`, then the stored path. */
export function identityOf(file: VFile, storedAs: string): {key: string; url?: string} {
  const front = file.data.factlint?.frontMatter
  const url = text(front?.url)
  const id = text(front?.id)
  return {key: url ?? id ?? storedAs, ...(url ? {url} : {})}
}

/**
 * The story of a linted file, or undefined when duplicate-block did not run
 * on it. `fileDay` is the file's own date, used without a front matter `date`.
 */
export function storyOf(file: VFile, storedAs: string, settings: DuplicateSettings, options: {fileDay?: string; keepText?: boolean} = {}): ArchiveStory | undefined {
  const print = fingerprintOf(file)
  if (!print) return undefined
  const front = file.data.factlint?.frontMatter
  const source = String(file.value)
  const paragraphs: ArchiveParagraph[] = print.paragraphs
    .filter((paragraph) => isProse(paragraph, settings))
    .map((paragraph) => ({
      key: paragraph.key,
      words: paragraph.words,
      shingles: Array.from(paragraph.shingles),
      start: paragraph.start,
      end: paragraph.end,
      startLine: paragraph.startPoint.line,
      endLine: paragraph.endPoint.line,
      ...(options.keepText ? {text: source.slice(paragraph.start, paragraph.end)} : {})
    }))
  const {key, url} = identityOf(file, storedAs)
  const title = text(front?.title)
  const date = dayOf(front?.date) ?? options.fileDay
  const described = JSON.stringify([key, storedAs, url, title, date, paragraphs.map((paragraph) => [paragraph.key, paragraph.start, paragraph.end, paragraph.text ?? null])])
  return {key, path: storedAs, ...(url ? {url} : {}), ...(title ? {title} : {}), ...(date ? {date} : {}), digest: hash64(described), paragraphs}
}
