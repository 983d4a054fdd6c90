/**
 * A run over many drafts whose caller needs no document's text once the
 * run is over (a report that quotes no line, no --fix, no baseline: see
 * RunOptions.rereadTexts) lets each text go once its file is linted: at
 * 50 MB of drafts, some 100 MB the run would otherwise keep to its end.
 * The cross-file pass needs the text of a few files only (the paragraph
 * pairs it compares, the findings it adds), and reads them again from disk
 * (`textAgain`), compared with a digest of the text that was linted (its length and two
 * 32-bit hashes): a
 * file changed since gives no text, and the pass leaves its pairs and
 * findings out rather than report on a text it did not lint.
 */
import {readFileSync, statSync} from 'node:fs'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {flat, forgetPlaces, type FactlintMessageFields} from '../document/messages.js'
import {decode, type Decoded} from '../io/decode.js'
import {mix32} from '../text/hash.js'

interface Source {
  path: string
  /** The text's length in UTF-16 units, and its digest (`digestOf`). */
  length: number
  digest: string
  /** The objects whose `text` or `value` is the file's text. */
  holders: Array<{object: object; key: string}>
  /** The text while the cross-file pass holds it again (`textAgain`). */
  held?: string
}

const sources = new WeakMap<VFile, Source>()

/**
 * The files whose text `textAgain` holds, the one read longest ago first.
 * Over 50 MB of drafts the pass read the texts of thousands of files (the
 * pairs it compares word by word, the files it reports on), and held them
 * all to its end: some 50 MB of two-byte strings at the run's peak. It holds
 * the HELD_TEXTS read last; one read before is let go again, and read again
 * if asked for (an eighth of the reads more over 10 MB of drafts).
 */
const held = new Map<VFile, Source>()
const HELD_TEXTS = 32

/**
 * Two independent 32-bit hashes of the text's UTF-16 units (FNV-1a, and a
 * multiply-add one, mixed): no adversary edits the drafts between the lint and
 * the pass, and a plain run loads no crypto module (tests/perf/startup).
 */
function digestOf(text: string): string {
  let first = 0x811c9dc5
  let second = 0x2545f491
  for (let index = 0; index < text.length; index++) {
    const unit = text.charCodeAt(index)
    first = Math.imul(first ^ unit, 0x01000193)
    second = (Math.imul(second, 31) + unit) | 0
  }
  return `${mix32(first).toString(36)}:${mix32(second ^ text.length).toString(36)}`
}

/**
 * Lets the text of a linted file go, when it can be read again from
 * `absolutePath`: `file.value`, its document's `text` and `decoded.text`
 * read it again from disk from now on (a safety net: the run's callers read
 * none of them), and no message keeps a slice of it. A text is kept when
 * something after the lint reads it as a matter of course: a Markdown
 * document (message control reads its tree, whose values are slices of the
 * text), a short text whose language the run decides (it is linted again),
 * a plain-text draft with directive lines (the cross-file pass applies
 * them to its findings). True when the text was let go.
 */
export function releaseText(file: VFile, absolutePath: string | undefined, decoded?: Decoded): boolean {
  const doc = file.data.factlint
  if (!absolutePath || !doc || doc.mdast || doc.format === 'markdown' || doc.langUndecided || sources.has(file)) return false
  const text = doc.text
  if (typeof file.value !== 'string' || file.value !== text || (decoded && decoded.text !== text)) return false
  if (text.includes('[factlint-')) return false
  const holders: Source['holders'] = [
    {object: file, key: 'value'},
    {object: doc, key: 'text'}
  ]
  if (decoded) holders.push({object: decoded, key: 'text'})
  const source: Source = {path: absolutePath, length: text.length, digest: digestOf(text), holders}
  sources.set(file, source)
  detachAll(file.messages)
  // `locate` keeps the text it reads: the cross-file pass locates its findings in the text it reads again.
  forgetPlaces(file)
  letGo(source)
  return true
}

