import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {alonePredicate, analyseParagraphs, isProse, matchBlocks, matchRuns, matchSentences, repeatedPairsIn, type ParagraphAnalysis} from '../../src/analysis/duplicate-block/match.js'
import {dice, IntTable, shinglesOfHashes, WindowTable} from '../../src/analysis/duplicate-block/similarity-index.js'
import {maySimilar, type RepeatedPairs} from '../../src/analysis/duplicate-block/pairs.js'

// Documents from a vocabulary small enough that paragraphs share words,
// pairs and runs, with copies of earlier paragraphs (some with a word
// changed), sentences pasted into other paragraphs, and short lines: every
// way duplicate-block matches something.
const WORDS = ['le', 'conseil', 'a', 'voté', 'budget', 'mardi', 'soir', 'de', 'la', 'ville', 'pour', 'année', 'prochaine', 'maire', 'dit', 'que', 'rien', 'ne', 'change', 'été']

const sentence = fc.array(fc.constantFrom(...WORDS), {minLength: 3, maxLength: 16}).map((words) => `${words.join(' ')}.`)
const paragraph = fc.array(sentence, {minLength: 1, maxLength: 4}).map((sentences) => sentences.join(' '))
const edit = fc.tuple(fc.constantFrom('copy', 'change', 'paste', 'line'), fc.nat(), fc.nat())

const documents = fc.tuple(fc.array(paragraph, {minLength: 1, maxLength: 12}), fc.array(edit, {maxLength: 10})).map(([paragraphs, edits]) => {
  const texts = [...paragraphs]
  for (const [kind, from, to] of edits) {
    const source = texts[from % texts.length]!
    if (kind === 'copy') texts.splice(to % (texts.length + 1), 0, source)
    else if (kind === 'change') texts.splice(to % (texts.length + 1), 0, source.replace(/ \S+ /, ' autre '))
    else if (kind === 'paste') texts[to % texts.length] += ` ${source.split('. ')[0]!.replace(/\.?$/, '.')}`
    else texts.splice(to % (texts.length + 1), 0, 'Un intertitre')
  }
  return texts
})

const settingsOf = fc.record({minWords: fc.integer({min: 4, max: 12}), similarity: fc.constantFrom(0.5, 0.7, 0.8, 0.9, 1)})

/** Every pair counted as repeated: nothing left out, what the matches were before the filter. */
function allRepeated(paragraphs: readonly ParagraphAnalysis[], settings: {minWords: number; similarity: number}): RepeatedPairs {
  return paragraphs.map((paragraph) => (isProse(paragraph, settings) ? Int32Array.from({length: paragraph.words}, (_, word) => word) : undefined))
}

/** Sentence ranges as the parser would give them: the words up to each full stop. */
function sentencesOf(texts: readonly string[], paragraphs: readonly ParagraphAnalysis[]): Array<Array<[number, number]>> {
  return texts.map((text, index) => {
    const ranges: Array<[number, number]> = []
    let from = 0
    const {starts, words} = paragraphs[index]!
    for (let word = 0; word < words; word++) {
      const next = word + 1 < words ? starts[word + 1]! : text.length
      if (text.slice(starts[word]!, next).includes('.')) {
        ranges.push([from, word + 1])
        from = word + 1
      }
    }
    return ranges
  })
}

/**
 * `matchRuns` written plainly: every window of `minWords` words of the prose
 * paragraphs, known by its words (no hash), its first occurrence kept; a
 * later one that does not overlap it is reported and grown word by word.
 * With `kinds`, a window is also known by the kind of its paragraph.
 */
function referenceRuns(paragraphs: readonly ParagraphAnalysis[], settings: {minWords: number; similarity: number}, skip: (index: number) => boolean, kinds?: ArrayLike<number>) {
  const size = settings.minWords
  const words: string[] = []
  const paragraphOf: number[] = []
  const starts: number[] = []
  paragraphs.forEach((paragraph, index) => {
    starts.push(words.length)
    if (!isProse(paragraph, settings)) return
    for (let word = 0; word < paragraph.words; word++) {
      words.push(`${kinds?.[index] ?? 0}|${paragraph.hashes[word]}:${paragraph.checks[word]}`)
      paragraphOf.push(index)
    }
  })
  const first = new Map<string, number>()
  const matches = []
  let position = 0
  while (position < words.length) {
    const paragraph = paragraphOf[position]!
    let end = position
    while (end < words.length && paragraphOf[end] === paragraph) end++
    let skipUntil = position
    for (let start = position; start + size <= end; start++) {
      const key = words.slice(start, start + size).join(' ')
      const earlier = first.get(key)
      if (earlier === undefined) first.set(key, start)
      else if (!skip(paragraph) && start >= skipUntil && earlier + size <= start) {
        const earlierParagraph = paragraphOf[earlier]!
        let length = size
        while (start + length < end && earlier + length < start && paragraphOf[earlier + length] === earlierParagraph && words[earlier + length] === words[start + length]) length++
        const offset = starts[paragraph]!
        const earlierOffset = starts[earlierParagraph]!
        matches.push({paragraph, from: start - offset, to: start + length - offset, earlierParagraph, earlierFrom: earlier - earlierOffset, earlierTo: earlier + length - earlierOffset})
        skipUntil = start + length
      }
    }
    position = end
  }
  return matches
}

