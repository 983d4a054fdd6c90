import {lintRule} from 'unified-lint-rule'
import type {Root} from 'nlcst'
import type {Plugin} from 'unified'
import type {VFile} from 'vfile'
import {VFileMessage} from 'vfile-message'
import {location} from 'vfile-location'
import type {z} from 'zod'
import type {FactlintRule, Finding, Lang, RuleContext, RuleMeta} from '../types.js'
import {documentOf} from '../engine/document.js'

export const SOURCE = 'factlint'
export const DOCS_BASE_URL = 'https://github.com/factlint/factlint/blob/main/docs/rules/'

/** What a message's `fatal` means: true an error, false a warning, unset a note (info). */
export type MessageSeverity = 'error' | 'warning' | 'info'

export function severityOf(message: Pick<VFileMessage, 'fatal'>): MessageSeverity {
  return message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info'
}

/** The language a message is written in: a document in another language gets English. */
export function messageLang(lang: Lang | 'und'): Lang {
  return lang === 'und' ? 'en' : lang
}

export function ruleUrl(id: string): string {
  return `${DOCS_BASE_URL}${id}.md`
}

/** The severity/options tuple unified-lint-rule accepts. */
export type RuleConfig = ['off' | 'warn' | 'error', unknown?]

/** A rule ready for the engine: its contract plus the unified plugin built from it. */
export interface LoadedRule<Options = unknown> extends FactlintRule<Options> {
  plugin: Plugin<[RuleConfig?], Root>
}

/**
 * Message fields factlint adds to a vfile message, beyond what vfile defines.
 * Declared here so every module that reads them agrees on their names.
 */
export interface FactlintMessageFields {
  fix?: Finding['fix']
  data?: Finding['data']
}

/**
 * Builds the unified plugin of a rule: options are validated by the rule's zod
 * schema when the plugin is attached, and every message is stamped with
 * `ruleId`, `source`, `url` and `fatal` by unified-lint-rule.
 */
export function defineRule<Options>(rule: FactlintRule<Options>): LoadedRule<Options> {
  const {meta} = rule
  assertMeta(meta)
  // A run of many files passes the same options object for each: validate it once.
  const validated = new WeakMap<object, Options>()
  let defaults: {options: Options} | undefined
  const optionsOf = (raw: unknown): Options => {
    if (raw === undefined) return (defaults ??= {options: rule.schema.parse(raw)}).options
    if (typeof raw !== 'object' || raw === null) return rule.schema.parse(raw)
    if (!validated.has(raw)) validated.set(raw, rule.schema.parse(raw))
    return validated.get(raw)!
  }
  const plugin = lintRule<Root, unknown>(
    {origin: `${SOURCE}:${meta.id}`, url: ruleUrl(meta.id)},
    async (tree: Root, file: VFile, rawOptions: unknown) => {
      const options = optionsOf(rawOptions)
      const doc = documentOf(file)
      const ctx: RuleContext = {
        file,
        tree,
        text: doc.text,
        lang: doc.lang,
        format: doc.format,
        referenceDate: doc.referenceDate,
        today: doc.today,
        frontMatter: doc.frontMatter,
        report: (finding) => {
          if (finding.fix && !meta.fixable) {
            throw new Error(`Rule ${meta.id} reported a fix but its metadata says it is not fixable`)
          }
          addMessage(file, finding)
        }
      }
      await rule.check(ctx, options)
    }
  ) as unknown as Plugin<[RuleConfig?], Root>
  return {...rule, plugin}
}

function assertMeta(meta: RuleMeta): void {
  if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(meta.id)) {
    throw new Error(`Rule id "${meta.id}" is not kebab-case`)
  }
}

const locations = new WeakMap<VFile, ReturnType<typeof location>>()

export function locate(file: VFile): ReturnType<typeof location> {
  let place = locations.get(file)
  if (!place) {
    place = location(file)
    locations.set(file, place)
  }
  return place
}

/** Turns a finding (offsets) into a vfile message (points) on `file`. */
export function addMessage(file: VFile, finding: Finding): VFileMessage {
  const place = locate(file)
  const text = String(file.value)
  const start = clamp(finding.start, text.length)
  const end = clamp(Math.max(finding.end, finding.start), text.length)
  const message = withoutStackTrace(() =>
    file.message(finding.reason, {
      place: {start: place.toPoint(start)!, end: place.toPoint(end)!}
    })
  )
  message.actual = finding.actual ?? text.slice(start, end)
  message.expected = finding.expected ?? []
  const extra = message as VFileMessage & FactlintMessageFields
  if (finding.fix) extra.fix = finding.fix
  if (finding.data) extra.data = finding.data
  if (finding.cause) {
    const related = finding.cause
    const cause = withoutStackTrace(
      () =>
        new VFileMessage(related.reason, {
          place: related.path
            ? {
                start: {...(related.startPoint ?? {line: 1, column: 1}), offset: related.start},
                end: {...(related.endPoint ?? {line: 1, column: 1}), offset: related.end}
              }
            : {start: place.toPoint(clamp(related.start, text.length))!, end: place.toPoint(clamp(related.end, text.length))!}
        })
    )
    if (related.path) cause.file = related.path
    else cause.file = file.path ?? ''
    message.cause = cause
  }
  return message
}

/**
 * Makes a vfile message without capturing the call stack. A message is an
 * Error, so its constructor records the stack (deep inside unified's
 * pipeline), and vfile-message then replaces it with '' for a message made
 * from a reason: a capture that cost more than the rest of the message.
 */
function withoutStackTrace<T>(make: () => T): T {
  const limit = Error.stackTraceLimit
  Error.stackTraceLimit = 0
  try {
    return make()
  } finally {
    Error.stackTraceLimit = limit
  }
}

function clamp(offset: number, length: number): number {
  return Math.min(Math.max(0, offset), length)
}

export type {z}
