/**
 * Spans of quoted speech in a paragraph's text: « … », “ … ”, „ … “ and
 * " … ", each with the inner text. Unclosed quotations have no span (that is
 * unbalanced-quotes' business).
 */
export interface Quotation {
  start: number
  end: number
  inner: string
}

const QUOTATION = /«([^«»]*)»|“([^“”]*)”|„([^„“”]*)[“”]|"([^"]*)"/g

export function quotationsOf(text: string): Quotation[] {
  const quotations: Quotation[] = []
  for (const match of text.matchAll(QUOTATION)) {
    quotations.push({start: match.index, end: match.index + match[0].length, inner: match[1] ?? match[2] ?? match[3] ?? match[4] ?? ''})
  }
  return quotations
}
