/**
 * The language server across documents and settings: duplicates between the
 * open documents (and the workspace's drafts on request), the client's
 * settings pulled with workspace/configuration over the configuration file,
 * and the timeline's code lens. Each compared with the CLI on the same files.
 */
import {utimesSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {afterEach, describe, expect, test} from 'vitest'
import type {Diagnostic} from 'vscode-languageserver-protocol/node'
import {runCli, tempTree} from '../support/cli.js'
import {cliDiagnostics, DATE, Editor, range} from './client.js'

let editor: Editor | undefined
afterEach(() => editor?.kill())

function summary(diagnostics: Diagnostic[]) {
  return diagnostics.map(({code, message, range, severity}) => ({code, message, range, severity}))
}

interface Pair {
  lang: string
  languageId: string
  /** The earlier draft (its name sorts first) and the later one, which holds a paragraph pasted from the earlier. */
  earlier: {name: string; text: string}
  later: {name: string; text: string}
  /** The pasted paragraph: where it is in each draft, and the words that replace it in the earlier one. */
  copy: {later: [number, number, number, number]; earlier: [number, number, number, number]; rewritten: string}
  message: string
}

const FR_PARAGRAPH = 'Le conseil régional a adopté mardi soir un plan de rénovation des lycées qui prévoit la reconstruction de six établissements d’ici à la fin de la décennie.'
const EN_PARAGRAPH = 'The county council approved on Tuesday night a plan to rebuild six secondary schools before the end of the decade, after two years of talks with the unions.'

const PAIRS: Pair[] = [
  {
    lang: 'French plain text',
    languageId: 'plaintext',
    earlier: {name: 'a.txt', text: `${FR_PARAGRAPH}\n\nLes travaux commenceront au printemps, selon la vice-présidente chargée de l’éducation.\n`},
    later: {name: 'b.txt', text: `Les syndicats enseignants ont salué une annonce attendue depuis longtemps.\n\n${FR_PARAGRAPH}\n`},
    copy: {later: [2, 0, 2, FR_PARAGRAPH.length], earlier: [0, 0, 0, FR_PARAGRAPH.length], rewritten: 'La région a présenté son budget pour l’année prochaine sans surprise.'},
    message: 'La ligne 3 répète la ligne 1 de a.txt'
  },
  {
    lang: 'English Markdown',
    languageId: 'markdown',
    earlier: {name: 'a.md', text: `# Schools\n\n${EN_PARAGRAPH}\n\nWork will start in the spring, the council said.\n`},
    later: {name: 'b.md', text: `# Unions\n\nTeachers' unions welcomed a long-awaited decision.\n\n${EN_PARAGRAPH}\n`},
    copy: {later: [4, 0, 4, EN_PARAGRAPH.length], earlier: [2, 0, 2, EN_PARAGRAPH.length], rewritten: 'The council published its budget for next year without any surprise.'},
    message: 'Line 5 repeats line 3 of a.md'
  }
]

describe('factlint lsp across documents', () => {
  test.each(PAIRS)('$lang: a paragraph pasted from another open document, kept up to date as either changes or closes', async (pair) => {
    const cwd = tempTree({[pair.earlier.name]: pair.earlier.text, [pair.later.name]: pair.later.text})
    editor = new Editor(cwd)
    await editor.initialize({date: DATE, debounce: 0})
    await editor.open(pair.earlier.name, pair.earlier.text, pair.languageId)
    await editor.diagnostics(pair.earlier.name, 1)
    await editor.open(pair.later.name, pair.later.text, pair.languageId)
    const later = await editor.diagnostics(pair.later.name, 1)
    // As `factlint a b` reports both files: the copy on the later path, pointing at the first copy in the other document.
    expect(summary(later)).toEqual(cliDiagnostics(cwd, pair.later.name, [], [pair.earlier.name]))
    const duplicate = later.find((diagnostic) => diagnostic.code === 'duplicate-block')!
    expect(duplicate.range).toEqual(range(pair.copy.later))
    expect(String(duplicate.message).startsWith(pair.message), String(duplicate.message)).toBe(true)
    expect(duplicate.relatedInformation?.map((related) => related.location)).toEqual([{uri: editor.uri(pair.earlier.name), range: range(pair.copy.earlier)}])

    // The earlier document is rewritten there: the later one is published again without the duplicate.
    let mark = editor.mark()
    await editor.change(pair.earlier.name, [{range: range(pair.copy.earlier), text: pair.copy.rewritten}])
    expect((await editor.diagnosticsAfter(pair.later.name, mark)).map((diagnostic) => diagnostic.code)).not.toContain('duplicate-block')
    // Pasted back: the duplicate again.
    mark = editor.mark()
    await editor.change(pair.earlier.name, [{text: pair.earlier.text}])
    expect(summary(await editor.diagnosticsAfter(pair.later.name, mark))).toEqual(summary(later))
    // Closed: nothing to compare with.
    mark = editor.mark()
    await editor.close(pair.earlier.name)
    expect(summary(await editor.diagnosticsAfter(pair.later.name, mark))).toEqual(cliDiagnostics(cwd, pair.later.name))
    expect(await editor.quit()).toBe(0)
  })

  test.each(PAIRS)('$lang: on request, the workspace drafts on disk are compared with the open document', async (pair) => {
    const cwd = tempTree({[pair.earlier.name]: pair.earlier.text, [pair.later.name]: pair.later.text, 'notes/c.txt': 'The the end.\n'})
    editor = new Editor(cwd)
    await editor.initialize({date: DATE, debounce: 0})
    await editor.open(pair.later.name, pair.later.text, pair.languageId)
    expect((await editor.diagnostics(pair.later.name, 1)).map((diagnostic) => diagnostic.code)).not.toContain('duplicate-block')
    const mark = editor.mark()
    expect(await editor.execute('factlint.checkWorkspace')).toEqual({drafts: 2, problems: []})
    const later = await editor.diagnosticsAfter(pair.later.name, mark)
    expect(summary(later)).toEqual(cliDiagnostics(cwd, pair.later.name, [], [pair.earlier.name]))
    const duplicate = later.find((diagnostic) => diagnostic.code === 'duplicate-block')!
    expect(duplicate.relatedInformation?.map((related) => related.location)).toEqual([{uri: editor.uri(pair.earlier.name), range: range(pair.copy.earlier)}])
    // The drafts read from disk get their own findings, as the CLI gives them.
    expect(summary(await editor.diagnosticsAfter(pair.earlier.name, mark))).toEqual(cliDiagnostics(cwd, pair.earlier.name))
    expect((await editor.diagnosticsAfter('notes/c.txt', mark)).map((diagnostic) => diagnostic.code)).toEqual(['doubled-word'])
    expect(await editor.quit()).toBe(0)
  })
})

const FR = 'Le conseil municipal a voté le le budget lundi 3 mars 2026 à Lyon.\n'
const EN = 'The council approved the the budget on Wednesday, March 3, 2026, in Leeds.\n'
const PULL = {workspace: {configuration: true, didChangeConfiguration: {dynamicRegistration: true}}}

describe('factlint lsp settings: workspace/configuration over the configuration file', () => {
  test.each([
    ['fr.txt', FR],
    ['en.txt', EN]
  ])('%s: the client settings win over the initialization options and act as --rule over the file; read again when either changes', async (name, text) => {
    const cwd = tempTree({[name]: text, 'factlint.config.json': '{"rules": {"date-weekday": "off"}}\n'})
    editor = new Editor(cwd)
    editor.settings = {factlint: {date: DATE, rules: {'doubled-word': 'warn'}}}
    await editor.initialize({debounce: 0, date: '2020-01-01'}, PULL)
    await editor.open(name, text, 'plaintext')
    const opened = await editor.diagnostics(name, 1)
    expect(opened.map((diagnostic) => [diagnostic.code, diagnostic.severity])).toEqual([['doubled-word', 2]])
    expect(summary(opened)).toEqual(cliDiagnostics(cwd, name, ['--rule', 'doubled-word=warn']))

    // The editor's settings change: pulled again.
    let mark = editor.mark()
    await editor.changeSettings({factlint: {date: DATE, rules: {'doubled-word': 'off'}}})
    expect(await editor.diagnosticsAfter(name, mark)).toEqual([])

    // The configuration file changes on disk, and the editor does not say so: read again at the next lint.
    writeFileSync(path.join(cwd, 'factlint.config.json'), '{"rules": {}}\n')
    const later = new Date(Date.now() + 5000)
    utimesSync(path.join(cwd, 'factlint.config.json'), later, later)
    await editor.change(name, [{range: range([0, 0, 0, 0]), text: ' '}])
    expect((await editor.diagnostics(name, 2)).map((diagnostic) => diagnostic.code)).toEqual(['date-weekday'])
    await editor.log(/factlint\.config\.json changed: configuration read again/)

    // A mistyped rule id in the settings: one diagnostic that names the setting, nothing linted.
    mark = editor.mark()
    await editor.changeSettings({factlint: {rules: {'doubled-wrd': 'warn'}}})
    const broken = await editor.diagnosticsAfter(name, mark)
    expect(broken.map((diagnostic) => diagnostic.message)).toEqual(['factlint: configuration error, nothing linted: factlint.rules.doubled-wrd: unknown rule "doubled-wrd", did you mean "doubled-word"?'])
    expect(await editor.quit()).toBe(0)
  })

  test('without workspace/configuration, the pushed factlint section is read', async () => {
    const cwd = tempTree({'en.txt': EN})
    editor = new Editor(cwd)
    await editor.initialize({debounce: 0, date: DATE})
    await editor.open('en.txt', EN, 'plaintext')
    expect((await editor.diagnostics('en.txt', 1)).map((diagnostic) => diagnostic.code)).toEqual(['doubled-word', 'date-weekday'])
    const mark = editor.mark()
    await editor.connection.sendNotification('workspace/didChangeConfiguration', {settings: {factlint: {rules: {'date-weekday': 'off'}}}})
    // The initialization options stay under the pushed settings: the date still applies.
    expect(summary(await editor.diagnosticsAfter('en.txt', mark))).toEqual(cliDiagnostics(cwd, 'en.txt', ['--rule', 'date-weekday=off']))
    expect(await editor.quit()).toBe(0)
  })
})

describe('factlint lsp: the timeline code lens', () => {
  test.each([
    ['fr.txt', FR],
    ['en.txt', EN]
  ])('%s: one lens at the top; its command shows what factlint timeline prints and answers its JSON', async (name, text) => {
    const cwd = tempTree({[name]: text})
    editor = new Editor(cwd)
    await editor.initialize({debounce: 0, date: DATE})
    await editor.open(name, text, 'plaintext')
    await editor.diagnostics(name, 1)
    const lenses = await editor.codeLenses(name)
    expect(lenses).toEqual([{range: range([0, 0, 0, 0]), command: {title: 'factlint: show the timeline', command: 'factlint.showTimeline', arguments: [editor.uri(name)]}}])
    const answer = await editor.execute('factlint.showTimeline', [editor.uri(name)])
    expect(answer).toEqual(JSON.parse(runCli(['timeline', '--format', 'json', '--date', DATE, name], {cwd}).stdout))
    const printed = runCli(['timeline', '--date', DATE, name], {cwd, env: {NO_COLOR: '1'}}).stdout.trimEnd()
    expect(await editor.message(/timeline|chronologie/)).toBe(printed)
    expect(await editor.execute('factlint.showTimeline', [editor.uri('closed.txt')])).toBeNull()
    expect(await editor.quit()).toBe(0)
  })
})
