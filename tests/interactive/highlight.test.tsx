import {afterAll, describe, expect, it} from 'vitest'
import {cliExitCode, lintFiles, press} from './helpers.js'
import {tempTree} from '../support/cli.js'

// Ink's colours are chosen when it is loaded: this file loads it with styles on, to see reverse video.
const previous = process.env.FORCE_COLOR
process.env.FORCE_COLOR = '1'
const {render, cleanup} = await import('ink-testing-library')
const {App} = await import('../../src/cli/interactive/App.js')
const {createActions} = await import('../../src/cli/interactive/actions.js')
afterAll(() => {
  cleanup()
  if (previous === undefined) delete process.env.FORCE_COLOR
  else process.env.FORCE_COLOR = previous
})

const INVERSE = '\u001b[7m'
const plain = (line: string) => line.replace(/\u001b\[[0-9;]*m/g, '')

describe('the selected row', () => {
  it('is a reverse-video bar across the whole width, and moves with the selection', async () => {
    const dir = tempTree({'fr.txt': 'Le ministre est arrivé le vendredi 2 octobre 2020 à Rabat.\nIl a vu le le roi le mercredi 30 octobre 2020.\n'})
    const documents = await lintFiles(dir, ['fr.txt'])
    const app = render(<App documents={documents} actions={createActions({cwd: dir})} color={false} exitCodeOf={cliExitCode} onExit={() => {}} />)
    await press(app, '')
    // Finding rows only: the detail pane marks the flagged words in reverse video too.
    const rows = () => (app.lastFrame() ?? '').split('\n').filter((line) => /^ (›| ) \d+:\d+ /.test(plain(line)))
    const highlighted = () => rows().filter((line) => line.includes(INVERSE))
    expect(rows()).toHaveLength(2)
    expect(highlighted()).toHaveLength(1)
    expect(plain(highlighted()[0]!)).toMatch(/^ › 2:22 {5}erreur {8}Le 30 octobre 2020 est un vendredi, pas un mercredi {2,}$/)
    expect(plain(highlighted()[0]!)).toHaveLength(100)
    await press(app, 'j')
    expect(highlighted()).toHaveLength(1)
    expect(plain(highlighted()[0]!)).toMatch(/^ › 2:12 {5}erreur {8}Mot répété « le » : un seul est attendu {2,}$/)
    // Without the focus (in the detail pane) the bar stays, so the selection is never lost.
    await press(app, '\t')
    expect(highlighted()).toHaveLength(1)
  })
})

describe('the timeline’s cursor', () => {
  it('is a reverse-video bar across the width on the selected date, and moves with j', async () => {
    const dir = tempTree({'fr.txt': 'Le ministre est arrivé le vendredi 2 octobre 2020 à Rabat.\nIl a vu le le roi le mercredi 30 octobre 2020.\n'})
    const documents = await lintFiles(dir, ['fr.txt'])
    const app = render(<App documents={documents} actions={createActions({cwd: dir})} color={false} exitCodeOf={cliExitCode} onExit={() => {}} />)
    await press(app, 't')
    const highlighted = () => (app.lastFrame() ?? '').split('\n').filter((line) => line.includes(INVERSE)).map(plain)
    for (let tries = 0; tries < 100 && highlighted().length === 0; tries++) await press(app, '')
    expect(highlighted()).toEqual([expect.stringMatching(/^› {2}ligne 1 {2}2020-10-02 vendredi +vendredi 2 octobre 2020 +$/)])
    expect(highlighted()[0]).toHaveLength(100)
    await press(app, 'j')
    expect(highlighted()).toEqual([expect.stringMatching(/^›✖ ligne 2 {2}2020-10-30 vendredi +mercredi 30 octobre 2020 +$/)])
  })
})
