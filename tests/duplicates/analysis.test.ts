import {describe, expect, it} from 'vitest'
import {analyseParagraph, isProse, matchAcrossFiles, matchBlocks, matchRuns, shinglesJson, type DuplicateFingerprint, type PlacedPrint} from '../../src/analysis/duplicate-block/match.js'
import {dice, IntTable, ShingleIndex} from '../../src/analysis/duplicate-block/similarity-index.js'
import {nearCopySharedPairs, nearCopySimilarity} from '../../src/analysis/duplicate-block/align.js'
import {foldTypography} from '../../src/text/normalise.js'
import {comparableText, comparisonKey, shinglesOf} from './comparable-text.js'

const settings = {minWords: 12, similarity: 0.8}

describe('normalisation for comparison', () => {
  it('ignores case, white space, typographic quotes and punctuation spacing', () => {
    expect(comparisonKey('Les relations «déjà étroites» avec l’Etat ; fin…')).toBe(comparisonKey('les  relations « déjà étroites » avec l\'Etat; fin...'))
    expect(comparisonKey('“Not now,” she said — later.')).toBe(comparisonKey('"not now ," she said - later .'))
  })

  it('keeps what a reader would see as different', () => {
    expect(comparisonKey('l’Etat')).not.toBe(comparisonKey('l’État'))
    expect(comparisonKey('le 2 octobre.')).not.toBe(comparisonKey('le 2 octobre !'))
    expect(comparisonKey('a bc')).not.toBe(comparisonKey('ab c'))
  })

  it('reads words with their ranges in the original text', () => {
    const text = 'L’État, aujourd’hui\u00a0: don\'t'
    const {keys, starts, ends} = comparableText(text)
    expect(keys).toEqual(["l'état", "aujourd'hui", "don't"])
    expect(starts.map((start, index) => text.slice(start, ends[index]))).toEqual(['L’État', 'aujourd’hui', "don't"])
  })

  it('keeps every word in place when lower-casing changes the length of the text', () => {
    // « İ » lower-cases to two code units: the words after it must not shift.
    const text = 'İSTANBUL et Ankara, DEUX villes'
    const {keys, starts, ends} = comparableText(text)
    expect(keys).toEqual(['i̇stanbul', 'et', 'ankara', 'deux', 'villes'])
    expect(starts.map((start, index) => text.slice(start, ends[index]))).toEqual(['İSTANBUL', 'et', 'Ankara', 'DEUX', 'villes'])
    expect(comparableText('Istanbul et Ankara, deux villes').keys.slice(1)).toEqual(keys.slice(1))
  })

  it('folds compatibility characters and invisible ones', () => {
    expect(foldTypography('ef\ufb01cace')).toBe('efficace')
    expect(comparisonKey('sécu\u00adrité')).toBe(comparisonKey('sécurité'))
    expect(comparisonKey('se\u0301curite\u0301')).toBe(comparisonKey('sécurité'))
  })

  it('counts a run of masked inline code as one token', () => {
    expect(comparisonKey('voir \ufffc\ufffc\ufffc ici')).toBe(comparisonKey('voir \ufffc ici'))
  })
})

describe('shingle index', () => {
  const words = (text: string) => text.split(' ')
  const base = 'the council approved the budget on tuesday after four hours of heated debate between both camps'

  it('measures the Dice similarity of word bigrams', () => {
    const a = shinglesOf(words(base))
    expect(dice(a, a)).toBe(1)
    expect(dice(a, shinglesOf(words(base.replace('four', 'five'))))).toBeCloseTo(2 * 13 / 30, 5)
  })

  it('finds every set at the threshold, never below it', () => {
    const sets = [base, base.replace('tuesday', 'monday'), 'a completely different sentence about the weather in the north of the country this week', base.replace('four hours of heated', 'two days of calm')].map((text) => shinglesOf(words(text)))
    const index = new ShingleIndex(0.8)
    for (const set of sets) index.count(set)
    index.add(0, sets[0]!)
    expect(index.best(sets[1]!, () => true)).toEqual({id: 0, similarity: dice(sets[0]!, sets[1]!)})
    expect(index.best(sets[2]!, () => true)).toBeUndefined()
    expect(index.best(sets[3]!, () => true)).toBeUndefined()
    expect(index.best(sets[1]!, () => false)).toBeUndefined()
  })

  it('stores integers in typed arrays and grows', () => {
    const table = new IntTable(4)
    for (let key = 0; key < 5000; key++) table.set(key * 7919, key)
    expect(table.get(7919 * 4999)).toBe(4999)
    expect(table.get(3)).toBe(-1)
    expect(table.get(3, 0)).toBe(0)
  })
})

