import type {VFile} from 'vfile'
import type {Lang} from '../../types.js'

/**
 * Every word factlint's reports put around a document's findings, in the
 * document's language: the pretty report, --fix's lines on stderr and the
 * interactive report. French follows French typography as the rest of these
 * tables do: a space before « : », « ; » and « ? ».
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
  /** Under --staged: --fix works on the working copy, which must then be staged. */
  fixableStaged: (count: number) => string
  /** Under --staged: the working copy of `file` is not what is staged. */
  stagedDiffers: (file: string) => string
  unsafe: (count: number, ruleId: string) => string
  clean: (files: number, hidden: number) => string
}

const ENGLISH_SUMMARY: Summary = {
  problems: (total, errors, warnings, hidden) =>
    `${plural(total, 'problem', 'problems')} (${plural(errors, 'error', 'errors')}${warnings < 0 ? `; ${plural(hidden, 'warning', 'warnings')} not shown under --quiet` : `, ${plural(warnings, 'warning', 'warnings')}`})`,
  fixable: (count) => `${count} can be fixed with --fix`,
  fixableStaged: (count) => `${count} can be fixed with --fix on the working copy, then git add`,
  stagedDiffers: (file) => `${file}: the staged version differs from the working copy; if the working copy is fixed, stage it (git add ${file})`,
  unsafe: (count, ruleId) => `${count} more with --fix --fix-type ${ruleId} (review the change)`,
  clean: (files, hidden) => `${plural(files, 'file', 'files')} checked, ${hidden > 0 ? `no errors (${plural(hidden, 'warning', 'warnings')} not shown under --quiet)` : 'no problems'}`
}

const FRENCH_SUMMARY: Summary = {
  problems: (total, errors, warnings, hidden) =>
    `${pluriel(total, 'problème', 'problèmes')} (${pluriel(errors, 'erreur', 'erreurs')}${warnings < 0 ? ` ; ${pluriel(hidden, 'avertissement masqué', 'avertissements masqués')} par --quiet` : `, ${pluriel(warnings, 'avertissement', 'avertissements')}`})`,
  fixable: (count) => `${pluriel(count, 'corrigeable', 'corrigeables')} avec --fix`,
  fixableStaged: (count) => `${pluriel(count, 'corrigeable', 'corrigeables')} avec --fix sur la copie de travail, puis git add`,
  stagedDiffers: (file) => `${file} : la version indexée diffère de la copie de travail ; si celle-ci est corrigée, indexez-la (git add ${file})`,
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
  otherOwner: string
  invalidUtf8: string
  noDiffForUtf16: (path: string) => string
  interrupted: (written: readonly string[], writing: string | undefined) => string
}

const ENGLISH_FIX: FixLabels = {
  applied: (path, count) => `${path}: ${count} fix${count === 1 ? '' : 'es'} applied`,
  stdinNotWritten: (path) => `${path}: standard input is not written by --fix; use --fix-dry-run to see the fixes`,
  notConverged: (path, passes) => `${path}: fixes still changed the text after ${passes} passes; run --fix again`,
  cannotWrite: (path, reason) => `${path}: cannot write fixes: ${reason}`,
  changedOnDisk: (path) => `${path}: changed on disk since it was read; fixes not written`,
  readOnly: 'the file is read-only',
  noDiffForUtf16: (path) => `${path}: UTF-16 file: no diff shown (patch and git apply read UTF-8); --fix writes it in UTF-16`,
  invalidUtf8: 'the file is not valid UTF-8',
  otherOwner: 'the file belongs to another user or group, which a rewrite would change',
  interrupted: (written, writing) =>
    [
      written.length === 0 ? 'interrupted: no file was written' : `interrupted: fixes were written to ${written.join(', ')}`,
      writing === undefined ? '' : `; ${writing} was being written (it holds either its old text or the fixed text, whole)`,
      written.length > 0 || writing !== undefined ? '; no other file was changed' : ''
    ].join('')
}

