import {describe, expect, it} from 'vitest'
import {calendarCounts, detectLanguage as detectWithFlag} from '../../src/lang/detect.js'

/** The language and foreign code detection gives; whether a short text was undecided is tested in short-texts.test.ts. */
function detectLanguage(text: string, fallback?: 'fr' | 'en'): {lang: string; other?: string} {
  const {undecided: _undecided, ...detection} = detectWithFlag(text, fallback)
  return detection
}

/**
 * One-line texts (headlines, captions, datelines, briefs): too short for
 * trigrams and often without a function word, they are decided by their
 * date's own words. Each line is checked with both fallbacks, so that a
 * right answer cannot come from the default language.
 */
const FRENCH: readonly string[] = [
  'Vendredi 3 octobre 2025.',
  'Mardi 12 mars 2024',
  'Samedi 5 avril : portes ouvertes à la mairie',
  'Lundi 2 juin, Nantes',
  'Concert gratuit dimanche 14 juillet',
  'Réunion publique jeudi 20 novembre à 18 h',
  'Marché de Noël : ouverture mercredi 3 décembre',
  'Photo : arrivée du Tour à Pau, 18 juillet 2023',
  'Rennes, 9 février 2022 – Conseil municipal',
  'Fermeture exceptionnelle lundi de Pâques',
  'Grève reconduite jusqu’à mercredi',
  'Vote du budget le 15 janvier 2026',
  'Inauguration du pont, samedi 21 septembre',
  'Brest, mardi 4 août',
  'Salon du livre : 10-12 mai 2024',
  // Near-misses: English names in a French line.
  'Jeudi 6 novembre : Bruce Springsteen à Bercy',
  'Vendredi, Kate Winslet présente son film à Deauville',
  'Black Friday : les magasins ouverts dès samedi 29 novembre',
  'Le « Green Friday », l’anti Black Friday',
  'Cyber Monday : la ruée des acheteurs'
]

const ENGLISH: readonly string[] = [
  'Friday, October 3, 2025.',
  'Tuesday 12 March 2024',
  'Open day at the town hall on Saturday, April 5',
  'Leeds, Monday June 2',
  'Free concert Sunday, July 14',
  'Public meeting Thursday November 20 at 6pm',
  'Christmas market opens Wednesday, December 3',
  'Photo: riders reach Pau on July 18, 2023',
  'Cardiff, February 9, 2022 – council meeting',
  'Strike extended until Wednesday',
  'Budget vote set for January 15, 2026',
  'Bridge opening Saturday, September 21',
  'Book fair: May 10-12, 2024',
  'Annual Gala – Thursday, 16 October 2025',
  'Harbour Conference - Monday, 6 October 2025',
  // Near-misses: French places and names in an English line.
  'Monday, March 9: protest in Saint-Étienne',
  'Fête de la Musique returns to Montpellier on Saturday',
  'Crowds gather at Champs-Élysées, Sunday 14 July',
  'Jean-Luc Mélenchon in Marseille on Friday'
]

describe('detectLanguage on one-line texts', () => {
  it.each(FRENCH.flatMap((line) => [[line, 'en'] as const, [line, 'fr'] as const]))('reads « %s » as French (fallback %s)', (line, fallback) => {
    expect(detectLanguage(line, fallback)).toEqual({lang: 'fr'})
  })

  it.each(ENGLISH.flatMap((line) => [[line, 'en'] as const, [line, 'fr'] as const]))('reads "%s" as English (fallback %s)', (line, fallback) => {
    expect(detectLanguage(line, fallback)).toEqual({lang: 'en'})
  })
})

describe('calendarCounts', () => {
  it.each([
    ['Vendredi 28 août', {french: 2, english: 0}],
    ['Monday, 7 October 2014', {french: 0, english: 2}],
    // A month name counts only next to a number: the planet, the verb and the modal stay out.
    ['Mission to Mars', {french: 0, english: 0}],
    ['Protesters march on the capital; prices may fall', {french: 0, english: 0}],
    ['La sonde vers Mars', {french: 0, english: 0}],
    ['mars 2014, May 5', {french: 1, english: 1}],
    // Weekdays count anywhere, in any case.
    ['LUNDI et Tuesday', {french: 1, english: 1}],
    ['28août', {french: 1, english: 0}],
    // A weekday that ends a name (a capitalised word and a space before it) is no date.
    ['le Black Friday, Cyber Monday', {french: 0, english: 0}],
    ['Leeds, Monday', {french: 0, english: 1}]
  ])('counts %s', (text, expected) => {
    expect(calendarCounts(text)).toEqual(expected)
  })

  it('leaves alone a line without date words: a Spanish or German one stays foreign', () => {
    expect(detectLanguage('Der Minister hat am Montag in Berlin einen neuen Vertrag unterzeichnet.', 'en')).toEqual({lang: 'und', other: 'deu'})
  })
})
