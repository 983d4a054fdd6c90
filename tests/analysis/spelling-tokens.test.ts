import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {isAllCaps, isCapitalised, isCapsBlock, isForeignQuotation, localeLowerCase, setAsideRanges, stripAccents, wordTable, wordTokens} from '../../src/analysis/spelling-tokens.js'

/** Runs of letters and marks with no figure right before or after (« 0Etat », « 2e » are no words). */
function runsOfLetters(text: string): RegExpExecArray[] {
  const figure = /\p{N}/u
  return [...text.matchAll(/[\p{L}\p{M}]+/gu)].filter((match) => {
    const before = [...text.slice(Math.max(0, match.index - 2), match.index)].at(-1) ?? ''
    const after = [...text.slice(match.index + match[0].length, match.index + match[0].length + 2)][0] ?? ''
    return !figure.test(before) && !figure.test(after)
  })
}

/** isCapsBlock as it was written first: two regular expressions over the whole text. */
function capsBlockReference(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '')
  if (letters.length < 8) return false
  return letters.replace(/[^\p{Lu}]/gu, '').length / letters.length > 0.8
}

describe('isCapsBlock', () => {
  it('tells a heading in capitals from a sentence', () => {
    expect(isCapsBlock('LA RÉUNION DU SAHEL A EU LIEU')).toBe(true)
    expect(isCapsBlock('THE PENTAGON CHIEF IN RABAT')).toBe(true)
    expect(isCapsBlock('Le ministre a quitté Rabat vendredi.')).toBe(false)
    expect(isCapsBlock('The defense secretary left Washington.')).toBe(false)
  })

  it('needs eight letters and more than four capitals in five', () => {
    expect(isCapsBlock('ÉTAT OTAN')).toBe(true)
    expect(isCapsBlock('ÉTAT UE 1')).toBe(false)
    // 8 capitals and 2 lower-case letters: exactly 0.8 is not enough.
    expect(isCapsBlock('ABCDEFGHij')).toBe(false)
    expect(isCapsBlock('ABCDEFGHIj')).toBe(true)
  })

  it('counts accented, Greek, Cyrillic and astral letters as the regular expressions do', () => {
    const samples = [
      'ÉCOLE ÉLÉMENTAIRE ÀÉÈÙ',
      'école élémentaire',
      'ΑΘΗΝΑ ΚΑΙ ΡΩΜΗ',
      'МОСКВА И КИЕВ',
      '𝐀𝐁𝐂𝐃𝐄𝐅𝐆𝐇 abc',
      '𐐀𐐁𐐂𐐃𐐄𐐅𐐆𐐇𐐨',
      'ǅUNGLA ǅUNGLA',
      '北京和上海的会议 AB',
      '\uD800ABCDEFGHI\uDC00',
      'ABCDEFGH ﬁﬂ ß',
      'L’ÉTAT-MAJOR « DÉMENT » 12 %'
    ]
    for (const sample of samples) expect(isCapsBlock(sample)).toBe(capsBlockReference(sample))
  })

  it('agrees with the regular expressions on long generated texts, where it may stop early', () => {
    const piece = fc.constantFrom('LE SAHEL ', 'ÉTAT ', 'le Sahel ', 'état ', ' ', '12 ', '𝐀𝐁 ', '𐐨 ', 'x', 'Y', 'É', '’', '\uD835')
    fc.assert(
      fc.property(fc.array(piece, {maxLength: 200}), (pieces) => {
        const text = pieces.join('')
        expect(isCapsBlock(text)).toBe(capsBlockReference(text))
      }),
      {numRuns: 2000}
    )
  })
})

/** setAsideRanges as it was written first: one alternation of every kind, over every paragraph (with the kinds added since: a dateline closed by « -- », handles and hashtags). */
const TOKEN = String.raw`[\p{L}\p{M}\p{N}_./\\=:@#~+-]*`
const SET_ASIDE_REFERENCE = new RegExp(
  [
    String.raw`(?<=^|[\s(\[{"'«“‘,;|])--?[\p{L}\p{N}]${TOKEN}`,
    String.raw`(?<![\p{L}\p{M}\p{N}_./\\=:@#~+-])[\p{L}\p{M}\p{N}]${TOKEN}(?:[_/\\=][\p{L}\p{M}\p{N}]|\p{L}\.\p{L})${TOKEN}`,
    String.raw`(?<![\p{L}\p{M}])\p{Lu}{2,}\d[\p{Lu}\p{N}_]*|(?<!\d)\d+\p{Lu}{2,}`,
    '`[^`\\n]+`',
    String.raw`(?<=^)[ \t]{2,}\S+(?:,? \S+)?(?=[ \t]{2,}\S)`,
    String.raw`(?<=^)\p{Lu}[\p{Lu}\p{M}'’.]*(?: \p{Lu}[\p{Lu}\p{M}'’.]*)*(?= --? )`,
    String.raw`(?<![\p{L}\p{M}\p{N}_])[@#][\p{L}\p{M}\p{N}_]+`,
    String.raw`\(\p{Lu}{2,}\)|(?<![\p{L}\p{M}])\p{Lu}{2,}(?=[ \u00A0]?:(?:$|[ \u00A0]*[\p{Lu}\p{N}]))`
  ].join('|'),
  'gmu'
)

