import {describe, expect, it} from 'vitest'
import {analyseParagraph} from '../../src/analysis/duplicate-block/match.js'
import {isEmbeddedPost} from '../../src/text/embedded-posts.js'
import {exhibitParagraphs, isNamesOnly, isQuotationGivenAgain, isSlotWord, quotedPart, quotedRanges} from '../../src/analysis/duplicate-block/context.js'
import {isCaption} from '../../src/text/captions.js'
import {alignWords, isParallel, joinValues, nearCopySimilarity, type ItemSide} from '../../src/analysis/duplicate-block/align.js'
import {normaliseWord} from '../../src/text/normalise.js'

const words = (text: string) => analyseParagraph(text)

describe('quoted speech', () => {
  it('pairs opening and closing marks, also of two kinds', () => {
    expect(quotedRanges('Il a dit « non » puis “oui”.')).toEqual([[9, 16], [22, 27]])
    expect(quotedRanges('Le Premier ministre a ajouté : "Le Brexit n’est pas notre choix».')).toEqual([[31, 64]])
    expect(quotedRanges('She said "no" and left.')).toEqual([[9, 13]])
    expect(quotedRanges('Il a dit « non » et rien ».')).toEqual([[9, 16]])
  })

  it('runs a quotation left open to the end of the paragraph, as a statement quoted over several paragraphs does', () => {
    expect(quotedRanges('« Jamais sans fin')).toEqual([[0, 17]])
    expect(quotedRanges('A spokesperson said: “Officers attended the scene.')).toEqual([[21, 50]])
    expect(quotedRanges('Un écran de 27" suffit.')).toEqual([])
  })

  it('tells a quotation given again from the same quotation pasted', () => {
    const partial = 'Walsh vowed to “fight for every vote in this state” on Friday.'
    const full = '“We will fight for every vote in this state, from the cities to the farms,” she said.'
    const run = (text: string, first: string, last: string) => {
      const analysis = words(text)
      const keys = Array.from({length: analysis.words}, (_, k) => normaliseWord(text.slice(analysis.starts[k], analysis.ends[k])))
      return [keys.indexOf(first), keys.lastIndexOf(last) + 1, analysis] as const
    }
    const [a0, a1, a] = run(partial, 'fight', 'state')
    const [b0, b1, b] = run(full, 'fight', 'state')
    // Part of a longer quotation in the second place: the lede's few words, then all of it.
    expect(isQuotationGivenAgain(quotedPart(partial, a, a0, a1), a1 - a0, quotedPart(full, b, b0, b1), b1 - b0)).toBe(true)
    // Quoted in one place, bare in the other: a post or a pull quote.
    const bare = 'fight for every vote in this state, the senator wrote.'
    const [c0, c1, c] = run(bare, 'fight', 'state')
    expect(isQuotationGivenAgain(quotedPart(partial, a, a0, a1), a1 - a0, quotedPart(bare, c, c0, c1), c1 - c0)).toBe(true)
    // The same whole quotation in both places reads as a paste.
    expect(isQuotationGivenAgain(quotedPart(partial, a, a0, a1), a1 - a0, quotedPart(partial, a, a0, a1), a1 - a0)).toBe(false)
    // Words not quoted in either place are no quotation.
    expect(isQuotationGivenAgain({quoted: 0, partial: false}, 10, {quoted: 0, partial: false}, 10)).toBe(false)
  })
})

describe('embedded posts and captions', () => {
  it('finds the text of a post by its signature, its link, or right after its signature', () => {
    const post = 'Nous ne lâcherons rien. — Jean Dupont (@jeandupont) 3 mars 2020 Nous ne lâcherons rien.'
    expect(isEmbeddedPost(post, 0, 22)).toBe(true)
    expect(isEmbeddedPost(post, 65, post.length)).toBe(true)
    expect(isEmbeddedPost('Turnout has passed the 2016 figure. pic.twitter.com/abc123', 0, 58)).toBe(true)
    expect(isEmbeddedPost('We will not give up — she said in March, 2020.', 0, 19)).toBe(false)
    expect(isEmbeddedPost('Le maire a parlé mardi devant le conseil municipal.', 0, 20)).toBe(false)
  })

  it('knows a caption by its credit', () => {
    expect(isCaption('La mairie a baissé ses volets pour la journée. (Photo d’illustration.)')).toBe(true)
    expect(isCaption('Le président à l’Élysée, le 10 décembre 2018. PHOTO AGENCE')).toBe(true)
    expect(isCaption('© IPM Graphics')).toBe(true)
    expect(isCaption('Protesters in the main square on Saturday. REUTERS/Jane Doe')).toBe(true)
    expect(isCaption('Photo: the new school, seen from the north.')).toBe(true)
    expect(isCaption('The photo was taken on Saturday by a passer-by.')).toBe(false)
    expect(isCaption('Le photographe a pris la photo samedi.')).toBe(false)
  })
})

