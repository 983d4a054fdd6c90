import type {VFile} from 'vfile'

export interface FormatOptions {
  color: boolean
  /** Errors only. */
  quiet: boolean
  /** Terminal width for the pretty report, when known. */
  columns?: number
  /**
   * A --staged run: what is linted is the index, which --fix cannot write.
   * `differing` names the reported files whose working copy is not what is
   * staged (fixed already, perhaps, but not staged again).
   */
  staged?: {differing: readonly string[]}
}

export type Formatter = (files: readonly VFile[], options: FormatOptions) => string

/** Messages a report shows under --quiet. */
export function shownMessages(file: VFile, quiet: boolean): VFile['messages'] {
  return quiet ? file.messages.filter((message) => message.fatal === true) : file.messages
}
