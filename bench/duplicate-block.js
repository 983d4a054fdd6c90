// Benchmark cases of duplicate-block: one long document and a set of drafts,
// each at 1× and 10× the input, so that the growth of the time shows whether
// the detection stays near-linear.
import {findRule, lint, lintFiles} from '../dist/index.js'
import {pathToFileURL} from 'node:url'
import {random} from './corpus.js'
import {measure as timedRun} from './cpu-time.js'

const SYLLABLES = ['ba', 'ri', 'to', 'ne', 'ma', 'lu', 'so', 'ke', 'di', 'ra', 'mo', 'ti', 'ge', 'la', 'pu', 'ser', 'con', 'tra', 'vel', 'mor']

/**
 * Prose from a vocabulary of 20,000 invented words drawn with a Zipf-like law,
 * as in real text: a few very frequent words, a long tail of rare ones.
 */
function writer(seed) {
  const next = random(seed)
  const vocabulary = []
  for (let index = 0; index < 20_000; index++) {
    const length = 1 + Math.floor(next() * 4)
    let word = ''
    for (let part = 0; part < length; part++) word += SYLLABLES[Math.floor(next() * SYLLABLES.length)]
    vocabulary.push(word)
  }
  const word = () => vocabulary[Math.floor(vocabulary.length * next() ** 3)]
  const sentence = () => {
    const words = Array.from({length: 8 + Math.floor(next() * 18)}, word)
    words[0] = words[0].charAt(0).toUpperCase() + words[0].slice(1)
    return `${words.join(' ')}.`
  }
  const paragraph = () => Array.from({length: 1 + Math.floor(next() * 4)}, sentence).join(' ')
  return {next, paragraph}
}

/**
 * `count` paragraphs, one per line; about one in fifty repeats an earlier one
 * exactly, one in fifty with one word changed, and every 500 paragraphs a run
 * of ten is pasted again, as drafts really break.
 */
export function documentOf(count, seed = 1) {
  const {next, paragraph} = writer(seed)
  const paragraphs = []
  while (paragraphs.length < count) {
    const roll = next()
    if (paragraphs.length > 20 && roll < 0.02) paragraphs.push(paragraphs[Math.floor(next() * paragraphs.length)])
    else if (paragraphs.length > 20 && roll < 0.04) paragraphs.push(paragraphs[Math.floor(next() * paragraphs.length)].replace(/ \p{L}+ /u, ' changed '))
    else if (paragraphs.length > 20 && roll < 0.042) paragraphs.push(...paragraphs.slice(-20, -10))
    else paragraphs.push(paragraph())
  }
  return paragraphs.slice(0, count).join('\n')
}

/** `count` drafts of about ten paragraphs; one in ten copies another draft, one in ten borrows a paragraph. */
export function draftsOf(count, seed = 2) {
  const {next, paragraph} = writer(seed)
  const drafts = []
  for (let index = 0; index < count; index++) {
    const roll = next()
    let text
    if (index > 0 && roll < 0.1) text = drafts[Math.floor(next() * drafts.length)].text
    else {
      const paragraphs = Array.from({length: 6 + Math.floor(next() * 8)}, paragraph)
      if (index > 0 && roll < 0.2) paragraphs.splice(2, 0, drafts[Math.floor(next() * drafts.length)].text.split('\n')[0])
      text = paragraphs.join('\n')
    }
    drafts.push({path: `drafts/${String(index).padStart(4, '0')}.txt`, text})
  }
  return drafts
}

function countMessages(files) {
  return files.reduce((sum, file) => sum + file.messages.filter((message) => message.ruleId === 'duplicate-block').length, 0)
}

/** The best of `repeat` runs, by CPU time. */
async function time(run, repeat) {
  let best
  for (let index = 0; index < repeat; index++) {
    const measured = await timedRun(run)
    if (!best || measured.cpuMs < best.cpuMs) best = measured
  }
  return best
}

/**
 * The time to lint with only duplicate-block, and with no rule at all (the
 * parsing every rule shares): their difference is the rule's own cost.
 */
async function measure(run, repeat = 2) {
  const rule = findRule('duplicate-block')
  const parsing = await time(() => run([]), repeat)
  const linting = await time(() => run([rule]), repeat)
  return {
    wallMs: linting.wallMs,
    parseCpuMs: parsing.cpuMs,
    lintCpuMs: linting.cpuMs,
    ruleCpuMs: Math.max(0, linting.cpuMs - parsing.cpuMs),
    findings: countMessages(linting.result)
  }
}

export const cases = [
  {
    name: 'duplicate-block: one document',
    unit: 'paragraphs',
    sizes: [2_000, 20_000],
    prepare: (size) => {
      const text = documentOf(size)
      return {characters: text.length, run: (ruleSet) => lint(text, {path: 'long.txt', lang: 'en', ruleSet}).then((file) => [file])}
    }
  },
  {
    name: 'duplicate-block: set of drafts',
    unit: 'files',
    sizes: [200, 2_000],
    prepare: (size) => {
      const drafts = draftsOf(size)
      return {characters: drafts.reduce((sum, draft) => sum + draft.text.length, 0), run: (ruleSet) => lintFiles(drafts, {lang: 'en', ruleSet})}
    }
  }
]

export {measure}

// Run as a script, one case at one size, in a fresh process (as bench/run.js
// does for each row): `node --expose-gc bench/duplicate-block.js <case> <size>`.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [caseIndex, size] = process.argv.slice(2).map(Number)
  const testCase = cases[caseIndex]
  const input = testCase.prepare(size)
  // Warm the JIT first on the 1× input whatever the size measured, so that the
  // 1× run is not the one that pays for optimising the code.
  await measure(testCase.prepare(testCase.sizes[0]).run, 1)
  console.log(JSON.stringify({size, characters: input.characters, ...(await measure(input.run))}))
}
