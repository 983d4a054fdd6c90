import {readFileSync, writeFileSync, existsSync} from 'node:fs'
import path from 'node:path'
import {render} from 'ink-testing-library'
import {afterEach, describe, expect, it} from 'vitest'
import {cleanup} from 'ink-testing-library'
import {App} from '../../src/cli/interactive/App.js'
import {createActions, type ReviewActions} from '../../src/cli/interactive/actions.js'
import {collectFindings} from '../../src/cli/interactive/model.js'
import type {LintedDocument} from '../../src/engine/run.js'
import {cliExitCode, fixtureCopy, frameWhere, KEYS, lintFiles, press} from './helpers.js'
import {tempTree} from '../support/cli.js'

afterEach(() => cleanup())

async function open(options: {documents?: LintedDocument[]; dir?: string; actions?: ReviewActions} = {}) {
  const copy = options.dir ? {dir: options.dir, file: ''} : fixtureCopy()
  const documents = options.documents ?? (await lintFiles(copy.dir, ['esper-rabat.fr.txt']))
  const exits: number[] = []
  const app = render(
    <App
      documents={documents}
      actions={options.actions ?? createActions({cwd: copy.dir})}
      color={false}
      exitCodeOf={cliExitCode}
      onExit={(code) => exits.push(code)}
    />
  )
  await frameWhere(app.lastFrame, (frame) => /── (Findings|Signalements) /.test(frame))
  return {...app, documents, exits, dir: copy.dir, frame: () => app.lastFrame() ?? ''}
}

const lines = (frame: string) => frame.split('\n')

describe('list', () => {
  it('groups the findings of the reference document by file, then rule', async () => {
    const {frame, documents} = await open()
    const findings = collectFindings(documents)
    const rules = [...new Set(findings.map((finding) => finding.ruleId))]
    expect(rules).toContain('doubled-word')
    expect(rules).toEqual([...rules].sort())
    const shown = lines(frame())
    expect(shown[0]).toContain(`1 fichier · ${findings.length} signalements`)
    // The header counts findings per rule.
    expect(shown[1]).toContain(`doubled-word ${findings.filter((finding) => finding.ruleId === 'doubled-word').length}`)
    const fileRow = shown.findIndex((line) => line.startsWith('esper-rabat.fr.txt'))
    const firstRule = shown.findIndex((line) => line === `  ${rules[0]} (${findings.filter((finding) => finding.ruleId === rules[0]).length})`)
    expect(fileRow).toBeGreaterThan(0)
    expect(firstRule).toBe(fileRow + 1)
    expect(shown[firstRule + 1]).toMatch(new RegExp(`^ › ${findings[0]!.line}:${findings[0]!.column}\\s`))
  })

  it('moves with j/k, arrows, g/G and pages', async () => {
    const app = await open()
    const {frame, documents} = app
    const total = collectFindings(documents).length
    expect(frame()).toContain(`Signalements 1/${total}`)
    await press(app, 'j', 'j', KEYS.down)
    expect(frame()).toContain(`Signalements 4/${total}`)
    await press(app, 'k', KEYS.up)
    expect(frame()).toContain(`Signalements 2/${total}`)
    await press(app, 'G')
    expect(frame()).toContain(`Signalements ${total}/${total}`)
    const last = collectFindings(documents).at(-1)!
    expect(lines(frame()).some((line) => line.startsWith(` › ${last.line}:${last.column} `))).toBe(true)
    await press(app, 'g')
    expect(frame()).toContain(`Signalements 1/${total}`)
    await press(app, KEYS.pageDown)
    expect(frame()).not.toContain(`Signalements 1/${total}`)
    await press(app, KEYS.pageUp)
    expect(frame()).toContain(`Signalements 1/${total}`)
  })

  it('lists by place in the file with o, the rule on each row, and back by rule', async () => {
    const app = await open()
    const {frame, documents} = app
    const findings = collectFindings(documents)
    const byPlace = collectFindings(documents, 'line')
    expect(byPlace.map((finding) => finding.start)).toEqual([...byPlace.map((finding) => finding.start)].sort((a, b) => a - b))
    await press(app, 'j')
    const selected = findings[1]!
    await press(app, 'o')
    // The same finding stays selected, at its place in the new order.
    expect(frame()).toContain(`Signalements ${byPlace.indexOf(byPlace.find((finding) => finding.message === selected.message)!) + 1}/${findings.length} · règle : toutes · gravité : toutes · par place`)
    const rows = lines(frame())
    expect(rows.some((row) => /^ {2}\S+ \(\d+\)$/.test(row))).toBe(false)
    expect(rows.find((row) => row.startsWith(' › '))).toContain(`${selected.ruleId}  ${selected.message.reason.slice(0, 10)}`)
    await press(app, 'o')
    expect(frame()).toContain(`Signalements 2/${findings.length} · règle : toutes · gravité : toutes ─`)
  })

  it('filters by rule with r and by severity with s', async () => {
    const app = await open()
    const {frame, documents} = app
    const findings = collectFindings(documents)
    const rules = [...new Set(findings.map((finding) => finding.ruleId))]
    await press(app, ...Array(rules.indexOf('doubled-word') + 1).fill('r'))
    expect(frame()).toContain('règle : doubled-word')
    expect(frame()).toContain('Signalements 1/2')
    for (const other of rules.filter((rule) => rule !== 'doubled-word')) expect(frame()).not.toContain(`  ${other} (`)
    await press(app, ...Array(rules.length - rules.indexOf('doubled-word')).fill('r'))
    expect(frame()).toContain('règle : toutes')
    await press(app, 's')
    const errors = findings.filter((finding) => finding.severity === 'error').length
    expect(frame()).toContain(`gravité : erreur`)
    expect(frame()).toContain(`Signalements 1/${errors}`)
    expect(frame()).not.toMatch(/ avertissement /)
  })

  it('filters by text with /', async () => {
    const app = await open()
    const {frame, dir} = app
    await press(app, '/', ...'Bouritx', KEYS.backspace, 'a')
    expect(frame()).toContain('/Bourita')
    await press(app, KEYS.enter)
    expect(frame()).toContain('texte : “Bourita”')
    const {documents} = await lintFiles(dir, ['esper-rabat.fr.txt']).then((documents) => ({documents}))
    const matching = collectFindings(documents).filter((finding) =>
      [finding.message.reason, finding.message.actual, ...(finding.message.expected ?? [])].join(' ').toLowerCase().includes('bourita')
    )
    expect(matching.length).toBeGreaterThan(1)
    expect(frame()).toContain(`Signalements 1/${matching.length}`)
    expect(frame()).toContain('  abbreviation (2)')
    expect(frame()).not.toContain('  doubled-word (')
    await press(app, '/', KEYS.escape)
    expect(frame()).not.toContain('texte : “')
  })

  it('Esc clears the filters instead of quitting; a second Esc quits', async () => {
    const app = await open()
    const {frame, exits} = app
    await press(app, '/', 'B', 'o', 'u', 'r', 'i', 't', 'a', KEYS.enter, 's')
    expect(frame()).toContain('texte : “Bourita”')
    await press(app, KEYS.escape)
    expect(exits).toEqual([])
    expect(frame()).not.toContain('texte : “')
    expect(frame()).toContain('  doubled-word (')
    await press(app, KEYS.escape)
    expect(exits).toEqual([1])
  })
})

