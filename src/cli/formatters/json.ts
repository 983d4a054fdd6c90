import {reporterJson} from 'vfile-reporter-json'
import {VFileMessage} from 'vfile-message'
import type {FactlintMessageFields} from '../../document/messages.js'
import {shownMessages, type Formatter} from './types.js'

/**
 * The unified ecosystem's JSON report (vfile-reporter-json), with factlint's
 * extra fields: on each file, `lang` (the language it was linted as: `fr`,
 * `en`, or `und` when neither, which only the language-independent rules
 * check), `today` (the day of the run, YYYY-MM-DD: a draft with no
 * publication date announces what is to come from it) and `referenceDate`
 * (the publication date, when known), and on each message `fix`, `cause` (the related place) and `data`.
 */
export const formatJson: Formatter = (files, options) => {
  const report = JSON.parse(reporterJson([...files], {silent: options.quiet})) as Array<{lang?: string; today?: string; referenceDate?: string; messages: Array<Record<string, unknown>>}>
  report.forEach((entry, fileIndex) => {
    const doc = files[fileIndex]!.data.factlint
    if (doc?.lang) entry.lang = doc.lang
    // What the dates were read from: the day of the run, and the publication date when one was given.
    if (doc?.today) entry.today = isoDay(doc.today)
    if (doc?.referenceDate) entry.referenceDate = isoDay(doc.referenceDate)
    const messages = shownMessages(files[fileIndex]!, options.quiet)
    entry.messages.forEach((json, index) => {
      const message = messages[index] as (VFileMessage & FactlintMessageFields) | undefined
      if (!message) return
      if (message.fix) json.fix = message.fix
      if (message.data) json.data = message.data
      // The related place only: the error behind a rule's crash is no place, and stays out (as across threads).
      if (message.cause instanceof VFileMessage) json.cause = causeJson(message.cause)
    })
  })
  return JSON.stringify(report, null, 2) + '\n'
}

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10)
}

function causeJson(cause: VFileMessage): Record<string, unknown> {
  return {reason: cause.reason, file: cause.file || undefined, line: cause.line, column: cause.column, place: cause.place}
}
