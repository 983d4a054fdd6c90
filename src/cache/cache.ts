import {createHash} from 'node:crypto'
import {readFile} from 'node:fs/promises'
import path from 'node:path'
import {VFile} from 'vfile'
import {VFileMessage} from 'vfile-message'
import type {DocumentInfo} from '../engine/document.js'
import {formatOf, lint, type LintOptions} from '../engine/lint.js'
import {writeFileAtomic} from '../io/write-atomic.js'
import {parseMarkdownTree} from '../parse/markdown.js'
import type {FactlintMessageFields} from '../rules/define.js'

export const DEFAULT_CACHE = '.factlintcache'
const CACHE_VERSION = 1

type Json = null | boolean | number | string | Json[] | {[key: string]: Json}

interface StoredMessage {
  reason: string
  ruleId?: string
  source?: string
  url?: string
  fatal: boolean | null
  place?: unknown
  actual?: string
  expected?: string[]
  fix?: Json
  data?: Json
  cause?: {reason: string; file?: string; place?: unknown}
}

interface StoredDocument {
  key: string
  lang: DocumentInfo['lang']
  frontMatter?: Json
  /** The document's memoised analyses that survive JSON: cross-file rules read them. */
  analyses: Record<string, Json>
  messages: StoredMessage[]
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
 * fatal.
 */
export class LintCache {
  /** Paths (as shown) read from the cache in this run, for reporting and tests. */
  readonly reused: string[] = []
  private changed = false

  private constructor(
    readonly file: string,
    private readonly factlintVersion: string,
    private readonly data: CacheFile
  ) {}

  static async load(file: string, factlintVersion: string): Promise<LintCache> {
    let data: CacheFile = {version: CACHE_VERSION, documents: {}}
    try {
      const parsed = JSON.parse(await readFile(file, 'utf8')) as CacheFile
      if (parsed && parsed.version === CACHE_VERSION && typeof parsed.documents === 'object' && parsed.documents !== null) data = parsed
    } catch {
      // Missing or corrupt: start afresh.
    }
    return new LintCache(file, factlintVersion, data)
  }

  /** A drop-in for `lint` (run's `lintDocument`). */
  readonly lintDocument = async (text: string, options: LintOptions = {}): Promise<VFile> => {
    const id = path.resolve(options.cwd ?? process.cwd(), options.path ?? '')
    const key = this.keyOf(text, options)
    const stored = this.data.documents[id]
    if (stored && stored.key === key && Array.isArray(stored.messages)) {
      try {
        const file = restore(text, options, stored)
        this.reused.push(options.path ?? id)
        return file
      } catch {
        // A damaged entry: lint again.
      }
    }
    const file = await lint(text, options)
    this.data.documents[id] = store(key, file)
    this.changed = true
    return file
  }

  /** Writes the cache atomically if it changed; a failure is returned as a warning, never thrown. */
  async save(): Promise<string | undefined> {
    if (!this.changed) return undefined
    try {
      await writeFileAtomic(this.file, JSON.stringify(this.data))
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
      referenceDate: options.referenceDate?.toISOString() ?? null
    }
    return createHash('sha256').update(JSON.stringify(settings)).update('\0').update(text).digest('hex')
  }
}

function store(key: string, file: VFile): StoredDocument {
  const doc = file.data.factlint
  const analyses: Record<string, Json> = {}
  for (const [name, value] of doc?.cache ?? []) if (isPlainJson(value)) analyses[name] = value
  return {
    key,
    lang: doc?.lang ?? 'und',
    frontMatter: isPlainJson(doc?.frontMatter) ? doc.frontMatter : undefined,
    analyses,
    messages: file.messages.map((message) => {
      const extra = message as VFileMessage & FactlintMessageFields
      const cause = message.cause as VFileMessage | undefined
      return {
        reason: message.reason,
        ruleId: message.ruleId,
        source: message.source,
        url: message.url,
        fatal: message.fatal === true ? true : message.fatal === false ? false : null,
        place: message.place,
        actual: message.actual,
        expected: message.expected,
        fix: extra.fix as Json | undefined,
        data: extra.data as Json | undefined,
        cause: cause && typeof cause === 'object' && 'reason' in cause ? {reason: cause.reason, file: cause.file, place: cause.place} : undefined
      }
    })
  }
}

function restore(text: string, options: LintOptions, stored: StoredDocument): VFile {
  const file = new VFile({value: text, path: options.path, cwd: options.cwd})
  const format = options.format ?? formatOf(options.path)
  const doc: DocumentInfo = {
    text,
    lang: stored.lang,
    format,
    cache: new Map(Object.entries(stored.analyses ?? {})),
    mdast: format === 'markdown' ? parseMarkdownTree(file) : undefined,
    frontMatter: stored.frontMatter as Record<string, unknown> | undefined,
    referenceDate: options.referenceDate
  }
  file.data.factlint = doc
  for (const saved of stored.messages) {
    const message = file.message(saved.reason, {place: saved.place as VFileMessage['place'], ruleId: saved.ruleId, source: saved.source})
    message.fatal = saved.fatal ?? undefined
    message.url = saved.url
    message.actual = saved.actual
    message.expected = saved.expected
    const extra = message as VFileMessage & FactlintMessageFields
    if (saved.fix) extra.fix = saved.fix as unknown as FactlintMessageFields['fix']
    if (saved.data) extra.data = saved.data as FactlintMessageFields['data']
    if (saved.cause) {
      const cause = new VFileMessage(saved.cause.reason, {place: saved.cause.place as VFileMessage['place']})
      cause.file = saved.cause.file ?? ''
      message.cause = cause
    }
  }
  return file
}

/** Values that come back from JSON exactly as they went in. */
function isPlainJson(value: unknown): value is Json {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true
  if (typeof value === 'number') return Number.isFinite(value)
  if (Array.isArray(value)) return value.every(isPlainJson)
  if (typeof value !== 'object') return false
  const prototype = Object.getPrototypeOf(value)
  if (prototype !== Object.prototype && prototype !== null) return false
  return Object.values(value as Record<string, unknown>).every((item) => item === undefined || isPlainJson(item))
}