describe('detail', () => {
  it('shows the message, the source around it with the span marked, the suggestions and the rule description', async () => {
    const app = await open()
    const {frame, documents} = app
    const rules = [...new Set(collectFindings(documents).map((finding) => finding.ruleId))]
    await press(app, ...Array(rules.indexOf('doubled-word') + 1).fill('r'), KEYS.enter)
    const shown = lines(frame())
    expect(frame()).toContain('Particule de négation « pas » répétée')
    const paragraph = shown.findIndex((line) => line.startsWith('> 2 │ '))
    expect(paragraph).toBeGreaterThan(0)
    // Two lines before and after; the finding's paragraph wrapped on words, every row within the width.
    expect(shown[paragraph - 1]).toMatch(/^ {2}1 │ Le chef du Pentagone/)
    const next = shown.findIndex((line) => /^ {2}3 │ Tunis, Alger ensuite Rabat/.test(line))
    expect(next).toBeGreaterThan(paragraph + 1)
    expect(shown[next + 1]).toMatch(/^ {2}4 │ Dans un communiqué/)
    for (const row of shown.slice(paragraph + 1, next)) expect(row).toMatch(/^ {4}│ /)
    for (const row of shown) expect(row.length).toBeLessThanOrEqual(100)
    expect(frame()).toContain('Détail · erreur · doubled-word · esper-rabat.fr.txt:2:215-2:218')
    // Carets under the flagged words, on the row after the one that holds them.
    const caretRow = shown.findIndex((line, index) => index > paragraph && /^ {4}│ +\^+$/.test(line))
    expect(caretRow).toBeGreaterThan(paragraph)
    const caret = shown[caretRow]!
    expect(caret.match(/\^+/)![0]).toHaveLength(3)
    expect(caret.indexOf('^')).toBe(shown[caretRow - 1]!.indexOf('pas de noter'))
    // The fix as a word-level difference: the second « pas » struck out.
    expect(frame()).toMatch(/Corrigé : .*Il n’a pas manqué \[-pas-\] de noter/)
    expect(frame()).toContain('Corrections : 1 (supprimer)')
    expect(frame()).toContain('Règle : Le même mot deux fois de suite, ou une particule de négation')
  })

  it('shows the related location of a finding that has one', async () => {
    const app = await open()
    const {frame, documents} = app
    const findings = collectFindings(documents)
    const index = findings.findIndex((finding) => finding.message.cause)
    expect(index).toBeGreaterThanOrEqual(0)
    await press(app, ...Array(index).fill('j'), KEYS.enter)
    const cause = findings[index]!.message.cause as {reason: string}
    expect(frame()).toContain(`Voir : `)
    expect(frame().replace(/\s+/g, ' ')).toContain(cause.reason.slice(0, 20))
  })
})

