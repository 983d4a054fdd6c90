/**
 * A correction notice quotes the wrong date it corrects: "An earlier version
 * of this article incorrectly said the vote was on Tuesday, Dec. 3", « Dans
 * une version précédente, nous indiquions par erreur le mardi 3 décembre ».
 * Such a date is wrong on purpose: reporting it again helps nobody.
 *
 * Only a sentence that says the text itself was wrong counts: "He was
 * wrongly convicted on Tuesday, March 3" is a story, and its date is checked.
 */
import {TOLD_EN, TOLD_STEMS_FR, WRONGLY_EN} from '../lexicon/corrections.js'
import {wordsPattern} from '../lexicon/patterns.js'

const CORRECTION_SENTENCE = new RegExp(
  [
    String.raw`\b(?:an?|the|our)\s+(?:earlier|previous|original|prior)\s+version\b`,
    String.raw`\bthis\s+(?:article|story|report|item)\s+(?:${wordsPattern(WRONGLY_EN)})\b`,
    String.raw`\b(?:${wordsPattern(WRONGLY_EN)})\s+(?:${wordsPattern(TOLD_EN)})\b`,
    String.raw`version\s+(?:précédente|antérieure|initiale)`,
    String.raw`(?:précédente|première)\s+version`,
    String.raw`(?:${wordsPattern(TOLD_STEMS_FR)})[\p{L}]*\s+(?:par\s+erreur|à\s+tort|erronément)`,
    String.raw`(?:par\s+erreur|à\s+tort|erronément)\s+(?:${wordsPattern(TOLD_STEMS_FR)})`,
    String.raw`contrairement\s+à\s+ce\s+que\s+nous\s+(?:avons|avions)\s+(?:écrit|indiqué|annoncé)`
  ].join('|'),
  'iu'
)

/** Whether a sentence tells that the text itself gave something wrongly (a correction notice). */
export function isCorrectionSentence(sentence: string): boolean {
  return CORRECTION_SENTENCE.test(sentence)
}
