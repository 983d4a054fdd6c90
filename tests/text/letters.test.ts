import {describe, expect, it} from 'vitest'
import {findTypography} from '../../src/analysis/typography.js'
import {balanceParagraphs} from '../../src/analysis/unbalanced-quotes.js'
import {codePointAt, codePointBefore, forEachRun, isLetterAt, isLetterBefore, letterKind, letterOrMarkSize, letterSize, LETTER, MARK, OTHER, UPPER} from '../../src/text/letters.js'

const SAMPLES = [
  'L’État d’urgence et l\'ordre : aujourd’hui, N’Daw n’a rien dit.',
  'Don’t say \'no\' — the students’ union isn\'t rock ’n’ roll in the ’90s.',
  'Ωmega’s Ελλάδα’ς «Москва’s» 北京’s',
  '𝐀’𝐁 𐐀’𐐨 a’\uD835 \uDC00’b ’a a’ \'',
  'ǅ’x ß’ÿ 1’2 _’a é\'è'
]

describe('letterKind', () => {
  it('classifies ASCII, accented, Greek and astral letters and marks like \\p{L}, \\p{Lu} and \\p{M}', () => {
    for (const char of ['a', 'Z', 'é', 'É', 'ß', 'Ω', 'ω', 'ǅ', '北', '𝐀', '𐐀', '𐐨', '1', ' ', '’', '-', '\u0301', '\u0308', '\u093F', '\uD835']) {
      const expected = /^\p{Lu}$/u.test(char) ? UPPER : /^\p{L}$/u.test(char) ? LETTER : /^\p{M}$/u.test(char) ? MARK : OTHER
      expect([char, letterKind(char)]).toEqual([char, expected])
    }
  })
})

describe('code points around an index', () => {
  it('reads a surrogate pair as one character, a lone surrogate as itself', () => {
    const text = 'a𝐀b\uD835'
    expect(codePointAt(text, 1)).toBe('𝐀')
    expect(codePointBefore(text, 3)).toBe('𝐀')
    expect(codePointAt(text, 4)).toBe('\uD835')
    expect(codePointAt(text, 5)).toBe('')
    expect(codePointBefore(text, 0)).toBe('')
  })

  it('agrees with (?<=\\p{L}) and (?=\\p{L}) at every index, in French and English', () => {
    for (const text of SAMPLES) {
      for (let index = 0; index <= text.length; index++) {
        // Scans only ask between characters, never inside a surrogate pair.
        if (/[\uD800-\uDBFF]/.test(text.charAt(index - 1)) && /[\uDC00-\uDFFF]/.test(text.charAt(index))) continue
        const before = new RegExp(String.raw`(?<=\p{L})`, 'uy')
        const at = /(?=\p{L})/uy
        before.lastIndex = index
        at.lastIndex = index
        expect([text, index, isLetterBefore(text, index)]).toEqual([text, index, before.test(text)])
        expect([text, index, isLetterAt(text, index)]).toEqual([text, index, at.test(text)])
      }
    }
  })
})

describe('apostrophes between letters (typography)', () => {
  it('finds the same apostrophes as the look-around pattern', () => {
    for (const text of SAMPLES) {
      const expected = [...text.matchAll(/(?<=\p{L})['’](?=\p{L})/gu)].filter((match) => match[0] === "'").map((match) => match.index)
      // A curly majority with the English preference: every straight apostrophe between letters is reported.
      const reported = findTypography([text, 'l’a l’a l’a l’a l’a l’a l’a l’a l’a l’a l’a l’a l’a l’a l’a'], 'en')
        .filter((issue) => issue.kind === 'apostrophe' && issue.block === 0)
        .map((issue) => issue.start)
      expect([text, reported]).toEqual([text, expected])
    }
  })
})

describe('quote balance skips other characters', () => {
  it('balances French and English quotations as before', () => {
    const problems = balanceParagraphs(['« Il a dit “oui” (enfin) [sic] ›', 'He said "no" and ‘maybe’ (1) the ’90s ) ]', '„Ja“ und „nein” « ok'])
    expect(problems.map((list) => list.map((problem) => [problem.kind, problem.char, problem.index]))).toEqual([
      [
        ['unclosed', '«', 0],
        ['unopened', '›', 31]
      ],
      [
        ['unopened', ')', 38],
        ['unopened', ']', 40]
      ],
      [['unclosed', '«', 16]]
    ])
  })
})

describe('forEachRun', () => {
  const runs = (text: string, sizeAt: (text: string, index: number) => number) => {
    const found: string[] = []
    forEachRun(text, sizeAt, (start, end) => found.push(text.slice(start, end)))
    return found
  }

  it('finds the runs the regular expressions find, astral letters and lone surrogates included', () => {
    for (const text of [...SAMPLES, 'e\u0301te\u0301 \u0301a', '', '   ']) {
      expect(runs(text, letterSize)).toEqual(text.match(/\p{L}+/gu) ?? [])
      expect(runs(text, letterOrMarkSize)).toEqual(text.match(/[\p{L}\p{M}]+/gu) ?? [])
    }
  })
})
