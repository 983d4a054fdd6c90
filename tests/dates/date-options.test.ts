import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {lint} from '../../src/index.js'
import {dateArithmetic} from '../../src/rules/date-arithmetic.js'
import {dateTimeline} from '../../src/rules/date-timeline.js'
import {dateWeekday} from '../../src/rules/date-weekday.js'
import {runInProcess} from '../support/cli.js'
import {TODAY} from './helpers.js'

const DATE_RULES = [dateWeekday, dateTimeline, dateArithmetic]
const BRITISH = {gregorianFrom: '1752-09-14'}
const EN_ORDER = 'The new calendar began on September 20, 1752. Then, on September 1, 1752, the last Julian session closed.'
const FR_ORDER = 'Le nouveau calendrier est en vigueur le 20 septembre 1752. Puis, le 1er septembre 1752, la dernière session se clôt.'

/** [rule, message id, words, data.calendar] of each date finding. */
async function found(text: string, lang: 'fr' | 'en', rules: object = {}) {
  const file = await lint(text, {lang, ruleSet: DATE_RULES, today: TODAY, rules: rules as never})
  return file.messages.map((message) => {
    const place = message.place as {start: {offset: number}; end: {offset: number}}
    const {data, messageId} = message as unknown as {data?: {calendar?: string}; messageId?: string}
    return [message.ruleId, messageId, text.slice(place.start.offset, place.end.offset), data?.calendar]
  })
}

/** The same options on the three date rules. */
function everyRule(options: object) {
  return Object.fromEntries(DATE_RULES.map((rule) => [rule.meta.id, [rule.meta.defaultSeverity, options]]))
}

describe('the date options are shared by the three date rules', () => {
  it.each(DATE_RULES.map((rule) => [rule.meta.id, rule] as const))('%s takes dateOrder and gregorianFrom, and refuses what is not one', (_id, rule) => {
    expect(() => rule.schema.parse({dateOrder: 'dmy', gregorianFrom: '1752-09-14'})).not.toThrow()
    expect(() => rule.schema.parse(undefined)).not.toThrow()
    expect(() => rule.schema.parse({dateOrder: 'ymd'})).toThrow()
    expect(() => rule.schema.parse({gregorianFrom: '14/09/1752'})).toThrow()
    expect(() => rule.schema.parse({gregorianFrom: '1752-02-30'})).toThrow()
  })

  // The British switch: Wednesday 2 September 1752 (Julian) was followed by Thursday 14 September (Gregorian).
  const table: Array<[string, 'fr' | 'en', object, unknown[][]]> = [
    [
      'Parliament sat from Wednesday, September 2 to Thursday, September 14, 1752, two days in all.',
      'en',
      {},
      [
        ['date-weekday', 'mismatch', 'Wednesday, September 2', 'gregorian'],
        ['date-arithmetic', 'range', 'two', 'gregorian']
      ]
    ],
    ['Parliament sat from Wednesday, September 2 to Thursday, September 14, 1752, two days in all.', 'en', everyRule(BRITISH), []],
    [
      'Le Parlement a siégé du mercredi 2 au jeudi 14 septembre 1752, soit deux jours.',
      'fr',
      {},
      [
        ['date-weekday', 'mismatch', 'mercredi 2', 'gregorian'],
        ['date-arithmetic', 'range', 'deux', 'gregorian']
      ]
    ],
    ['Le Parlement a siégé du mercredi 2 au jeudi 14 septembre 1752, soit deux jours.', 'fr', everyRule(BRITISH), []],
    // date-arithmetic reads the calendar its own options give.
    [
      'Le Parlement a siégé du mercredi 2 au jeudi 14 septembre 1752, soit deux jours.',
      'fr',
      {'date-arithmetic': ['error', BRITISH]},
      [['date-weekday', 'mismatch', 'mercredi 2', 'gregorian']]
    ],
    // Near-miss: the right count in the Gregorian reading stays silent with the defaults.
    ['Le salon s’est tenu du mercredi 2 au samedi 5 septembre 2026, soit quatre jours.', 'fr', {}, []],
    ['The fair ran from Wednesday, September 2 to Saturday, September 5, 2026, four days in all.', 'en', everyRule(BRITISH), []],
    // A Julian date's finding says so in its data.
    ['Le jeudi 13 octobre 1307, les Templiers sont arrêtés.', 'fr', {}, [['date-weekday', 'mismatch', 'jeudi 13 octobre 1307', 'julian']]],
    ['On Thursday, October 13, 1307, the Templars were arrested.', 'en', {}, [['date-weekday', 'mismatch', 'Thursday, October 13, 1307', 'julian']]],
    ['Le vendredi 13 octobre 1307, les Templiers sont arrêtés.', 'fr', {}, []],
    // date-timeline reads the calendar of its options: with the British switch, 1 September 1752 is a Julian date 8 days before the 20th.
    [EN_ORDER, 'en', {}, [['date-timeline', 'order', 'September 1, 1752', 'gregorian']]],
    [EN_ORDER, 'en', {'date-timeline': ['warn', BRITISH]}, [['date-timeline', 'order', 'September 1, 1752', 'julian']]],
    [FR_ORDER, 'fr', {}, [['date-timeline', 'order', '1er septembre 1752', 'gregorian']]],
    [FR_ORDER, 'fr', {'date-timeline': ['warn', BRITISH]}, [['date-timeline', 'order', '1er septembre 1752', 'julian']]],
    // Near-miss: told in order, silent in either calendar.
    ['The last Julian session closed on September 1, 1752. Then, on September 20, 1752, the new calendar was in force.', 'en', {'date-timeline': ['warn', BRITISH]}, []]
  ]
  it.each(table)('%s (%s, %o)', async (text, lang, rules, expected) => {
    expect(await found(text, lang, rules)).toEqual(expected)
  })
})