describe('paragraph classification', () => {
  it('treats headings, sign-offs and cross-references as lines, not prose', () => {
    expect(isProse(analyseParagraph('Tunis, Alger ensuite Rabat'), settings)).toBe(false)
    expect(isProse(analyseParagraph('Lire aussi : Le conseil municipal adopte enfin son plan de rénovation des écoles de la ville'), settings)).toBe(false)
    expect(isProse(analyseParagraph('See also: council adopts a plan to renovate every school in the northern districts of the city.'), settings)).toBe(false)
    expect(isProse(analyseParagraph('Le conseil municipal a voté mardi soir le budget de la ville pour l’année prochaine.'), settings)).toBe(true)
    expect(isProse(analyseParagraph('« Nous ne lèverons pas d’impôt nouveau cette année, ni la suivante, ni celle d’après. »'), settings)).toBe(true)
  })
})

// Generated prose: invented words with a Zipf-like law, as in real text.
function generator(seed: number) {
  let state = seed
  const next = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0
    return state / 4294967296
  }
  const syllables = ['ba', 'ri', 'to', 'ne', 'ma', 'lu', 'so', 'ke', 'di', 'ra', 'mo', 'ti']
  const vocabulary = Array.from({length: 5000}, () => Array.from({length: 2 + Math.floor(next() * 3)}, () => syllables[Math.floor(next() * syllables.length)]).join(''))
  const paragraph = () => `${Array.from({length: 20 + Math.floor(next() * 40)}, () => vocabulary[Math.floor(vocabulary.length * next() ** 2)]).join(' ')}.`
  return {next, paragraph}
}

describe('matching blocks', () => {
  const prints = (texts: string[]) => texts.map(analyseParagraph)

  it('merges consecutive repeats, short lines included, into one block', () => {
    const {paragraph} = generator(1)
    const body = [paragraph(), 'Un intertitre', paragraph(), paragraph()]
    const texts = [paragraph(), ...body, paragraph(), ...body]
    expect(matchBlocks(prints(texts), {...settings, mode: 'within'})).toEqual([{later: [6, 9], earlier: [1, 4], exact: true, similarity: 1}])
  })

  it('does not start a block on a short line', () => {
    const {paragraph} = generator(2)
    expect(matchBlocks(prints(['Un intertitre', paragraph(), 'Un intertitre', paragraph()]), {...settings, mode: 'within'})).toEqual([])
  })

  it('never lets a block overlap the one it repeats', () => {
    const {paragraph} = generator(3)
    const repeated = paragraph()
    expect(matchBlocks(prints([repeated, repeated, repeated]), {...settings, mode: 'within'})).toEqual([
      {later: [1, 1], earlier: [0, 0], exact: true, similarity: 1},
      {later: [2, 2], earlier: [0, 0], exact: true, similarity: 1}
    ])
  })

  it('finds repeated runs of words across paragraphs, once each', () => {
    const sentence = 'the minister said the agreement would be signed in rabat before the end of the month'
    const texts = [`Officials met on Monday. ${sentence}.`, 'Nothing in this paragraph repeats anything at all from the others here.', `As expected, ${sentence}, a spokesman added.`]
    const analyses = texts.map(analyseParagraph)
    const runs = matchRuns(analyses, settings, () => false)
    expect(runs).toEqual([{paragraph: 2, from: 2, to: 18, earlierParagraph: 0, earlierFrom: 4, earlierTo: 20}])
  })

  it('stays linear on several thousand paragraphs (work counted, not timed)', () => {
    // The benchmark times this; here the number of similarities computed must
    // grow with the input, not with its square.
    const work = (count: number) => {
      const {next, paragraph} = generator(4)
      const texts: string[] = []
      while (texts.length < count) {
        const roll = next()
        if (texts.length > 10 && roll < 0.02) texts.push(texts[Math.floor(next() * texts.length)]!)
        else if (texts.length > 10 && roll < 0.04) texts.push(texts[Math.floor(next() * texts.length)]!.replace(/ \S+ /, ' changé '))
        else texts.push(paragraph())
      }
      const stats = {comparisons: 0}
      const matches = matchBlocks(prints(texts), {...settings, mode: 'within', stats})
      return {comparisons: stats.comparisons, matches: matches.length}
    }
    const small = work(1000)
    const large = work(5000)
    expect(large.matches).toBeGreaterThan(150)
    expect(large.comparisons).toBeLessThan(3 * large.matches + 5000)
    expect(large.comparisons / Math.max(1, small.comparisons)).toBeLessThan(8)
  })
})

