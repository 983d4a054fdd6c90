import {render, cleanup} from 'ink-testing-library'
import {afterEach, describe, expect, it} from 'vitest'
import {App} from '../../src/cli/interactive/App.js'
import {createActions} from '../../src/cli/interactive/actions.js'
import {cliExitCode, frameWhere, KEYS, lintFiles, press} from './helpers.js'
import {tempTree} from '../support/cli.js'

afterEach(() => cleanup())

// The timeline overlay lists the durations date-arithmetic checked, under the
// dates, as `factlint timeline` does: right ones plain, wrong ones with ✖ and
// the finding's reason.
async function timelineOf(name: string, text: string): Promise<string> {
  const dir = tempTree({[name]: text})
  const documents = await lintFiles(dir, [name])
  const app = render(<App documents={documents} actions={createActions({cwd: dir})} color={false} exitCodeOf={cliExitCode} onExit={() => {}} />)
  await frameWhere(app.lastFrame, (frame) => /── (Findings|Signalements) /.test(frame))
  await press(app, 't')
  const shown = await frameWhere(() => app.lastFrame() ?? '', (frame) => /Durées vérifiées|Durations checked/.test(frame))
  await press(app, KEYS.escape)
  return shown
}

describe('timeline overlay: durations', () => {
  it('lists a French document’s durations, wrong ones with their reason', async () => {
    const shown = await timelineOf('fr.md', '---\nlang: fr\n---\nLe festival a lieu du lundi 2 au vendredi 6 mars 2026, soit quatre jours de concerts. Le séjour va du 12 au 15 août 2026, soit trois nuits.\n')
    expect(shown).toContain('Durées vérifiées :')
    expect(shown).toMatch(/✖ « quatre » +2 mars 2026 → 6 mars 2026 : 5 jours +ligne 4/)
    expect(shown).toContain('↳ « quatre » ne correspond pas aux dates')
    expect(shown).toMatch(/\n +« trois » +12 août 2026 → 15 août 2026 : 3 nuits +ligne 4/)
  })

  it('lists an English document’s durations', async () => {
    const shown = await timelineOf('en.md', '---\nlang: en\n---\nThe festival runs from March 2 to 6, 2026, five days in all. In 2010, he founded the firm. Ten years later, in 2019, he sold it.\n')
    expect(shown).toContain('Durations checked:')
    expect(shown).toMatch(/"five" +March 2, 2026 → March 6, 2026: 5 days +line 4/)
    expect(shown).toMatch(/✖ "Ten" +2010 → 2019: 9 years +line 4/)
  })
})