describe('the gap date-timeline gives is counted in the calendar of each date', () => {
  it.each([
    [EN_ORDER, 'en', {}, 'comes 19 days before it'],
    [EN_ORDER, 'en', {'date-timeline': ['warn', BRITISH]}, 'comes 8 days before it'],
    [FR_ORDER, 'fr', {}, 'le précède de 19 jours'],
    [FR_ORDER, 'fr', {'date-timeline': ['warn', BRITISH]}, 'le précède de 8 jours']
  ] as const)('%s (%s, %o)', async (text, lang, rules, words) => {
    const file = await lint(text, {lang, ruleSet: DATE_RULES, today: TODAY, rules: rules as never})
    expect(file.messages.map((message) => message.reason)).toEqual([expect.stringContaining(words)])
  })
})

describe('factlint timeline reads the configuration and says the calendar', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'factlint-date-options-'))
  writeFileSync(path.join(dir, 'a.txt'), 'Parliament sat from Wednesday, September 2 to Thursday, September 14, 1752, two days in all.\n')
  writeFileSync(path.join(dir, 'b.txt'), 'Le vendredi 13 octobre 1307, les Templiers sont arrêtés. Le 20 avril 2026, un colloque les évoque.\n')
  writeFileSync(path.join(dir, '.factlintrc.json'), JSON.stringify({rules: everyRule(BRITISH)}))
  const run = (argv: string[]) => runInProcess(['timeline', ...argv, '--today', '2026-12-04'], dir)

  it('with the configuration, the British switch: no error, the Julian date marked', async () => {
    const {status, stdout} = await run(['a.txt'])
    expect(status).toBe(0)
    expect(stdout).toContain('  1752-09-02  Wednesday  "Wednesday, September 2" (Julian calendar)  line 1')
    expect(stdout).toContain('  1752-09-14  Thursday   "Thursday, September 14, 1752"  line 1')
    const json = JSON.parse((await run(['a.txt', '--format', 'json'])).stdout)
    expect(json.entries.map((entry: {date: string; calendar: string}) => [entry.date, entry.calendar])).toEqual([
      ['1752-09-02', 'julian'],
      ['1752-09-14', 'gregorian']
    ])
  })

  it('--no-config reads the default switch; --rule turns a date rule off', async () => {
    const plain = await run(['a.txt', '--no-config'])
    expect(plain.status).toBe(1)
    expect(plain.stdout).toContain('✖ 1752-09-02  Saturday  "Wednesday, September 2"  line 1')
    const off = await run(['a.txt', '--no-config', '--rule', 'date-weekday=off', '--rule', 'date-arithmetic=off'])
    expect(off.status).toBe(0)
    expect(off.stdout).not.toContain('✖')
    expect(off.stdout).not.toContain('Durations checked')
  })

  it('a French Julian date is marked in French; a modern one is not', async () => {
    const {stdout} = await run(['b.txt'])
    expect(stdout).toContain('  1307-10-13  vendredi  « vendredi 13 octobre 1307 » (calendrier julien)  ligne 1')
    expect(stdout).toContain('  2026-04-20  lundi     « 20 avril 2026 »  ligne 1')
  })

  it('a bad option in the configuration or an unknown --rule is a usage problem', async () => {
    const bad = await run(['a.txt', '--rule', 'no-such-rule=off'])
    expect(bad.status).toBe(2)
    expect(bad.stderr).toContain('unknown rule')
    const both = await run(['a.txt', '--config', 'x.json', '--no-config'])
    expect(both.status).toBe(2)
  })
})