describe('jumps', () => {
  it('goes to the next file’s first finding with n, back with N', async () => {
    const dir = tempTree({'a.txt': 'Il a vu le le roi.\nIl n’a pas manqué pas de noter la visite.\n', 'b.txt': 'Elle a vu la la reine.\n'})
    const app = await open({documents: await lintFiles(dir, ['a.txt', 'b.txt']), dir})
    expect(app.frame()).toContain('Signalements 1/3')
    await press(app, 'j', 'n')
    expect(app.frame()).toContain('Signalements 3/3')
    expect(app.frame()).toContain('doubled-word · b.txt:1:')
    await press(app, 'n')
    expect(app.frame()).toContain('Signalements 3/3')
    await press(app, 'N')
    expect(app.frame()).toContain('Signalements 1/3')
    await press(app, 'j', 'N')
    expect(app.frame()).toContain('Signalements 1/3')
  })

  it('narrows the list to the selected finding’s file with F, then the next file, then all; Esc clears it', async () => {
    const dir = tempTree({'a.txt': 'Il a vu le le roi.\nIl n’a pas manqué pas de noter la visite.\n', 'b.txt': 'Elle a vu la la reine.\n', 'c.txt': 'Ils ont vu les les princes.\n'})
    const app = await open({documents: await lintFiles(dir, ['a.txt', 'b.txt', 'c.txt']), dir})
    const rowsOf = () => lines(app.frame()).filter((line) => /^[a-c]\.txt {2}/.test(line)).map((line) => line.slice(0, 5))
    expect(lines(app.frame())[2]).toBe('fichiers : a.txt 2 · b.txt 1 · c.txt 1')
    // From b.txt's finding: b.txt alone, the same finding selected.
    await press(app, 'n', 'F')
    expect(app.frame()).toContain('── Signalements 1/1 · règle : toutes · gravité : toutes · fichier : b.txt ─')
    expect(rowsOf()).toEqual(['b.txt'])
    expect(app.frame()).toContain('doubled-word · b.txt:1:')
    expect(lines(app.frame())[0]).toMatch(/4 signalements .* {2}\(1 affiché\)$/)
    await press(app, 'F')
    expect(app.frame()).toContain('· fichier : c.txt ─')
    expect(rowsOf()).toEqual(['c.txt'])
    await press(app, 'F')
    // Every file again, the same finding selected.
    expect(app.frame()).toContain('── Signalements 4/4 · règle : toutes · gravité : toutes ─')
    // From the first finding: a.txt; with the severity filter too; Esc clears both, and does not quit.
    await press(app, 'g', 'F', 'j', 's')
    expect(app.frame()).toContain('── Signalements 2/2 · règle : toutes · gravité : erreur · fichier : a.txt ─')
    expect(rowsOf()).toEqual(['a.txt'])
    await press(app, KEYS.escape)
    expect(app.frame()).toContain('── Signalements 2/4 · règle : toutes · gravité : toutes ─')
    expect(app.exits).toEqual([])
    await press(app, '?')
    expect(app.frame()).toContain('  F           seulement le fichier du signalement sélectionné, puis le suivant, puis tous')
    expect(app.frame()).toContain('fichier:NOM par chemin')
  })

  it('filters by path with a file: term in /, the other words anywhere', async () => {
    const dir = tempTree({'rabat.txt': 'Il a vu le le roi.\nIl n’a pas manqué pas de noter la visite.\n', 'tunis.txt': 'Elle a vu la la reine.\n'})
    const app = await open({documents: await lintFiles(dir, ['rabat.txt', 'tunis.txt']), dir})
    await press(app, '/', ...'file:TUN')
    expect(app.frame()).toContain('Signalements 1/1')
    expect(app.frame()).toContain('doubled-word · tunis.txt:1:')
    await press(app, KEYS.escape, '/', ...'fichier:rabat négation')
    expect(app.frame()).toContain('Signalements 1/1')
    expect(app.frame()).toContain('Particule de négation « pas »')
    // A term being typed filters nothing yet; a path no file has, everything.
    await press(app, KEYS.escape, '/', ...'file:')
    expect(app.frame()).toContain('Signalements 1/3')
    await press(app, ...'zzz', KEYS.enter)
    expect(app.frame()).toContain('Signalements 0/0')
    expect(app.frame()).toContain('Aucun signalement pour ces filtres')
  })

  it('shows the related place in the detail pane with v, and the finding again with v', async () => {
    const app = await open()
    const {frame, documents} = app
    const findings = collectFindings(documents)
    const index = findings.findIndex((finding) => finding.message.cause)
    const cause = findings[index]!.message.cause as {reason: string; place: {start: {line: number}}}
    await press(app, ...Array(index).fill('j'), 'v')
    expect(frame()).toContain(`── Endroit lié · esper-rabat.fr.txt:${cause.place.start.line}:`)
    expect(lines(frame()).some((line) => line.startsWith(`> ${cause.place.start.line} │ `))).toBe(true)
    await press(app, 'v')
    expect(frame()).toContain('── Détail · ')
    // Moving on shows the next finding, not its related place.
    await press(app, 'v', 'j')
    expect(frame()).toContain('── Détail · ')
    // A finding without one says so.
    const without = findings.findIndex((finding) => !finding.message.cause)
    await press(app, 'g', ...Array(without).fill('j'), 'v')
    expect(lines(frame()).at(-1)).toBe('Ce signalement n’a pas d’endroit lié.')
  })
})

