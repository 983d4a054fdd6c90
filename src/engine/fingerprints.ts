/**
 * `--emit-fingerprints FILE` and `--fingerprints FILE…`: the analyses that
 * the cross-file rules read (duplicate-block's paragraph fingerprints), saved
 * by each shard of a run and merged by a last step, so that the cross-file
 * findings of a sharded run are those of the whole run (docs/hooks-and-ci.md).
 * Each document is kept with its text: the merge reports positions and reads
 * suppression comments as the whole run would.
 */
import type {VFile} from 'vfile'
import {deserializeFile, serializeFile, type SerialFile} from './serialize.js'

export const FINGERPRINTS_FORMAT = 'factlint-fingerprints'
/** 3: a plain-text paragraph's print has no `item` (its words are read again from the document's text). */
export const FINGERPRINTS_VERSION = 3

export interface FingerprintsFile {
  format: typeof FINGERPRINTS_FORMAT
  version: number
  /** The shard that wrote it (`i/n`), when there was one. */
  shard?: string
  documents: Array<{file: SerialFile; text: string}>
}

/** The fingerprints of linted files, without their findings (each shard reports its own). */
export function fingerprintsOf(files: readonly VFile[], sharedPrefixes: readonly string[], shard?: string): FingerprintsFile {
  return {
    format: FINGERPRINTS_FORMAT,
    version: FINGERPRINTS_VERSION,
    ...(shard ? {shard} : {}),
    documents: files.map((file) => ({file: {...serializeFile(file, sharedPrefixes), messages: []}, text: String(file.value)}))
  }
}

/**
 * The JSON text of a fingerprints file. The word hashes of the fingerprints
 * are typed arrays, which JSON would write as objects: they are written as
 * `{"int32": [...]}` and read back as typed arrays. Their shingles, typed
 * too, are written as plain arrays, as before they were typed.
 */
export function fingerprintsJson(data: FingerprintsFile): string {
  // duplicate-block's shingles are typed in a run and written as the plain arrays they were (ParagraphPrint.shingles).
  return JSON.stringify(data, (key, value: unknown) => (value instanceof Int32Array ? (key === 'shingles' ? Array.from(value) : {int32: [...value]}) : value))
}

/** Parses the text of a fingerprints file; throws a SyntaxError when it is not JSON. */
export function parseFingerprintsJson(text: string): unknown {
  return JSON.parse(text, (_key, value: unknown) => {
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      const keys = Object.keys(value)
      const list = (value as {int32?: unknown}).int32
      if (keys.length === 1 && Array.isArray(list)) return Int32Array.from(list as number[])
    }
    return value
  })
}

/** The documents of a fingerprints file, as the cross-file pass reads them; throws a one-line Error when it is not one. */
export function documentsOfFingerprints(json: unknown, name: string): VFile[] {
  const data = json as Partial<FingerprintsFile> | null
  if (!data || typeof data !== 'object' || data.format !== FINGERPRINTS_FORMAT || !Array.isArray(data.documents)) {
    throw new Error(`${name}: not a fingerprints file (written by factlint --emit-fingerprints)`)
  }
  if (data.version !== FINGERPRINTS_VERSION) throw new Error(`${name}: fingerprints of version ${String(data.version)}, this factlint reads version ${FINGERPRINTS_VERSION}`)
  return data.documents.map(({file, text}) => {
    const document = file.document as SerialFile['document'] & {today?: unknown; referenceDate?: unknown}
    // JSON has no dates: the days come back as Date objects.
    const revived = {
      ...file,
      document: {
        ...document,
        today: new Date(String(document.today ?? 0)),
        ...(document.referenceDate === undefined ? {} : {referenceDate: new Date(String(document.referenceDate))})
      }
    } as SerialFile
    return deserializeFile(revived, text)
  })
}
