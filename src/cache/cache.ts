import {createHash} from 'node:crypto'
import {readFile} from 'node:fs/promises'
import path from 'node:path'
import type {VFile} from 'vfile'
import {formatOf, lint, type LintOptions} from '../engine/lint.js'
import {deserializeFile, serializeFile, type SerialFile} from '../engine/serialize.js'
import {writeFileAtomic} from '../io/write-atomic.js'
import {parseMarkdownTree} from '../parse/markdown.js'
import {builtinRules} from '../rules/index.js'

export const DEFAULT_CACHE = '.factlintcache'
// 5: duplicate-block's prints of plain-text paragraphs have no `item`.
const CACHE_VERSION = 5

type Json = null | boolean | number | string | Json[] | {[key: string]: Json}

interface StoredDocument {
  key: string
  file: SerialFile
  /** sha256 of the key and the stored file: an entry edited or damaged by hand is linted again. */
  sum: string
}

interface CacheFile {
  version: typeof CACHE_VERSION
  documents: Record<string, StoredDocument>
}

/**
 * `--cache`: the results of documents whose content, settings (rules and
 * their options, language, reference date, rule set) and factlint version are
 * unchanged are read back instead of linting them again. Cross-file rules
 * still run over every document, from the analyses stored with it. A missing,
 * unreadable or corrupt cache file is an empty cache: it is rebuilt, never
 * fatal. Each entry carries a checksum, checked before it is used. A file that
 * is not a factlint cache (`--cache-location draft.txt`) is never overwritten.
 */
export class LintCache {
  /** Paths (as shown) read from the cache in this run, for reporting and tests. */
  readonly reused: string[] = []
  private changed = false

  private constructor(
    readonly file: string,
    private readonly factlintVersion: string,
    private readonly data: CacheFile,
    /** The file holds something else than a cache: it is read as empty and never written. */
    private readonly foreign: boolean
  ) {}

  static async load(file: string, factlintVersion: string): Promise<LintCache> {
    let data: CacheFile = {version: CACHE_VERSION, documents: {}}
    let foreign = false
    let content: string | undefined
    try {
      content = await readFile(file, 'utf8')
    } catch (error) {
      // Missing: created on save. A folder or an unreadable file is not a cache to replace.
      foreign = (error as NodeJS.ErrnoException).code !== 'ENOENT'
    }
    if (content !== undefined) {
      // Every cache factlint writes starts so, even when a crash cut it short; an empty file is an interrupted first write.
      foreign = content.trim().length > 0 && !CACHE_START.test(content)
      try {
        const parsed = JSON.parse(content, reviveTyped) as CacheFile
        if (parsed && parsed.version === CACHE_VERSION && typeof parsed.documents === 'object' && parsed.documents !== null) data = parsed
      } catch {
        // Corrupt: start afresh.
      }
    }
    return new LintCache(file, factlintVersion, foreign ? {version: CACHE_VERSION, documents: {}} : data, foreign)
  }

  /** A drop-in for `lint` (run's `lintDocument`). */
  readonly lintDocument = async (text: string, options: LintOptions = {}): Promise<VFile> => {
    const id = path.resolve(options.cwd ?? process.cwd(), options.path ?? '')
    const key = this.keyOf(text, options)
    const stored = this.data.documents[id]
    if (stored && stored.key === key && Array.isArray(stored.file?.messages) && stored.sum === checksum(stored.key, stored.file)) {
      try {
        const file = restore(text, options, stored)
        this.reused.push(options.path ?? id)
        return file
      } catch {
        // A damaged entry: lint again.
      }
    }
    const file = await lint(text, options)
    this.data.documents[id] = store(key, file, options)
    this.changed = true
    return file
  }

  /** Writes the cache atomically if it changed; a failure is returned as a warning, never thrown. */
  async save(): Promise<string | undefined> {
    if (!this.changed) return undefined
    if (this.foreign) return `${this.file}: not a factlint cache; not overwritten (choose another --cache-location)`
    try {
      await writeFileAtomic(this.file, JSON.stringify(this.data, replaceTyped))
      return undefined
    } catch (error) {
      return `${this.file}: cannot write the cache (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`
    }
  }

