import {describe, expect, it} from 'vitest'
import {lint} from '../../src/index.js'
import {timelineOf} from '../../src/dates/report.js'
import {dateRules, TODAY} from './helpers.js'

/** Each date's words and the ISO date it was read as, then the date-weekday findings' words and reason. */
async function read(text: string, lang: 'fr' | 'en', today = TODAY) {
  const file = await lint(text, {lang, ruleSet: dateRules, today})
  const timeline = await timelineOf(file)
  const dates = timeline.entries.filter((entry) => entry.kind === 'date').map((entry) => `${entry.text} ${entry.date}`)
  const findings = file.messages.map((message) => {
    const place = message.place as {start: {offset: number}; end: {offset: number}}
    return `${message.ruleId} ${text.slice(place.start.offset, place.end.offset)}: ${message.reason}`
  })
  return {dates, findings}
}

const MARKET_FR =
  'Le marché de Noël ouvre le vendredi 4 décembre place Kléber.\n\nLes artisans seront là dès le samedi 5 décembre, et la parade défilera le samedi 19 décembre.\n\nLe réveillon aura lieu le jeudi 31 décembre sur le parvis.\n\nLe marché fermera le dimanche 3 janvier, et les chalets seront démontés le lundi 4 janvier.'
const MARKET_EN =
  "The Christmas market opens on Friday, Dec. 4, in the main square.\n\nCraftsmen will be there from Saturday, Dec. 5, and the parade will march on Saturday, Dec. 19.\n\nNew Year's Eve will be celebrated on Thursday, Dec. 31.\n\nThe market closes on Sunday, Jan. 3, and the stalls come down on Monday, Jan. 4."

// Linted on Friday 4 December 2026, with no publication date: 4 December 2026 is a Friday, 3 January 2027 a Sunday, 1 January 2025 a Wednesday.
describe('year end without a publication date', () => {
  it.each([
    ['fr', 'Le réveillon aura lieu le mercredi 1er janvier.\n\nUne animation suit.\n\nLe marché rouvre le jeudi 2 janvier.', ['mercredi 1er janvier 2025-01-01', 'jeudi 2 janvier 2025-01-02']],
    ['en', "New Year's Day falls on Wednesday, Jan. 1.\n\nA parade follows.\n\nThe market reopens on Thursday, Jan. 2.", ['Wednesday, Jan. 1 2025-01-01', 'Thursday, Jan. 2 2025-01-02']]
  ] as const)('%s: two January dates two lines apart are read in one year', async (lang, text, dates) => {
    expect(await read(text, lang)).toEqual({dates, findings: []})
  })

  it.each([
    ['fr', MARKET_FR, ['vendredi 4 décembre', 'samedi 5 décembre', 'samedi 19 décembre', 'jeudi 31 décembre', 'dimanche 3 janvier', 'lundi 4 janvier']],
    ['en', MARKET_EN, ['Friday, Dec. 4', 'Saturday, Dec. 5', 'Saturday, Dec. 19', 'Thursday, Dec. 31', 'Sunday, Jan. 3', 'Monday, Jan. 4']]
  ] as const)('%s: a December story reads its January dates in the next year, near today', async (lang, text, words) => {
    const isos = ['2026-12-04', '2026-12-05', '2026-12-19', '2026-12-31', '2027-01-03', '2027-01-04']
    expect(await read(text, lang)).toEqual({dates: words.map((word, index) => `${word} ${isos[index]}`), findings: []})
  })

  it.each([
    ['fr', MARKET_FR.replace('lundi 4 janvier', 'mardi 4 janvier'), 'date-weekday mardi 4 janvier: Le 4 janvier 2027 est un lundi, pas un mardi ; année déduite de « jeudi 31 décembre » (ligne 5)'],
    ['en', MARKET_EN.replace('Monday, Jan. 4', 'Tuesday, Jan. 4'), 'date-weekday Tuesday, Jan. 4: January 4, 2027 is a Monday, not a Tuesday; year inferred from "Thursday, Dec. 31" (line 5)']
  ] as const)('%s: the one wrong weekday of that story is found in the next year, and nothing else', async (lang, text, finding) => {
    expect((await read(text, lang)).findings).toEqual([finding])
  })

  it.each([
    // Linted in early January, last month's story: 31 December 2026 is a Thursday, 1 January 2027 a Friday.
    ['fr', 'Le réveillon a eu lieu le jeudi 31 décembre.\n\nLe marché a rouvert le vendredi 1er janvier.', ['jeudi 31 décembre 2026-12-31', 'vendredi 1er janvier 2027-01-01']],
    ['en', "New Year's Eve was celebrated on Thursday, Dec. 31.\n\nThe market reopened on Friday, Jan. 1.", ['Thursday, Dec. 31 2026-12-31', 'Friday, Jan. 1 2027-01-01']]
  ] as const)('%s: linted in January, the story of the turn of the year is read across it', async (lang, text, dates) => {
    expect(await read(text, lang, new Date(Date.UTC(2027, 0, 5)))).toEqual({dates, findings: []})
  })

  // Near-misses: told in the past, January is this year's; a listing of next spring stays in the past's reading when its verbs say so.
  it.each([
    ['fr', 'Le marché a fermé le dimanche 4 janvier, après un mois record.', ['dimanche 4 janvier 2026-01-04']],
    ['en', 'The market closed on Sunday, Jan. 4, after a record month.', ['Sunday, Jan. 4 2026-01-04']],
    ['fr', 'Le salon a fermé ses portes le dimanche 15 mars.', ['dimanche 15 mars 2026-03-15']],
    ['en', 'The show closed its doors on Sunday, March 15.', ['Sunday, March 15 2026-03-15']]
  ] as const)('%s: %s', async (lang, text, dates) => {
    expect(await read(text, lang)).toEqual({dates, findings: []})
  })
})
