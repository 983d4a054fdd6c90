/**
 * `factlint lsp`: a Language Server Protocol server over the CLI's engine and
 * configuration. A document is linted as `factlint FILE` lints it (the same
 * configuration file, found from the document's folder, the same rules and
 * options, the same size limit), from the editor's text rather than the disk.
 */
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import type {VFile} from 'vfile'
import {CodeActionKind, DiagnosticSeverity, TextDocumentSyncKind, TextDocuments, type CodeAction, type Connection, type Diagnostic} from 'vscode-languageserver'
import {TextDocument} from 'vscode-languageserver-textdocument'
import {ConfigError} from '../config/errors.js'
import {CONFIG_FILES} from '../config/load.js'
import {parseIsoDate} from '../dates/calendar.js'
import {DocumentLinter} from '../engine/lint-path.js'
import {lint, type LintOptions} from '../engine/lint.js'
import {openArchive} from '../archive/open.js'
import type {ArchiveStore} from '../archive/store.js'
import {archiveLocation, archiveProblem, reportArchived} from '../cli/archive.js'
import {DEFAULT_MAX_FILE_SIZE} from '../engine/run.js'
import {timelineOf, type Timeline} from '../dates/report.js'
import {dateTimeline} from '../rules/date-timeline.js'
import {dateWeekday} from '../rules/date-weekday.js'
import {decode} from '../io/decode.js'
import {SOURCE} from '../rules/define.js'
import type {DocumentFormat, LangSetting} from '../types.js'
import {version} from '../version.js'
import {diagnosticsOf, fixAllOf, FIX_ALL_KIND, hoverOf, ignoreActionOf, messagesOf, quickFixesOf} from './diagnostics.js'

/** Settings from `initializationOptions` (or the `factlint` section of the workspace configuration). */
export interface ServerSettings {
  /** Publication date, as `--date` (YYYY-MM-DD). */
  date?: string
  /** As `--lang`. */
  lang?: LangSetting
  /** As `--config`: one configuration file for every document. */
  config?: string
  /** Milliseconds between the last change and the lint (150 by default). */
  debounce?: number
  /** As `--max-file-size`, in bytes. */
  maxFileSize?: number
}

const MARKDOWN = /\.(md|markdown|mdown|mkd)$/i
const TEXT = /\.(txt|text)$/i
const DEFAULT_DEBOUNCE = 150
export const TIMELINE_REQUEST = 'factlint/timeline'

interface Linted {
  version: number
  file: VFile
  document: TextDocument
  cwd: string
}

