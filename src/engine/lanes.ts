/** Below this many files per lane, starting a worker thread costs more than it saves. */
export const MIN_FILES_PER_LANE = 8

/**
 * Text a lane must have to lint before another one pays for itself: a run
 * without `--jobs` takes one lane per this much text, and `--jobs N` takes up
 * to N on the same rule. A worker thread compiles factlint's code again
 * (V8 shares no optimised code between threads): about half a second of CPU,
 * on a core that a one-thread run already keeps busy compiling. Measured with
 * `npm run bench` on 2 cores: 2.5 MB over 400 drafts ran no faster on two
 * lanes than on one, and 50 drafts ran 30 % slower.
 */
export const AUTO_BYTES_PER_LANE = 2 * 1024 * 1024

export interface LaneRequest {
  /**
   * `auto` (no `--jobs`): one lane per AUTO_BYTES_PER_LANE of text, up to the
   * free cores. `--jobs N`: the same rule, up to N lanes instead of the
   * number of cores (as make's -j N with -l).
   */
  jobs: number | 'auto'
  /**
   * `jobs` lanes exactly, however little text there is (tests that must run
   * several lanes on a few small files; FACTLINT_EXACT_JOBS=1 for the CLI).
   */
  exact?: boolean
  files: number
  bytes: number
  cores: number
  /**
   * Cores other processes keep busy (the one-minute load average), left to
   * them unless `exact`: a lane started on a core that is not free slows the
   * run down, as GNU make's --load-average stops starting jobs. 0 by default.
   */
  busy?: number
}

/** How many files are linted at once: this thread and `lanes - 1` workers. */
export function lanesFor({jobs, exact = false, files, bytes, cores, busy = 0}: LaneRequest): number {
  const free = cores - Math.round(Math.max(0, busy))
  const wanted = exact && jobs !== 'auto' ? jobs : Math.min(jobs === 'auto' ? free : Math.min(jobs, free), Math.floor(bytes / AUTO_BYTES_PER_LANE))
  return Math.max(1, Math.min(wanted, Math.floor(files / MIN_FILES_PER_LANE)))
}