function setAsideReference(text: string): number[] {
  const ranges: number[] = []
  for (const match of text.matchAll(SET_ASIDE_REFERENCE)) {
    const [start, end] = [match.index, match.index + match[0].length]
    if (ranges.length > 0 && start <= ranges[ranges.length - 1]!) ranges[ranges.length - 1] = Math.max(end, ranges[ranges.length - 1]!)
    else ranges.push(start, end)
  }
  return ranges
}

describe('setAsideRanges', () => {
  const cases: Array<[string, string[]]> = [
    ['Lancez factlint --jobs 2 puis lisez config.json.', ['--jobs', 'config.json.']],
    ['Run factlint -v and read BLOCK_SIZE and/or UTF8.', ['-v', 'BLOCK_SIZE', 'and/or', 'UTF8']],
    ['Le code `a = b` reste tel quel (AFP).', ['`a = b`', '(AFP)']],
    ['CHARLEROI - La ville a voté.', ['CHARLEROI']],
    ['FROM: John Smith', ['FROM']],
    ['  -a, --all  show everything', ['  -a, --all']],
    // Near-misses: a compound, a sentence after a colon in capitals, an ordinary full stop.
    ['Le porte-parole a parlé. SAHEL : la région attend.', []],
    ['The spokeswoman spoke. The end.', []]
  ]
  it.each(cases)('sets aside the code and layout of %j', (text, expected) => {
    const ranges = setAsideRanges(text)
    const found: string[] = []
    for (let index = 0; index < ranges.length; index += 2) found.push(text.slice(ranges[index], ranges[index + 1]))
    expect(found).toEqual(expected)
  })

  it('gives the ranges of the whole alternation, though it tries only the kinds a paragraph may hold', () => {
    const pieces = ['a', 'Z', 'É', '-', '--', '_', '/', '\\', '=', '.', '`', '(', ')', ':', ' ', '  ', '\t', '\n', '1', 'AB', '«', ' - ', ' -- ', '@', '#', '\u00a0']
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), {maxLength: 30}), (parts) => {
        const text = parts.join('')
        expect(setAsideRanges(text)).toEqual(setAsideReference(text))
      }),
      {numRuns: 3000}
    )
  })
})

describe('stripAccents', () => {
  it('removes French accents and keeps ASCII words as they are', () => {
    expect(stripAccents('État')).toBe('Etat')
    expect(stripAccents('sécurité')).toBe('securite')
    expect(stripAccents('Noël')).toBe('Noel')
    expect(stripAccents('Washington')).toBe('Washington')
    expect(stripAccents("don't")).toBe("don't")
  })

  it('removes a combining accent written apart (e + U+0301)', () => {
    expect(stripAccents('Ete\u0301')).toBe('Ete')
  })
})

