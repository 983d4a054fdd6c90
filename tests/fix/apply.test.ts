import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {lint} from '../../src/index.js'
import {addMessage} from '../../src/document/messages.js'
import {applyFixes, fixesOf, fixToFixedPoint} from '../../src/fix/apply.js'
import {FIXTURE} from '../support/cli.js'

const fix = (start: number, end: number, text: string, unsafe?: boolean) => ({fix: {range: [start, end] as [number, number], text, ...(unsafe ? {unsafe} : {})}})

describe('applyFixes', () => {
  it('applies fixes in document order whatever their order of arrival', () => {
    expect(applyFixes('abcdef', [fix(4, 5, 'E'), fix(0, 1, 'A')]).output).toBe('AbcdEf')
  })

  it('drops a fix that overlaps one taken before it', () => {
    const result = applyFixes('abcdef', [fix(1, 3, 'X'), fix(2, 4, 'Y'), fix(4, 5, 'Z')])
    expect(result.output).toBe('aXdZf')
    expect(result.skipped.map((candidate) => candidate.fix.text)).toEqual(['Y'])
  })

  it('drops a second insertion at the same point, whose order would be arbitrary', () => {
    const result = applyFixes('ab', [fix(1, 1, 'X'), fix(1, 1, 'Y')])
    expect(result.output).toBe('aXb')
    expect(result.skipped).toHaveLength(1)
  })

  it('applies the same edit proposed twice only once', () => {
    const result = applyFixes('ab', [fix(0, 1, 'A'), fix(0, 1, 'A')])
    expect(result.output).toBe('Ab')
    expect(result.skipped).toHaveLength(0)
  })

  it('skips a fix outside the text', () => {
    const result = applyFixes('ab', [fix(1, 9, 'X'), fix(-1, 0, 'Y')])
    expect(result.output).toBe('ab')
    expect(result.skipped).toHaveLength(2)
  })
})

describe('fixesOf', () => {
  const file = new VFile({value: 'one two three', path: 'a.txt'})
  file.data.factlint = {text: 'one two three', lang: 'en', format: 'text', today: new Date('2026-12-04'), cache: new Map()}
  const safe = addMessage(file, {reason: 'safe', start: 0, end: 3, fix: {range: [0, 3], text: 'One'}})
  safe.ruleId = 'typography'
  const unsafe = addMessage(file, {reason: 'unsafe', start: 4, end: 7, fix: {range: [3, 7], text: '', unsafe: true}})
  unsafe.ruleId = 'duplicate-block'

  it('leaves unsafe fixes out unless their rule is named', () => {
    expect(fixesOf(file.messages).map((candidate) => candidate.ruleId)).toEqual(['typography'])
    expect(fixesOf(file.messages, {fixTypes: ['duplicate-block']}).map((candidate) => candidate.ruleId)).toEqual(['typography', 'duplicate-block'])
    expect(fixesOf(file.messages, {fixTypes: ['doubled-word']}).map((candidate) => candidate.ruleId)).toEqual(['typography'])
  })
})

describe('fixToFixedPoint', () => {
  /** A fake linter whose only rule doubles the first `a`: it never settles. */
  const endless = async (text: string) => {
    const file = new VFile({value: text})
    file.data.factlint = {text, lang: 'en', format: 'text', today: new Date('2026-12-04'), cache: new Map()}
    const at = text.indexOf('a')
    if (at >= 0) addMessage(file, {reason: 'more', start: at, end: at + 1, fix: {range: [at, at + 1], text: 'aa'}})
    return file
  }

  it('stops after ten passes and says it did not converge', async () => {
    const result = await fixToFixedPoint('a', endless)
    expect(result.passes).toBe(10)
    expect(result.output).toBe('a'.repeat(11))
    expect(result.converged).toBe(false)
  })

  it('fixes the reference document to a fixed point without losing a line', async () => {
    const text = readFileSync(FIXTURE, 'utf8')
    const lintText = (value: string) => lint(value, {path: 'esper-rabat.fr.txt', lang: 'fr'})
    const result = await fixToFixedPoint(text, lintText)
    expect(result.converged).toBe(true)
    expect(result.output).not.toMatch(/(?<=\p{L})'(?=\p{L})/u)
    expect(result.output).toContain('M. Bourita')
    expect(result.output).not.toMatch(/\bM Bourita/)
    expect(result.output).not.toContain('Etat-major')
    expect(result.output.match(/l’État-major/g)).toHaveLength(4)
    expect(result.output.split('\n')).toHaveLength(text.split('\n').length)
    // duplicate-block deletions are unsafe: the pasted copy stays without --fix-type.
    expect(result.output.split('\n')[18]).toBe(result.output.split('\n')[1])
    const again = await fixToFixedPoint(result.output, lintText)
    expect(again.output).toBe(result.output)
    expect(again.passes).toBe(0)
    const remaining = result.file.messages.filter((message) => ['typography', 'abbreviation', 'inconsistent-spelling'].includes(String(message.ruleId)))
    expect(remaining.map(String)).toEqual([])
  })
})
