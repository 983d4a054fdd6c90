import {writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {run} from '../../src/engine/run.js'
import {isReleased, releaseAgain, textAgain} from '../../src/engine/texts.js'
import {tempTree} from '../support/cli.js'

/**
 * `rereadTexts`: a run lets each draft's text go once linted, and the
 * cross-file pass reads the few it needs again from disk. The findings are
 * those of a run that kept the texts; a draft changed on disk between its
 * lint and the pass gives no finding on a text that was not linted, and no
 * crash.
 */
const PASTED =
  'Le ministre américain de la Défense a effectué jeudi une première visite officielle en Algérie, qui reste un client majeur de la Russie pour son armement depuis des décennies.'
// The same paragraph with one word changed: a near copy, which the pass compares word by word (the texts of both drafts).
const EDITED = PASTED.replace('officielle', 'remarquée')
const OWN = (index: number) => `Le conseil municipal numéro ${index} a voté le budget de la commune après un long débat sur les écoles et les routes.\n`

const FILES = {
  'drafts/a.txt': `${OWN(1)}\n${PASTED}\n`,
  'drafts/b.txt': `${OWN(2)}\n${EDITED}\n`,
  'drafts/c.txt': `${OWN(3)}\n${PASTED}\n`,
  // A plain-text draft with a directive line keeps its text: the pass applies its directives.
  'drafts/d.txt': `[factlint-disable duplicate-block]\n${OWN(4)}`
}

const TODAY = new Date('2026-12-07')

async function lintRun(cwd: string, rereadTexts: boolean, onLinted?: () => void) {
  let total = 0
  const result = await run({
    cwd,
    paths: ['drafts'],
    noConfig: true,
    today: TODAY,
    jobs: 1,
    rereadTexts,
    onProgress: (done, count) => {
      total = count
      if (done === total && total > 0) onLinted?.()
    }
  })
  return result.documents
}

function across(documents: Awaited<ReturnType<typeof lintRun>>) {
  return documents.flatMap((document) =>
    document.file.messages
      .filter((message) => message.ruleId === 'duplicate-block')
      .map((message) => ({path: document.file.path, reason: message.reason, actual: message.actual, start: message.place && 'start' in message.place ? message.place.start : undefined}))
  )
}

describe('a run that lets the texts go', () => {
  it('finds what a run keeping them finds, and still gives each text', async () => {
    const cwd = tempTree(FILES)
    const kept = await lintRun(cwd, false)
    const released = await lintRun(cwd, true)
    expect(across(released)).toEqual(across(kept))
    // The near copy and the exact copy are both found across files.
    expect(across(kept).map((found) => found.path)).toEqual(['drafts/b.txt', 'drafts/c.txt'])
    expect(released.map((document) => isReleased(document.file))).toEqual([true, true, true, false])
    for (const [index, document] of released.entries()) {
      expect(String(document.file.value)).toBe(Object.values(FILES)[index])
      expect(document.decoded.text).toBe(Object.values(FILES)[index])
    }
  })

  it('reports nothing on a draft changed on disk since its lint, and compares no pair with a changed draft', async () => {
    const cwd = tempTree(FILES)
    const documents = await lintRun(cwd, true, () => {
      // b.txt (the near copy, later than a.txt) and a.txt change between the lint and the cross-file pass.
      writeFileSync(path.join(cwd, 'drafts/b.txt'), `Autre chose.\n${EDITED}\n`)
      writeFileSync(path.join(cwd, 'drafts/a.txt'), `${OWN(1)}\n${PASTED} Et une phrase de plus.\n`)
    })
    // c.txt repeats a.txt exactly: the prints of both tell, with no text read again; b.txt changed: nothing on it.
    expect(across(documents).map((found) => found.path)).toEqual(['drafts/c.txt'])
    expect(() => String(documents[1]!.file.value)).toThrow(/changed on disk/)
  })

  it('holds a few texts read again at a time, and finds what a run keeping them finds over many drafts', {timeout: 60_000}, async () => {
    // Forty pairs of drafts, each a near copy of the other: the pass reads eighty texts again, more than it holds at once.
    const many: Record<string, string> = {}
    let state = 7
    const next = () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 4294967296
    const syllables = ['ba', 'ri', 'to', 'ne', 'ma', 'lu', 'so', 'ke', 'di', 'ra', 'mo', 'ti']
    const word = () => Array.from({length: 2 + Math.floor(next() * 3)}, () => syllables[Math.floor(next() * syllables.length)]).join('')
    for (let pair = 0; pair < 40; pair++) {
      const words = Array.from({length: 30}, word)
      const own = `${words.join(' ')}.`
      words[15] = 'remarquée'
      many[`drafts/${String(pair).padStart(2, '0')}a.txt`] = `${OWN(pair)}\n${own}\n`
      many[`drafts/${String(pair).padStart(2, '0')}b.txt`] = `${OWN(pair + 100)}\n${words.join(' ')}.\n`
    }
    const cwd = tempTree(many)
    const kept = await lintRun(cwd, false)
    const released = await lintRun(cwd, true)
    expect(across(kept).length).toBeGreaterThanOrEqual(40)
    expect(across(released)).toEqual(across(kept))
    // Let go again after the pass, each text still read from disk when asked for.
    expect(released.every((document) => isReleased(document.file))).toBe(true)
    for (const [index, document] of released.entries()) expect(String(document.file.value)).toBe(Object.values(many)[index])
    // Read again past the texts held: the first ones read are let go, and read again when asked for.
    const files = released.map((document) => document.file)
    for (const file of files) expect(textAgain(file)).toBe(String(file.value))
    expect(textAgain(files[0]!)).toBe(Object.values(many)[0])
    releaseAgain(files)
  })

  it('leaves out the near copy of a draft whose original changed, and survives a draft turned into binary bytes', async () => {
    const cwd = tempTree({'drafts/a.txt': FILES['drafts/a.txt'], 'drafts/b.txt': FILES['drafts/b.txt']})
    const documents = await lintRun(cwd, true, () => writeFileSync(path.join(cwd, 'drafts/a.txt'), 'Tout autre texte.\n'))
    expect(across(documents)).toEqual([])
    const removed = tempTree({'drafts/a.txt': FILES['drafts/a.txt'], 'drafts/b.txt': FILES['drafts/b.txt']})
    const left = await lintRun(removed, true, () => writeFileSync(path.join(removed, 'drafts/b.txt'), Buffer.from([0, 1, 2, 3])))
    expect(across(left)).toEqual([])
  })
})
