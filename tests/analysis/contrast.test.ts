import {describe, expect, it} from 'vitest'
import {isDeniedForm} from '../../src/analysis/contrast.js'

function denied(text: string, form: string, other: string): boolean {
  const start = text.lastIndexOf(form)
  return isDeniedForm(text, start, start + form.length, other)
}

describe('isDeniedForm', () => {
  it.each([
    ['Enfin, le nom de l’adjoint est M. Karim Benali, et non M. Karim Benhali.', 'Benhali', 'Benali'],
    ['Il faut lire Mme Lefèvre (et non pas Mme Lefevre).', 'Lefevre', 'Lefèvre'],
    ['Il faut écrire non pas Etat mais État.', 'Etat', 'État'],
    ['C’est l’État, et non l’Etat, qui paiera.', 'Etat', 'État'],
    ['The name is spelled Lefèvre, not Lefevre.', 'Lefevre', 'Lefèvre'],
    ['We misspelled it: not “Benhali” but Mr. Benali.', 'Benhali', 'Benali'],
    ['The minister is Karim Benali, rather than Karim Benhali as we wrote.', 'Benhali', 'Benali']
  ])('a form denied next to the right one: %s', (text, form, other) => {
    expect(denied(text, form, other)).toBe(true)
  })

  it.each([
    ['It was not Benhali’s call, the spokesman said.', 'Benhali', 'Benali'],
    ['Benali spoke. It was not Benhali’s call.', 'Benhali', 'Benali'],
    ['Benali a parlé. Ce n’est pas Benhali qui a signé.', 'Benhali', 'Benali'],
    ['Benali a parlé. Le ministre a reçu Benhali hier.', 'Benhali', 'Benali'],
    ['Karim Benali said he had not seen the report; Benhali denied it.', 'Benhali', 'Benali'],
    ['Benalik, not Benhali, signed.', 'Benhali', 'Benali']
  ])('a slip that no denial excuses: %s', (text, form, other) => {
    expect(denied(text, form, other)).toBe(false)
  })
})
