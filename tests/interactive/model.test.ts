import {VFileMessage} from 'vfile-message'
import {describe, expect, it} from 'vitest'
import type {Key} from 'ink'
import {applyFilters, cycle, filterTerms, fixChoices, windowStart, type ReviewFinding, type Row} from '../../src/cli/interactive/model.js'
import {initialState, jumpToDate, reduceKey, TIMELINE_HEAD, timelineRowOf, type ReviewState} from '../../src/cli/interactive/state.js'
import type {TimelineEntry} from '../../src/cli/interactive/actions.js'

const NO_KEY: Key = {
  upArrow: false,
  downArrow: false,
  leftArrow: false,
  rightArrow: false,
  pageDown: false,
  pageUp: false,
  home: false,
  end: false,
  return: false,
  escape: false,
  ctrl: false,
  shift: false,
  tab: false,
  backspace: false,
  delete: false,
  meta: false,
  super: false,
  hyper: false,
  capsLock: false,
  numLock: false
}

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

describe('the timeline’s cursor', () => {
  const entry = (line: number, conflict?: string): TimelineEntry => ({line, column: 1, text: `${line} octobre`, start: line * 10, end: line * 10 + 9, kind: 'date', date: `2020-10-${String(line).padStart(2, '0')}`, findings: [], ...(conflict ? {conflict} : {})})
  // 20 dates, every fifth reported (two rows); a pane of 8 rows.
  const entries = Array.from({length: 20}, (_, index) => entry(index + 1, index % 5 === 4 ? 'loin des autres' : undefined))
  // The head, a row per date, four reasons, a blank line and the keys.
  const lines = TIMELINE_HEAD + entries.length + 4 + 2
  const viewport = {listHeight: 10, detailLines: 0, detailHeight: 5, overlayLines: lines, overlayHeight: 8}
  const start: ReviewState = {...initialState([]), overlay: {kind: 'timeline', document: 0, path: 'a.txt', entries, loading: false, cursor: 0}}
  const keys = (state: ReviewState, ...inputs: Array<string | Partial<Key>>) =>
    inputs.reduce((current, input) => reduceKey(current, typeof input === 'string' ? input : '', {...NO_KEY, ...(typeof input === 'string' ? {} : input)}, viewport).state, state)
  const cursorOf = (state: ReviewState) => (state.overlay?.kind === 'timeline' ? state.overlay.cursor : -1)

  it.each([
    [['j'], 1, 0],
    [['j', 'j', 'k'], 1, 0],
    [['k'], 0, 0],
    // Date 5 takes rows 7 and 8: the pane scrolls so that both show.
    [['j', 'j', 'j', 'j'], 4, 1],
    [['G'], 19, 19],
    [['G', 'g'], 0, 0],
    [[{pageDown: true}], 4, 1],
    [[{downArrow: true}, {downArrow: true}, {upArrow: true}], 1, 0]
  ] as const)('%j: date %i, scrolled %i rows', (inputs, cursor, scroll) => {
    const state = keys(start, ...inputs)
    expect(cursorOf(state)).toBe(cursor)
    expect(state.overlayScroll).toBe(scroll)
    const row = timelineRowOf(entries, cursor)
    expect(row).toBeGreaterThanOrEqual(state.overlayScroll)
    expect(row + (entries[cursor]!.conflict ? 1 : 0)).toBeLessThan(state.overlayScroll + viewport.overlayHeight)
  })

  it('counts one row per date, two for a reported one, under a head of three', () => {
    expect([0, 1, 4, 5, 6].map((index) => timelineRowOf(entries, index))).toEqual([3, 4, 7, 9, 10])
  })

  it('shows the line of a date no finding is on, and closes the timeline', () => {
    const state = keys(start, 'j', {return: true})
    expect(state.overlay).toBeUndefined()
    expect(state.place).toEqual({document: 0, path: 'a.txt', entry: entries[1]})
    expect(jumpToDate(start, 0, 'a.txt', entries[2]!).place?.entry).toBe(entries[2])
  })
})
