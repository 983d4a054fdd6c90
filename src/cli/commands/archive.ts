/**
 * `factlint archive add|remove|stats|rebuild PATHS… [--archive LOCATION] [--store-text]`:
 * the archive of published paragraphs that `--archive` lints against
 * (docs/archive.md). Stories are read as the linter reads drafts, with
 * duplicate-block alone.
 */
import {parseArgs} from 'node:util'
import {ConfigError} from '../../config/errors.js'
import {settingOf} from '../../engine/lint.js'
import {run, type RunOptions} from '../../engine/run.js'
import {builtinRules} from '../../rules/index.js'
import {duplicateBlock} from '../../rules/duplicate-block.js'
import {storedPath, storyOf} from '../../archive/story.js'
import {openArchive} from '../../archive/open.js'
import type {AddOutcome, ArchiveStore, ArchiveStory} from '../../archive/store.js'
import {archiveLocation, archiveProblem, fileDay} from '../archive.js'
import type {CliIO} from '../io.js'

/**
 * Stories written per transaction: each batch is one commit and raises the
 * count of each word pair once; a concurrent writer waits for one batch at most.
 */
const BATCH = 200

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
    store = await openArchive(location, {reset: action === 'rebuild'})
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

/**
 * The stories of these paths, read as the linter reads drafts with
 * duplicate-block alone (not across the files: the archive needs its
 * fingerprints only), with the run's file problems and notices.
 */
export async function readStories(paths: readonly string[], cwd: string, keepText: boolean, jobs: RunOptions['jobs'] = 1): Promise<{stories: ArchiveStory[]; problems: string[]; warnings: string[]}> {
  const ruleOverrides = Object.fromEntries(builtinRules.map((rule) => [rule.meta.id, 'off' as const]))
  const result = await run({cwd, paths, ruleOverrides: {...ruleOverrides, [duplicateBlock.meta.id]: ['warn', {acrossFiles: 'off'}]}, jobs})
  const stories: ArchiveStory[] = []
  for (const document of result.documents) {
    const shown = document.absolutePath ? storedPath(document.absolutePath, cwd) : document.file.path
    const options = duplicateBlock.schema.parse(settingOf(duplicateBlock, document.rules)[1])
    const story = storyOf(document.file, shown, options, {fileDay: await fileDay(document.absolutePath), keepText})
    if (story) stories.push(story)
  }
  return {stories, problems: result.problems, warnings: result.warnings}
}

/** Writes stories BATCH at a time; the count of each outcome. */
export async function writeStories(store: ArchiveStore, stories: readonly ArchiveStory[]): Promise<Record<AddOutcome, number>> {
  const counts: Record<AddOutcome, number> = {added: 0, replaced: 0, unchanged: 0}
  for (let index = 0; index < stories.length; index += BATCH) {
    for (const outcome of await store.addMany(stories.slice(index, index + BATCH))) counts[outcome]++
  }
  return counts
}

async function addStories(store: ArchiveStore, paths: string[], io: CliIO, keepText: boolean): Promise<number> {
  // On worker threads when the stories are many, as a lint is (--jobs auto).
  const {stories, problems, warnings} = await readStories(paths, io.cwd, keepText, 'auto')
  const counts = await writeStories(store, stories)
  for (const line of [...warnings, ...problems]) io.stderr.write(`factlint: ${line}\n`)
  io.stdout.write(`${counts.added} added, ${counts.replaced} replaced, ${counts.unchanged} unchanged\n`)
  return problems.length > 0 ? 2 : 0
}
