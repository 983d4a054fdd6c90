import {spawnSync} from 'node:child_process'
import {copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {afterAll, describe, expect, it, test} from 'vitest'
import {BIN, FIXTURE, tempTree} from '../support/cli.js'

/**
 * The interactive report in a real terminal: tmux (Debian's package) runs
 * `factlint -i` at the documented minimum, 80×24, and at 200×60, and the
 * frames it shows are read back with `capture-pane`. `.ci/run` installs tmux
 * when it is missing; under CI a missing tmux fails, elsewhere it skips.
 */

const available = spawnSync('tmux', ['-V'], {encoding: 'utf8'}).status === 0
const sockets: string[] = []

afterAll(() => {
  for (const socket of sockets) spawnSync('tmux', ['-L', socket, 'kill-server'], {encoding: 'utf8'})
})

/** A tmux server of its own (its socket named after this process), without the status line, running the report. */
function openInTmux(columns: number, rows: number, args: string[], copies = 0) {
  const dir = tempTree({})
  copyFileSync(FIXTURE, path.join(dir, 'esper-rabat.fr.txt'))
  // Copies in a folder: a run long enough for the frame drawn while it lints to be seen.
  if (copies > 0) mkdirSync(path.join(dir, 'drafts'))
  for (let index = 1; index <= copies; index++) copyFileSync(FIXTURE, path.join(dir, 'drafts', `copie-${index}.fr.txt`))
  const socket = `factlint-test-${process.pid}-${columns}x${rows}-${copies}`
  sockets.push(socket)
  const config = path.join(dir, 'tmux.conf')
  writeFileSync(config, 'set -g status off\nset -g default-terminal "xterm-256color"\n')
  const exitFile = path.join(dir, 'exit-code')
  // Ink draws only the last frame when CI is set: a user's terminal has no CI.
  const command = `env -u CI -u FORCE_COLOR NO_COLOR=1 TERM=xterm-256color FACTLINT_TODAY=2026-12-07 ${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} ${args.join(' ')}; echo $? > exit-code`
  const tmux = (...more: string[]) => {
    const result = spawnSync('tmux', ['-u', '-L', socket, '-f', config, ...more], {cwd: dir, encoding: 'utf8', env: {...process.env, LANG: 'C.UTF-8', TMUX: undefined}})
    if (result.status !== 0 && more[0] !== 'capture-pane') throw new Error(`tmux ${more.join(' ')}: ${result.stderr}`)
    return result.stdout
  }
  tmux('new-session', '-d', '-s', 'report', '-x', String(columns), '-y', String(rows), '-c', dir, command)
  const capture = () => tmux('capture-pane', '-p', '-t', 'report')
  const waitFor = async (check: (frame: string) => boolean, what: string): Promise<string[]> => {
    const started = Date.now()
    for (;;) {
      const frame = capture()
      if (check(frame)) return frame.replace(/\n$/, '').split('\n')
      if (Date.now() - started > 30_000) throw new Error(`never saw ${what} at ${columns}×${rows}; last frame:\n${frame}`)
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
  }
  const keys = async (...names: string[]) => {
    for (const name of names) tmux('send-keys', '-t', 'report', name)
  }
  const exitCode = async (): Promise<string> => {
    const started = Date.now()
    while (!existsSync(exitFile) || readFileSync(exitFile, 'utf8') === '') {
      if (Date.now() - started > 30_000) throw new Error('the report never exited')
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
    return readFileSync(exitFile, 'utf8').trim()
  }
  return {waitFor, keys, exitCode, dir}
}

const width = (line: string) => [...line].length

if (!available && !process.env.CI) {
  test.skip('tmux is not installed (apt-get install tmux; .ci/run installs it): the real-terminal frames are skipped outside CI', () => {})
} else {
  describe('the interactive report in tmux', () => {
    it('is there under CI', () => {
      expect(available, 'tmux is not installed, and CI is set: .ci/run installs it from Debian').toBe(true)
    })

    it('fits 80×24: every line within 80 columns, the list, the detail, and ? aide / q quitter in the key bar', async () => {
      const report = openInTmux(80, 24, ['-i', 'esper-rabat.fr.txt'])
      const frame = await report.waitFor((text) => text.includes('Signalements 1/19'), 'the findings')
      expect(frame).toHaveLength(24)
      for (const line of frame) expect(width(line)).toBeLessThanOrEqual(80)
      expect(frame[0]).toBe('factlint  1 fichier · 19 signalements : 5 erreurs, 14 avertissements, 0 info')
      const list = frame.findIndex((line) => line.startsWith('── Signalements 1/19 · règle : toutes · gravité : toutes ─'))
      const detail = frame.findIndex((line) => line.startsWith('── Détail · '))
      expect(list).toBe(3)
      // At least six rows of list at the minimum size, the first finding selected.
      expect(detail - list - 1).toBeGreaterThanOrEqual(6)
      expect(frame[list + 3]).toMatch(/^ › \d+:\d+ +avertissement /)
      const bar = frame.filter((line) => line.trim() !== '').at(-1)!
      expect(bar.startsWith('? aide  q quitter  f corriger  i écarter  u annuler')).toBe(true)
      // The order key: the list by place, the same finding still selected.
      await report.keys('o')
      const ordered = await report.waitFor((text) => text.includes('· par place'), 'the list by place')
      for (const line of ordered) expect(width(line)).toBeLessThanOrEqual(80)
      expect(ordered.some((line) => /^ › \d+:\d+ +avertissement abbreviation /.test(line))).toBe(true)
      await report.keys('q')
      expect(await report.exitCode()).toBe('1')
    })

    it('speaks French while a French run lints, from its first frame; F keeps one file', async () => {
      const report = openInTmux(80, 24, ['-i', '--jobs', '1', 'drafts'], 6)
      const frame = await report.waitFor((text) => /vérification de 6 fichiers… \d\/6/.test(text) || text.includes('Signalements 1/'), 'the frame drawn while linting')
      expect(frame[0]).toMatch(/^factlint {2}vérification de 6 fichiers… [0-5]\/6$/)
      expect(frame.slice(1, 3)).toEqual(['règles : …', 'fichiers : …'])
      expect(frame[3]).toMatch(/^── Signalements 0\/0 · règle : toutes · gravité : toutes ─+$/)
      expect(frame[4]).toMatch(/^vérification de 6 fichiers… [0-5]\/6$/)
      expect(frame.filter((line) => line.trim() !== '').at(-1)).toMatch(/^\? aide {2}q quitter/)
      await report.waitFor((text) => text.includes('Signalements 1/'), 'the findings')
      // F: the second file's findings alone, its name in the list's title.
      await report.keys('n', 'F')
      const filtered = await report.waitFor((text) => text.includes('· fichier : drafts'), 'the file filter')
      for (const line of filtered) expect(width(line)).toBeLessThanOrEqual(80)
      // At 80 columns the title is cut in the file's name; the file's row below names it.
      expect(filtered[3]).toMatch(/^── Signalements 1\/19 · règle : toutes · gravité : toutes · fichier : drafts.cop…$/)
      expect(filtered.filter((line) => line.startsWith('drafts'))).toEqual([expect.stringMatching(/^drafts.copie-2\.fr\.txt {2}\d+ erreurs · \d+ avertissements$/)])
      await report.keys('Escape')
      await report.waitFor((text) => /── Signalements \d+\/\d+ · règle : toutes · gravité : toutes ─/.test(text), 'every file again')
      await report.keys('q')
      expect(await report.exitCode()).toBe('1')
    })

    it('uses 200×60: the whole key bar, the wrapped paragraph and the fix as a word-level difference', async () => {
      const report = openInTmux(200, 60, ['-i', 'esper-rabat.fr.txt'])
      await report.waitFor((text) => text.includes('Signalements 1/19'), 'the findings')
      // The doubled « pas »: filter by its rule, open the detail.
      await report.keys('/')
      await report.waitFor((text) => text.includes('Enter garder · Esc effacer'), 'the filter prompt')
      await report.keys('doubled')
      await report.waitFor((text) => text.includes('Signalements 1/2'), 'the filtered list')
      await report.keys('Enter')
      await report.waitFor((text) => !text.includes('Enter garder'), 'the filter kept')
      await report.keys('Enter')
      const frame = await report.waitFor((text) => text.includes('Corrigé :'), 'the fix preview')
      expect(frame).toHaveLength(60)
      for (const line of frame) expect(width(line)).toBeLessThanOrEqual(200)
      expect(frame.some((line) => line.startsWith('── Signalements 1/2 · règle : toutes · gravité : toutes · texte : “doubled” ─'))).toBe(true)
      expect(frame.some((line) => /^Corrigé : .*Il n’a pas manqué \[-pas-\] de noter/.test(line))).toBe(true)
      const caret = frame.findIndex((line) => /^ +│ +\^\^\^$/.test(line))
      expect(caret).toBeGreaterThan(0)
      expect(frame[caret]!.indexOf('^')).toBe(frame[caret - 1]!.indexOf('pas de noter'))
      const bar = frame.filter((line) => line.trim() !== '').at(-1)!
      for (const key of ['? aide', 'q quitter', 'f corriger', 'i écarter', 'u annuler', '/ filtrer', 'r règle', 's gravité', 'F fichier', 't dates', 'o ordre', 'R relire']) expect(bar).toContain(key)
      await report.keys('Escape')
      // Esc clears the filter and keeps the finding selected, in the whole list.
      await report.waitFor((text) => /Signalements \d+\/19 · règle : toutes · gravité : toutes ─/.test(text) && text.includes('› 2:215 '), 'the filter cleared')
      // The timeline's cursor: on the first date, then the fourth; Enter goes to its finding.
      await report.keys('t')
      const timeline = await report.waitFor((text) => text.includes('2020-10-30'), 'the timeline')
      expect(timeline.filter((line) => line.startsWith('›'))).toEqual([expect.stringMatching(/^› {2}ligne 16 {2}2020-10-01 jeudi +jeudi$/)])
      await report.keys('j', 'j', 'j')
      await report.waitFor((text) => /^›✖ ligne 18 {2}2020-10-30 vendredi +mercredi 30 octobre$/m.test(text), 'the cursor on the fourth date')
      await report.keys('Enter')
      await report.waitFor((text) => text.includes('── Détail · avertissement · date-timeline · esper-rabat.fr.txt:18:45-') && / › 18:45 +avertissement /.test(text), 'the date’s finding')
      await report.keys('q')
      expect(await report.exitCode()).toBe('1')
    })
  })
}
