import path from 'node:path'
import {pathToFileURL} from 'node:url'
import type {ArtifactLocation, Log, ReportingDescriptor, Result} from 'sarif'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {fingerprint} from '../../baseline/fingerprint.js'
import {DOCS_BASE_URL, ruleUrl, severityOf, type MessageSeverity} from '../../document/messages.js'
import {builtinRules} from '../../rules/index.js'
import {ruleDescription} from '../../rules/define.js'
import {version} from '../../version.js'
import {shownMessages, type Formatter} from './types.js'

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json'

/** The `partialFingerprints` key; bump its version if the fingerprint changes. */
export const FINGERPRINT_KEY = 'factlint/v1'

/**
 * SARIF 2.1.0 for code scanning: one result per finding, the rules' metadata
 * in the driver, and a line-independent fingerprint of the flagged text so
 * that an alert stays the same alert when lines are added above it.
 */
export const formatSarif: Formatter = (files, options) => {
  const rules: ReportingDescriptor[] = []
  const ruleIndex = new Map<string, number>()
  const indexOf = (message: VFileMessage): number => {
    const id = message.ruleId ?? 'unknown'
    let index = ruleIndex.get(id)
    if (index === undefined) {
      index = rules.push(descriptor(id, message)) - 1
      ruleIndex.set(id, index)
    }
    return index
  }
  const results: Result[] = []
  const roots = new Set<string>()
  for (const file of files) {
    roots.add(file.cwd)
    for (const message of shownMessages(file, options.quiet)) results.push(result(message, file, indexOf(message)))
  }
  const log: Log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {driver: {name: 'factlint', version: version(), informationUri: DOCS_BASE_URL.replace(/\/blob\/.*$/, ''), rules}},
        columnKind: 'utf16CodeUnits',
        // Relative URIs hang from the folder the run started in, as code
        // scanning resolves them; one base only, so a mixed run keeps none.
        ...(roots.size === 1 ? {originalUriBaseIds: {[SOURCE_ROOT]: {uri: pathToFileURL([...roots][0]!).href.replace(/\/?$/, '/')}}} : {}),
        results
      }
    ]
  }
  return JSON.stringify(log, null, 2) + '\n'
}

function descriptor(id: string, message: VFileMessage): ReportingDescriptor {
  const rule = builtinRules.find((candidate) => candidate.meta.id === id)
  const entry: ReportingDescriptor = {id, helpUri: message.url ?? ruleUrl(id)}
  if (rule) {
    entry.shortDescription = {text: ruleDescription(rule.meta, 'en')}
    entry.defaultConfiguration = {level: LEVELS[rule.meta.defaultSeverity === 'error' ? 'error' : rule.meta.defaultSeverity === 'warn' ? 'warning' : 'info']}
    entry.properties = {languages: rule.meta.languages === 'any' ? ['any'] : [...rule.meta.languages], fixable: rule.meta.fixable}
  }
  return entry
}

function result(message: VFileMessage, file: VFile, ruleIndex: number): Result {
  const entry: Result = {
    ruleId: message.ruleId ?? 'unknown',
    ruleIndex,
    level: LEVELS[severityOf(message)],
    message: {text: message.reason},
    locations: [{physicalLocation: {artifactLocation: locationOf(file.path, file.cwd), region: regionOf(message)}}],
    partialFingerprints: {[FINGERPRINT_KEY]: fingerprint(message, file)}
  }
  const cause = message.cause as VFileMessage | undefined
  if (cause && typeof cause === 'object' && 'reason' in cause) {
    entry.relatedLocations = [
      {id: 0, message: {text: cause.reason}, physicalLocation: {artifactLocation: locationOf(cause.file || file.path, file.cwd), region: regionOf(cause)}}
    ]
  }
  return entry
}

const LEVELS: Record<MessageSeverity, Result.level> = {error: 'error', warning: 'warning', info: 'note'}

function regionOf(message: VFileMessage): NonNullable<NonNullable<Result['locations']>[number]['physicalLocation']>['region'] {
  const place = message.place
  if (place && 'start' in place) {
    return {startLine: place.start.line, startColumn: place.start.column, endLine: place.end.line, endColumn: place.end.column}
  }
  return {startLine: place?.line ?? message.line ?? 1, startColumn: place?.column ?? message.column ?? 1}
}

const SOURCE_ROOT = '%SRCROOT%'


/**
 * A file inside the run's folder is a relative URI (`/` separators, each
 * segment percent-encoded) against %SRCROOT%; one outside it (`../draft.txt`)
 * or given as an absolute path is an absolute `file:` URI, since a relative
 * URI may not climb above its base.
 */
function locationOf(filePath: string | undefined, cwd: string): ArtifactLocation {
  if (!filePath) return {uri: encodeURIComponent('<stdin>')}
  const relative = path.isAbsolute(filePath) ? path.relative(cwd, filePath) : filePath
  if (relative === '' || relative === '..' || relative.startsWith(`..${path.sep}`) || relative.startsWith('../') || path.isAbsolute(relative)) {
    return {uri: pathToFileURL(path.resolve(cwd, filePath)).href}
  }
  return {uri: relative.split(/[\\/]/).map(encodeURIComponent).join('/'), uriBaseId: SOURCE_ROOT}
}