describe('e-mail exhibits', () => {
  it('covers headers, reply lines and the messages between them', () => {
    const texts = ['The office released the messages.', 'From: Jane Smith', 'To: Paul Brown', 'Subject: budget', 'Paul, can we meet?', 'On Mon, Mar 2, 2020 at 9:02 AM, Paul Brown wrote:', '> Jane, see you Thursday.', 'Nobody answered questions.']
    expect(exhibitParagraphs(texts)).toEqual([false, true, true, true, true, true, true, false])
    const fr = ['De : Jeanne Martin', 'Envoyé : lundi 2 mars 2020', 'À : Paul Durand', 'Objet : réunion', 'Paul, je propose jeudi.', 'La mairie n’a pas répondu.']
    expect(exhibitParagraphs(fr)).toEqual([true, true, true, true, false, false])
  })

  it('does not take an interview’s answers or a date line for headers', () => {
    expect(exhibitParagraphs(['Q: Why now?', 'A: Because the council voted.', 'Q: And then?', 'A: We wait.'])).toEqual([false, false, false, false])
    expect(exhibitParagraphs(['Date : le 3 mars.', 'Le conseil a voté.'])).toEqual([false, false])
  })
})

describe('runs of names and titles', () => {
  const namesOnly = (text: string) => {
    const analysis = words(text)
    return isNamesOnly(text, analysis, 0, analysis.words)
  }
  it('are names, titles, offices and the words between them', () => {
    expect(namesOnly('au Premier ministre Jean Dupont et au ministre de l’Intérieur Paul Martin')).toBe(true)
    expect(namesOnly('to Secretary of State John Miller and Defense Secretary Paul Brown and Attorney General Mary Jones')).toBe(true)
    expect(namesOnly('la porte-parole du gouvernement Marie Curie et le député Jean Valjean')).toBe(true)
  })
  it('are not a sentence that says something of them', () => {
    expect(namesOnly('le Premier ministre Jean Dupont a signé mardi un accord de coopération')).toBe(false)
    expect(namesOnly('Secretary of State John Miller said the talks had failed again')).toBe(false)
  })
})

describe('alignment and parallel items', () => {
  const side = (text: string): ItemSide => {
    const analysis = words(text)
    const values: string[] = []
    const slots: boolean[] = []
    let label = 0
    for (let k = 0; k < analysis.words; k++) {
      const value = text.slice(analysis.starts[k], analysis.ends[k])
      values.push(normaliseWord(value))
      slots.push(isSlotWord(value))
      if (label === 0 && text.slice(analysis.ends[k]!).startsWith(':')) label = k + 1
    }
    return {keys: analysis.hashes, ...joinValues(values), slots, label}
  }
  const parallel = (a: string, b: string) => isParallel(alignWords(side(a).keys, side(b).keys)!.hunks, side(a), side(b))

  it('measures the share of words in common, in order', () => {
    const a = words('the council approved the budget on Tuesday night')
    const b = words('the council approved the new budget on Tuesday')
    expect(alignWords(a.hashes, b.hashes)).toEqual({similarity: 14 / 16, hunks: [{a: [4, 4], b: [4, 5]}, {a: [7, 8], b: [8, 8]}]})
    expect(alignWords(a.hashes, b.hashes, 0.9)).toBeUndefined()
  })

  it('allows one separate edit per ten words in a near copy', () => {
    const long = 'Walsh won re-election on Tuesday night with 58 percent of the votes cast across the state, the largest share won by any candidate of her party since the war.'
    const edited = 'Walsh won a third term on Tuesday night with 58 percent of the ballots cast across the state, the largest share won by any candidate from her party since the war.'
    expect(nearCopySimilarity(words(long).hashes, words(edited).hashes, 0.85)).toBeGreaterThan(0.85)
    const short = 'Residents have waited for months for the new bridge promised by the governor last spring.'
    expect(nearCopySimilarity(words(short).hashes, words(short.replace('months', 'years').replace('bridge', 'library')).hashes, 0.85)).toBe(0)
    expect(nearCopySimilarity(words(short).hashes, words(short.replace('bridge', 'tunnel')).hashes, 0.85)).toBeGreaterThan(0.9)
  })

  it('tells items on one pattern from a copy edited', () => {
    expect(parallel('floppy: This group gives users access to the floppy drive.', 'tape: This group gives users access to the tape drive.')).toBe(true)
    expect(parallel('À Lyon, les habitants attendent le tramway promis par le maire.', 'À Lille, les habitants attendent le métro promis par le maire.')).toBe(true)
    expect(parallel('Lundi : réunion publique à la mairie annexe.', 'Mardi : réunion publique à la mairie annexe.')).toBe(true)
    expect(parallel('audio: Members can use the sound card.', 'video: Members can use the sound card.')).toBe(true)
    expect(parallel('L’opposition a dénoncé une hausse des impôts locaux.', 'L’opposition a dénoncé une baisse des impôts locaux.')).toBe(false)
    expect(parallel('The mayor defended the plan on Tuesday.', 'The mayor strongly defended the plan on Tuesday.')).toBe(false)
    expect(parallel('La députée obtient 12 345 voix.', 'La députée obtient 12345 voix.')).toBe(false)
  })
})
