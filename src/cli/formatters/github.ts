import type {VFileMessage} from 'vfile-message'
import {severityOf, type MessageSeverity} from '../../document/messages.js'
import {labelsFor, type Labels} from './labels.js'
import {shownMessages, type Formatter} from './types.js'

const COMMANDS: Record<MessageSeverity, string> = {error: 'error', warning: 'warning', info: 'notice'}

/**
 * GitHub Actions workflow commands: one `::error`, `::warning` or `::notice`
 * line per finding, which the runner turns into an annotation on the pull
 * request's diff.
 */
export const formatGithub: Formatter = (files, options) => {
  const lines: string[] = []
  for (const file of files) {
    const labels = labelsFor(file)
    for (const message of shownMessages(file, options.quiet)) lines.push(workflowCommand(message, file.path || '<stdin>', labels))
  }
  return lines.length > 0 ? lines.join('\n') + '\n' : ''
}

/**
 * The annotation's text: the reason, then on a second line the suggestion as
 * the pretty report words it (« correction : “M. Bourita” (à la main) »), so
 * that a reviewer reading the pull request knows the fix without the report.
 */
export function workflowCommand(message: VFileMessage, filePath: string, labels?: Labels): string {
  const command = COMMANDS[severityOf(message)]
  const place = message.place
  const start = place && 'start' in place ? place.start : place
  const end = place && 'start' in place ? place.end : undefined
  const properties: Array<[string, string | number]> = [['file', filePath]]
  if (start) {
    properties.push(['line', start.line])
    // GitHub refuses columns on an annotation that spans several lines.
    if (!end || end.line === start.line) properties.push(['col', start.column])
    if (end) {
      properties.push(['endLine', end.line])
      if (end.line === start.line) properties.push(['endColumn', end.column])
    }
  }
  properties.push(['title', `factlint(${message.ruleId ?? 'unknown'})`])
  const list = properties.map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(',')
  const expected = message.expected ?? []
  const fix = (message as {fix?: {unsafe?: boolean}}).fix
  const how = !labels ? '' : !fix ? ` ${labels.byHand}` : fix.unsafe ? ` ${labels.withFixType(message.ruleId ?? '')}` : ''
  const suggestion = labels && expected.length > 0 ? `\n${labels.suggestion} ${expected.map((value) => (value === '' ? labels.deletion : `“${value}”`)).join(', ')}${how}` : ''
  return `::${command} ${list}::${escapeData(message.reason + suggestion)}`
}

/** The escaping of the runner's command parser (actions/toolkit, `command.ts`). */
export function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C')
}