describe('actions', () => {
  it('applies a fix after confirmation: the file is written and the finding disappears', async () => {
    const app = await open()
    const {frame, documents, dir} = app
    const file = path.join(dir, 'esper-rabat.fr.txt')
    const rules = [...new Set(collectFindings(documents).map((finding) => finding.ruleId))]
    await press(app, ...Array(rules.indexOf('doubled-word') + 1).fill('r'))
    expect(frame()).toContain('Signalements 1/2')
    await press(app, 'f')
    expect(frame()).toContain('Appliquer (supprimer) ? y/Enter oui')
    await press(app, 'n')
    expect(frame()).toContain('Correction annulée')
    expect(readFileSync(file, 'utf8')).toBe(readFileSync(path.join(__dirname, '../../fixtures/esper-rabat.fr.txt'), 'utf8'))
    await press(app, 'f', 'y')
    await frameWhere(() => frame(), (shown) => shown.includes('Correction appliquée en esper-rabat.fr.txt:2:215'))
    const text = readFileSync(file, 'utf8')
    expect(text.split('\n')[1]).toContain('Il n’a pas manqué de noter')
    expect(text.split('\n')[18]).toContain('Il n’a pas manqué pas de noter')
    expect(frame()).toContain('Signalements 1/1')
    expect(frame()).toContain('> 19 │')
  })

  it('keeps the byte order mark and CRLF line endings when fixing', async () => {
    const dir = tempTree({'draft.txt': Buffer.from('\ufeffLe ministre est arrivé.\r\nIl n’a pas manqué pas de noter la visite.\r\nFin.\r\n', 'utf8')})
    const documents = await lintFiles(dir, ['draft.txt'])
    const app = await open({documents, dir})
    const {frame} = app
    await press(app, 'f', KEYS.enter)
    await frameWhere(() => frame(), (shown) => shown.includes('Correction appliquée'))
    const bytes = readFileSync(path.join(dir, 'draft.txt'))
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(bytes.toString('utf8').slice(1)).toBe('Le ministre est arrivé.\r\nIl n’a pas manqué de noter la visite.\r\nFin.\r\n')
  })

  it('refuses to overwrite a file changed on disk since the run, and R reads it again', async () => {
    const app = await open()
    const {frame, dir} = app
    const file = path.join(dir, 'esper-rabat.fr.txt')
    writeFileSync(file, 'Il a vu le le roi.\nRewritten by someone else.\n')
    await press(app, 'r', 'f', 'y')
    await frameWhere(() => frame(), (shown) => lines(shown).at(-1) === 'esper-rabat.fr.txt modifié sur le disque ; correction non écrite. R le relit')
    expect(readFileSync(file, 'utf8')).toBe('Il a vu le le roi.\nRewritten by someone else.\n')
    // R reads the file as it now is: its one finding, and the fix then applies.
    await press(app, KEYS.escape, 'R')
    await frameWhere(() => frame(), (shown) => lines(shown).at(-1) === 'esper-rabat.fr.txt relu : 1 signalement')
    expect(frame()).toContain('Signalements 1/1')
    expect(frame()).toMatch(/ › 1:12 +erreur/)
    await press(app, 'f', 'y')
    await frameWhere(() => frame(), (shown) => shown.includes('Correction appliquée'))
    expect(readFileSync(file, 'utf8')).toBe('Il a vu le roi.\nRewritten by someone else.\n')
  })

  it('dismisses a finding into the baseline and it disappears', async () => {
    const app = await open()
    const {frame, documents, dir} = app
    const total = collectFindings(documents).length
    const first = collectFindings(documents)[0]!
    await press(app, 'i')
    await frameWhere(() => frame(), (shown) => shown.includes('écarté dans la base de référence'))
    expect(frame()).toContain(`Signalements 1/${total - 1}`)
    const baseline = JSON.parse(readFileSync(path.join(dir, '.factlint-baseline.json'), 'utf8')) as {version: number; entries: Array<{rule: string; file: string; text: string}>}
    expect(baseline.version).toBe(1)
    expect(baseline.entries).toEqual([expect.objectContaining({rule: first.ruleId, file: 'esper-rabat.fr.txt', text: first.message.actual})])
  })

  it('keeps dismissed findings out after re-linting a fixed file', async () => {
    const app = await open()
    const {frame, documents, dir} = app
    const rules = [...new Set(collectFindings(documents).map((finding) => finding.ruleId))]
    await press(app, ...Array(rules.indexOf('doubled-word') + 1).fill('r'))
    await press(app, 'i')
    await frameWhere(() => frame(), (shown) => shown.includes('écarté dans la base de référence'))
    expect(frame()).toContain('Signalements 1/1')
    expect(frame()).toContain('> 19 │')
    await press(app, 'f', 'y')
    await frameWhere(() => frame(), (shown) => shown.includes('Correction appliquée'))
    expect(frame()).toContain('Signalements 0/0')
    expect(existsSync(path.join(dir, '.factlint-baseline.json'))).toBe(true)
  })
})

