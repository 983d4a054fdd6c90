import type {Nodes, Root} from 'nlcst'
import {toString} from 'nlcst-to-string'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {lint} from '../../src/index.js'
import {parserFor} from '../../src/parse/parsers.js'
import {parsePlainText} from '../../src/parse/plain.js'
import {z} from 'zod'
import {defineRule} from '../../src/rules/define.js'
import {sentencesOf} from '../../src/text/words.js'

function words(tree: Root): Array<{value: string; start: number; end: number; line: number; column: number}> {
  const found: Array<{value: string; start: number; end: number; line: number; column: number}> = []
  const visit = (node: Nodes) => {
    if (node.type === 'WordNode') {
      found.push({value: toString(node), start: node.position!.start.offset!, end: node.position!.end.offset!, line: node.position!.start.line, column: node.position!.start.column})
      return
    }
    if ('children' in node) for (const child of node.children) visit(child)
  }
  visit(tree)
  return found
}

describe('plain text parsed into blocks', () => {
  const text = 'Le ministre est arrivé.\r\nIl a signé le texte. Puis il est parti.\n\n  Troisième paragraphe, l’État.\n'

  it('gives each paragraph its text, offsets and the parser’s sentences and tokens', () => {
    const {blocks} = parsePlainText(new VFile(text), text, parserFor('fr'))
    expect(blocks.map((block) => block.text)).toEqual(['Le ministre est arrivé.', 'Il a signé le texte. Puis il est parti.', 'Troisième paragraphe, l’État.'])
    for (const block of blocks) expect(text.slice(block.start, block.end)).toBe(block.text)
    const sentences = sentencesOf(blocks[1]!)
    expect(sentences.map((tokens) => tokens.map((token) => token.value).join(''))).toEqual(['Il a signé le texte.', 'Puis il est parti.'])
    const last = sentencesOf(blocks[2]!)[0]!
    expect(last.filter((token) => token.type === 'WordNode').map((token) => token.value)).toEqual(['Troisième', 'paragraphe', 'l’État'])
    for (const token of last) expect(text.slice(token.start, token.end)).toBe(token.value)
  })

  it('maps block indexes to file offsets, out-of-range ones to the block’s end', () => {
    const [, second] = parsePlainText(new VFile(text), text, parserFor('fr')).blocks
    const {start, end} = second!
    expect(start).toBe(25)
    expect(second!.rangeOf(0, 2)).toEqual([start, start + 2])
    expect(second!.rangeOf(3, 3)).toEqual([start + 3, start + 3])
    expect(second!.rangeOf(30, 500)).toEqual([start + 30, end])
    expect(second!.rangeOf(500, 600)).toEqual([end, end])
    expect(second!.offsetAt(second!.text.length)).toBe(end)
  })

  it('builds the whole tree, with exact positions, only for a rule that reads it', async () => {
    const parsed = parsePlainText(new VFile(text), text, parserFor('fr'))
    const seen = words(parsed.tree)
    expect(seen.map((word) => word.value)).toEqual(['Le', 'ministre', 'est', 'arrivé', 'Il', 'a', 'signé', 'le', 'texte', 'Puis', 'il', 'est', 'parti', 'Troisième', 'paragraphe', 'l’État'])
    for (const word of seen) expect(text.slice(word.start, word.end)).toBe(word.value)
    expect(seen.find((word) => word.value === 'Troisième')).toMatchObject({line: 4, column: 3})
    expect(parsed.tree.position?.end.offset).toBe(text.length)
  })

  it('lets a third-party rule walk the tree and report at the node’s place', async () => {
    const longWords = defineRule({
      meta: {id: 'long-word', description: 'Words of more than nine letters', defaultSeverity: 'warn', languages: 'any', fixable: false},
      schema: z.undefined(),
      check(ctx) {
        for (const word of words(ctx.tree)) if (word.value.length > 9) ctx.report({reason: `Long word ${word.value}`, start: word.start, end: word.end})
      }
    })
    const file = await lint(text, {path: 'a.txt', lang: 'fr', ruleSet: [longWords]})
    expect(file.messages.map(String)).toEqual(['a.txt:4:13-4:23: Long word paragraphe'])
  })

  it('makes messages and their causes without a stack, and leaves the stack trace limit as it was', async () => {
    const limit = Error.stackTraceLimit
    const reporting = defineRule({
      meta: {id: 'first-word', description: 'The first word', defaultSeverity: 'warn', languages: 'any', fixable: false},
      schema: z.undefined(),
      check(ctx) {
        ctx.report({reason: 'First word', start: 0, end: 2, cause: {reason: 'Here', start: 3, end: 11}})
      }
    })
    const file = await lint(text, {path: 'a.txt', lang: 'fr', ruleSet: [reporting]})
    expect(file.messages.map((message) => [message.ruleId, message.stack])).toEqual([['first-word', '']])
    expect((file.messages[0]!.cause as Error).stack).toBe('')
    expect(Error.stackTraceLimit).toBe(limit)
    expect(new Error('after').stack).toContain('plain.test.ts')
  })
})
