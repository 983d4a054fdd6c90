import {styleText} from 'node:util'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {severityOf} from '../../document/messages.js'
import {labelsFor, summaryLabelsFor} from './labels.js'
import {shownMessages, type Formatter} from './types.js'
import {visibleControls} from './visible.js'

/** The styles the report uses, by their names in `util.inspect.colors`. */
type Style = 'red' | 'yellow' | 'blue' | 'green' | 'dim' | 'bold' | 'underline'

/** Characters of context shown on each side of a finding in a long line. */
const CONTEXT = 40

export const formatPretty: Formatter = (files, options) => {
  // Whether to colour is the CLI's decision (wantsColor: NO_COLOR wins over FORCE_COLOR), so
  // styleText must not check the stream again (a Node without that option never does).
  const paint = (style: Style, text: string) => (options.color ? styleText(style, text, {validateStream: false}) : text)
  const out: string[] = []
  let errors = 0
  let warnings = 0
  let fixable = 0
  const unsafe = new Map<string, number>()
  for (const file of files) {
    const messages = shownMessages(file, options.quiet)
    if (messages.length === 0) continue
    out.push(paint('underline', visibleControls(file.path || '<stdin>')))
    const labels = labelsFor(file)
    const lines = String(file.value).split(/\r\n|\r|\n/)
    for (const message of messages) {
      const severity = severityOf(message)
      if (severity === 'error') errors++
      if (severity === 'warning') warnings++
      // Unsafe fixes (deleting a duplicated block) are applied only with --fix-type: counted apart.
      const fix = (message as {fix?: {unsafe?: boolean}}).fix
      if (fix && !fix.unsafe) fixable++
      if (fix?.unsafe && message.ruleId) unsafe.set(message.ruleId, (unsafe.get(message.ruleId) ?? 0) + 1)
      const colour: Style = severity === 'error' ? 'red' : severity === 'warning' ? 'yellow' : 'blue'
      out.push(`  ${paint('dim', placeText(message))}  ${paint(colour, labels[severity])}  ${visibleControls(message.reason)}  ${paint('dim', visibleControls(message.ruleId ?? ''))}`)
      out.push(...excerpt(message, lines, paint, colour))
      const expected = message.expected ?? []
      if (expected.length > 0) {
        const how = !fix ? ` ${labels.byHand}` : fix.unsafe ? ` ${labels.withFixType(message.ruleId ?? '')}` : ''
        out.push(`      ${paint('green', labels.suggestion)} ${expected.map((value) => (value === '' ? labels.deletion : `“${visibleControls(value)}”`)).join(', ')}${paint('dim', how)}`)
      }
      const cause = message.cause as VFileMessage | undefined
      if (cause && typeof cause === 'object' && 'reason' in cause) {
        out.push(`      ${paint('dim', `${labels.related} ${cause.file && cause.file !== file.path ? `${visibleControls(cause.file)}:` : ''}${placeText(cause)} ${visibleControls(cause.reason)}`)}`)
      }
    }
    out.push('')
  }
  const total = errors + warnings
  const hidden = options.quiet ? files.reduce((count, file) => count + file.messages.filter((message) => message.fatal === false).length, 0) : 0
  const summary = summaryLabelsFor(files)
  if (total > 0) {
    out.push(paint(errors > 0 ? 'red' : 'yellow', paint('bold', `✖ ${summary.problems(total, errors, options.quiet ? -1 : warnings, hidden)}`)))
    for (const file of options.staged?.differing ?? []) out.push(paint('yellow', `  ${summary.stagedDiffers(file)}`))
    if (fixable > 0) out.push(paint('dim', `  ${options.staged ? summary.fixableStaged(fixable) : summary.fixable(fixable)}`))
    for (const [ruleId, count] of unsafe) out.push(paint('dim', `  ${summary.unsafe(count, ruleId)}`))
  } else if (files.length > 0) {
    out.push(paint('green', `✔ ${summary.clean(files.length, hidden)}`))
  }
  return out.length > 0 ? out.join('\n') + '\n' : ''
}

function placeText(message: VFileMessage): string {
  const place = message.place
  if (place && 'start' in place) return `${place.start.line}:${place.start.column}-${place.end.line}:${place.end.column}`
  return `${message.line ?? 1}:${message.column ?? 1}`
}

/** The offending line, cut around the span in a long line, with the span underlined. */
function excerpt(message: VFileMessage, lines: string[], paint: (style: Style, text: string) => string, colour: Style): string[] {
  const place = message.place
  if (!place || !('start' in place)) return []
  const line = lines[place.start.line - 1]
  if (line === undefined) return []
  const from = place.start.column - 1
  // A span over several lines (a duplicated block) is shown by its start only.
  const to = Math.min(place.end.line === place.start.line ? Math.max(from + 1, place.end.column - 1) : line.length, from + 2 * CONTEXT)
  const windowStart = Math.max(0, from - CONTEXT)
  const windowEnd = Math.min(line.length, to + (place.end.line === place.start.line ? CONTEXT : 0))
  const prefix = windowStart > 0 ? '…' : ''
  const suffix = windowEnd < line.length ? '…' : ''
  const visible = visibleControls(line.slice(windowStart, windowEnd).replace(/\t/g, ' '))
  const caretStart = [...prefix + line.slice(windowStart, from)].length
  const caretLength = Math.max(1, [...line.slice(from, Math.min(to, windowEnd))].length)
  return [`      ${prefix}${visible}${suffix}`, `      ${' '.repeat(caretStart)}${paint(colour, '^'.repeat(caretLength))}`]
}