describe('screens', () => {
  it('shows the timeline of the current file with conflicts marked', async () => {
    const app = await open()
    const {frame} = app
    await press(app, 't')
    const shown = await frameWhere(() => frame(), (text) => text.includes('2020-10-02'))
    expect(shown).toContain('Chronologie du fichier esper-rabat.fr.txt')
    expect(shown).toMatch(/ligne +1 +2020-10-02 vendredi +vendredi 2 octobre/)
    expect(shown).toMatch(/✖ ligne 18 +2020-10-30 vendredi +mercredi 30 octobre/)
    // Dates in order.
    const dates = [...shown.matchAll(/(\d{4}-\d\d-\d\d)/g)].map((match) => match[1]!)
    expect(dates).toEqual([...dates].sort())
    await press(app, KEYS.escape)
    expect(frame()).toContain('Signalements 1/')
  })

  it('moves a cursor through the timeline with j/k; Enter goes to the finding on the date, or shows its line', async () => {
    const app = await open()
    const {frame} = app
    const rows = () => lines(frame())
    const cursorRow = () => rows().filter((line) => line.startsWith('›'))
    await press(app, 't')
    await frameWhere(() => frame(), (text) => text.includes('2020-10-30'))
    expect(cursorRow()).toEqual([expect.stringMatching(/^› {2}ligne 16 {2}2020-10-01 jeudi +jeudi$/)])
    expect(frame()).toContain('j/k aller · Enter le signalement sur la date, ou sa ligne · t ou Esc revenir')
    // The conflict's text stays under its date, past the cursor's column.
    const conflict = rows().findIndex((line) => line.includes('↳'))
    expect(rows()[conflict]!.indexOf('↳') + 2).toBe(rows()[conflict - 1]!.indexOf('2020-10-30'))
    await press(app, 'j', 'j', 'j')
    expect(cursorRow()).toEqual([expect.stringMatching(/^›✖ ligne 18 {2}2020-10-30 vendredi +mercredi 30 octobre$/)])
    await press(app, 'k', 'G')
    expect(cursorRow()).toEqual([expect.stringMatching(/^›✖ ligne 35 /)])
    await press(app, 'g', 'k')
    expect(cursorRow()).toEqual([expect.stringMatching(/^› {2}ligne 16 /)])
    // A date a rule reports: its finding, selected in the list.
    await press(app, 'j', 'j', 'j', KEYS.enter)
    expect(frame()).toContain('── Détail · avertissement · date-timeline · esper-rabat.fr.txt:18:45-')
    expect(rows().filter((line) => line.startsWith(' › '))).toEqual([expect.stringMatching(/^ › 18:45 +avertissement /)])
    // A date no finding is on: its line in the detail pane, until the selection moves.
    await press(app, 't')
    await frameWhere(() => frame(), (text) => text.includes('2020-10-30'))
    await press(app, KEYS.enter)
    expect(frame()).toContain('── Date · esper-rabat.fr.txt:16:')
    expect(frame()).toMatch(/Aucun signalement sur cette date ; sa ligne : jeudi {2}2020-10-01 jeudi/)
    expect(rows().some((line) => line.startsWith('> 16 │ '))).toBe(true)
    await press(app, 'j')
    expect(frame()).toContain('── Détail · ')
    expect(frame()).not.toContain('── Date · ')
  })

  it('clears the filters that hide the finding a timeline date goes to', async () => {
    const app = await open()
    const {frame, documents} = app
    const rules = [...new Set(collectFindings(documents).map((finding) => finding.ruleId))]
    await press(app, ...Array(rules.indexOf('doubled-word') + 1).fill('r'), 't')
    await frameWhere(() => frame(), (text) => text.includes('2020-10-30'))
    await press(app, 'G', KEYS.enter)
    expect(frame()).toMatch(/── Signalements \d+\/19 · règle : toutes · gravité : toutes ─/)
    expect(frame()).toContain('· date-timeline · esper-rabat.fr.txt:35:45-')
  })

  it('shows the timeline of a document linted on a worker thread (no date analysis in memory)', async () => {
    const {dir} = fixtureCopy()
    const documents = await lintFiles(dir, ['esper-rabat.fr.txt'])
    documents[0]!.file.data.factlint!.cache.clear()
    const app = await open({documents, dir})
    await press(app, 't')
    const shown = await frameWhere(app.lastFrame, (text) => text.includes('2020-10-02'))
    expect(shown).toMatch(/✖ ligne 18 +2020-10-30/)
  })

  it('shows the keys on ?', async () => {
    const app = await open()
    const {frame} = app
    await press(app, '?')
    expect(frame()).toContain('── Aide')
    expect(frame()).toContain('écarter dans la base de référence (.factlint-baseline.json)')
    await press(app, '?')
    expect(frame()).not.toContain('── Aide')
  })

  it('renders only the visible window, adapts to the terminal size and redraws on resize', async () => {
    const text = Array.from({length: 1000}, (_, index) => `Ligne ${index + 1} : le le chat dort.`).join('\n') + '\n'
    const dir = tempTree({'long.txt': text})
    const documents = await lintFiles(dir, ['long.txt'])
    expect(collectFindings(documents)).toHaveLength(1000)
    const app = await open({documents, dir})
    // ink-testing-library's terminal: 100 columns, no rows (24 assumed).
    expect(lines(app.frame())).toHaveLength(23)
    await press(app, 'G')
    expect(app.frame()).toContain('Signalements 1000/1000')
    expect(app.frame()).toContain(' › 1000:')
    await press(app, ...Array(20).fill('k'))
    expect(app.frame()).toContain('Signalements 980/1000')
    // Only the window is drawn, however long the list: speed itself is the benchmark's business.
    expect(lines(app.frame())).toHaveLength(23)
    Object.defineProperty(app.stdout, 'rows', {value: 40, configurable: true})
    Object.defineProperty(app.stdout, 'columns', {value: 120, configurable: true})
    app.stdout.emit('resize')
    const resized = await frameWhere(app.lastFrame, (frame) => lines(frame).length === 39)
    expect(Math.max(...lines(resized).map((line) => line.length))).toBe(120)
  })
})

describe('quitting', () => {
  it('returns the CLI exit code: 1 while errors remain', async () => {
    const app = await open()
    const {exits} = app
    await press(app, 'q')
    expect(exits).toEqual([1])
  })

  it('quits on Ctrl+C with the same code', async () => {
    const app = await open()
    await press(app, '/', 'x', '\u0003')
    expect(app.exits).toEqual([1])
  })

  it('returns 0 after the last error is fixed, on Esc', async () => {
    const dir = tempTree({'draft.txt': 'Il n’a pas manqué pas de noter la visite du ministre.\n'})
    const documents = await lintFiles(dir, ['draft.txt'])
    const app = await open({documents, dir})
    const {frame, exits} = app
    await press(app, 'f', 'y')
    await frameWhere(() => frame(), (shown) => shown.includes('Correction appliquée'))
    await press(app, KEYS.escape)
    expect(exits).toEqual([0])
  })
})

