import type {VFile} from 'vfile'
import {VFileMessage} from 'vfile-message'
import type {FactlintMessageFields} from '../../document/messages.js'
import {shownMessages, type FormatOptions, type Formatter} from './types.js'

/**
 * The unified ecosystem's JSON report (the shape of vfile-reporter-json),
 * with factlint's extra fields: on each file, `lang` (the language it was
 * linted as: `fr`, `en`, or `und` when neither, which only the
 * language-independent rules check), `today` (the day of the run,
 * YYYY-MM-DD: a draft with no publication date announces what is to come
 * from it) and `referenceDate` (the publication date, when known), and on
 * each message `fix`, `cause` (the related place) and `data`.
 *
 * Built here rather than by vfile-reporter-json, whose report is a string:
 * adding the extra fields meant parsing it back into objects and writing
 * them again, three copies of a report that reaches tens of megabytes on a
 * long document (about 200 MB of a 5 MB document's peak). The entries below
 * hold the messages' own values, and are written once, in pieces
 * (`jsonReport`). Under --quiet, each entry's fields are its own file's
 * (they once came from the file at the entry's index, another file's once
 * one was left out).
 */
export const formatJson: Formatter = (files, options) => [...jsonReport(files, options)].join('')

/**
 * The JSON report in pieces of about `CHUNK` characters, byte for byte
 * `JSON.stringify(entries, null, 2) + '\n'`: each message is turned into
 * JSON alone and indented to its depth, so that the report of a long
 * document (27 MB for 5 MB of French) is never one string, nor its
 * messages' JSON objects all alive at once, and the CLI writes it as it goes.
 */
export function* jsonReport(files: readonly VFile[], options: FormatOptions): Generator<string> {
  let pending = ''
  let entries = 0
  for (const file of files) {
    const shown = shownMessages(file, options.quiet)
    // As vfile-reporter-json with `silent`: under --quiet a file without an error is left out.
    if (options.quiet && shown.length === 0) continue
    const doc = file.data.factlint
    const entry: Record<string, unknown> = {path: file.path, cwd: file.cwd, history: file.history, messages: shown.length === 0 ? [] : MESSAGES}
    if (doc?.lang) entry.lang = doc.lang
    // What the dates were read from: the day of the run, and the publication date when one was given.
    if (doc?.today) entry.today = isoDay(doc.today)
    if (doc?.referenceDate) entry.referenceDate = isoDay(doc.referenceDate)
    // The entry at depth 1, its messages (an array at depth 2) each at depth 3.
    const text = indent(JSON.stringify(entry, null, 2), ENTRY_INDENT)
    pending += entries++ === 0 ? `[\n${ENTRY_INDENT}` : `,\n${ENTRY_INDENT}`
    if (shown.length === 0) {
      pending += text
      continue
    }
    const at = text.indexOf(MESSAGES_JSON)
    pending += `${text.slice(0, at)}[\n${MESSAGE_INDENT}`
    for (const [index, message] of shown.entries()) {
      if (index > 0) pending += `,\n${MESSAGE_INDENT}`
      pending += indent(JSON.stringify(messageWithFields(message), null, 2), MESSAGE_INDENT)
      if (pending.length >= CHUNK) {
        yield pending
        pending = ''
      }
    }
    pending += `\n${ENTRY_INDENT}${ENTRY_INDENT}]${text.slice(at + MESSAGES_JSON.length)}`
    if (pending.length >= CHUNK) {
      yield pending
      pending = ''
    }
  }
  yield `${pending}${entries === 0 ? '[]' : '\n]'}\n`
}

/**
 * Characters gathered before a piece of the report is handed on: small
 * enough that a piece is a young object the collector frees at once (a
 * string past 128 KB is allocated with the old ones and stays until a full
 * collection).
 */
const CHUNK = 1 << 14
const ENTRY_INDENT = '  '
const MESSAGE_INDENT = '      '
/** Stands for an entry's messages while the entry is turned into JSON (no path holds a NUL). */
const MESSAGES = '\u0000factlint messages\u0000'
const MESSAGES_JSON = JSON.stringify(MESSAGES)

/** JSON written at depth `prefix`: JSON.stringify puts no line break inside a string. */
function indent(json: string, prefix: string): string {
  return json.includes('\n') ? json.replaceAll('\n', `\n${prefix}`) : json
}

/** A message as vfile-reporter-json gives it, then factlint's fix, data and related place. */
function messageWithFields(message: VFile['messages'][number]): Record<string, unknown> {
  const json = messageJson(message)
  const extra = message as VFileMessage & FactlintMessageFields
  if (extra.fix) json.fix = extra.fix
  if (extra.data) json.data = extra.data
  // The related place only: the error behind a rule's crash is no place, and stays out (as across threads).
  if (message.cause instanceof VFileMessage) json.cause = causeJson(message.cause)
  return json
}

/** The fields vfile-reporter-json gives a message, in its order (those left undefined are not written). */
function messageJson(message: VFile['messages'][number]): Record<string, unknown> {
  return {
    ancestors: message.ancestors,
    column: message.column,
    fatal: message.fatal,
    line: message.line,
    place: message.place,
    reason: message.reason,
    ruleId: message.ruleId,
    source: message.source,
    actual: message.actual,
    expected: message.expected,
    note: message.note,
    url: message.url
  }
}

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10)
}

function causeJson(cause: VFileMessage): Record<string, unknown> {
  return {reason: cause.reason, file: cause.file || undefined, line: cause.line, column: cause.column, place: cause.place}
}
