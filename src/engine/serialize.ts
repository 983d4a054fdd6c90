import {VFile} from 'vfile'
import {VFileMessage} from 'vfile-message'
import type {FactlintMessageFields} from '../document/messages.js'
import type {DocumentInfo} from '../document/document.js'

/**
 * Plain-data copies of linted vfiles, to cross a worker thread boundary
 * (structured clone keeps plain objects, not classes).
 */
export interface SerialMessage {
  reason: string
  place?: VFileMessage['place']
  ruleId?: string
  source?: string
  url?: string
  fatal?: boolean | null
  actual?: string
  expected?: string[]
  fix?: FactlintMessageFields['fix']
  data?: FactlintMessageFields['data']
  messageId?: FactlintMessageFields['messageId']
  cause?: SerialMessage & {file?: string}
}

export interface SerialFile {
  path: string
  cwd: string
  messages: SerialMessage[]
  document: Omit<DocumentInfo, 'cache' | 'mdast' | 'text'> & {
    /** Only the analyses that cross-file rules read (keys `<rule-id>:…`). */
    shared: Array<[string, unknown]>
  }
}

export function serializeFile(file: VFile, sharedPrefixes: readonly string[]): SerialFile {
  const doc = file.data.factlint
  const shared: Array<[string, unknown]> = []
  for (const [key, value] of doc?.cache ?? []) {
    if (sharedPrefixes.some((prefix) => key.startsWith(prefix))) shared.push([key, plainData(value)])
  }
  return {
    path: file.path,
    cwd: file.cwd,
    messages: file.messages.map(serializeMessage),
    document: {lang: doc?.lang ?? 'und', ...(doc?.langUndecided ? {langUndecided: true} : {}), format: doc?.format ?? 'text', referenceDate: doc?.referenceDate, today: doc?.today ?? new Date(0), ...(doc?.badFrontMatterDate === undefined ? {} : {badFrontMatterDate: doc.badFrontMatterDate}), ...(doc?.ruleCrashed ? {ruleCrashed: true} : {}), frontMatter: doc?.frontMatter, shared}
  }
}

/**
 * A value as plain data: its `toPlainData()` when it has one (duplicate-block's
 * prints, kept as columns read through getters, which neither a structured
 * clone nor JSON would carry), else itself.
 */
function plainData(value: unknown): unknown {
  if (typeof value === 'object' && value !== null && typeof (value as {toPlainData?: unknown}).toPlainData === 'function') {
    return (value as {toPlainData(): unknown}).toPlainData()
  }
  return value
}

export function deserializeFile(serial: SerialFile, text: string): VFile {
  const file = new VFile({value: text, path: serial.path, cwd: serial.cwd})
  const {shared, ...document} = serial.document
  file.data.factlint = {...document, text, cache: new Map(shared)}
  for (const message of serial.messages) file.messages.push(deserializeMessage(message, file.path))
  return file
}

function serializeMessage(message: VFileMessage): SerialMessage {
  const extra = message as VFileMessage & FactlintMessageFields
  const cause = message.cause instanceof VFileMessage ? {...serializeMessage(message.cause), file: message.cause.file} : undefined
  return {
    reason: message.reason,
    place: message.place,
    ruleId: message.ruleId,
    source: message.source,
    url: message.url,
    fatal: message.fatal,
    actual: message.actual,
    expected: message.expected,
    fix: extra.fix,
    data: extra.data,
    messageId: extra.messageId,
    cause
  }
}

function deserializeMessage(serial: SerialMessage, path: string): VFileMessage {
  const message = new VFileMessage(serial.reason, {place: serial.place, ruleId: serial.ruleId, source: serial.source})
  message.file = path
  message.fatal = serial.fatal
  if (serial.url !== undefined) message.url = serial.url
  if (serial.actual !== undefined) message.actual = serial.actual
  if (serial.expected !== undefined) message.expected = serial.expected
  const extra = message as VFileMessage & FactlintMessageFields
  if (serial.fix) extra.fix = serial.fix
  if (serial.data) extra.data = serial.data
  if (serial.messageId) extra.messageId = serial.messageId
  if (serial.cause) {
    const cause = deserializeMessage(serial.cause, serial.cause.file ?? path)
    message.cause = cause
  }
  return message
}