describe('in the document’s language', () => {
  const drafts = {
    en: 'The minister arrived on Friday, October 2, 2020, in Rabat.\nHe saw the the king on Wednesday, October 30, 2020.\n',
    fr: 'Le ministre est arrivé le vendredi 2 octobre 2020 à Rabat.\nIl a vu le le roi le mercredi 30 octobre 2020.\n'
  }
  const expected = {
    en: {
      header: ['factlint  1 file · 2 findings: 2 errors, 0 warnings, 0 info', 'rules: date-weekday 1 · doubled-word 1', 'files: en.txt 2'],
      list: '── Findings 1/2 · rule: all · severity: all ─',
      fileRow: 'en.txt  2 errors',
      row: ' › 2:24     error   October 30, 2020 is a Friday, not a Wednesday',
      detail: '── Detail · error · date-weekday · en.txt:2:24-2:51 ─',
      keyBar: '? help  q quit  f fix  i dismiss  u undo  ↑↓ move  ⏎ detail  / filter  r rule  s severity  F file',
      prompt: 'Apply “Wednesday, September 30, 2020”? y/Enter yes · 2 “Wednesday, October 28, 2020”',
      cancelled: 'Fix cancelled',
      suggestions: 'Suggestions: 1 (delete)  f to apply',
      rule: 'Rule: The same word twice in a row',
      severityFilter: '── Findings 2/2 · rule: all · severity: error ─',
      filterPrompt: '/zzz   Enter keep · Esc clear',
      noMatch: ['── Findings 0/0 · rule: all · severity: all · text: “zzz” ─', 'No finding matches the filters (r, s, F, / change them, Esc clears them).', '(0 shown)'],
      help: ['── Help ─', 'Keys', '  q/Esc       quit (exit code: 1 when errors remain); Esc first clears the filters', 'Press ? or Esc to go back.'],
      timeline: ['── Timeline ─', 'Timeline of en.txt', '2 dates, 1 conflict', '  line 1  2020-10-02'],
      dismissed: 'Dismissed en.txt:2:24 into the baseline'
    },
    fr: {
      header: ['factlint  1 fichier · 2 signalements : 2 erreurs, 0 avertissement, 0 info', 'règles : date-weekday 1 · doubled-word 1', 'fichiers : fr.txt 2'],
      list: '── Signalements 1/2 · règle : toutes · gravité : toutes ─',
      fileRow: 'fr.txt  2 erreurs',
      row: ' › 2:22     erreur        Le 30 octobre 2020 est un vendredi, pas un mercredi',
      detail: '── Détail · erreur · date-weekday · fr.txt:2:22-2:46 ─',
      keyBar: '? aide  q quitter  f corriger  i écarter  u annuler  ↑↓ aller  ⏎ détail  / filtrer  r règle  t dates',
      prompt: 'Appliquer “mercredi 30 septembre 2020” ? y/Enter oui · 2 “mercredi 28 octobre 2020”',
      cancelled: 'Correction annulée',
      suggestions: 'Corrections : 1 (supprimer)  f pour appliquer',
      rule: 'Règle : Le même mot deux fois de suite, ou une particule de négation répétée',
      severityFilter: '── Signalements 2/2 · règle : toutes · gravité : erreur ─',
      filterPrompt: '/zzz   Enter garder · Esc effacer',
      noMatch: ['── Signalements 0/0 · règle : toutes · gravité : toutes · texte : “zzz” ─', 'Aucun signalement pour ces filtres (r, s, F, / les changent ; Esc les vide).', '(0 affiché)'],
      help: ['── Aide ─', 'Touches', '  q/Esc       quitter (code de sortie : 1 s’il reste des erreurs) ; Esc vide d’abord les filtres', 'Appuyer sur ? ou Esc pour revenir.'],
      timeline: ['── Chronologie ─', 'Chronologie du fichier fr.txt', '2 dates, 1 conflit', '  ligne 1  2020-10-02'],
      dismissed: 'Signalement fr.txt:2:22 écarté dans la base de référence'
    }
  }

  for (const lang of ['en', 'fr'] as const) {
    it(`${lang}: speaks the language of the file shown, with the same keys`, async () => {
      const words = expected[lang]
      const dir = tempTree({[`${lang}.txt`]: drafts[lang]})
      const app = await open({documents: await lintFiles(dir, [`${lang}.txt`]), dir})
      const {frame} = app
      const shown = lines(frame())
      expect(shown.slice(0, 3)).toEqual(words.header)
      expect(frame()).toContain(words.list)
      expect(shown).toContain(words.fileRow)
      expect(shown.map((line) => line.trimEnd())).toContain(words.row)
      expect(frame()).toContain(words.detail)
      expect(shown.at(-1)).toBe(words.keyBar)
      // The date finding offers the text's suggestions; any key but y, Enter and 1–3 cancels.
      await press(app, 'f')
      expect(frame()).toContain(words.prompt)
      await press(app, 'n')
      expect(lines(frame()).at(-1)).toBe(words.cancelled)
      await press(app, 'j', KEYS.enter)
      expect(frame()).toContain(words.suggestions)
      expect(frame()).toContain(words.rule)
      await press(app, KEYS.left, 's')
      expect(frame()).toContain(words.severityFilter)
      await press(app, 's', 's', 's', '/', 'z', 'z', 'z')
      expect(lines(frame()).at(-1)).toBe(words.filterPrompt)
      for (const text of words.noMatch) expect(frame()).toContain(text)
      await press(app, KEYS.escape, '?')
      for (const text of words.help) expect(frame()).toContain(text)
      await press(app, '?', 't')
      const timeline = await frameWhere(() => frame(), (text) => text.includes('2020-10-30'))
      for (const text of words.timeline) expect(timeline).toContain(text)
      // The conflict's text stands under the date it is about.
      const rows = lines(timeline)
      const conflict = rows.findIndex((row) => row.includes('↳'))
      expect(rows[conflict]!.indexOf('↳') + 2).toBe(rows[conflict - 1]!.indexOf('2020-10-30'))
      await press(app, 't', 'g', 'i')
      await frameWhere(() => frame(), (text) => text.includes(words.dismissed))
    })
  }

  it('gives each file of a mixed run its own words, and the run’s header in English', async () => {
    const dir = tempTree({'en.txt': drafts.en, 'fr.txt': drafts.fr})
    const app = await open({documents: await lintFiles(dir, ['en.txt', 'fr.txt']), dir})
    const {frame} = app
    const shown = lines(frame())
    expect(shown[0]).toBe('factlint  2 files · 4 findings: 4 errors, 0 warnings, 0 info')
    expect(shown).toContain(expected.en.fileRow)
    expect(shown).toContain(expected.fr.fileRow)
    expect(shown.map((line) => line.trimEnd())).toContain(expected.en.row)
    expect(frame()).toContain('── Findings 1/4 · rule: all · severity: all ─')
    expect(shown.at(-1)).toBe(expected.en.keyBar)
    // The third finding is the French file's first: the screen follows it.
    await press(app, 'j', 'j')
    expect(frame()).toContain('── Signalements 3/4 · règle : toutes · gravité : toutes ─')
    expect(frame()).toContain(expected.fr.detail)
    expect(lines(frame()).map((line) => line.trimEnd())).toContain(expected.fr.row)
    expect(lines(frame()).at(-1)).toBe(expected.fr.keyBar)
    expect(lines(frame())[0]).toBe(shown[0])
  })
})

