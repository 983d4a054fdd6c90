/**
 * Linting against the archive: each prose paragraph of a draft is compared
 * with the archived paragraphs that share one of its rarest shingles (prefix
 * filtering, as duplicate-block does in memory), never with the whole index.
 */
import {isProse, type DuplicateSettings, type PlacedPrint} from '../analysis/duplicates.js'
import {dice} from '../analysis/duplicates-index.js'
import {MONTH_NAMES} from '../lexicon/calendar.js'
import type {Lang} from '../types.js'
import type {ArchivedParagraph, ArchiveStore} from './store.js'

export interface ArchiveMatch {
  /** Index of the draft's paragraph. */
  paragraph: number
  archived: ArchivedParagraph
  exact: boolean
  similarity: number
}

/** The draft itself, when it is in the archive: it is not compared with its own copy. */
export interface DraftIdentity {
  key?: string
  path?: string
}

/**
 * How many of a set's shingles, rarest first, must be looked up so that no
 * set with a Dice similarity of at least `threshold` is missed: such a set
 * shares at least ⌈t·n / (2 − t)⌉ of the n shingles, so any n − that + 1 of
 * them include a shared one.
 */
export function prefixLength(size: number, threshold: number): number {
  const shared = Math.max(1, Math.ceil((threshold * size) / (2 - threshold) - 1e-9))
  return Math.max(1, size - shared + 1)
}

export async function matchArchive(
  paragraphs: readonly PlacedPrint[],
  skip: ReadonlySet<number>,
  store: ArchiveStore,
  settings: DuplicateSettings,
  self: DraftIdentity = {}
): Promise<ArchiveMatch[]> {
  const probed = paragraphs.map((paragraph, index) => ({paragraph, index})).filter(({paragraph, index}) => !skip.has(index) && isProse(paragraph, settings) && paragraph.shingles.length > 0)
  if (probed.length === 0) return []
  const counts = await store.counts([...new Set(probed.flatMap(({paragraph}) => paragraph.shingles))])
  const matches: ArchiveMatch[] = []
  for (const {paragraph, index} of probed) {
    // Rarest first; a shingle the archive lacks (count 0) comes first and costs nothing to look up.
    const byRarity = [...paragraph.shingles].sort((a, b) => (counts.get(a) ?? 0) - (counts.get(b) ?? 0) || a - b)
    const prefix = byRarity.slice(0, prefixLength(byRarity.length, settings.similarity))
    if (prefix.every((shingle) => !counts.has(shingle))) continue
    let best: ArchiveMatch | undefined
    for (const archived of await store.holding(prefix.filter((shingle) => counts.has(shingle)))) {
      if (isSelf(archived, self)) continue
      const exact = archived.key === paragraph.key
      const similarity = exact ? 1 : dice(paragraph.shingles, archived.shingles)
      if (!exact && similarity < settings.similarity) continue
      if (!best || similarity > best.similarity || (similarity === best.similarity && earlier(archived, best.archived))) best = {paragraph: index, archived, exact, similarity}
    }
    if (best) matches.push(best)
  }
  return matches
}

function isSelf(archived: ArchivedParagraph, self: DraftIdentity): boolean {
  return (self.key !== undefined && archived.story.key === self.key) || (self.path !== undefined && archived.story.path === self.path)
}

/** Of two equal matches, the first published (then the first by path) is named, so that the finding is stable. */
function earlier(a: ArchivedParagraph, b: ArchivedParagraph): boolean {
  const dateA = a.story.date ?? '9999'
  const dateB = b.story.date ?? '9999'
  return dateA < dateB || (dateA === dateB && a.story.path < b.story.path)
}

/** Floor, so that a near copy never reads as 100 %. */
export function percentOf(similarity: number): number {
  return Math.min(99, Math.floor(similarity * 100))
}

const MONTHS = MONTH_NAMES

/** `2024-03-03` → « 3 mars 2024 », "3 March 2024"; « 1er » in French. */
export function formatDay(iso: string, lang: Lang): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso)
  if (!match) return iso
  const day = Number(match[3])
  const month = MONTHS[lang][Number(match[2]) - 1] ?? match[2]
  return `${lang === 'fr' && day === 1 ? '1er' : day} ${month} ${match[1]}`
}

/** The message of a match, in the draft's language. */
export function archiveReason(match: ArchiveMatch, lang: Lang): string {
  const {story} = match.archived
  const where = story.url ?? story.path
  if (lang === 'fr') {
    const verb = match.exact ? 'répète' : `reprend à ${percentOf(match.similarity)}\u00a0%`
    const when = story.date ? ` le ${formatDay(story.date, 'fr')}` : ''
    const source = story.title ? ` dans “${story.title}” (${where})` : ` (${where})`
    return `Ce paragraphe ${verb} un paragraphe publié${when}${source}`
  }
  const verb = match.exact ? 'repeats' : `is ${percentOf(match.similarity)}% similar to`
  const when = story.date ? ` on ${formatDay(story.date, 'en')}` : ''
  const source = story.title ? ` in “${story.title}” (${where})` : ` (${where})`
  return `This paragraph ${verb} a paragraph published${when}${source}`
}

/** The related place's words: the archived story's day and title, shown by the reports next to its path or URL. */
export function archiveCause(match: ArchiveMatch, lang: Lang): string {
  const {story} = match.archived
  const title = story.title ? ` “${story.title}”` : ''
  if (lang === 'fr') return `Paragraphe publié${story.date ? ` le ${formatDay(story.date, 'fr')}` : ''}${title}`
  return `Paragraph published${story.date ? ` on ${formatDay(story.date, 'en')}` : ''}${title}`
}