describe('matching across files', () => {
  const fingerprint = (texts: string[]): DuplicateFingerprint => ({
    paragraphs: texts.map((text, index): PlacedPrint => {
      const {starts, ends, hashes, checks, ...print} = analyseParagraph(text)
      return {...print, start: index, end: index + 1, startPoint: {line: index + 1, column: 1}, endPoint: {line: index + 1, column: 2}}
    }),
    repeated: []
  })

  it('reports each pair once, at the later file', () => {
    const {paragraph} = generator(5)
    const a = [paragraph(), paragraph(), paragraph()]
    const b = [paragraph()]
    const matches = matchAcrossFiles([fingerprint(a), fingerprint(b), fingerprint(a)], {...settings})
    expect(matches).toEqual([{file: 2, otherFile: 0, later: [0, 2], earlier: [0, 2], exact: true, similarity: 1}])
  })

  it('finds the same matches when the judge tells the index how many word pairs its near copies share', () => {
    // Paragraphs on a few patterns, filled with few values: many share most of their word pairs, as a run's templated drafts do.
    const {next} = generator(8)
    const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!
    const names = ['Martin', 'Durand', 'Petit', 'Moreau', 'Laurent', 'Simon']
    const places = ['Lyon', 'Lille', 'Nantes', 'Rabat', 'Dakar']
    const patterns = [
      () => `Selon ${pick(names)}, le projet de loi devrait entrer en vigueur à ${pick(places)} avant la fin du mois prochain.`,
      () => `Le gouvernement a ensuite rappelé que la réforme de ${pick(places)} restait une priorité pour ${pick(names)} et les siens.`,
      () => `Interrogé par la presse, un conseiller de ${pick(names)} n’a pas souhaité commenter la décision prise à ${pick(places)} hier.`
    ]
    const files = Array.from({length: 60}, () => {
      const texts = Array.from({length: 4}, () => pick(patterns)())
      // Now and then a paragraph of an earlier file, one word edited: a near copy.
      return next() < 0.3 ? [...texts, `${pick(patterns)()} Il a ajouté que rien ne changerait avant le printemps, sauf accident.`] : texts
    })
    const prints = files.map((texts) => ({
      paragraphs: texts.map((text, index) => {
        const {starts, ends, checks, ...print} = analyseParagraph(text)
        return {...print, start: index, end: index + 1, startPoint: {line: index + 1, column: 1}, endPoint: {line: index + 1, column: 2}}
      }),
      repeated: []
    }))
    const judge = (later: {hashes: Int32Array}, earlier: {hashes: Int32Array}) => nearCopySimilarity(later.hashes, earlier.hashes, 0.85)
    const options = {minWords: 12, similarity: 0.55, judge}
    const plain = matchAcrossFiles(prints, options)
    const bounded = matchAcrossFiles(prints, {...options, sharedPairs: (words: number) => nearCopySharedPairs(words, 0.85)})
    expect(plain.length).toBeGreaterThan(10)
    expect(bounded).toEqual(plain)
  })

  it('bounds from below the word pairs a near copy shares', () => {
    const {next, paragraph} = generator(9)
    for (let round = 0; round < 300; round++) {
      const words = paragraph().split(' ')
      const copy = [...words]
      // One to three edits, close together or not: replaced, added or removed words.
      for (let edit = 1 + Math.floor(next() * 3); edit > 0; edit--) {
        const at = Math.floor(next() * copy.length)
        const roll = next()
        if (roll < 0.4) copy[at] = 'changé'
        else if (roll < 0.7) copy.splice(at, 0, 'ajouté')
        else copy.splice(at, 1)
      }
      const a = analyseParagraph(words.join(' '))
      const b = analyseParagraph(copy.join(' '))
      if (nearCopySimilarity(a.hashes, b.hashes, 0.85) === 0) continue
      const shared = dice(a.shingles, b.shingles) * (a.shingles.length + b.shingles.length) / 2
      for (const side of [a, b]) expect(shared + 1e-6).toBeGreaterThanOrEqual(nearCopySharedPairs(side.words, 0.85) - (side.words - 1 - side.shingles.length))
    }
  })

  it('is plain data: fingerprints survive a structured clone', () => {
    const {paragraph} = generator(6)
    const a = fingerprint([paragraph(), paragraph()])
    expect(structuredClone(a)).toEqual(a)
    // Shingles are typed in a run and written to JSON as the plain arrays they were (shinglesJson).
    expect(a.paragraphs[0]!.shingles).toBeInstanceOf(Int32Array)
    const plain = {...a, paragraphs: a.paragraphs.map((print) => ({...print, shingles: Array.from(print.shingles)}))}
    expect(JSON.parse(JSON.stringify(a, shinglesJson))).toEqual(plain)
    expect(JSON.stringify(a, shinglesJson)).toBe(JSON.stringify(plain))
  })
})