describe('wordTokens', () => {
  it('joins words by a single hyphen into one compound, in French and English', () => {
    const tokens = wordTokens(['L’État-major et le porte‑parole.', 'A follow-up e-mail -- not - this.'], 'fr')
    expect(tokens.map((token) => [token.value, token.compound.value])).toEqual([
      ['L', 'L'],
      ['État', 'État-major'],
      ['major', 'État-major'],
      ['et', 'et'],
      ['le', 'le'],
      ['porte', 'porte‑parole'],
      ['parole', 'porte‑parole'],
      ['A', 'A'],
      ['follow', 'follow-up'],
      ['up', 'follow-up'],
      ['e', 'e-mail'],
      ['mail', 'e-mail'],
      ['not', 'not'],
      ['this', 'this']
    ])
  })

  it('reads words as runs of letters and marks not glued to a figure, as /[\\p{L}\\p{M}]+/u and a look at each side do', () => {
    const texts = ['L’Ete\u0301 de Noël, 𝐀𝐁c et 北京 ; don’t re-sign 1990s\uD835x ǅx 0Etat Etat2 𝟏er x٣ 3 ans', '']
    const expected = texts.flatMap((text, block) => runsOfLetters(text).map((match) => [block, match[0], match.index]))
    expect(wordTokens(texts, 'und').map((token) => [token.block, token.value, token.start])).toEqual(expected)
  })

  it('numbers each distinct spelling once, in the order of first occurrence, as a Map of the words would', () => {
    const letter = fc.constantFrom('a', 'b', 'e', 'É', 'é', 'ß', 'Ω', '𝐀', '\u0301', 'Z')
    const text = fc.array(fc.oneof(fc.array(letter, {minLength: 1, maxLength: 4}).map((chars) => chars.join('')), fc.constantFrom(' ', ', ', '-', '\uD835', '1', '٣')), {maxLength: 400})
    fc.assert(
      fc.property(fc.array(text.map((pieces) => pieces.join('')), {maxLength: 8}), (texts) => {
        const table = wordTable(texts, 'und')
        const words = texts.flatMap((block) => runsOfLetters(block).map((match) => match[0]))
        const numbers = new Map<string, number>()
        for (const word of words) if (!numbers.has(word)) numbers.set(word, numbers.size)
        expect(table.forms).toEqual([...numbers.keys()])
        expect([...table.form]).toEqual(words.map((word) => numbers.get(word)))
      }),
      {numRuns: 300}
    )
  })

  it('numbers spellings past the size its table starts with', () => {
    const words = Array.from({length: 3000}, (_, index) => `w${index.toString(26).replace(/\d/g, (digit) => 'qrstuvwxyz'[Number(digit)]!)}`)
    const table = wordTable([words.join(' '), words.join(' ')], 'und')
    expect(table.forms).toEqual(words)
    expect([...table.form]).toEqual([...words.keys(), ...words.keys()])
  })

  it('marks words of a heading in capitals, of a dateline and of a quotation in another language', () => {
    const tokens = wordTokens(['RABAT, 2 octobre — Le ministre a dit « We are ready and we will stay ready » hier.', 'LE SAHEL EN GUERRE'], 'fr')
    const flags = (value: string) => {
      const token = tokens.find((candidate) => candidate.value === value)!
      return {capsBlock: token.capsBlock, foreign: token.foreign, sentenceInitial: token.sentenceInitial}
    }
    expect(flags('RABAT')).toEqual({capsBlock: true, foreign: false, sentenceInitial: true})
    expect(flags('Le')).toEqual({capsBlock: false, foreign: false, sentenceInitial: false})
    expect(flags('ready')).toEqual({capsBlock: false, foreign: true, sentenceInitial: false})
    expect(flags('hier')).toEqual({capsBlock: false, foreign: false, sentenceInitial: false})
    expect(flags('SAHEL')).toEqual({capsBlock: true, foreign: false, sentenceInitial: false})
  })
})

describe('case tests read on the characters', () => {
  const word = fc.array(fc.constantFrom('a', 'Z', 'I', 'i', 'É', 'é', 'İ', 'ı', 'ß', 'ǅ', '𝐀', '𐐨', 'Ω', '-', '’', "'", '1', '\u0301', 'q', 'Q'), {maxLength: 8}).map((chars) => chars.join(''))

  it('agree with toLocaleLowerCase and the regular expressions they replace', () => {
    fc.assert(
      fc.property(word, (value) => {
        expect(localeLowerCase(value)).toBe(value.toLocaleLowerCase())
        expect(isCapitalised(value)).toBe(/^\p{Lu}/u.test(value) && /\p{Ll}/u.test(value))
        expect(isAllCaps(value)).toBe(/^\p{Lu}+$/u.test(value))
      }),
      {numRuns: 5000}
    )
  })
})

describe('isForeignQuotation', () => {
  it('keeps a short quotation in the document’s language when its few words cannot tell', () => {
    // Trigrams score these German and English: too few letters to trust.
    expect(isForeignQuotation('You knew, MacAllister, didn’t you?', 'en')).toBe(false)
    expect(isForeignQuotation('Bravo, Lefebre, ton argent, ton silence, ton mensonge !', 'fr')).toBe(false)
  })

  it('still tells a quotation in the other language by its function words, short or long', () => {
    expect(isForeignQuotation('The President and the team will stay with us for the whole of the year', 'fr')).toBe(true)
    expect(isForeignQuotation('Nous avons toujours dit que le MEDEF et le gouvernement étaient d’accord', 'en')).toBe(true)
    expect(isForeignQuotation('Did you know, MacAllister, how big it was?', 'en')).toBe(false)
  })
})
