import {describe, expect, it} from 'vitest'
import {detailLines, wordDifference, wrapSegments, type Line, type Segment} from '../../src/cli/interactive/detail.js'
import {collectFindings} from '../../src/cli/interactive/model.js'
import {lintFiles} from './helpers.js'
import {tempTree} from '../support/cli.js'

const plain = (segments: readonly Segment[]) => segments.map((segment) => segment.text).join('')
const rows = (lines: readonly Line[]) => lines.map(plain)

describe('word-level differences', () => {
  const table: Array<{name: string; before: string; after: string; shown: string}> = [
    {name: 'fr: a doubled word deleted', before: 'Il n’a pas manqué pas de noter la visite.', after: 'Il n’a pas manqué de noter la visite.', shown: 'Il n’a pas manqué [-pas-] de noter la visite.'},
    {name: 'en: a weekday replaced', before: 'He saw the king on Wednesday, October 30.', after: 'He saw the king on Friday, October 30.', shown: 'He saw the king on [-Wednesday-]{+Friday+}, October 30.'},
    {name: 'fr: spaces added inside quotation marks, made visible', before: 'Il a dit «oui».', after: 'Il a dit « oui ».', shown: 'Il a dit «{+␣+}oui{+␣+}».'},
    {name: 'en: a space replaced by a no-break space, both shown as marks', before: 'page 12', after: 'page\u00a012', shown: 'page[-␣-]{+⍽+}12'},
    {
      name: 'fr: unchanged text cut to the context on each side',
      before: 'Le ministre de la Défense est arrivé vendredi à Rabat pour une visite de deux jours, la première depuis des années, et il a rencontré le roi.',
      after: 'Le ministre de la Défense est arrivé jeudi à Rabat pour une visite de deux jours, la première depuis des années, et il a rencontré le roi.',
      shown: 'Le ministre de la Défense est arrivé [-vendredi-]{+jeudi+} à Rabat pour une visite de deux jours, …'
    }
  ]
  for (const {name, before, after, shown} of table) {
    it(name, () => expect(plain(wordDifference(before, after))).toBe(shown))
  }

  it('marks what only one side has, for terminals without colour', () => {
    const segments = wordDifference('the the king', 'the king')
    expect(segments.filter((segment) => segment.style === 'removed').map((segment) => segment.text)).toEqual(['[-the-]'])
    expect(segments.some((segment) => segment.style === 'added')).toBe(false)
  })
})

describe('wrapping', () => {
  it('wraps on spaces within the width, keeping a marked span whole and glued to its word', () => {
    const wrapped = wrapSegments([{text: 'Il a dit que le '}, {text: 'le', style: 'highlight'}, {text: ' roi viendrait demain matin.'}], 16)
    expect(rows(wrapped)).toEqual(['Il a dit que le', 'le roi viendrait', 'demain matin.'])
    expect(wrapped[1]![0]).toEqual({text: 'le', style: 'highlight'})
    expect(rows(wrapSegments([{text: "l'"}, {text: '’', style: 'highlight'}, {text: 'homme'}], 40))).toEqual(["l'’homme"])
  })

  it('cuts a word longer than a row', () => {
    expect(rows(wrapSegments([{text: 'abcdefghij klm'}], 4))).toEqual(['abcd', 'efgh', 'ij', 'klm'])
  })
})

describe('the detail of a finding', () => {
  const pair = {
    en: {
      file: 'en.txt',
      text: 'The minister said the new bridge over the river would open to traffic in the spring after two years of works, according to the regional council.\n\nThe weather was mild.\n\nThe minister said the new bridge over the river would open to cars in the spring after two years of works, according to the regional council.\n',
      difference: /Other copy: .*open to \[-traffic-\]\{\+cars\+\} in the spring/
    },
    fr: {
      file: 'fr.txt',
      text: 'Le ministre a déclaré que le nouveau pont sur le fleuve serait ouvert à la circulation au printemps après deux années de travaux, selon le conseil régional.\n\nIl faisait doux.\n\nLe ministre a déclaré que le nouveau pont sur le fleuve serait ouvert aux voitures au printemps après deux années de travaux, selon le conseil régional.\n',
      difference: /Autre copie : .*ouvert \[-à la circulation-\]\{\+aux voitures\+\} au printemps/
    }
  }
  for (const lang of ['en', 'fr'] as const) {
    it(`${lang}: shows a near copy's differences from the other copy word by word`, async () => {
      const {file, text, difference} = pair[lang]
      const dir = tempTree({[file]: text})
      const documents = await lintFiles(dir, [file])
      const finding = collectFindings(documents).find((each) => each.ruleId === 'duplicate-block')
      expect(finding, 'the near copy is found').toBeDefined()
      const shown = rows(detailLines(finding!, text, undefined, 200)).join('\n')
      expect(shown).toMatch(difference)
    })
  }

  it('says nothing of another copy for an exact copy', async () => {
    const text = 'The minister said the new bridge over the river would open to traffic in the spring after two years of works.\n\nThe weather was mild.\n\nThe minister said the new bridge over the river would open to traffic in the spring after two years of works.\n'
    const dir = tempTree({'exact.txt': text})
    const documents = await lintFiles(dir, ['exact.txt'])
    const finding = collectFindings(documents).find((each) => each.ruleId === 'duplicate-block')!
    expect(rows(detailLines(finding, text, undefined, 200)).join('\n')).not.toContain('Other copy')
  })
})
