import {readFileSync} from 'node:fs'
import path from 'node:path'
import {afterEach, describe, expect, test} from 'vitest'
import {TextDocument} from 'vscode-languageserver-textdocument'
import type {CodeAction, Diagnostic, TextEdit} from 'vscode-languageserver-protocol/node'
import {runCli, tempTree} from '../support/cli.js'
import {cliDiagnostics, DATE, Editor, range} from './client.js'

interface Case {
  name: string
  languageId: string
  text: string
  /** code, range [line, character, endLine, endCharacter], message start, for the findings this test checks by hand. */
  expected: Array<[string, [number, number, number, number], string]>
  /** The doubled word: where to hover, the preferred fix's edit. */
  doubled: {hover: [number, number]; edit: TextEdit}
  /** The weekday finding's first suggestion as a quick fix. */
  weekday: {range: [number, number, number, number]; newText: string}
  /** The related place of a finding, when the draft has one. */
  related?: {code: string; range: [number, number, number, number]; message: string}
}

const CASES: Case[] = [
  {
    name: 'fr.txt',
    languageId: 'plaintext',
    text: 'Le conseil municipal a voté le le budget lundi 3 mars 2026 à Lyon.\nLa maire a déclaré : « Nous tiendrons nos engagements. »\n',
    expected: [
      ['doubled-word', [0, 31, 0, 33], 'Mot répété « le »'],
      ['date-weekday', [0, 41, 0, 58], 'Le 3 mars 2026 est un mardi, pas un lundi']
    ],
    doubled: {hover: [0, 32], edit: {range: range([0, 30, 0, 33]), newText: ''}},
    weekday: {range: [0, 41, 0, 58], newText: 'mardi 3 mars 2026'}
  },
  {
    name: 'en.md',
    languageId: 'markdown',
    text: [
      '# Council vote',
      '',
      'The council approved the the budget on Wednesday, March 3, 2026, in Leeds, after a long debate about road repairs and school meals.',
      '',
      'The mayor said the plan would be "ready by spring.',
      '',
      'The council approved the budget on Wednesday, March 3, 2026, in Leeds, after a long debate about road repairs and school meals.',
      ''
    ].join('\n'),
    expected: [
      ['doubled-word', [2, 25, 2, 28], 'Unexpected repeated `the`'],
      ['date-weekday', [2, 39, 2, 63], 'March 3, 2026 is a Tuesday, not a Wednesday'],
      ['unbalanced-quotes', [4, 33, 4, 34], 'Unclosed straight quote'],
      ['duplicate-block', [6, 0, 6, 127], 'Line 7 is 97% similar to line 3'],
      ['date-weekday', [6, 35, 6, 59], 'March 3, 2026 is a Tuesday, not a Wednesday']
    ],
    doubled: {hover: [2, 26], edit: {range: range([2, 24, 2, 28]), newText: ''}},
    weekday: {range: [2, 39, 2, 63], newText: 'Tuesday, March 3, 2026'},
    related: {code: 'duplicate-block', range: [2, 0, 2, 131], message: 'First copy (line 3)'}
  }
]

function summary(diagnostics: Diagnostic[]) {
  return diagnostics.map(({code, message, range, severity}) => ({code, message, range, severity}))
}

function apply(text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('file:///x', 'plaintext', 1, text), edits)
}

function editsOf(action: CodeAction, uri: string): TextEdit[] {
  return action.edit?.changes?.[uri] ?? []
}

let editor: Editor | undefined
afterEach(() => editor?.kill())