const FRENCH_FIX: FixLabels = {
  applied: (path, count) => `${path} : ${pluriel(count, 'correction appliquée', 'corrections appliquées')}`,
  stdinNotWritten: (path) => `${path} : l’entrée standard n’est pas réécrite par --fix ; --fix-dry-run montre les corrections`,
  notConverged: (path, passes) => `${path} : les corrections changeaient encore le texte après ${passes} passes ; relancer --fix`,
  cannotWrite: (path, reason) => `${path} : impossible d’écrire les corrections : ${reason}`,
  changedOnDisk: (path) => `${path} : modifié sur le disque depuis sa lecture ; corrections non écrites`,
  readOnly: 'le fichier est en lecture seule',
  noDiffForUtf16: (path) => `${path} : fichier UTF-16 : pas de diff (patch et git apply lisent l’UTF-8) ; --fix l’écrit en UTF-16`,
  invalidUtf8: 'le fichier n’est pas en UTF-8 valide',
  otherOwner: 'le fichier appartient à un autre utilisateur ou groupe, qu’une réécriture changerait',
  interrupted: (written, writing) =>
    [
      written.length === 0 ? 'interrompu : aucun fichier n’a été écrit' : `interrompu : corrections écrites dans ${written.join(', ')}`,
      writing === undefined ? '' : ` ; ${writing} était en cours d’écriture (il contient soit son ancien texte, soit le texte corrigé, en entier)`,
      written.length > 0 || writing !== undefined ? ' ; aucun autre fichier n’a changé' : ''
    ].join('')
}

/** --fix's words about a document, in the document's language. */
export function fixLabelsFor(file: VFile | undefined): FixLabels {
  return isFrench(langOf(file)) ? FRENCH_FIX : ENGLISH_FIX
}

/** What a key of the interactive report does, as its help lists it. */
export type KeyAction = 'move' | 'page' | 'ends' | 'open' | 'switch' | 'filter' | 'rule' | 'severity' | 'fix' | 'dismiss' | 'timeline' | 'help' | 'quit'

type SeverityName = 'error' | 'warning' | 'info'

/**
 * The interactive report's words. The keys stay the same in every language:
 * only what they do is translated.
 */
export interface ScreenLabels {
  /** Severity names, and the width their column is padded to in the list. */
  severity: Record<SeverityName, string>
  severityWidth: number
  /** Header: files and findings of the run, errors, warnings, infos, findings the filters leave. */
  files: (count: number) => string
  findings: (count: number) => string
  errors: (count: number) => string
  warnings: (count: number) => string
  infos: (count: number) => string
  shown: (count: number) => string
  /** A file's heading in the list: its findings of one severity. */
  fileCount: (count: number, severity: SeverityName) => string
  rulesHeading: string
  filesHeading: string
  /** Pane titles. */
  findingsTitle: string
  detailTitle: string
  helpTitle: string
  timelineTitle: string
  filterTitle: (rule: string | undefined, severity: SeverityName | undefined, text: string) => string
  noFindings: string
  noMatch: string
  /** Detail pane: each heading ends with its separator, and what follows a heading is indented by its length. */
  suggestions: string
  unsafe: string
  deletion: string
  applyKey: string
  none: string
  related: string
  rule: string
  toLine: (line: number) => string
  /** Timeline overlay. */
  timelineOf: (path: string) => string
  readingDates: string
  noTimeline: string
  noDates: string
  datesAndConflicts: (dates: number, conflicts: number) => string
  line: string
  /** Help overlay and status line. */
  keysHeading: string
  keys: Record<KeyAction, string>
  helpBack: string
  keyBar: string
  filterPrompt: string
  fixPrompt: (label: string, unsafe: boolean, others: string) => string
  noSelection: string
  busy: string
  dismissing: string
  noSuggestion: string
  fixCancelled: string
  applying: string
  fixed: (where: string, label: string) => string
  dismissed: (where: string) => string
  failed: (action: 'fix' | 'dismiss' | 'timeline', reason: string) => string
}

