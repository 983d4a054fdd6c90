/**
 * An editor, as far as the language server can tell: the built binary run as
 * `factlint lsp --stdio`, driven over its standard streams with the
 * protocol's own client-side package.
 */
import {spawn, type ChildProcess} from 'node:child_process'
import {pathToFileURL} from 'node:url'
import {
  CodeActionRequest,
  CodeLensRequest,
  ConfigurationRequest,
  DidChangeConfigurationNotification,
  DidCloseTextDocumentNotification,
  ExecuteCommandRequest,
  ShowMessageNotification,
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  HoverRequest,
  InitializedNotification,
  InitializeRequest,
  LogMessageNotification,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type ClientCapabilities,
  type CodeAction,
  type CodeLens,
  type Diagnostic,
  type Hover,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type TextDocumentContentChangeEvent
} from 'vscode-languageserver-protocol/node'
import {BIN, runCli} from '../support/cli.js'

export class Editor {
  readonly child: ChildProcess
  readonly connection: ProtocolConnection
  readonly logs: string[] = []
  /** The `window/showMessage` texts received. */
  readonly shown: string[] = []
  /** What the editor answers to `workspace/configuration`, section by section (when it says it can). */
  settings: Record<string, unknown> = {}
  readonly published: PublishDiagnosticsParams[] = []
  private readonly waiting: Array<() => void> = []
  private readonly versions = new Map<string, number>()

