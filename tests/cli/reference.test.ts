import {describe, expect, it} from 'vitest'
import {parseJsonReport, runCli} from '../support/cli.js'

/**
 * Every finding factlint makes on the reference draft, and nothing else: its
 * defects are listed in ../shared/seed/README.md. A new false positive or a
 * lost finding on this draft fails here first.
 */
const EXPECTED = [
  ['2:73-2:88', 'typography', 'warning', '«déjà étroites»', '«\u00A0déjà étroites\u00A0»'],
  ['2:215-2:218', 'doubled-word', 'error', 'pas', ''],
  ['2:264-2:278', 'typography', 'warning', '«allié majeur»', '«\u00A0allié majeur\u00A0»'],
  ['4:25-4:35', 'inconsistent-spelling', 'warning', 'Etat-major', 'État-major'],
  ['12:61-12:62', 'typography', 'warning', "'", '’'],
  ['12:131-12:132', 'typography', 'warning', "'", '’'],
  ['12:238-12:247', 'abbreviation', 'warning', 'M Bourita', 'M. Bourita'],
  ['18:45-18:64', 'date-timeline', 'warning', 'mercredi 30 octobre', null],
  ['18:45-18:64', 'date-weekday', 'error', 'mercredi 30 octobre', 'mercredi 30 septembre'],
  ['19:1-35:211', 'duplicate-block', 'error', null, ''],
  ['19:73-19:88', 'typography', 'warning', '«déjà étroites»', '«\u00A0déjà étroites\u00A0»'],
  ['19:215-19:218', 'doubled-word', 'error', 'pas', ''],
  ['19:264-19:278', 'typography', 'warning', '«allié majeur»', '«\u00A0allié majeur\u00A0»'],
  ['21:25-21:35', 'inconsistent-spelling', 'warning', 'Etat-major', 'État-major'],
  ['29:61-29:62', 'typography', 'warning', "'", '’'],
  ['29:131-29:132', 'typography', 'warning', "'", '’'],
  ['29:238-29:247', 'abbreviation', 'warning', 'M Bourita', 'M. Bourita'],
  ['35:45-35:64', 'date-timeline', 'warning', 'mercredi 30 octobre', null],
  ['35:45-35:64', 'date-weekday', 'error', 'mercredi 30 octobre', 'mercredi 30 septembre']
]

describe('the reference draft, end to end', () => {
  it('gives exactly the expected findings through the built binary, and exits 1', () => {
    const result = runCli(['--format', 'json', 'fixtures/esper-rabat.fr.txt'])
    expect(result.status).toBe(1)
    expect(result.stderr).toBe('')
    const [report] = parseJsonReport(result.stdout)
    const found = report!.messages.map((message) => {
      const {start, end} = message.place
      // The duplicated block's `actual` is 17 lines long: its span says enough.
      const actual = message.ruleId === 'duplicate-block' ? null : (message as {actual?: string}).actual
      return [`${start.line}:${start.column}-${end.line}:${end.column}`, message.ruleId, message.fatal ? 'error' : 'warning', actual, message.expected?.[0] ?? null]
    })
    expect(found).toEqual(EXPECTED)
  })

  it('names the original of the duplicated block and the date the year came from', () => {
    const [report] = parseJsonReport(runCli(['--format', 'json', 'fixtures/esper-rabat.fr.txt']).stdout)
    const messages = report!.messages as Array<{ruleId: string; line: number; reason: string; cause?: {line: number}}>
    const block = messages.find((message) => message.ruleId === 'duplicate-block')!
    expect(block.reason).toMatch(/lignes 19 à 35 répètent les lignes 2 à 18/)
    expect(block.cause?.line).toBe(2)
    const weekday = messages.find((message) => message.ruleId === 'date-weekday' && message.line === 18)!
    expect(weekday.reason).toBe('Le 30 octobre 2020 est un vendredi, pas un mercredi ; année déduite de « vendredi 2 octobre » (ligne 1)')
    expect(weekday.cause?.line).toBe(1)
  })
})
