/**
 * factlint's JSON report is the unified ecosystem's (vfile-reporter-json's),
 * plus its own fields. It is built by hand (src/cli/formatters/json.ts, to
 * write a long document's report once): this keeps it the same shape, field
 * for field and in the same order, as vfile-reporter-json's on the same files.
 */
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import reporterJson from 'vfile-reporter-json'
import {formatJson, jsonReport} from '../../src/cli/formatters/json.js'
import {lint} from '../../src/engine/lint.js'
import {FIXTURE} from '../support/cli.js'

const OWN_FILE_FIELDS = ['lang', 'today', 'referenceDate']
const OWN_MESSAGE_FIELDS = ['fix', 'data', 'cause']

function withoutOwnFields(report: Array<Record<string, unknown>>): unknown {
  return report.map((entry) => {
    const plain = Object.fromEntries(Object.entries(entry).filter(([key]) => !OWN_FILE_FIELDS.includes(key)))
    plain.messages = (entry.messages as Array<Record<string, unknown>>).map((message) => Object.fromEntries(Object.entries(message).filter(([key]) => !OWN_MESSAGE_FIELDS.includes(key))))
    return plain
  })
}

describe('the JSON report against vfile-reporter-json', () => {
  it.each([
    ['the reference draft (fr)', readFileSync(FIXTURE, 'utf8'), 'draft.fr.txt'],
    ['an English draft', 'The the council met on Thursday, Dec. 3, 2026, and voted on the  budget. It said "yes.\n', 'draft.en.txt'],
    ['a clean draft', 'Le conseil a voté le budget jeudi soir.\n', 'clean.fr.txt']
  ])('%s: the same entries and messages, key for key, in order', async (_name, text, path) => {
    const file = await lint(text, {path, today: new Date('2026-12-07T00:00:00Z')})
    for (const quiet of [false, true]) {
      const ours = JSON.parse(formatJson([file], {color: false, quiet})) as Array<Record<string, unknown>>
      const theirs = JSON.parse(reporterJson([file], {quiet, silent: quiet})) as unknown
      expect(JSON.stringify(withoutOwnFields(ours))).toBe(JSON.stringify(theirs))
    }
  })
})

describe('the JSON report in pieces', () => {
  it('is JSON.stringify(entries, null, 2) byte for byte, over several pieces', async () => {
    const today = new Date('2026-12-07T00:00:00Z')
    // Enough findings for a report of several pieces, a clean file, and one with a related place.
    const long = Array.from({length: 1500}, (_, index) => `Le le conseil ${index} a voté le budget jeudi 3 décembre 2026.`).join('\n\n')
    const files = [
      await lint(long, {path: 'long.fr.txt', today}),
      await lint('Le conseil a voté le budget jeudi soir.\n', {path: 'clean.fr.txt', today}),
      await lint(readFileSync(FIXTURE, 'utf8'), {path: 'draft.fr.txt', today})
    ]
    for (const quiet of [false, true]) {
      for (const chosen of [files, [], [files[1]!]]) {
        const pieces = [...jsonReport(chosen, {color: false, quiet})]
        const whole = pieces.join('')
        expect(whole).toBe(JSON.stringify(JSON.parse(whole), null, 2) + '\n')
        expect(formatJson(chosen, {color: false, quiet})).toBe(whole)
        if (chosen === files && !quiet) expect(pieces.length).toBeGreaterThan(2)
      }
    }
  })
})
