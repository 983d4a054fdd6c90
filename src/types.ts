import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import type {z} from 'zod'
import type {Block} from './document/block.js'

/** Languages factlint has rules for. `und` is any other language. */
export type Lang = 'fr' | 'en'
export type LangSetting = Lang | 'auto'
export type Severity = 'off' | 'warn' | 'error'
export type DocumentFormat = 'text' | 'markdown'

/**
 * An edit on the original document, in UTF-16 offsets, as the engine applies it.
 * `unsafe` edits (deleting a duplicated block, say) are only applied when the
 * user names the rule with `--fix-type`.
 */
export interface Fix {
  range: [number, number]
  text: string
  unsafe?: boolean
}

/** A place related to a finding: the original of a duplicate, the date a year came from. */
export interface RelatedPlace {
  reason: string
  start: number
  end: number
  /** Another file of the same run; absent for the same document. */
  path?: string
  /** Line/column of `start`/`end` when `path` names another file. */
  startPoint?: {line: number; column: number}
  endPoint?: {line: number; column: number}
}

/** What a rule reports: offsets into the original document, never line/column. */
export interface Finding {
  reason: string
  /** Which of the rule's `meta.messages` `reason` is (tests and tools match on it, not on the wording). */
  messageId?: string
  start: number
  end: number
  actual?: string
  /** Suggested replacements, best first; `''` means delete. */
  expected?: string[]
  fix?: Fix
  cause?: RelatedPlace
  /** Extra data for formatters and the interactive report (JSON-serialisable). */
  data?: Record<string, unknown>
  /**
   * The rule cannot tell whether this is a slip (a repeat that may be the
   * page's own device): reported a level lower, an error as a warning.
   */
  unsure?: boolean
}

export interface RuleMeta {
  /** Stable kebab-case id. */
  id: string
  /**
   * One line: what the rule catches, shown by `--list-rules`, SARIF and the
   * interactive report. In both languages, as `messages` are (the report shows
   * the document's), or one English line for every language.
   */
  description: string | Record<Lang, string>
  defaultSeverity: Severity
  /** Languages the rule understands; `any` runs on every document. */
  languages: Lang[] | 'any'
  fixable: boolean
  /** Every fix of the rule is unsafe: applied only on request (`--fix-type <id>`), never by a plain `--fix`. */
  fixOnRequest?: boolean
  /**
   * The rule's messages by id, each in French and English, made from the
   * finding's details. A finding that names a `messageId` must find it here.
   */
  messages?: RuleMessages
}

/** Messages by id, in each language, as functions of what the finding is about. */
export type RuleMessages = Record<string, Record<Lang, (details: any) => string>>

/** Everything a rule may read about the document being linted. */
export interface RuleContext {
  file: VFile
  /** The nlcst tree; for plain text, built the first time it is read. */
  tree: Root
  /** The document text exactly as read (after decoding). */
  text: string
  /** `und` when the document is in neither French nor English. */
  lang: Lang | 'und'
  /** The language the rule's messages are written in: the document's, English for any other. */
  messageLang: Lang
  /** The document's paragraphs as plain text (see Block), made once and shared by every rule. */
  blocks: readonly Block[]
  format: DocumentFormat
  /** Publication date (`--date`, `referenceDate`, or front matter), if known. */
  referenceDate?: Date
  /**
   * The day the run lints on (UTC midnight of that day): a draft with no
   * publication date announces what is to come from it. Given by the run
   * (`LintOptions.today`, `--today`), never read from the clock by a rule.
   */
  today: Date
  /** Front matter of a Markdown document, when it has YAML front matter. */
  frontMatter?: Record<string, unknown>
  report(finding: Finding): void
}

/** Cross-file hook: runs once per lint run, after every document has been linted. */
export interface CrossFileContext<Options> {
  files: VFile[]
  options: Options
  /**
   * The text a file was linted from. A run may have let it go (see
   * src/engine/texts.ts) and reads it again from disk: undefined when the
   * file changed since, and the rule leaves out what needed it.
   */
  textOf(file: VFile): string | undefined
  /** `severity` overrides the rule's own for this finding (a cross-file repeat is a warning). */
  report(file: VFile, finding: Finding, severity?: Exclude<Severity, 'off'>): void
}

export interface FactlintRule<Options = unknown> {
  meta: RuleMeta
  /** zod schema of the rule's options; must accept `undefined` (defaults). */
  schema: z.ZodType<Options>
  /** Per-document analysis. */
  check(ctx: RuleContext, options: Options): void | Promise<void>
  /** Optional analysis across every document of one run (see duplicate-block). */
  checkAcrossFiles?(ctx: CrossFileContext<Options>): void
}