  constructor(readonly cwd: string) {
    this.child = spawn(process.execPath, [BIN, 'lsp', '--stdio'], {cwd, stdio: ['pipe', 'pipe', 'pipe']})
    this.connection = createProtocolConnection(new StreamMessageReader(this.child.stdout!), new StreamMessageWriter(this.child.stdin!))
    this.connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      this.published.push(params)
      for (const wake of this.waiting.splice(0)) wake()
    })
    this.connection.onNotification(ShowMessageNotification.type, (params) => {
      this.shown.push(params.message)
      for (const wake of this.waiting.splice(0)) wake()
    })
    this.connection.onRequest(ConfigurationRequest.type, (params) => params.items.map((item) => (item.section ? (this.settings[item.section] ?? null) : this.settings)))
    this.connection.onRequest('client/registerCapability', () => null)
    this.connection.onNotification(LogMessageNotification.type, (params) => {
      this.logs.push(params.message)
      for (const wake of this.waiting.splice(0)) wake()
    })
    this.connection.listen()
  }

  uri(name: string): string {
    return pathToFileURL(`${this.cwd}/${name}`).href
  }

  async initialize(initializationOptions: Record<string, unknown> = {}, capabilities: ClientCapabilities = {}): Promise<void> {
    const result = await this.connection.sendRequest(InitializeRequest.type, {processId: process.pid, rootUri: pathToFileURL(this.cwd).href, capabilities, initializationOptions})
    if (result.serverInfo?.name !== 'factlint') throw new Error(`unexpected server ${JSON.stringify(result.serverInfo)}`)
    await this.connection.sendNotification(InitializedNotification.type, {})
  }

  async open(name: string, text: string, languageId: string): Promise<void> {
    this.versions.set(name, 1)
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, {textDocument: {uri: this.uri(name), languageId, version: 1, text}})
  }

  async change(name: string, changes: TextDocumentContentChangeEvent[]): Promise<number> {
    const version = (this.versions.get(name) ?? 0) + 1
    this.versions.set(name, version)
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, {textDocument: {uri: this.uri(name), version}, contentChanges: changes})
    return version
  }

  async close(name: string): Promise<void> {
    await this.connection.sendNotification(DidCloseTextDocumentNotification.type, {textDocument: {uri: this.uri(name)}})
  }

  /** The settings changed in the editor: `workspace/didChangeConfiguration` as a client that is asked for them sends it. */
  async changeSettings(settings: Record<string, unknown>): Promise<void> {
    this.settings = settings
    await this.connection.sendNotification(DidChangeConfigurationNotification.type, {settings: null})
  }

  /** How many diagnostics were published so far, to wait for the next ones with `diagnosticsAfter`. */
  mark(): number {
    return this.published.length
  }

  /** The first diagnostics published for the document after `mark` (whatever their version). */
  async diagnosticsAfter(name: string, mark: number): Promise<Diagnostic[]> {
    const uri = this.uri(name)
    return (await this.until(() => this.published.slice(mark).find((params) => params.uri === uri))).diagnostics
  }

  /** Waits until a window/showMessage matching `pattern` came. */
  async message(pattern: RegExp): Promise<string> {
    return this.until(() => this.shown.find((line) => pattern.test(line)))
  }

  codeLenses(name: string): Promise<CodeLens[] | null> {
    return this.connection.sendRequest(CodeLensRequest.type, {textDocument: {uri: this.uri(name)}})
  }

  execute(command: string, args: unknown[] = []): Promise<unknown> {
    return this.connection.sendRequest(ExecuteCommandRequest.type, {command, arguments: args})
  }

  /** The diagnostics the server published for this version of the document (the first open is version 1). */
  async diagnostics(name: string, version = this.versions.get(name) ?? 1): Promise<Diagnostic[]> {
    const uri = this.uri(name)
    return (await this.until(() => this.published.find((params) => params.uri === uri && params.version === version))).diagnostics
  }

  /** Waits until a log line matching `pattern` came. */
  async log(pattern: RegExp): Promise<string> {
    return this.until(() => this.logs.find((line) => pattern.test(line)))
  }

  private async until<T>(found: () => T | undefined): Promise<T> {
    for (;;) {
      const value = found()
      if (value !== undefined) return value
      if (this.child.exitCode !== null) throw new Error(`the server exited (${this.child.exitCode})`)
      await new Promise<void>((resolve) => this.waiting.push(resolve))
    }
  }

  codeActions(name: string, diagnostics: Diagnostic[], only?: string[]): Promise<CodeAction[]> {
    const range = diagnostics[0]?.range ?? {start: {line: 0, character: 0}, end: {line: 0, character: 0}}
    return this.connection.sendRequest(CodeActionRequest.type, {textDocument: {uri: this.uri(name)}, range, context: {diagnostics, only}}) as Promise<CodeAction[]>
  }

  hover(name: string, line: number, character: number): Promise<Hover | null> {
    return this.connection.sendRequest(HoverRequest.type, {textDocument: {uri: this.uri(name)}, position: {line, character}})
  }

  /** shutdown then exit, as an editor closes; resolves with the exit code. */
  async quit(): Promise<number | null> {
    const exited = new Promise<number | null>((resolve) => this.child.once('exit', (code) => resolve(code)))
    await this.connection.sendRequest(ShutdownRequest.type)
    await this.connection.sendNotification(ExitNotification.type)
    const code = await exited
    this.connection.dispose()
    return code
  }

  kill(): void {
    if (this.child.exitCode === null) this.child.kill()
  }
}

export const DATE = '2026-03-05'

export const range = ([line, character, endLine, endCharacter]: [number, number, number, number]) => ({start: {line, character}, end: {line: endLine, character: endCharacter}})

/** What `factlint --format json` says about the file, in the protocol's terms. */
export function cliDiagnostics(cwd: string, name: string, flags: string[] = [], others: string[] = []): Array<Pick<Diagnostic, 'code' | 'message' | 'range' | 'severity'>> {
  const result = runCli(['--format', 'json', '--date', DATE, ...flags, name, ...others], {cwd})
  const reports = JSON.parse(result.stdout) as Array<{path: string; messages: Array<{ruleId: string; reason: string; fatal?: boolean; place: {start: {line: number; column: number}; end: {line: number; column: number}}}>}>
  const report = reports.find((candidate) => candidate.path === name) ?? reports[0]
  return report!.messages.map((message) => ({
    code: message.ruleId,
    message: message.reason,
    range: range([message.place.start.line - 1, message.place.start.column - 1, message.place.end.line - 1, message.place.end.column - 1]),
    severity: message.fatal === true ? 1 : message.fatal === false ? 2 : 3
  }))
}