const ENGLISH_SCREEN: ScreenLabels = {
  severity: {error: 'error', warning: 'warning', info: 'info'},
  severityWidth: 8,
  files: (count) => plural(count, 'file', 'files'),
  findings: (count) => `${plural(count, 'finding', 'findings')}: `,
  errors: (count) => plural(count, 'error', 'errors'),
  warnings: (count) => plural(count, 'warning', 'warnings'),
  infos: (count) => `${count} info`,
  shown: (count) => `(${count} shown)`,
  // « 9 errors · 4 warnings », as the header counts them.
  fileCount: (count, severity) => (severity === 'info' ? `${count} info` : plural(count, severity, `${severity}s`)),
  rulesHeading: 'rules: ',
  filesHeading: 'files: ',
  findingsTitle: 'Findings',
  detailTitle: 'Detail',
  helpTitle: 'Help',
  timelineTitle: 'Timeline',
  filterTitle: (rule, severity, text) => `rule: ${rule ?? 'all'} · severity: ${severity ?? 'all'}${text ? ` · text: “${text}”` : ''}`,
  noFindings: 'No findings: nothing to review.',
  noMatch: 'No finding matches the filters (r, s, F, / change them, Esc clears them).',
  suggestions: 'Suggestions: ',
  unsafe: ' (unsafe)',
  deletion: '(delete)',
  applyKey: 'f to apply',
  none: 'none',
  related: 'Related: ',
  rule: 'Rule: ',
  toLine: (line) => ` (to line ${line})`,
  timelineOf: (path) => `Timeline of ${path}`,
  readingDates: 'Reading dates…',
  noTimeline: 'No timeline available for this file.',
  noDates: 'No dates in this file.',
  datesAndConflicts: (dates, conflicts) => `${dates} date${dates === 1 ? '' : 's'}, ${conflicts} conflict${conflicts === 1 ? '' : 's'}`,
  line: 'line',
  keysHeading: 'Keys',
  keys: {
    move: 'move in the list (or scroll the detail)',
    page: 'move a page',
    ends: 'first / last finding',
    open: 'open the detail (← back to the list)',
    switch: 'switch between list and detail',
    filter: 'filter by text, file:NAME by path (Enter keeps it, Esc clears it)',
    rule: 'cycle the rule filter',
    severity: 'cycle the severity filter',
    fix: 'apply the fix: y/Enter the first suggestion, 1–3 another',
    dismiss: 'dismiss into the baseline (.factlint-baseline.json)',
    timeline: 'timeline of the current file (j/k choose a date, Enter goes to it)',
    help: 'this help',
    quit: 'quit (exit code: 1 when errors remain); Esc first clears the filters'
  },
  helpBack: 'Press ? or Esc to go back.',
  keyBar: '↑↓ move  ⏎ detail  f fix  i dismiss  t timeline  / filter  r rule  s severity  ? help  q quit',
  filterPrompt: '  Enter keep · Esc clear',
  fixPrompt: (label, unsafe, others) => `Apply ${label}${unsafe ? ' (unsafe)' : ''}? y/Enter yes${others} · any other key cancels`,
  noSelection: 'No finding selected',
  busy: 'Busy: wait for the previous action to finish',
  dismissing: 'Dismissing…',
  noSuggestion: 'This finding has no suggestion to apply',
  fixCancelled: 'Fix cancelled',
  applying: 'Applying the fix…',
  fixed: (where, label) => `Fixed ${where} with ${label}; file re-linted`,
  dismissed: (where) => `Dismissed ${where} into the baseline`,
  failed: (action, reason) => `${{fix: 'Fix', dismiss: 'Dismiss', timeline: 'Timeline'}[action]} failed: ${reason}`
}

