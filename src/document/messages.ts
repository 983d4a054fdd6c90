/**
 * What every layer may say about a message: its source and rule page, its
 * severity, the language it is written in, and how a finding (offsets) becomes
 * a vfile message (points), related place included. Below the engine and the
 * rules, so that analyses, parsers and formatters use it without reaching up.
 */
import type {VFile} from 'vfile'
import {VFileMessage} from 'vfile-message'
import {location} from 'vfile-location'
import type {Finding, Lang} from '../types.js'

export const SOURCE = 'factlint'
export const DOCS_BASE_URL = 'https://github.com/factlint/factlint/blob/main/docs/rules/'

/** What a message's `fatal` means: true an error, false a warning, unset a note (info). */
export type MessageSeverity = 'error' | 'warning' | 'info'

export function severityOf(message: Pick<VFileMessage, 'fatal'>): MessageSeverity {
  return message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info'
}

/** The language a message is written in: a document in another language gets English. */
export function messageLang(lang: Lang | 'und'): Lang {
  return lang === 'und' ? 'en' : lang
}

export function ruleUrl(id: string): string {
  return `${DOCS_BASE_URL}${id}.md`
}

/**
 * Message fields factlint adds to a vfile message, beyond what vfile defines.
 * Declared here so every module that reads them agrees on their names.
 */
export interface FactlintMessageFields {
  fix?: Finding['fix']
  data?: Finding['data']
  messageId?: Finding['messageId']
  unsure?: true
}

const locations = new WeakMap<VFile, ReturnType<typeof location>>()

export function locate(file: VFile): ReturnType<typeof location> {
  let place = locations.get(file)
  if (!place) {
    place = location(file)
    locations.set(file, place)
  }
  return place
}

/** Forgets the places of `file` (`locate`), which hold its text: a run that lets the text go (src/engine/texts.ts). */
export function forgetPlaces(file: VFile): void {
  locations.delete(file)
}

/** Turns a finding (offsets) into a vfile message (points) on `file`. */
export function addMessage(file: VFile, finding: Finding): VFileMessage {
  const place = locate(file)
  const text = String(file.value)
  const start = clamp(finding.start, text.length)
  const end = clamp(Math.max(finding.end, finding.start), text.length)
  const message = withoutStackTrace(() =>
    file.message(flat(finding.reason), {
      place: {start: place.toPoint(start)!, end: place.toPoint(end)!}
    })
  )
  message.name = flat(message.name)
  message.actual = finding.actual ?? text.slice(start, end)
  message.expected = finding.expected ?? []
  const extra = message as VFileMessage & FactlintMessageFields
  if (finding.fix) extra.fix = finding.fix
  if (finding.data) extra.data = finding.data
  if (finding.messageId) extra.messageId = finding.messageId
  if (finding.unsure) extra.unsure = true
  if (finding.cause) {
    const related = finding.cause
    const cause = withoutStackTrace(
      () =>
        new VFileMessage(flat(related.reason), {
          place: related.path
            ? {
                start: {...(related.startPoint ?? {line: 1, column: 1}), offset: related.start},
                end: {...(related.endPoint ?? {line: 1, column: 1}), offset: related.end}
              }
            : {start: place.toPoint(clamp(related.start, text.length))!, end: place.toPoint(clamp(related.end, text.length))!}
        })
    )
    cause.name = flat(cause.name)
    if (related.path) cause.file = related.path
    else cause.file = file.path ?? ''
    message.cause = cause
  }
  return message
}

/**
 * `text` as one string of its own. A reason is built by joining pieces
 * (template literals), which V8 keeps as a tree of pieces, one object each:
 * about 350 bytes for a reason of a hundred characters, against 140 flat.
 * A long document keeps tens of thousands of messages to its end.
 */
export function flat(text: string): string {
  return JSON.parse(JSON.stringify(text)) as string
}

/**
 * Makes a vfile message without capturing the call stack. A message is an
 * Error, so its constructor records the stack (deep inside unified's
 * pipeline), and vfile-message then replaces it with '' for a message made
 * from a reason: a capture that cost more than the rest of the message.
 */
function withoutStackTrace<T>(make: () => T): T {
  const limit = Error.stackTraceLimit
  Error.stackTraceLimit = 0
  try {
    return make()
  } finally {
    Error.stackTraceLimit = limit
  }
}

function clamp(offset: number, length: number): number {
  return Math.min(Math.max(0, offset), length)
}
