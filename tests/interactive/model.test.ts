import {VFileMessage} from 'vfile-message'
import {describe, expect, it} from 'vitest'
import {cycle, fixChoices, windowStart, type ReviewFinding, type Row} from '../../src/cli/interactive/model.js'

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