const FRENCH_SCREEN: ScreenLabels = {
  severity: {error: 'erreur', warning: 'avertissement', info: 'info'},
  severityWidth: 14,
  files: (count) => pluriel(count, 'fichier', 'fichiers'),
  findings: (count) => `${pluriel(count, 'signalement', 'signalements')} : `,
  errors: (count) => pluriel(count, 'erreur', 'erreurs'),
  warnings: (count) => pluriel(count, 'avertissement', 'avertissements'),
  infos: (count) => `${count} info`,
  shown: (count) => `(${pluriel(count, 'affiché', 'affichés')})`,
  fileCount: (count, severity) => pluriel(count, FRENCH_SEVERITY[severity][0], FRENCH_SEVERITY[severity][1]),
  rulesHeading: 'règles : ',
  filesHeading: 'fichiers : ',
  findingsTitle: 'Signalements',
  detailTitle: 'Détail',
  helpTitle: 'Aide',
  timelineTitle: 'Chronologie',
  filterTitle: (rule, severity, text) =>
    `règle : ${rule ?? 'toutes'} · gravité : ${severity ? FRENCH_SEVERITY[severity][0] : 'toutes'}${text ? ` · texte : “${text}”` : ''}`,
  noFindings: 'Aucun signalement : rien à relire.',
  noMatch: 'Aucun signalement pour ces filtres (r, s, F, / les changent ; Esc les vide).',
  suggestions: 'Corrections : ',
  unsafe: ' (à relire)',
  deletion: '(supprimer)',
  applyKey: 'f pour appliquer',
  none: 'aucune',
  related: 'Voir : ',
  rule: 'Règle : ',
  toLine: (line) => ` (jusqu’à la ligne ${line})`,
  timelineOf: (path) => `Chronologie du fichier ${path}`,
  readingDates: 'Lecture des dates…',
  noTimeline: 'Pas de chronologie pour ce fichier.',
  noDates: 'Aucune date dans ce fichier.',
  datesAndConflicts: (dates, conflicts) => `${pluriel(dates, 'date', 'dates')}, ${pluriel(conflicts, 'conflit', 'conflits')}`,
  line: 'ligne',
  keysHeading: 'Touches',
  keys: {
    move: 'se déplacer dans la liste (ou faire défiler le détail)',
    page: 'avancer ou reculer d’une page',
    ends: 'premier / dernier signalement',
    open: 'ouvrir le détail (← retour à la liste)',
    switch: 'passer de la liste au détail et inversement',
    filter: 'filtrer par texte, fichier:NOM par chemin (Enter le garde, Esc l’efface)',
    rule: 'changer le filtre par règle',
    severity: 'changer le filtre par gravité',
    fix: 'appliquer la correction : y/Enter la première suggestion, 1–3 une autre',
    dismiss: 'écarter dans la base de référence (.factlint-baseline.json)',
    timeline: 'chronologie du fichier affiché (j/k choisir une date, Enter y aller)',
    help: 'cette aide',
    quit: 'quitter (code de sortie : 1 s’il reste des erreurs) ; Esc vide d’abord les filtres'
  },
  helpBack: 'Appuyer sur ? ou Esc pour revenir.',
  keyBar: '↑↓ aller  ⏎ détail  f corriger  i écarter  t dates  / filtrer  r règle  s gravité  ? aide  q quitter',
  filterPrompt: '  Enter garder · Esc effacer',
  fixPrompt: (label, unsafe, others) => `Appliquer ${label}${unsafe ? ' (à relire)' : ''} ? y/Enter oui${others} · toute autre touche annule`,
  noSelection: 'Aucun signalement sélectionné',
  busy: 'Occupé : attendre la fin de l’action précédente',
  dismissing: 'Mise à l’écart…',
  noSuggestion: 'Ce signalement n’a pas de correction à appliquer',
  fixCancelled: 'Correction annulée',
  applying: 'Application de la correction…',
  fixed: (where, label) => `Correction appliquée en ${where} : ${label} ; fichier vérifié de nouveau`,
  dismissed: (where) => `Signalement ${where} écarté dans la base de référence`,
  failed: (action, reason) => `Échec ${{fix: 'de la correction', dismiss: 'de la mise à l’écart', timeline: 'de la chronologie'}[action]} : ${reason}`
}

/** French severity names, singular and plural. */
const FRENCH_SEVERITY: Record<SeverityName, [string, string]> = {error: ['erreur', 'erreurs'], warning: ['avertissement', 'avertissements'], info: ['info', 'info']}

/** The interactive report's words for a document of language `lang`. */
export function screenLabels(lang: Lang | 'und' | undefined): ScreenLabels {
  return isFrench(lang) ? FRENCH_SCREEN : ENGLISH_SCREEN
}

/** The words for what is about the whole run (its header; the screen with no finding): French when every document is. */
export function runScreenLabels(files: readonly (VFile | undefined)[]): ScreenLabels {
  return allFrench(files) ? FRENCH_SCREEN : ENGLISH_SCREEN
}