describe('at the documented minimum and after an action', () => {
  const draft = 'Le ministre est arrivé le vendredi 2 octobre 2020 à Rabat.\nIl a vu le le roi le mercredi 30 octobre 2020.\n'

  async function small(files: Record<string, string>) {
    const dir = tempTree(files)
    const app = await open({documents: await lintFiles(dir, Object.keys(files)), dir})
    Object.defineProperty(app.stdout, 'rows', {value: 24, configurable: true})
    Object.defineProperty(app.stdout, 'columns', {value: 80, configurable: true})
    app.stdout.emit('resize')
    await frameWhere(app.lastFrame, (frame) => Math.max(...lines(frame).map((line) => line.length)) === 80)
    return app
  }

  it('keeps ? aide and q quitter in the key bar at 80×24, the most needed keys first', async () => {
    const app = await small({'fr.txt': draft})
    const bar = lines(app.frame()).at(-1)!
    expect(bar.length).toBeLessThanOrEqual(80)
    expect(bar.startsWith('? aide  q quitter  f corriger  i écarter  u annuler')).toBe(true)
    expect(bar).not.toContain('…')
  })

  it('shows the status of a dismissal until the next key, then the key bar again', async () => {
    const app = await small({'fr.txt': draft})
    await press(app, 'i')
    await frameWhere(() => app.frame(), (frame) => lines(frame).at(-1) === 'Signalement fr.txt:2:22 écarté dans la base de référence')
    await press(app, 'j')
    expect(lines(app.frame()).at(-1)).toMatch(/^\? aide {2}q quitter/)
  })

  it('undoes a dismissal with u: the finding is back and the baseline entry gone', async () => {
    const app = await small({'fr.txt': draft})
    await press(app, 'u')
    expect(lines(app.frame()).at(-1)).toBe('Rien à annuler.')
    await press(app, 'i')
    await frameWhere(() => app.frame(), (frame) => frame.includes('Signalements 1/1'))
    const baselineFile = path.join(app.dir, '.factlint-baseline.json')
    expect((JSON.parse(readFileSync(baselineFile, 'utf8')) as {entries: unknown[]}).entries).toHaveLength(1)
    await press(app, 'u')
    await frameWhere(() => app.frame(), (frame) => lines(frame).at(-1) === 'Mise à l’écart de fr.txt:2:22 annulée')
    expect(app.frame()).toContain('Signalements 1/2')
    expect(lines(app.frame()).map((line) => line.trimEnd())).toContain(' › 2:22     erreur        Le 30 octobre 2020 est un vendredi, pas un mercredi')
    expect((JSON.parse(readFileSync(baselineFile, 'utf8')) as {entries: unknown[]}).entries).toEqual([])
    await press(app, 'u')
    expect(lines(app.frame()).at(-1)).toBe('Rien à annuler.')
  })

  it('brings a dismissed finding back where the text now puts it after a fix', async () => {
    const app = await small({'fr.txt': 'Le ministre est arrivé le vendredi 2 octobre 2020 à Rabat.\nIl il a dit qu’il verrait ensuite à Fès le roi du Maroc le mercredi 30 octobre 2020.\n'})
    await press(app, 'i')
    await frameWhere(() => app.frame(), (frame) => frame.includes('Signalements 1/1'))
    // Deleting the doubled « il » moves the date three characters to the left.
    await press(app, 'f', 'y')
    await frameWhere(() => app.frame(), (frame) => frame.includes('Signalements 0/0'))
    expect(readFileSync(path.join(app.dir, 'fr.txt'), 'utf8')).toContain('\nIl a dit qu’il')
    await press(app, 'u')
    await frameWhere(() => app.frame(), (frame) => frame.includes('Signalements 1/1'))
    expect(lines(app.frame()).map((line) => line.trimEnd())).toContain(' › 2:57     erreur        Le 30 octobre 2020 est un vendredi, pas un mercredi')
  })

  it('keeps a dismissed finding out after a fix right next to it', async () => {
    const app = await small({'fr.txt': draft})
    // The date finding, dismissed; then the doubled « le » just before it, fixed.
    await press(app, 'i')
    await frameWhere(() => app.frame(), (frame) => frame.includes('Signalements 1/1'))
    await press(app, 'f', 'y')
    await frameWhere(() => app.frame(), (frame) => frame.includes('Correction appliquée'))
    expect(readFileSync(path.join(app.dir, 'fr.txt'), 'utf8')).toContain('Il a vu le roi le mercredi 30 octobre 2020.')
    expect(app.frame()).toContain('Signalements 0/0')
  })

  it('says so in the list when a filter matches nothing', async () => {
    const app = await small({'fr.txt': draft})
    await press(app, '/', 'z', 'z', 'z', KEYS.enter)
    const shown = lines(app.frame())
    const divider = shown.findIndex((line) => line.startsWith('── Signalements 0/0'))
    expect(shown[divider + 1]).toBe('Aucun signalement pour ces filtres (r, s, F, / les changent ; Esc les vide).')
  })

  it('counts the files linted in a clean run, in words', async () => {
    const app = await small({'propre.fr.txt': 'Le ministre est arrivé le vendredi 2 octobre 2020 à Rabat.\n'})
    const shown = lines(app.frame())
    expect(shown[0]).toBe('factlint  1 fichier · aucun signalement')
    expect(app.frame()).not.toContain('0 fichier')
    expect(app.frame()).toContain('Aucun signalement : rien à relire.')
  })
})