/** The format a document is linted in, from its language id then its extension; undefined for other documents. */
export function formatOfDocument(uri: string, languageId: string): DocumentFormat | undefined {
  if (languageId === 'markdown' || MARKDOWN.test(uri)) return 'markdown'
  if (languageId === 'plaintext' || languageId === 'text' || TEXT.test(uri)) return 'text'
  return undefined
}

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument)
  const linted = new Map<string, Linted>()
  const timers = new Map<string, NodeJS.Timeout>()
  let settings: ServerSettings = {}
  let root = process.cwd()
  let linter: DocumentLinter | undefined
  let lastConfigProblem: string | undefined

  const log = (line: string) => connection.console.log(`factlint: ${line}`)
  const warn = (line: string) => connection.console.warn(`factlint: ${line}`)

  function linterOf(): DocumentLinter {
    linter ??= new DocumentLinter({
      cwd: root,
      lang: settings.lang,
      configPath: settings.config,
      referenceDate: parseIsoDate(settings.date)
    })
    return linter
  }

  function readSettings(value: unknown): ServerSettings {
    if (!value || typeof value !== 'object') return {}
    const raw = value as Record<string, unknown>
    const out: ServerSettings = {}
    if (typeof raw.date === 'string') {
      if (parseIsoDate(raw.date)) out.date = raw.date
      else warn(`setting date: expected a date as YYYY-MM-DD, got ${JSON.stringify(raw.date)}; ignored`)
    }
    if (raw.lang === 'fr' || raw.lang === 'en' || raw.lang === 'auto') out.lang = raw.lang
    else if (raw.lang !== undefined) warn(`setting lang: expected fr | en | auto, got ${JSON.stringify(raw.lang)}; ignored`)
    if (typeof raw.config === 'string') out.config = raw.config
    if (typeof raw.debounce === 'number' && raw.debounce >= 0) out.debounce = raw.debounce
    if (typeof raw.maxFileSize === 'number' && raw.maxFileSize > 0) out.maxFileSize = raw.maxFileSize
    return out
  }

  connection.onInitialize((params) => {
    const folder = params.workspaceFolders?.[0]?.uri ?? params.rootUri
    if (folder?.startsWith('file:')) root = fileURLToPath(folder)
    settings = readSettings(params.initializationOptions)
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        codeActionProvider: {codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND]},
        hoverProvider: true
      },
      serverInfo: {name: SOURCE, version: version()}
    }
  })

  connection.onInitialized(() => log(`language server ${version()} started in ${root}`))

  /** A configuration file changed: read configuration again and lint every open document. */
  connection.onDidChangeWatchedFiles((params) => {
    if (!params.changes.some((change) => CONFIG_FILES.includes(path.basename(change.uri)))) return
    linter = undefined
    for (const document of documents.all()) schedule(document, 0)
  })

  connection.onDidChangeConfiguration((params) => {
    const section = (params.settings as Record<string, unknown> | null)?.[SOURCE]
    if (section === undefined) return
    settings = {...settings, ...readSettings(section)}
    linter = undefined
    for (const document of documents.all()) schedule(document, 0)
  })

  function schedule(document: TextDocument, delay: number): void {
    clearTimeout(timers.get(document.uri))
    timers.set(
      document.uri,
      setTimeout(() => {
        timers.delete(document.uri)
        void validate(document.uri)
      }, delay)
    )
  }

  async function validate(uri: string): Promise<void> {
    const document = documents.get(uri)
    if (!document) return
    try {
      const diagnostics = await lintDocument(document)
      // The document changed while it was linted: the next lint will publish.
      if (documents.get(uri)?.version !== document.version) return
      await connection.sendDiagnostics({uri, version: document.version, diagnostics})
    } catch (error) {
      // A bug in factlint: one log line, the server keeps serving.
      connection.console.error(`factlint: internal error on ${uri}: ${error instanceof Error ? error.message : String(error)}`)
    }
  }

  async function lintDocument(document: TextDocument): Promise<Diagnostic[]> {
    linted.delete(document.uri)
    const format = formatOfDocument(document.uri, document.languageId)
    if (!format) return []
    const text = document.getText()
    const limit = settings.maxFileSize ?? DEFAULT_MAX_FILE_SIZE
    const size = Buffer.byteLength(text, 'utf8')
    if (size > limit) {
      warn(`${document.uri}: document too large (${size} bytes, over ${limit}); not linted`)
      return [notice(`factlint: document too large (${size} bytes, over the limit of ${limit}); not linted`, DiagnosticSeverity.Information)]
    }
    if (decode(Buffer.from(text.slice(0, 8192), 'utf8')).kind === 'binary') {
      warn(`${document.uri}: binary content; not linted`)
      return []
    }
    const absolute = document.uri.startsWith('file:') ? fileURLToPath(document.uri) : undefined
    const shownPath = absolute ? path.relative(root, absolute) || absolute : `untitled${format === 'markdown' ? '.md' : '.txt'}`
    let file: VFile
    const linter = linterOf()
    try {
      const config = await linter.configFor(absolute ? path.dirname(absolute) : root)
      const options = linter.optionsFor(config, shownPath)
      file = await lint(text, {...options, format})
      // The configuration's `archive`: paragraphs already published, reported as `factlint --archive` reports them.
      const archive = archiveLocation(undefined, config.config.archive, root)
      if (archive) await checkArchive(file, options.rules, archive, shownPath)
      if (lastConfigProblem) log('configuration read again without error')
      lastConfigProblem = undefined
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error
      // Each document shows the problem; the log says it once.
      if (lastConfigProblem !== error.message) warn(`configuration: ${error.message}`)
      lastConfigProblem = error.message
      return [notice(`factlint: configuration error, nothing linted: ${error.message}`, DiagnosticSeverity.Error)]
    }
    linted.set(document.uri, {version: document.version, file, document, cwd: root})
    return diagnosticsOf(file, document, root)
  }

  /** A problem with the archive is one log line; the document's other findings are published. */
  async function checkArchive(file: VFile, rules: LintOptions['rules'], location: string, shown: string): Promise<void> {
    let store: ArchiveStore | undefined
    try {
      store = await openArchive(location)
      await reportArchived(file, rules, store, shown)
    } catch (error) {
      warn(archiveProblem(error))
    } finally {
      await store?.close().catch(() => undefined)
    }
  }

  documents.onDidOpen(({document}) => schedule(document, 0))
  documents.onDidChangeContent(({document}) => schedule(document, settings.debounce ?? DEFAULT_DEBOUNCE))
  documents.onDidClose(({document}) => {
    clearTimeout(timers.get(document.uri))
    timers.delete(document.uri)
    linted.delete(document.uri)
    void connection.sendDiagnostics({uri: document.uri, diagnostics: []})
  })

  /** The lint of the document as the editor has it now, if any. */
  function current(uri: string): Linted | undefined {
    const entry = linted.get(uri)
    return entry && documents.get(uri)?.version === entry.version ? entry : undefined
  }

  connection.onCodeAction((params) => {
    const entry = current(params.textDocument.uri)
    if (!entry) return []
    const only = params.context.only
    const wants = (kind: string) => !only || only.some((asked) => kind === asked || kind.startsWith(`${asked}.`))
    const actions: CodeAction[] = []
    if (wants(CodeActionKind.QuickFix)) {
      for (const {message, diagnostic} of messagesOf(entry.file, entry.version, params.context.diagnostics)) {
        actions.push(...quickFixesOf(message, diagnostic, entry.document))
        const ignore = ignoreActionOf(message, diagnostic, entry.file, entry.document)
        if (ignore) actions.push(ignore)
      }
    }
    if (wants(FIX_ALL_KIND)) {
      const all = fixAllOf(entry.file, entry.document, FIX_ALL_KIND)
      if (all) actions.push(all)
    }
    return actions
  })

  connection.onHover((params) => {
    const entry = current(params.textDocument.uri)
    return entry ? hoverOf(entry.file, entry.document, params.position) : undefined
  })

  /**
   * `factlint/timeline` ({textDocument: {uri}}): what `factlint timeline
   * --format json` prints for the document as the editor has it, with the
   * server's `date` and `lang` as that command's --date and --lang.
   */
  connection.onRequest(TIMELINE_REQUEST, async (params: {textDocument?: {uri?: unknown}}): Promise<Timeline | null> => {
    const uri = params?.textDocument?.uri
    const document = typeof uri === 'string' ? documents.get(uri) : undefined
    if (!document) return null
    const format = formatOfDocument(document.uri, document.languageId) ?? 'text'
    const absolute = document.uri.startsWith('file:') ? fileURLToPath(document.uri) : undefined
    const file = await lint(document.getText(), {
      path: absolute ? path.relative(root, absolute) || absolute : `untitled${format === 'markdown' ? '.md' : '.txt'}`,
      cwd: root,
      lang: settings.lang ?? 'auto',
      referenceDate: parseIsoDate(settings.date),
      ruleSet: [dateWeekday, dateTimeline],
      format
    })
    return timelineOf(file)
  })

  connection.onShutdown(() => {
    for (const timer of timers.values()) clearTimeout(timer)
    timers.clear()
  })

  documents.listen(connection)
  connection.listen()
}

function notice(message: string, severity: DiagnosticSeverity): Diagnostic {
  return {range: {start: {line: 0, character: 0}, end: {line: 0, character: 0}}, severity, source: SOURCE, message}
}