describe('repeated word pairs', () => {
  it('leave out no paragraph or sentence that has a match: the matches are those of the unfiltered search', () => {
    fc.assert(
      fc.property(documents, settingsOf, (texts, settings) => {
        const paragraphs = analyseParagraphs(texts)
        const pairs = repeatedPairsIn(paragraphs, settings)
        const all = allRepeated(paragraphs, settings)
        const prints = paragraphs.map(({words, key, shingles, sentence, crossReference}) => ({words, key, shingles, sentence, crossReference}))
        const blocks = matchBlocks(prints, {...settings, mode: 'within', alone: alonePredicate(paragraphs, pairs, settings)})
        expect(blocks).toEqual(matchBlocks(prints, {...settings, mode: 'within'}))
        const skip = (index: number) => blocks.some((match) => match.later[0] <= index && index <= match.later[1])
        expect(matchRuns(paragraphs, settings, skip, pairs)).toEqual(referenceRuns(paragraphs, settings, skip))
        const sentences = sentencesOf(texts, paragraphs)
        const taken = () => false
        expect(matchSentences(paragraphs, sentences, settings, skip, taken, pairs)).toEqual(matchSentences(paragraphs, sentences, settings, skip, taken, all))
      }),
      {numRuns: 1500}
    )
  })

  it('leave out no match between paragraphs of one kind (pull quotes apart from the body)', () => {
    fc.assert(
      fc.property(documents, settingsOf, fc.array(fc.constantFrom(0, 1, 2), {minLength: 1, maxLength: 8}), (texts, settings, cycle) => {
        const kinds = Uint8Array.from(texts, (_, index) => cycle[index % cycle.length]!)
        const paragraphs = analyseParagraphs(texts)
        const pairs = repeatedPairsIn(paragraphs, settings)
        const all = allRepeated(paragraphs, settings)
        const prints = paragraphs.map(({words, key, shingles, sentence, crossReference}) => ({words, key, shingles, sentence, crossReference}))
        const blocks = matchBlocks(prints, {...settings, mode: 'within', alone: alonePredicate(paragraphs, pairs, settings), kinds})
        expect(blocks).toEqual(matchBlocks(prints, {...settings, mode: 'within', kinds}))
        for (const {later, earlier} of blocks) {
          for (let offset = 0; offset <= later[1] - later[0]; offset++) expect(kinds[later[0] + offset]).toBe(kinds[earlier[0] + offset])
        }
        const skip = (index: number) => blocks.some((match) => match.later[0] <= index && index <= match.later[1])
        expect(matchRuns(paragraphs, settings, skip, pairs, kinds)).toEqual(referenceRuns(paragraphs, settings, skip, kinds))
        const sentences = sentencesOf(texts, paragraphs)
        const taken = () => false
        const found = matchSentences(paragraphs, sentences, settings, skip, taken, pairs, kinds)
        expect(found).toEqual(matchSentences(paragraphs, sentences, settings, skip, taken, all, kinds))
        for (const match of found) expect(kinds[match.paragraph]).toBe(kinds[match.earlierParagraph])
      }),
      {numRuns: 500}
    )
  })

  it('keep every passage that is similar to a passage of another paragraph', () => {
    fc.assert(
      fc.property(documents, settingsOf, fc.nat(), fc.nat(), (texts, settings, a, b) => {
        const paragraphs = analyseParagraphs(texts)
        const pairs = repeatedPairsIn(paragraphs, settings)
        const first = a % paragraphs.length
        const second = b % paragraphs.length
        const [x, y] = [paragraphs[first]!, paragraphs[second]!]
        if (first === second || !pairs[first] || !pairs[second]) return
        // Any word range of each: a sentence, a paragraph.
        const range = (paragraph: ParagraphAnalysis, seed: number): [number, number] => {
          const from = seed % Math.max(1, paragraph.words)
          return [from, from + 1 + ((seed >> 4) % Math.max(1, paragraph.words - from))]
        }
        const [fromX, toX] = range(x, a)
        const [fromY, toY] = range(y, b)
        if (dice(shinglesOfHashes(x.hashes, fromX, toX), shinglesOfHashes(y.hashes, fromY, toY)) < settings.similarity) return
        expect(maySimilar(pairs[first]!, fromX, toX, settings.similarity)).toBe(true)
        expect(maySimilar(pairs[second]!, fromY, toY, settings.similarity)).toBe(true)
      }),
      {numRuns: 3000}
    )
  })

  it('tell a paragraph of its own apart from a copied one', () => {
    const settings = {minWords: 4, similarity: 0.8}
    const texts = ['Le conseil a voté le budget mardi soir.', 'Rien ne change pour la ville cette année.', 'Le conseil a voté le budget mardi soir.']
    const paragraphs = analyseParagraphs(texts)
    const alone = alonePredicate(paragraphs, repeatedPairsIn(paragraphs, settings), settings)
    expect([alone(0), alone(1), alone(2)]).toEqual([false, true, false])
  })
})

describe('WindowTable', () => {
  it('tells apart windows whose hashes collide', () => {
    const words = Int32Array.from([1, 2, 3, 4, 5, 6, 1, 2, 3, 4, 5, 6])
    const table = new WindowTable(words, 3, words.length)
    // Every window given the same hash, as a collision would.
    expect([0, 1, 2, 3, 6, 7].map((start) => table.firstOf(42, start))).toEqual([0, 1, 2, 3, 0, 1])
  })
})

describe('IntTable', () => {
  it('keeps counting while it grows', () => {
    const table = new IntTable(0)
    for (let round = 0; round < 3; round++) for (let key = 0; key < 1000; key++) table.increment(key * 7919)
    expect([0, 1, 999].map((key) => table.get(key * 7919))).toEqual([3, 3, 3])
    expect(table.get(2 ** 31 - 1)).toBe(-1)
    table.set(2 ** 31 - 1, 5)
    expect(table.get(2 ** 31 - 1)).toBe(5)
  })
})
