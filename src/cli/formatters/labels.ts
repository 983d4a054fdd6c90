import type {VFile} from 'vfile'

/**
 * The words the pretty report puts around each finding. A finding is
 * explained in its document's language, so the words around it follow: a
 * French editor reads « correction : “M. Bourita” » under a French message,
 * not an English label. Option names and rule ids stay as they are typed.
 */
export interface Labels {
  error: string
  warning: string
  info: string
  suggestion: string
  deletion: string
  byHand: string
  withFixType: (ruleId: string) => string
  related: string
}

const ENGLISH: Labels = {
  error: 'error',
  warning: 'warning',
  info: 'info',
  suggestion: 'suggestion:',
  deletion: '(delete)',
  byHand: '(by hand)',
  withFixType: (ruleId) => `(with --fix-type ${ruleId})`,
  related: 'related:'
}

const FRENCH: Labels = {
  error: 'erreur',
  warning: 'avertissement',
  info: 'info',
  suggestion: 'correction :',
  deletion: '(supprimer)',
  byHand: '(à la main)',
  withFixType: (ruleId) => `(avec --fix-type ${ruleId})`,
  related: 'voir :'
}

/** The labels for a file's findings: French for a French document, English otherwise. */
export function labelsFor(file: VFile): Labels {
  return file.data.factlint?.lang === 'fr' ? FRENCH : ENGLISH
}

/** The run's summary: in French only when every reported document is French. */
export function summaryIsFrench(files: readonly VFile[]): boolean {
  return files.length > 0 && files.every((file) => file.data.factlint?.lang === 'fr')
}
