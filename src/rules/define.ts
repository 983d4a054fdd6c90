import {lintRule} from 'unified-lint-rule'
import type {Root} from 'nlcst'
import type {Plugin} from 'unified'
import type {VFile} from 'vfile'
import type {z} from 'zod'
import type {FactlintRule, Lang, RuleContext, RuleMessages, RuleMeta} from '../types.js'
import {documentOf} from '../document/document.js'
import {addMessage, messageLang, ruleUrl, SOURCE} from '../document/messages.js'
import {blocksOf} from '../text/blocks.js'

/** The severity/options tuple unified-lint-rule accepts. */
export type RuleConfig = ['off' | 'warn' | 'error', unknown?]

/** A rule ready for the engine: its contract plus the unified plugin built from it. */
export interface LoadedRule<Options = unknown> extends FactlintRule<Options> {
  plugin: Plugin<[RuleConfig?], Root>
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
        messageLang: messageLang(doc.lang),
        // Made on first use: a rule that reads no block costs none (Markdown's are collected from the tree).
        get blocks() {
          return blocksOf(file, tree)
        },
        format: doc.format,
        referenceDate: doc.referenceDate,
        today: doc.today,
        frontMatter: doc.frontMatter,
        report: (finding) => {
          if (finding.fix && !meta.fixable) {
            throw new Error(`Rule ${meta.id} reported a fix but its metadata says it is not fixable`)
          }
          if (finding.messageId !== undefined && !meta.messages?.[finding.messageId]) {
            throw new Error(`Rule ${meta.id} reported the message "${finding.messageId}", which its metadata does not define`)
          }
          addMessage(file, finding)
        }
      }
      try {
        await rule.check(ctx, options)
      } catch (error) {
        // Noted for a multi-lane run, which lints such a file again on its main thread.
        doc.ruleCrashed = true
        throw readable(error)
      }
    }
  ) as unknown as Plugin<[RuleConfig?], Root>
  return {...rule, plugin}
}

/**
 * A finding's `messageId` and `reason`: the rule's message `id` in `lang`,
 * made from `details`, so that the id a finding names is the message it says.
 */
export function say<Messages extends RuleMessages, Id extends keyof Messages & string>(
  messages: Messages,
  id: Id,
  lang: Lang,
  details: Parameters<Messages[Id][Lang]>[0]
): {messageId: Id; reason: string} {
  return {messageId: id, reason: messages[id]![lang](details)}
}

/** The error itself, or one that says what failed when its message cannot be read (unified-lint-rule would drop it). */
function readable(error: unknown): unknown {
  try {
    if (!(error instanceof Error) || typeof error.message === 'string') return error
  } catch {
    // The message getter threw.
  }
  return new Error(`rule failed without a readable message`)
}

/**
 * A rule's one-line description in `lang`: the French one for a French
 * document, the English one otherwise (and for a rule that has only one).
 */
export function ruleDescription(meta: Pick<RuleMeta, 'description'>, lang: Lang | 'und' | undefined): string {
  const {description} = meta
  if (typeof description === 'string') return description
  return (lang === 'fr' ? description.fr : undefined) ?? description.en
}

function assertMeta(meta: RuleMeta): void {
  if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(meta.id)) {
    throw new Error(`Rule id "${meta.id}" is not kebab-case`)
  }
}

export type {z}