describe('factlint lsp, driven over stdio as an editor drives it', () => {
  test.each(CASES)('$name: findings, quick fixes, hover, fix all, and a clean re-lint', async (draft) => {
    const cwd = tempTree({[draft.name]: draft.text})
    editor = new Editor(cwd)
    await editor.initialize({date: DATE, debounce: 0})
    const uri = editor.uri(draft.name)
    await editor.open(draft.name, draft.text, draft.languageId)
    const opened = await editor.diagnostics(draft.name, 1)

    // The same findings as the CLI on the same file, in the same order.
    expect(summary(opened)).toEqual(cliDiagnostics(cwd, draft.name))
    for (const [code, place, message] of draft.expected) {
      const found = opened.find((diagnostic) => diagnostic.code === code && JSON.stringify(diagnostic.range) === JSON.stringify(range(place)))
      expect(found, `${code} at ${place}`).toBeDefined()
      expect(String(found!.message).startsWith(message), String(found!.message)).toBe(true)
      expect(found!.source).toBe('factlint')
      expect(found!.codeDescription?.href).toBe(`https://github.com/factlint/factlint/blob/main/docs/rules/${code}.md`)
    }
    expect(opened.map((diagnostic) => diagnostic.code)).toEqual(draft.expected.map(([code]) => code))
    if (draft.related) {
      const found = opened.find((diagnostic) => diagnostic.code === draft.related!.code)!
      expect(found.relatedInformation).toEqual([{location: {uri, range: range(draft.related.range)}, message: draft.related.message}])
    }

    // The doubled word: one preferred quick fix that deletes it with its space.
    const doubled = opened.find((diagnostic) => diagnostic.code === 'doubled-word')!
    // The word the fix deletes is marked unnecessary; no other finding is.
    expect(opened.map((diagnostic) => diagnostic.tags ?? [])).toEqual(opened.map((diagnostic) => (diagnostic === doubled ? [1] : [])))
    const fixes = await editor.codeActions(draft.name, [doubled])
    // The finding can also be ignored: a comment before its paragraph in Markdown, a directive line before its line in plain text.
    const ignore =
      draft.languageId === 'markdown'
        ? [['quickfix', false, [{range: range([2, 0, 2, 0]), newText: '<!-- factlint-ignore doubled-word -->\n'}]]]
        : [['quickfix', false, [{range: range([0, 0, 0, 0]), newText: '[factlint-disable-next-line doubled-word]\n'}]]]
    expect(fixes.map((action) => [action.kind, action.isPreferred === true, editsOf(action, uri)])).toEqual([
      ['quickfix', true, [draft.doubled.edit]],
      ...ignore,
      ['source.fixAll.factlint', false, [draft.doubled.edit]]
    ])
    expect(await editor.codeActions(draft.name, [doubled], ['quickfix'])).toEqual(fixes.slice(0, -1))

    // Hover on it: the message, then the rule page's first paragraph.
    const hover = await editor.hover(draft.name, ...draft.doubled.hover)
    const shown = (hover?.contents as {value: string}).value
    expect(shown).toContain(doubled.message)
    expect(shown).toContain('The same word twice in a row')
    expect(await editor.hover(draft.name, 0, 0)).toBeNull()

    // The editor applies the fix: the next lint has no doubled word, and the rest is unchanged.
    await editor.change(draft.name, [{range: draft.doubled.edit.range, text: ''}])
    const afterFix = await editor.diagnostics(draft.name, 2)
    expect(afterFix.map((diagnostic) => diagnostic.code)).toEqual(draft.expected.map(([code]) => code).filter((code) => code !== 'doubled-word'))

    // The weekday: its ranked corrections as quick fixes, none preferred; the first one leaves that finding out.
    const fixedText = apply(draft.text, [draft.doubled.edit])
    const weekday = afterFix.find((diagnostic) => diagnostic.code === 'date-weekday')!
    const corrections = await editor.codeActions(draft.name, [weekday], ['quickfix'])
    // Three ranked corrections, then the action that ignores the finding.
    expect(corrections.length).toBe(4)
    expect(corrections[3]!.title).toMatch(/^Ignore date-weekday/)
    expect(corrections.every((action) => action.isPreferred !== true)).toBe(true)
    const shifted = draft.weekday.range[0] === draft.doubled.edit.range.start.line ? draft.doubled.edit.range.end.character - draft.doubled.edit.range.start.character : 0
    const correction = {range: range([draft.weekday.range[0], draft.weekday.range[1] - shifted, draft.weekday.range[2], draft.weekday.range[3] - shifted]), newText: draft.weekday.newText}
    expect(editsOf(corrections[0]!, uri)).toEqual([correction])
    await editor.change(draft.name, [{range: correction.range, text: correction.newText}])
    const afterCorrection = await editor.diagnostics(draft.name, 3)
    expect(afterCorrection.filter((diagnostic) => diagnostic.code === 'date-weekday').length).toBe(draft.expected.filter(([code]) => code === 'date-weekday').length - 1)
    expect(apply(fixedText, [correction])).toContain(draft.weekday.newText)

    // A diagnostic of an older version gives no action: its offsets may be wrong now.
    expect(await editor.codeActions(draft.name, [doubled])).toEqual([])

    // Fix all on the original text gives what `factlint --fix` writes.
    await editor.change(draft.name, [{text: draft.text}])
    await editor.diagnostics(draft.name, 4)
    const all = await editor.codeActions(draft.name, [], ['source.fixAll.factlint'])
    expect(all.map((action) => action.kind)).toEqual(['source.fixAll.factlint'])
    const fixedAll = apply(draft.text, editsOf(all[0]!, uri))
    const copy = tempTree({[draft.name]: draft.text})
    runCli(['--fix', '--date', DATE, draft.name], {cwd: copy})
    expect(fixedAll).toBe(readFileSync(path.join(copy, draft.name), 'utf8'))
    await editor.change(draft.name, [{text: fixedAll}])
    const clean = await editor.diagnostics(draft.name, 5)
    expect(summary(clean)).toEqual(cliDiagnostics(copy, draft.name))
    expect(await editor.codeActions(draft.name, [], ['source.fixAll.factlint'])).toEqual([])

    expect(await editor.quit()).toBe(0)
  })

  test('Markdown: ignoring a finding writes a factlint-ignore comment, and the re-lint leaves that finding out', async () => {
    const draft = CASES[1]!
    const cwd = tempTree({[draft.name]: draft.text})
    editor = new Editor(cwd)
    await editor.initialize({date: DATE, debounce: 0})
    await editor.open(draft.name, draft.text, draft.languageId)
    const quote = (await editor.diagnostics(draft.name, 1)).find((diagnostic) => diagnostic.code === 'unbalanced-quotes')!
    const actions = await editor.codeActions(draft.name, [quote], ['quickfix'])
    expect(actions.map((action) => action.title)).toEqual(['Ignore unbalanced-quotes in this block (<!-- factlint-ignore -->)'])
    const [edit] = editsOf(actions[0]!, editor.uri(draft.name))
    expect(edit).toEqual({range: range([4, 0, 4, 0]), newText: '<!-- factlint-ignore unbalanced-quotes -->\n'})
    await editor.change(draft.name, [{range: edit!.range, text: edit!.newText}])
    const after = await editor.diagnostics(draft.name, 2)
    expect(after.map((diagnostic) => diagnostic.code)).toEqual(draft.expected.map(([code]) => code).filter((code) => code !== 'unbalanced-quotes'))
    expect(await editor.quit()).toBe(0)
  })

  const PLAIN: Array<{name: string; text: string; codes: string[]}> = [
    {
      name: 'fr.txt',
      text: 'Titre : le vote du budget\n\nLe conseil municipal a voté le le budget lundi 3 mars 2026 à Lyon.\nLa maire a déclaré : « Nous tiendrons nos engagements. »\n',
      codes: ['doubled-word', 'date-weekday']
    },
    {
      name: 'en.txt',
      text: 'Headline: the budget vote\n\nThe council approved the the budget on Wednesday, March 3, 2026, in Leeds.\nThe mayor said: "We will keep our promises."\n',
      codes: ['doubled-word', 'date-weekday']
    }
  ]

  test.each(PLAIN)('plain text ($name): ignoring writes [factlint-disable-next-line id] before the line, then names a second rule in it', async (draft) => {
    const cwd = tempTree({[draft.name]: draft.text})
    editor = new Editor(cwd)
    await editor.initialize({date: DATE, debounce: 0})
    await editor.open(draft.name, draft.text, 'plaintext')
    const opened = await editor.diagnostics(draft.name, 1)
    expect(opened.map((diagnostic) => [diagnostic.code, diagnostic.range.start.line])).toEqual(draft.codes.map((code) => [code, 2]))
    const uri = editor.uri(draft.name)
    const ignoreOf = async (diagnostic: Diagnostic) => (await editor!.codeActions(draft.name, [diagnostic], ['quickfix'])).filter((action) => action.title.startsWith('Ignore'))

    const [first] = await ignoreOf(opened[0]!)
    expect(first!.title).toBe('Ignore doubled-word on this line ([factlint-disable-next-line])')
    expect(editsOf(first!, uri)).toEqual([{range: range([2, 0, 2, 0]), newText: '[factlint-disable-next-line doubled-word]\n'}])
    let text = apply(draft.text, editsOf(first!, uri))
    await editor.change(draft.name, [{range: range([2, 0, 2, 0]), text: '[factlint-disable-next-line doubled-word]\n'}])
    const after = await editor.diagnostics(draft.name, 2)
    expect(after.map((diagnostic) => [diagnostic.code, diagnostic.range.start.line])).toEqual([[draft.codes[1], 3]])
    // The CLI reads the file the editor would save the same way.
    const saved = tempTree({[draft.name]: text})
    expect(summary(after)).toEqual(cliDiagnostics(saved, draft.name))

    // A second finding on the same line: its rule is added to the directive above.
    const [second] = await ignoreOf(after[0]!)
    const edits = editsOf(second!, uri)
    expect(edits).toEqual([{range: range([2, 40, 2, 40]), newText: ` ${draft.codes[1]}`}])
    text = apply(text, edits)
    expect(text.split('\n')[2]).toBe(`[factlint-disable-next-line doubled-word ${draft.codes[1]}]`)
    await editor.change(draft.name, [{range: edits[0]!.range, text: edits[0]!.newText}])
    expect(await editor.diagnostics(draft.name, 3)).toEqual([])
    expect(cliDiagnostics(tempTree({[draft.name]: text}), draft.name)).toEqual([])
    expect(await editor.quit()).toBe(0)
  })

  test('factlint/timeline reads the configuration as factlint timeline does (the British switch of calendar)', async () => {
    const text = 'Parliament sat from Wednesday, September 2 to Thursday, September 14, 1752, two days in all.\n'
    const british = {gregorianFrom: '1752-09-14'}
    const config = JSON.stringify({rules: {'date-weekday': ['error', british], 'date-timeline': ['warn', british], 'date-arithmetic': ['error', british]}})
    const cwd = tempTree({'history.txt': text, '.factlintrc.json': config})
    editor = new Editor(cwd)
    await editor.initialize({date: DATE, debounce: 0})
    await editor.open('history.txt', text, 'plaintext')
    const timeline = (await editor.connection.sendRequest('factlint/timeline', {textDocument: {uri: editor.uri('history.txt')}})) as {entries: Array<{date: string; calendar: string; findings: unknown[]}>}
    expect(timeline.entries.map((entry) => [entry.date, entry.calendar, entry.findings.length])).toEqual([
      ['1752-09-02', 'julian', 0],
      ['1752-09-14', 'gregorian', 0]
    ])
    expect(timeline).toEqual(JSON.parse(runCli(['timeline', '--format', 'json', '--date', DATE, 'history.txt'], {cwd}).stdout))
    expect(await editor.quit()).toBe(0)
  })

  test.each(CASES)('$name: factlint/timeline gives what factlint timeline --format json prints', async (draft) => {
    const cwd = tempTree({[draft.name]: draft.text})
    editor = new Editor(cwd)
    await editor.initialize({date: DATE, debounce: 0})
    await editor.open(draft.name, draft.text, draft.languageId)
    const timeline = (await editor.connection.sendRequest('factlint/timeline', {textDocument: {uri: editor.uri(draft.name)}})) as {entries: unknown[]}
    const printed = JSON.parse(runCli(['timeline', '--format', 'json', '--date', DATE, draft.name], {cwd}).stdout) as {entries: unknown[]}
    expect(timeline.entries.length).toBeGreaterThan(0)
    expect(timeline).toEqual(printed)
    expect(await editor.connection.sendRequest('factlint/timeline', {textDocument: {uri: editor.uri('closed.txt')}})).toBeNull()
    expect(await editor.quit()).toBe(0)
  })
})
