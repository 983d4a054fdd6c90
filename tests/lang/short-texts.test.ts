import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {detectLanguage} from '../../src/lang/detect.js'
import {lint, lintFiles} from '../../src/index.js'
import {runInProcess} from '../support/cli.js'
import {ENGLISH_LINES, FRENCH_LINES} from './headlines.js'

const TODAY = new Date(Date.UTC(2026, 11, 4))
const LINES = [...FRENCH_LINES.map((line) => [line, 'fr'] as const), ...ENGLISH_LINES.map((line) => [line, 'en'] as const)]

const FRENCH_STORY =
  'Le conseil municipal a voté le budget de la ville dans la soirée. Les élus de l’opposition ont quitté la salle avant la fin des débats, et le maire a promis une nouvelle réunion pour les associations du quartier.'
const ENGLISH_STORY =
  'The city council passed the budget late in the evening. Opposition members walked out before the end of the debate, and the mayor promised a new meeting with the neighbourhood groups that had asked for one.'

describe('one-line texts: what detection alone decides, and what it leaves undecided', () => {
  // Measured on the table of headlines, captions and datelines (tests/lang/headlines.ts, 30 in each language):
  // alone, with the default fallback (English), 9 of 60 are misread; with French as fallback, 15.
  it.each([
    ['en', 9],
    ['fr', 15]
  ] as const)('alone, with fallback %s, %i of 60 are misread, each of them said undecided', (fallback, misread) => {
    const wrong = LINES.filter(([line, lang]) => detectLanguage(line, fallback).lang !== lang)
    expect(wrong).toHaveLength(misread)
    // No misread is a decision: every one is a guess the run's other files may overrule.
    expect(wrong.filter(([line]) => !detectLanguage(line, fallback).undecided)).toEqual([])
  })

  it('a line its words decide is never said undecided', () => {
    for (const line of ['Vendredi 28 août 2014.', 'IGD Convention - Monday, 7 October 2014', 'Le maire et les élus sont dans la salle', 'The mayor and the council are in the room']) {
      expect(detectLanguage(line).undecided).toBeUndefined()
    }
    expect(detectLanguage(FRENCH_STORY).undecided).toBeUndefined()
    expect(detectLanguage(ENGLISH_STORY).undecided).toBeUndefined()
  })
})

describe('a short text detection leaves undecided takes the language of the run', () => {
  it('with the run’s other files in its language, none of the 60 lines is misread', async () => {
    const wrong: string[] = []
    for (const [line, lang] of LINES) {
      const story = lang === 'fr' ? FRENCH_STORY : ENGLISH_STORY
      const [file] = await lintFiles(
        [
          {path: 'line.txt', text: `${line}\n`},
          {path: 'story-1.txt', text: `${story}\n`},
          {path: 'story-2.txt', text: `${story}\n`}
        ],
        {today: TODAY}
      )
      if (file!.data.factlint!.lang !== lang) wrong.push(line)
    }
    expect(wrong).toEqual([])
  })

  it.each([
    // Decided by its date's words: stays French in an English run.
    ['Vendredi 28 août 2014.', ENGLISH_STORY, 'fr'],
    ['IGD Convention - Monday, 7 October 2014', FRENCH_STORY, 'en'],
    // Undecided: the run's language.
    ['Rugby : Toulouse s’impose face au Racing', FRENCH_STORY, 'fr'],
    ['Rugby: Saracens beat Exeter', ENGLISH_STORY, 'en'],
    ['Yacht runs aground near Plymouth', ENGLISH_STORY, 'en'],
    // A sentence of another language, none of its words ours: unchecked whatever the run (no French rules on German).
    ['Dies ist ein deutscher Text über den Haushalt der Stadt und die Debatte im Rat.', FRENCH_STORY, 'und'],
    ['El ayuntamiento aprobó ayer por la noche el presupuesto de la ciudad tras un largo debate.', ENGLISH_STORY, 'und'],
    ['Il consiglio comunale ha approvato ieri sera il bilancio della città dopo un lungo dibattito.', FRENCH_STORY, 'und']
  ] as const)('%s, beside a story: %s', async (line, story, lang) => {
    const [file] = await lintFiles(
      [
        {path: 'line.txt', text: `${line}\n`},
        {path: 'story.txt', text: `${story}\n`}
      ],
      {today: TODAY}
    )
    expect(file!.data.factlint!.lang).toBe(lang)
  })

  it('alone, it keeps what detection gave; the configuration’s language decides it before the run', async () => {
    expect((await lint('Rugby : Toulouse s’impose face au Racing\n', {today: TODAY})).data.factlint!.lang).toBe('en')
    expect((await lint('Rugby : Toulouse s’impose face au Racing\n', {today: TODAY, langFallback: 'fr'})).data.factlint!.lang).toBe('fr')
    // A line its words decide ignores the fallback.
    expect((await lint('Vendredi 28 août 2014.\n', {today: TODAY, langFallback: 'en'})).data.factlint!.lang).toBe('fr')
  })

  it('the run finds the date error of a French headline filed with French stories, and the lint of it alone does not', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'factlint-short-'))
    // 28 August 2014 was a Thursday; « mer. » is read only in French.
    writeFileSync(path.join(dir, 'titre.txt'), 'Rugby : Toulouse s’impose face au Racing, mer. 28/08/2014\n')
    writeFileSync(path.join(dir, 'article.txt'), `${FRENCH_STORY}\n`)
    const alone = await runInProcess(['titre.txt', '--no-config', '--today', '2026-12-04'], dir)
    expect(alone.status).toBe(0)
    for (const jobs of ['1', '2']) {
      const both = await runInProcess(['titre.txt', 'article.txt', '--no-config', '--today', '2026-12-04', '--jobs', jobs], dir)
      expect(both.status).toBe(1)
      expect(both.stdout).toContain('Le 28 août 2014 est un jeudi, pas un mercredi')
    }
  })

  it('--lang auto over a configuration in French: an undecided line is French', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'factlint-short-config-'))
    writeFileSync(path.join(dir, 'titre.txt'), 'Rugby : Toulouse s’impose face au Racing, mer. 28/08/2014\n')
    writeFileSync(path.join(dir, 'factlint.config.json'), JSON.stringify({lang: 'fr'}))
    const run = await runInProcess(['titre.txt', '--lang', 'auto', '--today', '2026-12-04'], dir)
    expect(run.stdout).toContain('Le 28 août 2014 est un jeudi, pas un mercredi')
  })
})
