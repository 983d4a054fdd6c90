import {readFileSync} from 'node:fs'
import {expect, it} from 'vitest'
import {lint} from '../../src/index.js'
import {FIXTURE} from '../support/cli.js'

it('reports exactly the reference document’s spelling, typography and honorific defects', async () => {
  const file = await lint(readFileSync(FIXTURE, 'utf8'), {path: 'esper-rabat.fr.txt'})
  const ours = file.messages.filter((message) => ['inconsistent-spelling', 'typography', 'abbreviation'].includes(String(message.ruleId)))
  expect(ours.map((message) => [message.ruleId, message.line, message.actual, message.expected?.[0]])).toEqual([
    // «déjà étroites» and «allié majeur» lack the French spaces; « disposition … » has them (ordinary ones, tolerated) and is left alone.
    ['typography', 2, '«déjà étroites»', '«\u00A0déjà étroites\u00A0»'],
    ['typography', 2, '«allié majeur»', '«\u00A0allié majeur\u00A0»'],
    ['inconsistent-spelling', 4, 'Etat-major', 'État-major'],
    ['typography', 12, "'", '’'],
    ['typography', 12, "'", '’'],
    ['abbreviation', 12, 'M Bourita', 'M. Bourita'],
    ['typography', 19, '«déjà étroites»', '«\u00A0déjà étroites\u00A0»'],
    ['typography', 19, '«allié majeur»', '«\u00A0allié majeur\u00A0»'],
    ['inconsistent-spelling', 21, 'Etat-major', 'État-major'],
    ['typography', 29, "'", '’'],
    ['typography', 29, "'", '’'],
    ['abbreviation', 29, 'M Bourita', 'M. Bourita']
  ])
  expect(ours.every((message) => message.fatal === false)).toBe(true)
})
