import type {VFile} from 'vfile'
import type {Lang} from '../../types.js'

/**
 * Every word factlint's reports put around a document's findings, in the
 * document's language: the pretty report and --fix's lines on stderr.
 * French follows French typography as the rest of these
 * tables do: a space before « : » and « ; ».
 */

const isFrench = (lang: Lang | 'und' | undefined): boolean => lang === 'fr'

/** A document's language as the engine detected it (or --lang set it); `und` when unknown. */
export function langOf(file: VFile | undefined): Lang | 'und' {
  return file?.data.factlint?.lang ?? 'und'
}

/** Every one of `files` is French (and there is at least one): the words about them all are French. */
export function allFrench(files: readonly (VFile | undefined)[]): boolean {
  return files.length > 0 && files.every((file) => isFrench(langOf(file)))
}

export const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`
/** French counts 0 and 1 in the singular: « 0 erreur ». */
export const pluriel = (count: number, one: string, many: string) => `${count} ${count <= 1 ? one : many}`

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
  return isFrench(langOf(file)) ? FRENCH : ENGLISH
}

/** The run's closing lines; `warnings` is -1 under --quiet, where `hidden` warnings were left out. */
export interface Summary {
  problems: (total: number, errors: number, warnings: number, hidden: number) => string
  fixable: (count: number) => string
  unsafe: (count: number, ruleId: string) => string
  clean: (files: number, hidden: number) => string
}

const ENGLISH_SUMMARY: Summary = {
  problems: (total, errors, warnings, hidden) =>
    `${plural(total, 'problem', 'problems')} (${plural(errors, 'error', 'errors')}${warnings < 0 ? `; ${plural(hidden, 'warning', 'warnings')} not shown under --quiet` : `, ${plural(warnings, 'warning', 'warnings')}`})`,
  fixable: (count) => `${count} can be fixed with --fix`,
  unsafe: (count, ruleId) => `${count} more with --fix --fix-type ${ruleId} (review the change)`,
  clean: (files, hidden) => `${plural(files, 'file', 'files')} checked, ${hidden > 0 ? `no errors (${plural(hidden, 'warning', 'warnings')} not shown under --quiet)` : 'no problems'}`
}

const FRENCH_SUMMARY: Summary = {
  problems: (total, errors, warnings, hidden) =>
    `${pluriel(total, 'problème', 'problèmes')} (${pluriel(errors, 'erreur', 'erreurs')}${warnings < 0 ? ` ; ${pluriel(hidden, 'avertissement masqué', 'avertissements masqués')} par --quiet` : `, ${pluriel(warnings, 'avertissement', 'avertissements')}`})`,
  fixable: (count) => `${pluriel(count, 'corrigeable', 'corrigeables')} avec --fix`,
  unsafe: (count, ruleId) => `${count} de plus avec --fix --fix-type ${ruleId} (relire la modification)`,
  clean: (files, hidden) =>
    `${pluriel(files, 'fichier vérifié', 'fichiers vérifiés')}, ${hidden > 0 ? `aucune erreur (${pluriel(hidden, 'avertissement masqué', 'avertissements masqués')} par --quiet)` : 'aucun problème'}`
}

/** The run's summary: in French only when every reported document is French. */
export function summaryLabelsFor(files: readonly VFile[]): Summary {
  return allFrench(files) ? FRENCH_SUMMARY : ENGLISH_SUMMARY
}

/**
 * --fix's lines on stderr about one document (after « factlint: », the
 * program's own prefix on every line it writes there).
 */
export interface FixLabels {
  applied: (path: string, count: number) => string
  stdinNotWritten: (path: string) => string
  notConverged: (path: string, passes: number) => string
  cannotWrite: (path: string, reason: string) => string
  changedOnDisk: (path: string) => string
  readOnly: string
}

const ENGLISH_FIX: FixLabels = {
  applied: (path, count) => `${path}: ${count} fix${count === 1 ? '' : 'es'} applied`,
  stdinNotWritten: (path) => `${path}: standard input is not written by --fix; use --fix-dry-run to see the fixes`,
  notConverged: (path, passes) => `${path}: fixes still changed the text after ${passes} passes; run --fix again`,
  cannotWrite: (path, reason) => `${path}: cannot write fixes: ${reason}`,
  changedOnDisk: (path) => `${path}: changed on disk since it was read; fixes not written`,
  readOnly: 'the file is read-only'
}

const FRENCH_FIX: FixLabels = {
  applied: (path, count) => `${path} : ${pluriel(count, 'correction appliquée', 'corrections appliquées')}`,
  stdinNotWritten: (path) => `${path} : l’entrée standard n’est pas réécrite par --fix ; --fix-dry-run montre les corrections`,
  notConverged: (path, passes) => `${path} : les corrections changeaient encore le texte après ${passes} passes ; relancer --fix`,
  cannotWrite: (path, reason) => `${path} : impossible d’écrire les corrections : ${reason}`,
  changedOnDisk: (path) => `${path} : modifié sur le disque depuis sa lecture ; corrections non écrites`,
  readOnly: 'le fichier est en lecture seule'
}

/** --fix's words about a document, in the document's language. */
export function fixLabelsFor(file: VFile | undefined): FixLabels {
  return isFrench(langOf(file)) ? FRENCH_FIX : ENGLISH_FIX
}
