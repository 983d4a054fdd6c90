// Issue 17: `--fix` never writes a word the document does not already have.
// Over generated drafts and over drafts shaped like real news (sentences of
// our own, with names, variants, compounds, options and datelines), every
// word in the text after the safe fixes of all rules must be attested in
// the text before them; a rule's fixed replacements (apostrophes, spaces,
// quotation marks, a full stop) are no words.
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {fixToFixedPoint} from '../../src/fix/apply.js'
import {lint} from '../../src/index.js'
import {documentArbitrary} from '../support/arbitraries.js'

/** Words: runs of letters, marks and digits joined by single hyphens (Jean-François, e-mail, --full-name's full-name). */
const WORD = /[\p{L}\p{M}\p{N}]+(?:[-‐‑][\p{L}\p{M}\p{N}]+)*/gu

/**
 * The words of `after` that `before` does not have: neither as a word, nor
 * with its first letter in the other case (« Email » opening a sentence
 * becomes « E-mail »), nor as a part of a hyphenated word of `before`
 * (« Villeneuve » in « Villeneuve-lès-Avignon »).
 */
export function unattestedWords(before: string, after: string): string[] {
  const known = new Set<string>()
  for (const [word] of before.matchAll(WORD)) {
    known.add(word)
    for (const part of word.split(/[-‐‑]/)) known.add(part)
  }
  const flip = (word: string) => {
    const first = String.fromCodePoint(word.codePointAt(0)!)
    const other = first === first.toLocaleLowerCase() ? first.toLocaleUpperCase() : first.toLocaleLowerCase()
    return other + word.slice(first.length)
  }
  const missing: string[] = []
  for (const [word] of after.matchAll(WORD)) if (!known.has(word) && !known.has(flip(word))) missing.push(word)
  return missing
}

async function safeFix(text: string, lang: 'fr' | 'en'): Promise<string> {
  return (await fixToFixedPoint(text, (current) => lint(current, {lang}))).output
}

/** Sentences of our own, shaped like news copy, each with a variant or a near-miss of one. */
const FRENCH = [
  'Le directeur Jean-François Martin a parlé.',
  'Les Français attendent des réponses.',
  'Selon François Bayrou, rien ne change.',
  'Marine Le Pen était dans la Marne.',
  'La Seine-et-Marne a voté.',
  'L’Etat-major a confirmé.',
  'L’État-major a démenti.',
  'Le chef de l’Etat a parlé.',
  'L’État paiera.',
  'CHARLEROI - Le bourgmestre a parlé.',
  'PARIS, 2 mai (AFP) — Le ministre est arrivé.',
  'Le ministre est arrivé (BELGA).',
  'Le général-major a signé.',
  'La sélection est faite.',
  'Lancez --set-selection pour choisir.',
  'Lancez `set-selection` puis validez.',
  'Un e-mail est parti, puis un email.',
  'M. Delorme a parlé, puis M. Delorne.',
  'Mme Lefèvre et Mme Lefevre sont arrivées.',
  'Il a dit « l’Etat paiera » hier.',
  'Le week-end et le weekend.',
  'Jean Paul Martin et Jean-Paul Martin.',
  'DE : Paul Martin OBJET : Budget.',
  'Mr Smith et M. Dupont sont là.',
  'Il a a dit oui.',
  "L'agence a parlé d'une crise."
]
const ENGLISH = [
  'Latin American leaders met in Latin America.',
  'The general-purpose tool ran.',
  'The General Assembly voted.',
  'HAVANA - Cuba said so on Monday.',
  'REUTERS/Jane Doe',
  'Reuters reported it.',
  'Use --full-name or --fullname to print it.',
  'The fullname flag is set.',
  'Set BLOCKSIZE to the Block-size.',
  'Send an e-mail. Another email followed.',
  'Email is fast.',
  'Senator Whitehouse spoke; Senator Whitehose left.',
  'NATO met. Nato allies agreed.',
  'FROM: John Smith DATE: 12 May',
  'Being Julia starred Annette Bening.',
  'Atletico Madrid lost; Athletico scored.',
  'the edit-and-execute-command binding',
  'Run edit-and-execute to execute the command.',
  'He said "it is is fine" today.',
  "It's Mr Smith's car, said Mr. Smith."
]

function realShaped(sentences: readonly string[]): fc.Arbitrary<string> {
  const paragraph = fc.array(fc.constantFrom(...sentences), {minLength: 1, maxLength: 6}).map((list) => list.join(' '))
  return fc.array(paragraph, {minLength: 1, maxLength: 6}).map((list) => list.join('\n\n'))
}

describe('--fix writes only words the document has', () => {
  it('finds the words a fix would invent (the check is not vacuous)', () => {
    expect(unattestedWords('Le directeur Jean-François Martin. Les Français.', 'Le directeur Jean-Français Martin. Les Français.')).toEqual(['Jean-Français'])
    expect(unattestedWords('Send an e-mail. Email is fast.', 'Send an e-mail. E-mail is fast.')).toEqual([])
    expect(unattestedWords('Use --full-name here.', 'Use --fullname here.')).toEqual(['fullname'])
    expect(unattestedWords("l'État", 'l’État')).toEqual([])
  })

  it('on French drafts shaped like news copy', async () => {
    await fc.assert(
      fc.asyncProperty(realShaped(FRENCH), async (text) => {
        expect(unattestedWords(text, await safeFix(text, 'fr'))).toEqual([])
      }),
      {numRuns: 150}
    )
  })

  it('on English drafts shaped like news copy', async () => {
    await fc.assert(
      fc.asyncProperty(realShaped(ENGLISH), async (text) => {
        expect(unattestedWords(text, await safeFix(text, 'en'))).toEqual([])
      }),
      {numRuns: 150}
    )
  })

  it('on generated drafts, in both languages', async () => {
    await fc.assert(
      fc.asyncProperty(documentArbitrary({maxParagraphs: 4, maxPieces: 18}), fc.constantFrom('fr' as const, 'en' as const), async (text, lang) => {
        expect(unattestedWords(text, await safeFix(text, lang))).toEqual([])
      }),
      {numRuns: 150}
    )
  })

  it('fixes variants on these drafts at all (the property is not vacuous)', async () => {
    const text = 'L’Etat-major a confirmé. L’État-major a démenti. Le chef de l’Etat a parlé. L’État paiera.'
    const output = await safeFix(text, 'fr')
    expect(output).not.toBe(text)
    expect(output).toContain('Le chef de l’État')
    expect(unattestedWords(text, output)).toEqual([])
  })
})