/** Whether `file`'s text was let go (`releaseText`). */
export function isReleased(file: VFile): boolean {
  return sources.has(file)
}

/**
 * The text `file` was linted from: as it is for a file that kept it; read
 * again from disk for one that let it go, and held (`file.value` and its
 * document's `text` are that text again) until `releaseAgain`, or until
 * HELD_TEXTS other texts were read after it. Undefined when the file can no
 * longer be read or no longer holds that text.
 */
export function textAgain(file: VFile): string | undefined {
  const source = sources.get(file)
  if (!source) return String(file.value)
  if (source.held !== undefined) {
    // Read last now.
    held.delete(file)
    held.set(file, source)
    return source.held
  }
  const text = readAgain(source)
  if (text === undefined) return undefined
  source.held = text
  for (const {object, key} of source.holders) Object.defineProperty(object, key, {value: text, writable: true, enumerable: true, configurable: true})
  held.set(file, source)
  if (held.size > HELD_TEXTS) {
    const [oldest, its] = held.entries().next().value as [VFile, Source]
    releaseHeld(oldest, its)
  }
  return text
}

/** Lets go again the texts `textAgain` held, and any slice of them the messages added since keep. */
export function releaseAgain(files: readonly VFile[]): void {
  for (const file of files) {
    const source = sources.get(file)
    if (source && source.held !== undefined) releaseHeld(file, source)
  }
}

function releaseHeld(file: VFile, source: Source): void {
  // A new message (a finding across files) may quote the text.
  detachAll(file.messages)
  forgetPlaces(file)
  source.held = undefined
  held.delete(file)
  letGo(source)
}

function letGo(source: Source): void {
  const again = () => {
    const text = readAgain(source)
    if (text === undefined) throw new Error(`${source.path}: changed on disk since it was linted`)
    return text
  }
  for (const {object, key} of source.holders) {
    Object.defineProperty(object, key, {
      get: again,
      // Whoever sets a new text (a fix) owns it: a plain value again.
      set(value: unknown) {
        Object.defineProperty(object, key, {value, writable: true, enumerable: true, configurable: true})
      },
      enumerable: true,
      configurable: true
    })
  }
}

function readAgain(source: Source): string | undefined {
  try {
    // No more bytes than the text took (three per UTF-16 unit at most, and a byte order mark): a file grown past that is not the one linted.
    if (statSync(source.path).size > 3 * source.length + 3) return undefined
    const decoded = decode(readFileSync(source.path))
    if (decoded.kind !== 'text' || decoded.text.length !== source.length || digestOf(decoded.text) !== source.digest) return undefined
    return decoded.text
  } catch {
    return undefined
  }
}

/**
 * A string of its own for each string a message holds: V8 keeps a slice of
 * 13 characters or more (`text.slice`) as a pointer into the whole text, so
 * one message quoting a word would keep the draft alive.
 */
function detachAll(messages: readonly VFileMessage[]): void {
  for (const message of messages) {
    const fields = message as VFileMessage & FactlintMessageFields
    if (typeof fields.actual === 'string') fields.actual = detach(fields.actual)
    if (Array.isArray(fields.expected)) detachIn(fields.expected, 0)
    if (typeof fields.note === 'string') fields.note = detach(fields.note)
    if (fields.fix && typeof fields.fix.text === 'string') fields.fix.text = detach(fields.fix.text)
    if (fields.data) detachIn(fields.data, 0)
  }
}

function detach(text: string): string {
  return text.length < 13 ? text : flat(text)
}

/** The strings of plain data (a message's `data`, its `expected`) detached in place, a few levels deep. */
function detachIn(value: object, depth: number): void {
  if (depth > 4) return
  if (!Array.isArray(value) && Object.getPrototypeOf(value) !== Object.prototype) return
  const record = value as Record<string, unknown>
  for (const key of Object.keys(record)) {
    const item = record[key]
    if (typeof item === 'string') {
      if (item.length >= 13) record[key] = flat(item)
    } else if (item !== null && typeof item === 'object') detachIn(item, depth + 1)
  }
}
