import {readFile} from 'node:fs/promises'
import path from 'node:path'
import {addToBaseline, applyBaseline, readBaseline, DEFAULT_BASELINE} from '../../baseline/index.js'
import {lint} from '../../engine/lint.js'
import {parseIsoDate, type LintedDocument} from '../../engine/run.js'
import {encode} from '../../io/decode.js'
import {writeFileAtomic} from '../../io/write-atomic.js'
import type {LangSetting} from '../../types.js'
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

export interface TimelineEntry {
  line: number
  /** The words of the text. */
  text: string
  /** The date it was read as (ISO), when it could be placed. */
  date?: string
  /** Why this date disagrees with the others, when it does. */
  conflict?: string
}

export interface ActionOptions {
  cwd: string
  lang?: LangSetting
  referenceDate?: Date
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
    const file = await lint(text, {
      path: document.file.path,
      cwd: document.file.cwd,
      lang: options.lang ?? document.config.config.lang ?? 'auto',
      rules: document.rules,
      ruleSet: document.config.rules,
      referenceDate: options.referenceDate ?? parseIsoDate(document.config.config.referenceDate)
    })
    applyBaseline([file], await readBaseline(baselineFile), path.dirname(baselineFile))
    return {...document, file, decoded: {...document.decoded, text}}
  }

  return {
    async applyFix(document, choice) {
      const target = document.absolutePath
      if (!target) throw new Error('standard input cannot be written back')
      if (document.decoded.warning) throw new Error(`${document.file.path}: ${document.decoded.warning}`)
      const before = document.decoded.text
      const current = await readFile(target)
      if (!current.equals(encode(before, document.decoded))) {
        throw new Error(`${document.file.path} changed on disk since it was linted: nothing written`)
      }
      const [start, end] = choice.range
      const text = before.slice(0, start) + choice.text + before.slice(end)
      await writeFileAtomic(target, encode(text, document.decoded))
      return relint(document, text)
    },

    async dismiss(document, message) {
      await addToBaseline(baselineFile, message, document.file)
      const messages = document.file.messages.filter((other) => other !== message)
      document.file.messages.splice(0, document.file.messages.length, ...messages)
      return {...document}
    },

    async timeline() {
      return undefined
    }
  }
}
