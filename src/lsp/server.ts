/**
 * `factlint lsp`: a Language Server Protocol server over the CLI's engine and
 * configuration. A document is linted as `factlint FILE` lints it (the same
 * configuration file, found from the document's folder, the same rules and
 * options, the same size limit), from the editor's text rather than the disk;
 * the open documents (and, on request, the workspace's drafts) are then
 * compared with each other as the documents of one CLI run are.
 */
import {statSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {
  CodeActionKind,
  DiagnosticSeverity,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  MessageType,
  ShowMessageNotification,
  TextDocumentSyncKind,
  TextDocuments,
  type CodeAction,
  type CodeLens,
  type Connection,
  type Diagnostic
} from 'vscode-languageserver'
import {TextDocument} from 'vscode-languageserver-textdocument'
import {documentTimeline, renderTimeline, type DocumentTimeline} from '../cli/commands/timeline.js'
import {ConfigError} from '../config/errors.js'
import {CONFIG_FILES, type ResolvedConfig} from '../config/load.js'
import type {RuleSetting} from '../config/schema.js'
import {parseIsoDate} from '../dates/calendar.js'
import {DocumentLinter} from '../engine/lint-path.js'
import {crossFileKeys, isAcrossFilesFinding, lint, releaseAnalyses, runAcrossFiles, type LintOptions} from '../engine/lint.js'
import {openArchive} from '../archive/open.js'
import {archiveName, type ArchiveStore} from '../archive/store.js'
import {archiveLocation, archiveProblem, reportArchived} from '../cli/archive.js'
import {DEFAULT_MAX_FILE_SIZE} from '../engine/run.js'
import {decode} from '../io/decode.js'
import {discover} from '../io/discover.js'
import {SOURCE} from '../document/messages.js'
import {blockCount} from '../text/blocks.js'
import type {DocumentFormat, LangSetting} from '../types.js'
import {version} from '../version.js'
import {diagnosticsOf, fixAllOf, FIX_ALL_KIND, hoverOf, ignoreActionOf, messagesOf, quickFixesOf} from './diagnostics.js'

/**
 * Settings from `initializationOptions`, then from the client's
 * `workspace/configuration` (section `factlint`), which wins setting by
 * setting. They act as the CLI's flags: over the configuration file.
 */
export interface ServerSettings {
  /** Publication date, as `--date` (YYYY-MM-DD). */
  date?: string
  /** As `--lang`. */
  lang?: LangSetting
  /** As `--config`: one configuration file for every document. */
  config?: string
  /** As `--rule id=…`, for each rule named: a severity, or [severity, options]. */
  rules?: Record<string, RuleSetting>
  /** Milliseconds between the last change and the lint (150 by default). */
  debounce?: number
  /** As `--max-file-size`, in bytes. */
  maxFileSize?: number
}

const MARKDOWN = /\.(md|markdown|mdown|mkd)$/i
const TEXT = /\.(txt|text)$/i
const DEFAULT_DEBOUNCE = 150
export const TIMELINE_REQUEST = 'factlint/timeline'
/** Command of the timeline's code lens: shows the timeline as a message and answers it. Argument: the document's URI. */
export const SHOW_TIMELINE_COMMAND = 'factlint.showTimeline'
/** Command that lints the workspace's drafts from disk and compares them with the open documents. */
export const CHECK_WORKSPACE_COMMAND = 'factlint.checkWorkspace'

/** A linted document: open in the editor, or a draft of the workspace read from disk. */
interface Linted {
  version?: number
  file: VFile
  document: TextDocument
  /** The document's own findings, before the cross-file pass added its own. */
  own: VFileMessage[]
  /** The rule ids a suppression comment or directive may name. */
  known: ReadonlySet<string>
  /** What the cross-file pass last reported on the document, to tell when it changes. */
  across: string
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
  /** Drafts of the workspace read from disk (factlint.checkWorkspace), by absolute path; open documents take their place. */
  const drafts = new Map<string, Linted>()
  const timers = new Map<string, NodeJS.Timeout>()
  let initial: ServerSettings = {}
  let fromClient: ServerSettings = {}
  let settings: ServerSettings = {}
  let root = process.cwd()
  let linter: DocumentLinter | undefined
  let lastConfigProblem: string | undefined
  /** The modification time of each configuration file read, to read it again when it changes. */
  const configTimes = new Map<string, number>()
  let client = {pull: false, registerConfiguration: false, watchFiles: false}
  /** Settled once the client's settings are read: no document is linted before. */
  let ready: Promise<void> = Promise.resolve()

  const log = (line: string) => connection.console.log(`factlint: ${line}`)
  const warn = (line: string) => connection.console.warn(`factlint: ${line}`)

  function linterOf(): DocumentLinter {
    linter ??= new DocumentLinter({
      cwd: root,
      lang: settings.lang,
      configPath: settings.config,
      ruleOverrides: settings.rules,
      ruleOverridesLabel: `${SOURCE}.rules.`,
      referenceDate: parseIsoDate(settings.date),
      maxFileSize: settings.maxFileSize
    })
    return linter
  }

  function readSettings(value: unknown): ServerSettings {
    if (!value || typeof value !== 'object') return {}
    const raw = value as Record<string, unknown>
    const out: ServerSettings = {}
    if (typeof raw.date === 'string' && raw.date !== '') {
      if (parseIsoDate(raw.date)) out.date = raw.date
      else warn(`setting date: expected a date as YYYY-MM-DD, got ${JSON.stringify(raw.date)}; ignored`)
    }
    if (raw.lang === 'fr' || raw.lang === 'en' || raw.lang === 'auto') out.lang = raw.lang
    else if (raw.lang !== undefined && raw.lang !== null) warn(`setting lang: expected fr | en | auto, got ${JSON.stringify(raw.lang)}; ignored`)
    if (typeof raw.config === 'string' && raw.config !== '') out.config = raw.config
    if (raw.rules && typeof raw.rules === 'object' && !Array.isArray(raw.rules)) out.rules = raw.rules as Record<string, RuleSetting>
    else if (raw.rules !== undefined && raw.rules !== null) warn(`setting rules: expected an object of rule ids, got ${JSON.stringify(raw.rules)}; ignored`)
    if (typeof raw.debounce === 'number' && raw.debounce >= 0) out.debounce = raw.debounce
    if (typeof raw.maxFileSize === 'number' && raw.maxFileSize > 0) out.maxFileSize = raw.maxFileSize
    return out
  }

  /** New settings or configuration: everything is read again and every open document linted again (but the one being linted). */
  function reload(except?: string): void {
    settings = {...initial, ...fromClient}
    linter = undefined
    configTimes.clear()
    for (const document of documents.all()) if (document.uri !== except) schedule(document, 0)
  }

  /** The `factlint` section of the client's settings, pulled with `workspace/configuration`. */
  async function pullSettings(): Promise<void> {
    try {
      const [section] = (await connection.sendRequest('workspace/configuration', {items: [{scopeUri: pathToFileURL(root).href, section: SOURCE}]})) as unknown[]
      fromClient = readSettings(section)
    } catch (error) {
      warn(`workspace/configuration: ${error instanceof Error ? error.message : String(error)}; the initialization options stay`)
    }
  }

  connection.onInitialize((params) => {
    const folder = params.workspaceFolders?.[0]?.uri ?? params.rootUri
    if (folder?.startsWith('file:')) root = fileURLToPath(folder)
    initial = readSettings(params.initializationOptions)
    settings = {...initial}
    const workspace = params.capabilities.workspace
    client = {
      pull: workspace?.configuration === true,
      registerConfiguration: workspace?.didChangeConfiguration?.dynamicRegistration === true,
      watchFiles: workspace?.didChangeWatchedFiles?.dynamicRegistration === true
    }
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        codeActionProvider: {codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND]},
        hoverProvider: true,
        codeLensProvider: {resolveProvider: false},
        executeCommandProvider: {commands: [SHOW_TIMELINE_COMMAND, CHECK_WORKSPACE_COMMAND]}
      },
      serverInfo: {name: SOURCE, version: version()}
    }
  })

  connection.onInitialized(() => {
    log(`language server ${version()} started in ${root}`)
    if (client.registerConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, {section: SOURCE})
    if (client.watchFiles) void connection.client.register(DidChangeWatchedFilesNotification.type, {watchers: CONFIG_FILES.map((name) => ({globPattern: `**/${name}`}))})
    if (client.pull) {
      ready = pullSettings().then(() => {
        settings = {...initial, ...fromClient}
        linter = undefined
        log(`settings read from the client: ${JSON.stringify(fromClient)}`)
      })
    }
  })

  /** A configuration file changed: read configuration again and lint every open document. */
  connection.onDidChangeWatchedFiles((params) => {
    if (params.changes.some((change) => CONFIG_FILES.includes(path.basename(change.uri)))) reload()
  })

  connection.onDidChangeConfiguration(async (params) => {
    if (client.pull) {
      await (ready = pullSettings())
    } else {
      const section = (params.settings as Record<string, unknown> | null)?.[SOURCE]
      if (section === undefined) return
      fromClient = readSettings(section)
    }
    log(`settings read from the client: ${JSON.stringify(fromClient)}`)
    reload()
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
    await ready
    const document = documents.get(uri)
    if (!document) return
    const started = performance.now()
    const cpu = process.cpuUsage()
    try {
      const notices = await lintDocument(document)
      // The document changed while it was linted: the next lint will publish.
      if (documents.get(uri)?.version !== document.version) return
      const changed = await acrossDocuments()
      if (documents.get(uri)?.version !== document.version) return
      const entry = linted.get(uri)
      await connection.sendDiagnostics({uri, version: document.version, diagnostics: entry ? diagnosticsOfEntry(entry) : notices})
      for (const other of changed) if (other !== entry) await publish(other)
      // The work of one lint, for `$/setTrace` verbose (npm run bench reads it: CPU time is steadier than wall time on a busy machine).
      const used = process.cpuUsage(cpu)
      const paragraphs = entry ? blockCount(entry.file) : undefined
      connection.tracer.log(`lint ${uri} version ${document.version}: ${round(performance.now() - started)} ms, ${round((used.user + used.system) / 1000)} ms of CPU, ${paragraphs ?? 0} paragraphs analysed`)
    } catch (error) {
      // A bug in factlint: one log line, the server keeps serving.
      connection.console.error(`factlint: internal error on ${uri}: ${error instanceof Error ? error.message : String(error)}`)
    }
  }

  function diagnosticsOfEntry(entry: Linted): Diagnostic[] {
    return diagnosticsOf(entry.file, entry.document, root, documentAt)
  }

  function publish(entry: Linted): Promise<void> {
    return connection.sendDiagnostics({uri: entry.document.uri, ...(entry.version === undefined ? {} : {version: entry.version}), diagnostics: diagnosticsOfEntry(entry)})
  }

  /** The path a document is linted under: relative to the workspace, as the CLI run there names it. */
  function shownPathOf(uri: string): {shown: string; absolute?: string} {
    if (!uri.startsWith('file:')) return {shown: uri}
    const absolute = fileURLToPath(uri)
    return {shown: path.relative(root, absolute) || absolute, absolute}
  }

  /** The open document (or workspace draft) linted under `shown`. */
  function documentAt(shown: string): TextDocument | undefined {
    for (const entry of [...linted.values(), ...drafts.values()]) if (entry.file.path === shown) return entry.document
    return undefined
  }

  /**
   * The configuration for a document in `folder`, read again first when its
   * file changed on disk since it was read (for editors that do not report
   * changed files) or when the last reading failed.
   */
  async function configFor(folder: string, linting?: string): Promise<ResolvedConfig> {
    if (lastConfigProblem) linter = undefined
    let config = await linterOf().configFor(folder)
    if (config.filepath) {
      const time = statSync(config.filepath, {throwIfNoEntry: false})?.mtimeMs ?? 0
      const known = configTimes.get(config.filepath)
      if (known !== undefined && known !== time) {
        log(`${path.relative(root, config.filepath) || config.filepath} changed: configuration read again`)
        reload(linting)
        config = await linterOf().configFor(folder)
      }
      if (config.filepath) configTimes.set(config.filepath, statSync(config.filepath, {throwIfNoEntry: false})?.mtimeMs ?? 0)
    }
    return config
  }

  /** Lints the document; the diagnostics to show instead of findings (a notice), if it could not be linted. */
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
    const {shown, absolute} = shownPathOf(document.uri)
    let file: VFile
    let config: ResolvedConfig
    try {
      config = await configFor(absolute ? path.dirname(absolute) : root, document.uri)
      const options = linterOf().optionsFor(config, shown, absolute)
      file = await lint(text, {...options, format})
      // The configuration's `archive`: paragraphs already published, reported as `factlint --archive` reports them.
      const archive = archiveLocation(undefined, config.config.archive, root)
      if (archive) await checkArchive(file, options.rules, archive, shown)
      if (lastConfigProblem) log('configuration read again without error')
      lastConfigProblem = undefined
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error
      // Each document shows the problem; the log says it once.
      if (lastConfigProblem !== error.message) warn(`configuration: ${error.message}`)
      lastConfigProblem = error.message
      return [notice(`factlint: configuration error, nothing linted: ${error.message}`, DiagnosticSeverity.Error)]
    }
    linted.set(document.uri, {version: document.version, file, document, own: [...file.messages], known: new Set(config.rules.map((rule) => rule.meta.id)), across: ''})
    return []
  }

  /**
   * The cross-file pass (a passage pasted from another draft) over the open
   * documents as the editor has them and the workspace drafts read, as a CLI
   * run over those files makes it, with the workspace folder's
   * configuration. Returns the documents whose cross-file findings changed.
   */
  async function acrossDocuments(): Promise<Linted[]> {
    let options: Pick<LintOptions, 'ruleSet' | 'rules'>
    try {
      const {ruleSet, rules} = linterOf().optionsFor(await configFor(root), '.')
      options = {ruleSet, rules}
    } catch (error) {
      if (error instanceof ConfigError) return []
      throw error
    }
    const open = [...linted.values()].filter((entry) => documents.get(entry.document.uri)?.version === entry.version)
    const openPaths = new Set(open.map((entry) => entry.file.path))
    const entries = [...open, ...[...drafts.values()].filter((entry) => !openPaths.has(entry.file.path))]
    for (const entry of entries) entry.file.messages = [...entry.own]
    try {
      runAcrossFiles(
        entries.map((entry) => entry.file),
        options
      )
    } catch (error) {
      // A cross-file rule that throws (a plugin's) costs the comparison, not each document's own findings.
      connection.console.error(`factlint: internal error comparing the open documents: ${error instanceof Error ? error.message : String(error)}`)
      for (const entry of entries) entry.file.messages = [...entry.own]
    }
    const changed: Linted[] = []
    for (const entry of entries) {
      const across = acrossKeyOf(entry.file)
      if (across === entry.across) continue
      entry.across = across
      changed.push(entry)
    }
    return changed
  }

  /**
   * `factlint.checkWorkspace`: the workspace's drafts (found as `factlint .`
   * finds them in the workspace folder) are read from disk and linted, one at
   * a time between the editor's messages, then compared with the open
   * documents; each draft's findings are published. Answers how many drafts
   * were read and the problems met.
   */
  async function checkWorkspace(): Promise<{drafts: number; problems: string[]}> {
    await ready
    let config: ResolvedConfig
    try {
      config = await configFor(root)
    } catch (error) {
      if (error instanceof ConfigError) return {drafts: 0, problems: [error.message]}
      throw error
    }
    const {files, problems} = await discover([root], root, config.config.ignore ?? [])
    const shared = crossFileKeys(config.rules)
    const before = new Set(drafts.keys())
    drafts.clear()
    for (const absolute of files) {
      // The editor's messages are answered between two drafts.
      await new Promise((resolve) => setImmediate(resolve))
      const uri = pathToFileURL(absolute).href
      if (documents.get(uri)) continue
      const shown = path.relative(root, absolute) || absolute
      const result = await linterOf().lintPath(absolute, shown)
      if ('problem' in result) problems.push(result.problem)
      if (!('document' in result)) continue
      const {file} = result.document
      releaseAnalyses(file, shared)
      const format = file.data.factlint?.format ?? 'text'
      const document = TextDocument.create(uri, format === 'markdown' ? 'markdown' : 'plaintext', 0, String(file.value))
      drafts.set(absolute, {file, document, own: [...file.messages], known: new Set(result.document.config.rules.map((rule) => rule.meta.id)), across: ''})
    }
    const changed = new Set(await acrossDocuments())
    for (const entry of drafts.values()) await publish(entry)
    for (const entry of changed) if (!drafts.has(fileURLToPath(entry.document.uri))) await publish(entry)
    // Drafts read last time and gone now lose their findings.
    for (const absolute of before) if (!drafts.has(absolute) && !documents.get(pathToFileURL(absolute).href)) await connection.sendDiagnostics({uri: pathToFileURL(absolute).href, diagnostics: []})
    log(`workspace: ${drafts.size} draft${drafts.size === 1 ? '' : 's'} read from disk`)
    return {drafts: drafts.size, problems}
  }

  /**
   * The archives read, kept open from one lint to the next (a PostgreSQL
   * archive is one connection for the session, not one per keystroke). A
   * store that fails is closed and opened again by the next lint: the
   * server went away, or `archive rebuild` changed the file under it.
   */
  const archives = new Map<string, Promise<ArchiveStore>>()

  /** A problem with the archive is one log line; the document's other findings are published. */
  async function checkArchive(file: VFile, rules: LintOptions['rules'], location: string, shown: string): Promise<void> {
    let opened = archives.get(location)
    if (!opened) {
      archives.set(location, (opened = openArchive(location)))
      log(`archive ${archiveName(location)} opened`)
    }
    try {
      await reportArchived(file, rules, await opened, shown)
    } catch (error) {
      warn(archiveProblem(error))
      if (archives.get(location) === opened) archives.delete(location)
      await opened.then((store) => store.close()).catch(() => undefined)
    }
  }

  async function closeArchives(): Promise<void> {
    const open = [...archives.values()]
    archives.clear()
    await Promise.all(open.map((opened) => opened.then((store) => store.close()).catch(() => undefined)))
  }

  documents.onDidOpen(({document}) => {
    // The editor's text replaces the draft read from disk.
    if (document.uri.startsWith('file:')) drafts.delete(fileURLToPath(document.uri))
    schedule(document, 0)
  })
  documents.onDidChangeContent(({document}) => schedule(document, settings.debounce ?? DEFAULT_DEBOUNCE))
  documents.onDidClose(({document}) => {
    clearTimeout(timers.get(document.uri))
    timers.delete(document.uri)
    linted.delete(document.uri)
    void connection.sendDiagnostics({uri: document.uri, diagnostics: []})
    // The documents it was compared with lose what they shared with it.
    void ready
      .then(acrossDocuments)
      .then(async (changed) => {
        for (const entry of changed) await publish(entry)
      })
      .catch((error: unknown) => connection.console.error(`factlint: internal error after closing ${document.uri}: ${error instanceof Error ? error.message : String(error)}`))
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
      for (const {message, diagnostic} of messagesOf(entry.file, entry.version!, params.context.diagnostics)) {
        actions.push(...quickFixesOf(message, diagnostic, entry.document))
        const ignore = ignoreActionOf(message, diagnostic, entry.file, entry.document, entry.known)
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

  /** What `factlint timeline --format json` prints for the document as the editor has it, with its configuration and the server's settings; null for a document not open. */
  async function timelineOf(uri: unknown): Promise<DocumentTimeline | null> {
    await ready
    const document = typeof uri === 'string' ? documents.get(uri) : undefined
    if (!document) return null
    const {shown, absolute} = shownPathOf(document.uri)
    const format = formatOfDocument(document.uri, document.languageId) ?? 'text'
    try {
      // The configuration the diagnostics are linted with: its language, publication date and date rule options.
      const options = linterOf().optionsFor(await configFor(absolute ? path.dirname(absolute) : root), shown, absolute)
      return await documentTimeline(document.getText(), {path: shown, cwd: root, lang: options.lang, rules: options.rules, referenceDate: options.referenceDate, format})
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error
      // A configuration the diagnostics already report as broken: the timeline of the server's own settings.
      return documentTimeline(document.getText(), {path: shown, cwd: root, lang: settings.lang ?? 'auto', referenceDate: parseIsoDate(settings.date), format})
    }
  }

  /** `factlint/timeline` ({textDocument: {uri}}). */
  connection.onRequest(TIMELINE_REQUEST, (params: {textDocument?: {uri?: unknown}} | null) => timelineOf(params?.textDocument?.uri))

  /** One lens at the top of each linted document: the command that shows its timeline. */
  connection.onCodeLens((params): CodeLens[] => {
    const document = documents.get(params.textDocument.uri)
    if (!document || !formatOfDocument(document.uri, document.languageId)) return []
    const top = {line: 0, character: 0}
    return [{range: {start: top, end: top}, command: {title: `${SOURCE}: show the timeline`, command: SHOW_TIMELINE_COMMAND, arguments: [document.uri]}}]
  })

  connection.onExecuteCommand(async (params) => {
    if (params.command === SHOW_TIMELINE_COMMAND) {
      const timeline = await timelineOf(params.arguments?.[0])
      // A notification, not a request: the editor shows it and answers nothing.
      if (timeline) void connection.sendNotification(ShowMessageNotification.type, {type: MessageType.Info, message: renderTimeline(timeline).trimEnd()})
      return timeline
    }
    if (params.command === CHECK_WORKSPACE_COMMAND) return checkWorkspace()
    warn(`unknown command ${JSON.stringify(params.command)}`)
    return null
  })

  connection.onShutdown(async () => {
    for (const timer of timers.values()) clearTimeout(timer)
    timers.clear()
    await closeArchives()
  })

  documents.listen(connection)
  connection.listen()
}

/** The cross-file findings of a file, as a key that changes when they do. */
function acrossKeyOf(file: VFile): string {
  return file.messages
    .filter(isAcrossFilesFinding)
    .map((message) => {
      const place = message.place && 'start' in message.place ? `${message.place.start.offset}-${message.place.end.offset}` : ''
      const cause = message.cause as VFileMessage | undefined
      const related = cause?.place && 'start' in cause.place ? `${cause.file}:${cause.place.start.offset}-${cause.place.end.offset}` : ''
      return `${message.ruleId} ${place} ${related} ${message.fatal} ${message.reason}`
    })
    .join('\n')
}

function round(ms: number): number {
  return Math.round(ms * 10) / 10
}

function notice(message: string, severity: DiagnosticSeverity): Diagnostic {
  return {range: {start: {line: 0, character: 0}, end: {line: 0, character: 0}}, severity, source: SOURCE, message}
}