describe('drawn before the run ends', () => {
  async function loading() {
    const copy = fixtureCopy()
    const documents = await lintFiles(copy.dir, ['esper-rabat.fr.txt'])
    let report: ((done: number, total: number) => void) | undefined
    let speak: ((lang: 'fr' | 'en' | 'und', guess: boolean) => void) | undefined
    let finish: ((documents: LintedDocument[]) => void) | undefined
    const exits: number[] = []
    const app = render(
      <App
        documents={[]}
        actions={createActions({cwd: copy.dir})}
        color={false}
        exitCodeOf={cliExitCode}
        onExit={(code) => exits.push(code)}
        load={{
          start(onProgress, onLanguage) {
            report = onProgress
            speak = onLanguage
            return new Promise((resolve) => (finish = resolve))
          }
        }}
      />
    )
    const frame = () => app.lastFrame() ?? ''
    await frameWhere(frame, (shown) => shown.includes('linting…'))
    return {
      app,
      frame,
      documents,
      exits,
      progress: (done: number, total: number) => report!(done, total),
      language: (lang: 'fr' | 'en' | 'und', guess: boolean) => speak!(lang, guess),
      finish: () => finish!(documents)
    }
  }

  it('shows a linting frame with the progress, then the findings', async () => {
    const {app, frame, documents, progress, finish} = await loading()
    expect(lines(frame())[0]).toBe('factlint  linting…')
    // Keys that need findings do nothing meanwhile; help opens.
    await press(app, 'j', 'f', 'i')
    expect(frame()).toContain('Findings 0/0')
    progress(0, 3)
    await frameWhere(frame, (shown) => lines(shown)[0] === 'factlint  linting 3 files… 0/3')
    progress(2, 3)
    await frameWhere(frame, (shown) => lines(shown)[0] === 'factlint  linting 3 files… 2/3')
    finish()
    const total = collectFindings(documents).length
    await frameWhere(frame, (shown) => shown.includes(`Signalements 1/${total}`))
    expect(lines(frame())[0]).toBe(`factlint  1 fichier · ${total} signalements : 5 erreurs, 14 avertissements, 0 info`)
  })

  it('speaks French from the first frame of a French run: the progress, the help, the empty list', async () => {
    const {app, frame, progress, language, finish, documents} = await loading()
    // The first file's language, guessed before it is linted.
    language('fr', true)
    await frameWhere(frame, (shown) => lines(shown)[0] === 'factlint  vérification…')
    expect(lines(frame()).slice(1, 3)).toEqual(['règles : …', 'fichiers : …'])
    expect(frame()).toContain('── Signalements 0/0 · règle : toutes · gravité : toutes ─')
    expect(lines(frame()).at(-1)).toMatch(/^\? aide {2}q quitter/)
    progress(0, 3)
    await frameWhere(frame, (shown) => lines(shown)[0] === 'factlint  vérification de 3 fichiers… 0/3')
    language('fr', false)
    progress(1, 3)
    await frameWhere(frame, (shown) => lines(shown)[0] === 'factlint  vérification de 3 fichiers… 1/3')
    expect(frame()).not.toMatch(/linting|Findings/)
    await press(app, '?')
    expect(frame()).toContain('── Aide ─')
    await press(app, '?')
    finish()
    await frameWhere(frame, (shown) => shown.includes(`Signalements 1/${collectFindings(documents).length}`))
  })

  it.each([
    ['a wrong guess gives way to the first file linted', [['en', true], ['fr', false]], 'vérification de 2 fichiers… 1/2'],
    ['a guess never overrules a file linted', [['fr', false], ['en', true]], 'vérification de 2 fichiers… 1/2'],
    ['one English file makes the run English', [['fr', true], ['fr', false], ['en', false], ['fr', false]], 'linting 2 files… 1/2'],
    ['a file in another language, too', [['fr', true], ['und', false]], 'linting 2 files… 1/2'],
    ['no word of the language: English', [], 'linting 2 files… 1/2']
  ] as const)('%s', async (_, events, header) => {
    const {frame, progress, language} = await loading()
    for (const [lang, guess] of events) language(lang, guess)
    progress(1, 2)
    await frameWhere(frame, (shown) => lines(shown)[0] === `factlint  ${header}`)
  })

  it('quits while linting with q, as an interrupted run (130)', async () => {
    const {app, exits} = await loading()
    await press(app, 'q')
    expect(exits).toEqual([130])
  })
})
