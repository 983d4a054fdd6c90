import {VFileMessage} from 'vfile-message'
import {describe, expect, it} from 'vitest'
import {applyFilters, cycle, filterTerms, fixChoices, windowStart, type ReviewFinding, type Row} from '../../src/cli/interactive/model.js'

function finding(fields: {expected?: string[]; fix?: {range: [number, number]; text: string; unsafe?: boolean}}): ReviewFinding {
  const message = Object.assign(new VFileMessage('reason'), fields)
  return {document: 0, message, path: 'a.txt', ruleId: 'rule', severity: 'warning', line: 1, column: 5, start: 4, end: 7}
}

describe('fix choices', () => {
  it('puts the rule’s own fix first, then the other suggestions on the span, three at most', () => {
    const choices = fixChoices(finding({expected: ['', 'b', 'c', 'd'], fix: {range: [3, 7], text: ''}}))
    expect(choices.map((choice) => [choice.label, choice.range, choice.text])).toEqual([
      ['(delete)', [3, 7], ''],
      ['“b”', [4, 7], 'b'],
      ['“c”', [4, 7], 'c']
    ])
  })

  it('uses the suggestions on the span when the rule gives no fix, and marks unsafe fixes', () => {
    expect(fixChoices(finding({expected: ['x']}))).toEqual([{label: '“x”', range: [4, 7], text: 'x', unsafe: false}])
    expect(fixChoices(finding({fix: {range: [0, 9], text: '', unsafe: true}}))[0]!.unsafe).toBe(true)
    expect(fixChoices(finding({}))).toEqual([])
  })
})

describe('filters and window', () => {
  it('cycles all, each value, all', () => {
    const seen: Array<string | undefined> = []
    let current: string | undefined
    for (let index = 0; index < 4; index++) seen.push((current = cycle(['a', 'b', 'c'], current)))
    expect(seen).toEqual(['a', 'b', 'c', undefined])
  })

  it.each([
    ['file:rabat', {needle: '', paths: ['rabat']}],
    ['fichier:Rabat pas', {needle: 'pas', paths: ['rabat']}],
    ['le file:a.txt pas', {needle: 'le pas', paths: ['a.txt']}],
    ['file:a FILE:b', {needle: '', paths: ['a', 'b']}],
    ['file:', {needle: '', paths: []}],
    // Not a term: inside a word, or another qualifier.
    ['profile:x', {needle: 'profile:x', paths: []}],
    ['rule:doubled', {needle: 'rule:doubled', paths: []}],
    ['Bourita', {needle: 'bourita', paths: []}]
  ] as const)('reads the / filter %j', (text, expected) => {
    expect(filterTerms(text)).toEqual(expected)
  })

  it('keeps a file’s findings under F or file:, one of several paths', () => {
    const at = (path: string): ReviewFinding => ({...finding({}), path})
    const findings = [at('drafts/rabat.txt'), at('drafts/tunis.txt'), at('archive/rabat.txt')]
    const paths = (text: string, file?: string) => applyFilters(findings, {text, ...(file ? {file} : {})}).map((each) => each.path)
    expect(paths('file:rabat')).toEqual(['drafts/rabat.txt', 'archive/rabat.txt'])
    expect(paths('file:tunis file:archive')).toEqual(['drafts/tunis.txt', 'archive/rabat.txt'])
    expect(paths('', 'drafts/rabat.txt')).toEqual(['drafts/rabat.txt'])
    // F's file is a path as shown, not a part of one.
    expect(paths('', 'rabat.txt')).toEqual([])
    expect(paths('file:drafts reason', 'drafts/tunis.txt')).toEqual(['drafts/tunis.txt'])
    expect(paths('file:drafts other')).toEqual([])
  })

  it('keeps the selected row visible and brings a group’s headings along when scrolling up', () => {
    const rows: Row[] = [
      {kind: 'file', path: 'a', counts: {error: 0, warning: 4, info: 0}},
      {kind: 'rule', ruleId: 'r', count: 4},
      ...[0, 1, 2, 3].map((index): Row => ({kind: 'finding', finding: finding({}), index}))
    ]
    expect(windowStart(0, 5, 3, rows)).toBe(3)
    expect(windowStart(3, 4, 3, rows)).toBe(3)
    expect(windowStart(3, 2, 3, rows)).toBe(0)
  })
})
