/**
 * The one path by which a linted document's text is fixed: the edits are
 * applied (src/fix/apply), the file written back safely (src/fix/write) and
 * the new text linted again. `--fix` and `--fix-dry-run` fix a document to a
 * fixed point with the rules' fixes; the interactive report applies the one
 * edit its reader chose. Each caller lints as its run did (the baseline
 * applied again) and says in its own words what a refusal of writeFixed
 * means.
 */
import type {VFile} from 'vfile'
import {applyFixes, fixToFixedPoint, type FixSelection} from '../fix/apply.js'
import {writeFixed} from '../fix/write.js'
import type {LintedDocument} from './lint-path.js'

/** What to apply: the rules' fixes (to a fixed point, unsafe ones only for `fixTypes`), or one edit. */
export type FixPlan = {fixes: FixSelection} | {edit: {range: [number, number]; text: string}}

export interface FixedDocument {
  /** The document as it now is: its new text and that text's lint. */
  document: LintedDocument
  /** Whether the text changed. */
  changed: boolean
  /** Edits applied. */
  fixed: number
  /** False when the rules' fixes still changed the text on the last pass allowed. */
  converged: boolean
  /** Why the file was not written (see src/fix/write's errors); `document` is then the one given. */
  writeError?: unknown
}

/** The edit is not applied: the text it was made on has changed (or it overlaps nothing left to change). */
export class StaleEditError extends Error {
  constructor() {
    super('the suggestion no longer fits the text')
    this.name = 'StaleEditError'
  }
}

export interface FixDocumentOptions {
  /** Write the new text to the document's file; otherwise only say what it would be. */
  write: boolean
  /** Called just before the file is written (to say which file an interruption caught). */
  writing?: () => void
}

/**
 * Applies `plan` to `document`, writes the new text to the document's file
 * when `write` is set (refusing a file changed on disk since it was read,
 * keeping its encoding, byte order mark, line endings and mode) and returns
 * the document with its new text and lint. `relint` lints a text as the run
 * did; the run's own lint of the document stands for its first pass.
 */
export async function fixDocument(document: LintedDocument, plan: FixPlan, relint: (text: string) => Promise<VFile>, options: FixDocumentOptions): Promise<FixedDocument> {
  const original = {text: document.decoded.text, decoded: document.decoded}
  let output: string
  let file: VFile
  let fixed: number
  let converged = true
  if ('edit' in plan) {
    const applied = applyFixes(original.text, [{fix: plan.edit}])
    if (applied.applied.length === 0) throw new StaleEditError()
    output = applied.output
    fixed = applied.applied.length
    file = output === original.text ? document.file : await relint(output)
  } else {
    let first = true
    const lintText = async (text: string) => {
      // The run's own lint of the original also holds the cross-file findings.
      if (first && text === original.text) {
        first = false
        return document.file
      }
      return relint(text)
    }
    const outcome = await fixToFixedPoint(original.text, lintText, plan.fixes)
    ;({output, file, fixed, converged} = outcome)
  }
  if (output === original.text) return {document, changed: false, fixed, converged}
  if (options.write) {
    if (!document.absolutePath) throw new Error('standard input cannot be written back')
    options.writing?.()
    try {
      await writeFixed(document.absolutePath, original, output)
    } catch (error) {
      return {document, changed: true, fixed, converged, writeError: error}
    }
  }
  return {document: {...document, file, decoded: {...document.decoded, text: output}}, changed: true, fixed, converged}
}
