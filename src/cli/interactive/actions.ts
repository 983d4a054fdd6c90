import path from 'node:path'
import {addToBaseline, applyBaseline, entryFor, readBaseline, writeBaseline, DEFAULT_BASELINE, type BaselineEntry} from '../../baseline/index.js'
import {timelineOf, type TimelineEntry} from '../../dates/report.js'
import {shownDates} from '../../dates/analysis.js'
import {isAcrossFilesFinding, lint, sortMessages} from '../../engine/lint.js'
import type {LintedDocument} from '../../engine/run.js'
import {fixDocument} from '../../engine/fix-document.js'
import {readDocument} from '../../fix/write.js'
import {locate, type FactlintMessageFields} from '../../document/messages.js'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import type {FixChoice, ReviewMessage} from './model.js'
import {replaceContent} from '../../text/arrays.js'
import {durationsOf} from '../commands/timeline.js'
import type {TimelineWithDurations} from './durations.js'

/**
 * What the interactive report asks of the outside world. The views never
 * touch files: they call these and show the documents they get back.
 */
export interface ReviewActions {
  /** Writes the edit to the document's file and returns the document re-linted. */
  applyFix(document: LintedDocument, choice: FixChoice): Promise<LintedDocument>
  /** Records the finding in the baseline and returns the document without it. */
  dismiss(document: LintedDocument, message: ReviewMessage): Promise<LintedDocument>
  /** Takes a dismissed finding out of the baseline again and returns the document with it. */
  undismiss(document: LintedDocument, message: ReviewMessage): Promise<LintedDocument>
  /** The document's dates in order, with the durations checked against them; `undefined` when no timeline can be built. */
  timeline(document: LintedDocument): Promise<TimelineWithDurations | undefined>
  /** Reads the document's file again from disk (someone edited it) and returns it linted again. */
  reload(document: LintedDocument): Promise<LintedDocument>
}

export type {TimelineEntry}

export interface ActionOptions {
  cwd: string
  /** Default: `.factlint-baseline.json` in `cwd`. */
  baselineFile?: string
}

export function baselinePath(options: Pick<ActionOptions, 'cwd' | 'baselineFile'>): string {
  return path.resolve(options.cwd, options.baselineFile ?? DEFAULT_BASELINE)
}

export function createActions(options: ActionOptions): ReviewActions {
  const baselineFile = baselinePath(options)
  const recorded = new WeakMap<ReviewMessage, BaselineEntry>()

  /** Lints the new text as the run did, with the baseline's findings removed again. */
  const relint = async (document: LintedDocument, text: string, decoded: Omit<LintedDocument['decoded'], 'text'> = document.decoded): Promise<LintedDocument> => {
    const file = await lint(text, document.lintOptions)
    applyBaseline([file], await readBaseline(baselineFile), path.dirname(baselineFile))
    return {...document, file, decoded: {...decoded, text}}
  }

  return {
    async applyFix(document, choice) {
      if (!document.absolutePath) throw new Error('standard input cannot be written back')
      const relintText = async (text: string) => (await relint(document, text)).file
      const outcome = await fixDocument(document, {edit: {range: choice.range, text: choice.text}}, relintText, {write: true})
      if (outcome.writeError !== undefined) throw outcome.writeError
      if (!outcome.changed) return document
      carryAcrossFiles(document.file, outcome.document.file, choice.range, choice.text.length)
      return outcome.document
    },

    async dismiss(document, message) {
      // The entry as written: the text may change (a fix) before an undo asks for it.
      recorded.set(message, await addToBaseline(baselineFile, message, document.file))
      const messages = document.file.messages.filter((other) => other !== message)
      replaceContent(document.file.messages, messages)
      return {...document}
    },

    async undismiss(document, message) {
      const baseline = await readBaseline(baselineFile)
      const wanted = recorded.get(message) ?? entryFor(message, document.file, path.dirname(baselineFile))
      const same = (entry: typeof wanted) => entry.rule === wanted.rule && entry.file === wanted.file && entry.fingerprint === wanted.fingerprint
      const index = baseline.entries.findLastIndex(same)
      if (index === -1) throw new Error('the finding is no longer in the baseline')
      baseline.entries.splice(index, 1)
      await writeBaseline(baselineFile, baseline)
      // Linted again, the finding comes back where the text now puts it (a fix may have moved it).
      const relinted = await relint(document, document.decoded.text)
      carryAcrossFiles(document.file, relinted.file, [0, 0], 0)
      // A finding made across drafts is not found again by linting one file: it comes back as it was.
      if (isAcrossFilesFinding(message)) {
        relinted.file.messages.push(message)
        sortMessages(relinted.file)
      }
      return relinted
    },

    async reload(document) {
      if (!document.absolutePath) throw new Error('standard input cannot be read again')
      // Read as the run read it: encoding and byte order mark as they now are. Findings made
      // across drafts are left out: the other drafts were compared with the text as it was.
      const {text, decoded} = await readDocument(document.absolutePath)
      return relint(document, text, {encoding: decoded.encoding, bom: decoded.bom, ...(decoded.warning ? {warning: decoded.warning} : {})})
    },

    async timeline(document) {
      // The date analysis stays in the linting thread's cache: documents linted on worker threads are linted again here.
      const file = shownDates(document.file) ? document.file : (await relint(document, document.decoded.text)).file
      const entries: TimelineWithDurations = (await timelineOf(file)).entries
      const durations = await durationsOf(file, String(file.value))
      if (durations.length > 0) entries.durations = durations
      return entries
    }
  }
}

/**
 * A document linted again alone loses what the run found across drafts (a
 * passage pasted from another file). Those findings are kept when the edit
 * did not touch them, moved by the length the edit added or removed.
 */
export function carryAcrossFiles(before: VFile, after: VFile, [editStart, editEnd]: [number, number], insertedLength: number): void {
  const shift = insertedLength - (editEnd - editStart)
  const place = locate(after)
  for (const message of before.messages) {
    const range = message.place && 'start' in message.place ? message.place : undefined
    const start = range?.start.offset
    const end = range?.end.offset
    if (!isAcrossFilesFinding(message) || start === undefined || end === undefined) continue
    if (end > editStart && start < editEnd) continue
    const moved = start >= editEnd ? shift : 0
    const startPoint = place.toPoint(start + moved)
    const endPoint = place.toPoint(end + moved)
    if (!startPoint || !endPoint) continue
    message.place = {start: startPoint, end: endPoint}
    message.line = startPoint.line
    message.column = startPoint.column
    const fix = (message as VFileMessage & FactlintMessageFields).fix
    if (fix) fix.range = [fix.range[0] + moved, fix.range[1] + moved]
    after.messages.push(message)
  }
  sortMessages(after)
}
