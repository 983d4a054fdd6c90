import {describe, expect, it} from 'vitest'
import {lint} from '../../src/index.js'

describe('Markdown documents', () => {
  it('reports prose after a fenced code block at its exact line and column', async () => {
    const text = ['---', 'title: Le le titre', '---', '', '# Rabat', '', '```js', 'const le le = 1', '```', '', 'Le ministre a signé le le texte.', ''].join('\n')
    const file = await lint(text, {path: 'story.md', lang: 'fr'})
    expect(file.messages.map(String)).toEqual(['story.md:11:24-11:26: Mot répété « le » : un seul est attendu'])
  })

  it('never lints inline code, HTML or front matter', async () => {
    const text = '---\nsummary: the the\n---\n\nSee `the the` and <span title="the the">this</span> here.\n\n<div>\nthe the\n</div>\n'
    const file = await lint(text, {path: 'a.md', lang: 'en'})
    expect(file.messages.map(String)).toEqual([])
  })

  it('keeps positions right after emphasis, links and entities', async () => {
    const text = 'A *bold* [link](http://x.y) &amp; then the the end.'
    const file = await lint(text, {path: 'a.md', lang: 'en'})
    const message = file.messages[0]!
    expect(String(message)).toBe('a.md:1:44-1:47: Unexpected repeated `the`, expected one')
    expect(text.slice(message.place && 'start' in message.place ? message.place.start.offset : 0, 46)).toBe('the')
  })

  it('keeps positions after a NUL character, which the Markdown parser reads as U+FFFD', async () => {
    // Found by tests/robustness/fixes.test.ts: the drifted range made --fix replace "Du" with a space.
    for (const text of ['\u0000 \nM Dupont  dit', '\u0000 \n     M Dupont  dit', 'Il a\u0000 dit que que non.']) {
      const file = await lint(text, {path: 'a.md', lang: 'fr'})
      expect(file.messages.length, JSON.stringify(text)).toBe(1)
      // What the fix would replace, read from the source at its range.
      const fix = (file.messages[0] as {fix?: {range: [number, number]}}).fix!
      expect(text.slice(...fix.range), JSON.stringify(text)).toMatch(/^(?: {2}|que ?| ?que)$/)
    }
  })

  it('keeps positions on continuation lines of blockquotes and list items', async () => {
    const text = '> The minister said\n> the the talks went well.\n\n- first item\n  and the the second.\n'
    const file = await lint(text, {path: 'a.md', lang: 'en'})
    expect(file.messages.map(String)).toEqual([
      'a.md:2:7-2:10: Unexpected repeated `the`, expected one',
      'a.md:5:11-5:14: Unexpected repeated `the`, expected one'
    ])
  })

  it('reads the publication date from front matter', async () => {
    const file = await lint('---\ndate: 2020-10-02\n---\n\nTexte.', {path: 'a.md', lang: 'fr'})
    expect(file.data.factlint?.referenceDate?.toISOString()).toBe('2020-10-02T00:00:00.000Z')
  })

  it('ignores a front matter date that does not exist, as --date and referenceDate do', async () => {
    const file = await lint('---\ndate: 2020-02-30\n---\n\nTexte.', {path: 'a.md', lang: 'fr'})
    expect(file.data.factlint?.referenceDate).toBeUndefined()
  })
})

describe('plain text documents', () => {
  it('keeps exact positions with CRLF line endings', async () => {
    const file = await lint('Premier paragraphe.\r\nIl a vu le le chat.\r\n', {path: 'a.txt', lang: 'fr'})
    expect(file.messages.map(String)).toEqual(['a.txt:2:12-2:14: Mot répété « le » : un seul est attendu'])
  })

  it('keeps exact positions with CR-only line endings', async () => {
    const file = await lint('Premier paragraphe.\rIl a vu le le chat.', {path: 'a.txt', lang: 'fr'})
    expect(file.messages.map(String)).toEqual(['a.txt:2:12-2:14: Mot répété « le » : un seul est attendu'])
  })

  it('lints an empty document without messages', async () => {
    expect((await lint('', {path: 'empty.txt'})).messages).toEqual([])
  })
})

describe('language detection', () => {
  it('detects French and English drafts', async () => {
    const french = await lint('Le chef du Pentagone a signé un accord de coopération avec le Royaume dans le but de lutter contre le djihadisme.', {path: 'a.txt'})
    const english = await lint('The Pentagon chief signed a cooperation agreement with the kingdom on Friday to fight terrorism in the region.', {path: 'b.txt'})
    expect([french.data.factlint?.lang, english.data.factlint?.lang]).toEqual(['fr', 'en'])
  })

  it('runs only language-independent rules on another language, with one info message', async () => {
    const file = await lint('Der Verteidigungsminister hat am Freitag ein Abkommen mit dem Königreich unterzeichnet, um den den Terrorismus zu bekämpfen „und mehr.', {path: 'de.txt'})
    expect(file.data.factlint?.lang).toBe('und')
    expect(file.messages.map((message) => [message.ruleId, message.fatal])).toEqual([
      ['unsupported-language', undefined],
      ['unbalanced-quotes', true]
    ])
  })

  it('lets --lang force a language', async () => {
    const file = await lint('the the', {path: 'a.txt', lang: 'fr'})
    expect(file.data.factlint?.lang).toBe('fr')
    expect(file.messages[0]?.reason).toBe('Mot répété « the » : un seul est attendu')
  })
})

describe('language detection of other languages', () => {
  const cases: Array<[string, string]> = [
    ['spa', 'El secretario de Defensa de Estados Unidos firmó el viernes un acuerdo de cooperación militar con Marruecos, al término de una gira por el norte de África. Según el Pentágono, el acuerdo permitirá reforzar la seguridad en la región.'],
    ['ita', 'Il ministro della Difesa americano ha firmato venerdì un accordo di cooperazione militare con il Marocco, al termine di un viaggio nel Nord Africa. Secondo il Pentagono, l’accordo rafforzerà la sicurezza nella regione.']
  ]
  for (const [code, text] of cases) {
    it(`does not take ${code} for French`, async () => {
      const file = await lint(text, {path: 'a.txt'})
      expect(file.data.factlint?.lang).toBe('und')
      expect(file.messages[0]?.reason).toContain(`(${code})`)
    })
  }
})
