import type {Root as MdastRoot} from 'mdast'
import type {VFile} from 'vfile'
import type {DocumentFormat, Lang} from '../types.js'

/** What the engine knows about a document, shared by every rule through `file.data`. */
export interface DocumentInfo {
  text: string
  lang: Lang | 'und'
  /** Detection could not tell the language of this short text (see `Detection.undecided`): the run may decide it from its other files. */
  langUndecided?: true
  format: DocumentFormat
  referenceDate?: Date
  /** The front matter's `date:` as written, when it is no date factlint can read: the run refuses the file. */
  badFrontMatterDate?: string
  /** The day of the run (see RuleContext.today). */
  today: Date
  frontMatter?: Record<string, unknown>
  /** The Markdown tree, for message control (suppression comments). */
  mdast?: MdastRoot
  /** Memoised analyses shared by several rules (blocks, dates…), keyed by name. */
  cache: Map<string, unknown>
  /** A rule threw while checking the document (its message is the rule's fatal finding). */
  ruleCrashed?: boolean
}

declare module 'vfile' {
  interface DataMap {
    factlint: DocumentInfo
  }
}

export function documentOf(file: VFile): DocumentInfo {
  const doc = file.data.factlint
  if (!doc) throw new Error('factlint: the document was not prepared by the engine')
  return doc
}

/** Computes `make()` once per document and returns the same value to every rule. */
export function memo<T>(file: VFile, key: string, make: () => T): T {
  const {cache} = documentOf(file)
  if (!cache.has(key)) cache.set(key, make())
  return cache.get(key) as T
}
