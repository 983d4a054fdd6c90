import path from 'node:path'
import {addToBaseline, applyBaseline, readBaseline, DEFAULT_BASELINE} from '../../baseline/index.js'
import {timelineOf, type TimelineEntry} from '../../dates/report.js'
import {lint} from '../../engine/lint.js'
import type {LintedDocument} from '../../engine/run.js'
import {applyFixes} from '../../fix/apply.js'
import {writeFixed} from '../../fix/write.js'
import type {FixChoice, ReviewMessage} from './model.js'

/**
 * What the interactive report asks of the outside world. The views never
 * touch files: they call these and show the documents they get back.
 */
export interface ReviewActions {
  /** Writes the edit to the document's file and returns the document re-linted. */
  applyFix(document: LintedDocument, choice: FixChoice): Promise<LintedDocument>
  /** Records the finding in the baseline and returns the document without it. */
  dismiss(document: LintedDocument, message: ReviewMessage): Promise<LintedDocument>
  /** The document's dates in order; `undefined` when no timeline can be built. */
  timeline(document: LintedDocument): Promise<TimelineEntry[] | undefined>
}

export type {TimelineEntry}

export interface ActionOptions {
  cwd: string
  /** Default: `.factlint-baseline.json` in `cwd`. */
  baselineFile?: string
}

export function baselinePath(options: Pick<ActionOptions, 'cwd' | 'baselineFile'>): string {
  return path.resolve(options.cwd, options.baselineFile ?? DEFAULT_BASELINE)
}

export function createActions(options: ActionOptions): ReviewActions {
  const baselineFile = baselinePath(options)

  /** Lints the new text as the run did, with the baseline's findings removed again. */
  const relint = async (document: LintedDocument, text: string): Promise<LintedDocument> => {
    const file = await lint(text, document.lintOptions)
    applyBaseline([file], await readBaseline(baselineFile), path.dirname(baselineFile))
    return {...document, file, decoded: {...document.decoded, text}}
  }

  return {
    async applyFix(document, choice) {
      if (!document.absolutePath) throw new Error('standard input cannot be written back')
      const original = {text: document.decoded.text, decoded: document.decoded}
      const {output, applied} = applyFixes(original.text, [{fix: {range: choice.range, text: choice.text}}])
      if (applied.length === 0) throw new Error('the suggestion no longer fits the text')
      // Refuses a file changed on disk since the run, keeps encoding, BOM, line endings and mode.
      await writeFixed(document.absolutePath, original, output)
      return relint(document, output)
    },

    async dismiss(document, message) {
      await addToBaseline(baselineFile, message, document.file)
      const messages = document.file.messages.filter((other) => other !== message)
      document.file.messages.splice(0, document.file.messages.length, ...messages)
      return {...document}
    },

    async timeline(document) {
      // The date analysis stays in the linting thread's cache: documents linted on worker threads are linted again here.
      const file = document.file.data.factlint?.cache.has('dates') ? document.file : (await relint(document, document.decoded.text)).file
      return (await timelineOf(file)).entries
    }
  }
}
