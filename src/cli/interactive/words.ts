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
  /** `o`: the list's order, as the help, the key bar and the list's title say it. */
  order: string
  orderShort: string
  byLine: string
  /** `R`: read a file again from disk and lint it again. */
  reload: string
  reloadShort: string
  reloading: (path: string) => string
  reloaded: (path: string, count: number) => string
  nothingToReload: string
  /** A fix refused because the file changed on disk since it was read. */
  changedOnDisk: (path: string) => string
  /** The frame drawn while the run lints. */
  linting: (done: number, total: number) => string
  lintingShort: string
  /** The detail pane's word-level views: the fix applied, the other copy of a passage. */
  fixPreview: string
  otherCopy: string
  /** `n`/`N`: the next or previous file's first finding. */
  nextFile: string
  /** `v`: the related place (« Voir »), shown in the detail pane. */
  showRelated: string
  relatedTitle: string
  noRelated: string
  /** `F`: one file's findings; the list's title names it. */
  fileFilter: string
  fileFilterShort: string
  fileTitle: (path: string) => string
  /** The timeline's cursor: its keys, and a date no finding is on, shown in the detail pane. */
  timelineKeys: string
  dateTitle: string
  noFindingOnDate: string
}

const ENGLISH: ReportWords = {
  undo: 'undo the last dismissal',
  undoShort: 'undo',
  undone: (where) => `Dismissal of ${where} undone`,
  nothingToUndo: 'Nothing to undo.',
  noFindingsYet: 'no findings',
  order: 'list by rule, or by place in the file',
  orderShort: 'order',
  byLine: 'by place',
  reload: 'read the file again from disk and lint it again',
  reloadShort: 'reload',
  reloading: (path) => `Reading ${path} again…`,
  reloaded: (path, count) => `${path} read again: ${count} finding${count === 1 ? '' : 's'}`,
  nothingToReload: 'No file to read again.',
  changedOnDisk: (path) => `${path} changed on disk; fix not written. R reads it again`,
  linting: (done, total) => (total === 0 ? 'linting…' : `linting ${total} file${total === 1 ? '' : 's'}… ${done}/${total}`),
  lintingShort: 'linting',
  fixPreview: 'With the fix: ',
  otherCopy: 'Other copy: ',
  nextFile: 'n/N next / previous file',
  showRelated: 'v the related place in the detail pane',
  relatedTitle: 'Related place',
  noRelated: 'This finding has no related place.',
  fileFilter: 'only the selected finding’s file, then the next file, then all',
  fileFilterShort: 'file',
  fileTitle: (path) => ` · file: ${path}`,
  timelineKeys: 'j/k move · Enter the finding on the date, or its line · t or Esc back',
  dateTitle: 'Date',
  noFindingOnDate: 'No finding on this date; its line:'
}

const FRENCH: ReportWords = {
  undo: 'annuler la dernière mise à l’écart',
  undoShort: 'annuler',
  undone: (where) => `Mise à l’écart de ${where} annulée`,
  nothingToUndo: 'Rien à annuler.',
  noFindingsYet: 'aucun signalement',
  order: 'classer par règle, ou par place dans le fichier',
  orderShort: 'ordre',
  byLine: 'par place',
  reload: 'relire le fichier sur le disque et le vérifier à nouveau',
  reloadShort: 'relire',
  reloading: (path) => `Relecture de ${path}…`,
  reloaded: (path, count) => `${path} relu : ${count} signalement${count > 1 ? 's' : ''}`,
  nothingToReload: 'Aucun fichier à relire.',
  changedOnDisk: (path) => `${path} modifié sur le disque ; correction non écrite. R le relit`,
  linting: (done, total) => (total === 0 ? 'vérification…' : `vérification de ${total} fichier${total > 1 ? 's' : ''}… ${done}/${total}`),
  lintingShort: 'vérification',
  fixPreview: 'Corrigé : ',
  otherCopy: 'Autre copie : ',
  nextFile: 'n/N fichier suivant / précédent',
  showRelated: 'v l’endroit lié (« Voir ») dans le détail',
  relatedTitle: 'Endroit lié',
  noRelated: 'Ce signalement n’a pas d’endroit lié.',
  fileFilter: 'seulement le fichier du signalement sélectionné, puis le suivant, puis tous',
  fileFilterShort: 'fichier',
  fileTitle: (path) => ` · fichier : ${path}`,
  timelineKeys: 'j/k aller · Enter le signalement sur la date, ou sa ligne · t ou Esc revenir',
  dateTitle: 'Date',
  noFindingOnDate: 'Aucun signalement sur cette date ; sa ligne :'
}

export function wordsOf(labels: ScreenLabels): ReportWords {
  return labels.keys.quit.startsWith('quitter') ? FRENCH : ENGLISH
}

/** Keys in the bar, most needed first: help and quit are never the ones cut. */
const PRIORITY = ['?', 'q', 'f', 'i', 'u', '↑↓', '⏎', '/', 'r', 's', 'F', 't', 'o', 'R']

/**
 * The key bar fitted to the width: its items (separated by two spaces) and
 * the report's own (`u` undo, `F` file, `o` order, `R` reload), in order of need, as
 * many as fit, each in its place in the labels' bar.
 */
export function fitKeyBar(keyBar: string, width: number, words: Pick<ReportWords, 'undoShort' | 'orderShort' | 'reloadShort' | 'fileFilterShort'>): string {
  const items = keyBar.split(/ {2,}/).filter(Boolean)
  items.push(`u ${words.undoShort}`, `F ${words.fileFilterShort}`, `o ${words.orderShort}`, `R ${words.reloadShort}`)
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
