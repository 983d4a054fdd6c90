import {describe, expect, it} from 'vitest'
import {AUTO_BYTES_PER_LANE, lanesFor, MIN_FILES_PER_LANE} from '../../src/engine/lanes.js'

const MB = AUTO_BYTES_PER_LANE

describe('lanesFor', () => {
  it('keeps a run chosen automatically on one thread until each lane has enough text', () => {
    // 50 drafts of 6 KB: a pre-commit hook's run, slower on two lanes than on one.
    expect(lanesFor({jobs: 'auto', files: 50, bytes: 300_000, cores: 2})).toBe(1)
    expect(lanesFor({jobs: 'auto', files: 400, bytes: 2 * MB - 1, cores: 2})).toBe(1)
    expect(lanesFor({jobs: 'auto', files: 400, bytes: 2 * MB, cores: 2})).toBe(2)
  })

  it('never takes more lanes than cores when it chooses', () => {
    expect(lanesFor({jobs: 'auto', files: 10_000, bytes: 100 * MB, cores: 2})).toBe(2)
    expect(lanesFor({jobs: 'auto', files: 10_000, bytes: 100 * MB, cores: 8})).toBe(8)
    expect(lanesFor({jobs: 'auto', files: 10_000, bytes: 100 * MB, cores: 1})).toBe(1)
  })

  it('leaves the cores other work keeps busy when it chooses', () => {
    // 5 MB on 2 cores: two lanes on a quiet machine, one when another process keeps a core busy.
    expect(lanesFor({jobs: 'auto', files: 800, bytes: 5 * MB, cores: 2, busy: 0.4})).toBe(2)
    expect(lanesFor({jobs: 'auto', files: 800, bytes: 5 * MB, cores: 2, busy: 1.2})).toBe(1)
    expect(lanesFor({jobs: 'auto', files: 800, bytes: 5 * MB, cores: 2, busy: 14})).toBe(1)
    expect(lanesFor({jobs: 'auto', files: 10_000, bytes: 100 * MB, cores: 8, busy: 3})).toBe(5)
  })

  it('takes --jobs N as the most lanes the same rule may take, instead of the cores', () => {
    // 200 drafts of 6 KB: a second lane would cost more CPU than it saves.
    expect(lanesFor({jobs: 2, files: 200, bytes: 1_300_000, cores: 2})).toBe(1)
    expect(lanesFor({jobs: 2, files: 800, bytes: 2 * MB - 1, cores: 2})).toBe(1)
    expect(lanesFor({jobs: 2, files: 800, bytes: 2 * MB, cores: 2})).toBe(2)
    // Another process keeps a core busy: a second lane would only slow the run.
    expect(lanesFor({jobs: 2, files: 800, bytes: 2 * MB, cores: 2, busy: 1.2})).toBe(1)
    expect(lanesFor({jobs: 3, files: 10_000, bytes: 100 * MB, cores: 8, busy: 3})).toBe(3)
    expect(lanesFor({jobs: 8, files: 10_000, bytes: 100 * MB, cores: 2})).toBe(2)
    expect(lanesFor({jobs: 1, files: 10_000, bytes: 100 * MB, cores: 8})).toBe(1)
  })

  it('takes --jobs as asked with exact, whatever the size of the text or the load', () => {
    expect(lanesFor({jobs: 2, exact: true, files: 200, bytes: 1000, cores: 2, busy: 14})).toBe(2)
    expect(lanesFor({jobs: 2, exact: true, files: 200, bytes: 1000, cores: 1})).toBe(2)
    expect(lanesFor({jobs: 1, exact: true, files: 10_000, bytes: 100 * MB, cores: 8})).toBe(1)
  })

  it('gives each lane at least MIN_FILES_PER_LANE files', () => {
    expect(lanesFor({jobs: 4, exact: true, files: 2 * MIN_FILES_PER_LANE, bytes: 0, cores: 4})).toBe(2)
    expect(lanesFor({jobs: 4, exact: true, files: MIN_FILES_PER_LANE * 2 - 1, bytes: 0, cores: 4})).toBe(1)
    expect(lanesFor({jobs: 4, files: MIN_FILES_PER_LANE * 2 - 1, bytes: 100 * MB, cores: 4})).toBe(1)
    expect(lanesFor({jobs: 'auto', files: 3, bytes: 100 * MB, cores: 8})).toBe(1)
  })
})
