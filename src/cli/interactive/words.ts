import type {ScreenLabels} from '../formatters/labels.js'

/**
 * Words of the interactive report that only it uses, keyed by the screen
 * labels' language (the French labels are told apart by their key bar).
 */
export interface ReportWords {
  undo: string
  /** The key bar's word for u. */
  undoShort: string
  undone: (where: string) => string
  nothingToUndo: string
  noFindingsYet: string
}

const ENGLISH: ReportWords = {
  undo: 'undo the last dismissal',
  undoShort: 'undo',
  undone: (where) => `Dismissal of ${where} undone`,
  nothingToUndo: 'Nothing to undo.',
  noFindingsYet: 'no findings'
}

const FRENCH: ReportWords = {
  undo: 'annuler la dernière mise à l’écart',
  undoShort: 'annuler',
  undone: (where) => `Mise à l’écart de ${where} annulée`,
  nothingToUndo: 'Rien à annuler.',
  noFindingsYet: 'aucun signalement'
}

export function wordsOf(labels: ScreenLabels): ReportWords {
  return labels.keys.quit.startsWith('quitter') ? FRENCH : ENGLISH
}

/** Keys in the bar, most needed first: help and quit are never the ones cut. */
const PRIORITY = ['?', 'q', 'f', 'i', 'u', '↑↓', '⏎', '/', 'r', 's', 't']

/**
 * The key bar fitted to the width: its items (separated by two spaces) in
 * order of need, as many as fit, with `u` (undo) after `i`.
 */
export function fitKeyBar(keyBar: string, width: number, undoLabel: string): string {
  const items = keyBar.split(/ {2,}/).filter(Boolean)
  items.push(`u ${undoLabel}`)
  const keyOf = (item: string) => item.split(' ')[0]!
  const rank = (item: string) => {
    const index = PRIORITY.indexOf(keyOf(item))
    return index === -1 ? PRIORITY.length : index
  }
  const sorted = [...items].sort((a, b) => rank(a) - rank(b))
  const kept: string[] = []
  for (const item of sorted) {
    const line = [...kept, item].join('  ')
    if ([...line].length <= width) kept.push(item)
  }
  return kept.join('  ')
}
