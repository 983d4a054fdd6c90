/**
 * `factlint archive add|remove|stats|rebuild PATHS… [--archive LOCATION] [--store-text]`:
 * the archive of published paragraphs that `--archive` lints against
 * (docs/archive.md). Stories are read as the linter reads drafts, with
 * duplicate-block alone.
 */
import {parseArgs} from 'node:util'
import {ConfigError} from '../../config/errors.js'
import {settingOf} from '../../engine/lint.js'
import {run} from '../../engine/run.js'
import {builtinRules} from '../../rules/index.js'
import {duplicateBlock} from '../../rules/duplicate-block.js'
import {storedPath, storyOf} from '../../archive/story.js'
import {openArchive} from '../../archive/open.js'
import type {AddOutcome, ArchiveStore} from '../../archive/store.js'
import {archiveLocation, archiveProblem, fileDay} from '../archive.js'
import type {CliIO} from '../io.js'

const USAGE = 'usage: factlint archive add|remove|stats|rebuild [PATHS…] [--archive LOCATION] [--store-text]'

const HELP = `${USAGE}

  add PATHS…       store the prose paragraphs of these stories (files, folders, globs);
                   a story already stored is kept once, replaced when it changed
  remove KEYS…     remove the stories of these paths, urls or ids
  stats            count the stories, paragraphs and shingles stored
  rebuild PATHS…   empty the archive, then add these stories

  --archive LOCATION  a SQLite file (default .factlint/archive.sqlite) or a postgres:// URL
  --store-text        also keep each paragraph's text (by default only fingerprints and places)
`

export async function archiveCommand(argv: string[], io: CliIO): Promise<number> {
  let parsed: ReturnType<typeof parse>
  try {
    parsed = parse(argv)
  } catch (error) {
    io.stderr.write(`factlint archive: ${(error as Error).message}\n${USAGE}\n`)
    return 2
  }
  if (parsed.values.help) {
    io.stdout.write(HELP)
    return 0
  }
  const [action, ...paths] = parsed.positionals
  if (!action || !['add', 'remove', 'stats', 'rebuild'].includes(action)) {
    io.stderr.write(`factlint archive: ${action ? `unknown action ${JSON.stringify(action)}` : 'no action'}\n${USAGE}\n`)
    return 2
  }
  if ((action === 'add' || action === 'rebuild' || action === 'remove') && paths.length === 0) {
    io.stderr.write(`factlint archive ${action}: no ${action === 'remove' ? 'story' : 'path'} given\n${USAGE}\n`)
    return 2
  }
  const location = archiveLocation(parsed.values.archive, true, io.cwd)!
  let store: ArchiveStore | undefined
  try {
    store = await openArchive(location)
    if (action === 'stats') {
      const stats = await store.stats()
      io.stdout.write(`${stats.stories} stories, ${stats.paragraphs} paragraphs, ${stats.shingles} distinct shingles\n`)
      return 0
    }
    if (action === 'remove') {
      let missing = 0
      for (const key of paths) {
        if (await store.remove(key)) io.stdout.write(`removed ${key}\n`)
        else {
          missing++
          io.stderr.write(`factlint archive: ${key}: not in the archive\n`)
        }
      }
      return missing > 0 ? 1 : 0
    }
    if (action === 'rebuild') await store.clear()
    return await addStories(store, paths, io, parsed.values['store-text'] === true)
  } catch (error) {
    if (error instanceof ConfigError) throw error
    io.stderr.write(`factlint: ${archiveProblem(error)}\n`)
    return 2
  } finally {
    await store?.close().catch(() => undefined)
  }
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    options: {archive: {type: 'string'}, 'store-text': {type: 'boolean'}, help: {type: 'boolean', short: 'h'}},
    allowPositionals: true,
    strict: true
  })
}

async function addStories(store: ArchiveStore, paths: string[], io: CliIO, keepText: boolean): Promise<number> {
  // Only duplicate-block runs, and not across the files: the archive needs its fingerprints alone.
  const ruleOverrides = Object.fromEntries(builtinRules.map((rule) => [rule.meta.id, 'off' as const]))
  const result = await run({cwd: io.cwd, paths, ruleOverrides: {...ruleOverrides, [duplicateBlock.meta.id]: ['warn', {acrossFiles: 'off'}]}, jobs: 1})
  const counts: Record<AddOutcome, number> = {added: 0, replaced: 0, unchanged: 0}
  for (const document of result.documents) {
    const shown = document.absolutePath ? storedPath(document.absolutePath, io.cwd) : document.file.path
    const options = duplicateBlock.schema.parse(settingOf(duplicateBlock, document.rules)[1])
    const story = storyOf(document.file, shown, options, {fileDay: await fileDay(document.absolutePath), keepText})
    if (!story) continue
    counts[await store.add(story)]++
  }
  for (const line of [...result.warnings, ...result.problems]) io.stderr.write(`factlint: ${line}\n`)
  io.stdout.write(`${counts.added} added, ${counts.replaced} replaced, ${counts.unchanged} unchanged\n`)
  return result.problems.length > 0 ? 2 : 0
}
