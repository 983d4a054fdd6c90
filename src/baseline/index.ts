export {
  addToBaseline,
  applyBaseline,
  baselineOf,
  BASELINE_VERSION,
  DEFAULT_BASELINE,
  emptyBaseline,
  entryFor,
  fileKey,
  readBaseline,
  writeBaseline,
  type Baseline,
  type BaselineEntry
} from './baseline.js'
export {fingerprint, flaggedText, offsetsOf} from './fingerprint.js'
