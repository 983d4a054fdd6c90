/**
 * Linting against the archive: each prose paragraph of a draft is compared
 * with the archived paragraphs that hold enough of its rarest shingles
 * (prefix filtering, as duplicate-block does in memory, counted in the
 * inverted index), never with the whole index (docs/archive.md).
 */
import {isProse, type DuplicateSettings, type PlacedPrint} from '../analysis/duplicate-block/match.js'
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
  return Math.max(1, size - sharedAtLeast(size, threshold) + 1)
}

/** The shingles a set of `size` shares, at least, with any set of Dice similarity `threshold` or more. */
export function sharedAtLeast(size: number, threshold: number): number {
  return Math.max(1, Math.ceil((threshold * size) / (2 - threshold) - 1e-9))
}

/**
 * Shingles looked up past the prefix. A paragraph similar enough misses at
 * most n − shared of the n shingles, so it holds at least 1 + EXTRA of the
 * prefix and the EXTRA next: the postings alone (an index-only read) rule
 * out most candidates before any paragraph row is read.
 */
const EXTRA = 2

export async function matchArchive(
  paragraphs: readonly PlacedPrint[],
  skip: ReadonlySet<number>,
  store: ArchiveStore,
  settings: DuplicateSettings,
  self: DraftIdentity = {}
): Promise<ArchiveMatch[]> {
  const probed = paragraphs.map((paragraph, index) => ({paragraph, index})).filter(({paragraph, index}) => !skip.has(index) && isProse(paragraph, settings) && paragraph.shingles.length > 0)
  if (probed.length === 0) return []
  const counts = await store.counts([...new Set(probed.flatMap(({paragraph}) => Array.from(paragraph.shingles)))])
  const t = settings.similarity
  // Each paragraph's rarest shingles (a shingle the archive lacks, count 0, comes first and costs nothing),
  // EXTRA more than the prefix: a paragraph similar enough holds at least 1 + EXTRA of them. The postings
  // of all paragraphs are counted in one query, from the index alone.
  const probes = probed.map(({paragraph}) => {
    const byRarity = [...paragraph.shingles].sort((a, b) => (counts.get(a) ?? 0) - (counts.get(b) ?? 0) || a - b)
    const length = Math.min(byRarity.length, prefixLength(byRarity.length, t) + EXTRA)
    const shingles = byRarity.slice(0, length).filter((shingle) => counts.has(shingle))
    return {shingles, hits: length - byRarity.length + sharedAtLeast(byRarity.length, t), postings: shingles.map((shingle) => counts.get(shingle)!)}
  })
  const found = await store.probe(probes)
  if (found.length === 0) return []
  const hits = new Map<number, number[]>()
  for (const [position, id] of found) {
    const mine = hits.get(id)
    if (mine) mine.push(position)
    else hits.set(id, [position])
  }
  // The candidates are scored on their shingles; a size that cannot reach the similarity is skipped
  // (Dice ≥ t needs t/(2 − t) ≤ |b|/|a| ≤ (2 − t)/t).
  const passing: Array<Array<{id: number; exact: boolean; similarity: number}>> = probed.map(() => [])
  for (const candidate of await store.candidates([...hits.keys()].sort((a, b) => a - b))) {
    const size = candidate.shingles.byteLength / 4
    for (const position of hits.get(candidate.id)!) {
      const {paragraph} = probed[position]!
      const n = paragraph.shingles.length
      const exact = candidate.key === paragraph.key
      if (!exact && (size * (2 - t) < t * n - 1e-9 || size * t > (2 - t) * n + 1e-9)) continue
      const similarity = exact ? 1 : packedDice(paragraph.shingles, candidate.shingles)
      if (exact || similarity >= t) passing[position]!.push({id: candidate.id, exact, similarity})
    }
  }
  // Only the paragraphs that pass are read with their stories: the draft's own copy is left out, then the
  // most similar is named (of equals, the first published).
  const ids = [...new Set(passing.flatMap((list) => list.map((candidate) => candidate.id)))]
  if (ids.length === 0) return []
  const rows = await store.paragraphs(ids)
  const matches: ArchiveMatch[] = []
  passing.forEach((list, position) => {
    let best: ArchiveMatch | undefined
    for (const {id, exact, similarity} of list) {
      const archived = rows.get(id)
      if (!archived || isSelf(archived, self)) continue
      if (!best || similarity > best.similarity || (similarity === best.similarity && earlier(archived, best.archived))) best = {paragraph: probed[position]!.index, archived, exact, similarity}
    }
    if (best) matches.push(best)
  })
  return matches
}

/** dice() with the second set as stored: packed little-endian 32-bit integers, read in place. */
export function packedDice(a: ArrayLike<number>, packed: Uint8Array): number {
  const view = new DataView(packed.buffer, packed.byteOffset, packed.byteLength)
  const size = packed.byteLength >> 2
  if (a.length + size === 0) return 0
  let shared = 0
  let i = 0
  let j = 0
  while (i < a.length && j < size) {
    const x = a[i]!
    const y = view.getInt32(j * 4, true)
    if (x === y) {
      shared++
      i++
      j++
    } else if (x < y) i++
    else j++
  }
  return (2 * shared) / (a.length + size)
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