  private keyOf(text: string, options: LintOptions): string {
    const rules = (options.ruleSet ?? []).map((rule) => [rule.meta.id, rule.meta.defaultSeverity, rule.meta.languages])
    const settings = {
      factlint: this.factlintVersion,
      format: options.format ?? formatOf(options.path),
      lang: options.lang ?? 'auto',
      rules: options.rules ?? {},
      ruleSet: rules,
      referenceDate: options.referenceDate?.toISOString() ?? null,
      // A date to come is read from the day of the run: another day may read it otherwise.
      today: options.today?.toISOString().slice(0, 10) ?? null
    }
    return createHash('sha256').update(JSON.stringify(settings)).update('\0').update(text).digest('hex')
  }
}

function store(key: string, file: VFile, options: LintOptions): StoredDocument {
  // What cross-file rules read of each document, as worker runs carry it (keys `<rule-id>:…`).
  const shared = (options.ruleSet ?? builtinRules).filter((rule) => rule.checkAcrossFiles).map((rule) => `${rule.meta.id}:`)
  const serial = serializeFile(file, shared)
  serial.document.shared = serial.document.shared.filter(([, value]) => isPlainJson(value))
  return {key, file: serial, sum: checksum(key, serial)}
}

/** How every cache file starts (JSON.stringify of a CacheFile, or the same edited by hand). */
const CACHE_START = /^\s*\{\s*"version"\s*:/

function checksum(key: string, file: SerialFile): string {
  return createHash('sha256').update(key).update('\0').update(JSON.stringify(file, replaceTyped)).digest('hex')
}

function restore(text: string, options: LintOptions, stored: StoredDocument): VFile {
  const {referenceDate, today} = stored.file.document as {referenceDate?: string | Date; today?: string | Date}
  const document = {...stored.file.document, referenceDate: referenceDate === undefined ? undefined : new Date(referenceDate), today: new Date(today ?? 0)}
  const file = deserializeFile({...stored.file, path: options.path ?? '', cwd: options.cwd ?? process.cwd(), document}, text)
  // Comments in Markdown still apply to what cross-file rules report.
  if (file.data.factlint?.format === 'markdown') file.data.factlint.mdast = parseMarkdownTree(file)
  return file
}

/**
 * Typed arrays (the compact fingerprints of duplicate-block) as JSON:
 * `{"$typed": "Int32Array", "values": […]}`, read back as the same array.
 */
function replaceTyped(key: string, value: unknown): unknown {
  // duplicate-block's shingles are typed in a run and written as the plain arrays they were (ParagraphPrint.shingles).
  if (key === 'shingles' && value instanceof Int32Array) return Array.from(value)
  if (value instanceof Int32Array) return {$typed: 'Int32Array', values: Array.from(value)}
  if (value instanceof Uint8Array) return {$typed: 'Uint8Array', values: Array.from(value)}
  return value
}

function reviveTyped(_key: string, value: unknown): unknown {
  if (typeof value !== 'object' || value === null || !('$typed' in value)) return value
  const {$typed: kind, values} = value as {$typed: unknown; values: unknown}
  if (!Array.isArray(values) || !values.every((item) => typeof item === 'number')) return value
  if (kind === 'Int32Array') return Int32Array.from(values as number[])
  if (kind === 'Uint8Array') return Uint8Array.from(values as number[])
  return value
}

/** Values that come back from JSON exactly as they went in (typed arrays through replaceTyped). */
function isPlainJson(value: unknown): value is Json {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true
  if (typeof value === 'number') return Number.isFinite(value)
  if (Array.isArray(value)) return value.every(isPlainJson)
  if (value instanceof Int32Array || value instanceof Uint8Array) return true
  if (typeof value !== 'object') return false
  const prototype = Object.getPrototypeOf(value)
  if (prototype !== Object.prototype && prototype !== null) return false
  return Object.values(value as Record<string, unknown>).every((item) => item === undefined || isPlainJson(item))
}
