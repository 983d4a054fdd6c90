import type {Worker} from 'node:worker_threads'
import type {PathResult, PathTask, WorkerSetup} from './lint-path.js'

/**
 * Lints files on worker threads. Each worker takes the next file when it
 * finishes one, so a few large files do not leave the others idle; results
 * come back by index, so the caller's order never depends on timing.
 */
export async function lintOnWorkers(
  tasks: readonly PathTask[],
  setup: WorkerSetup,
  jobs: number,
  onResult: (result: PathResult) => void
): Promise<void> {
  // Loaded only by runs that start workers: a run on one thread would pay about 5 ms to load it.
  const {Worker} = await import('node:worker_threads')
  const queue = [...tasks]
  const count = Math.min(jobs, queue.length)
  const workers: Worker[] = []
  try {
    await Promise.all(
      Array.from({length: count}, () => {
        const worker = new Worker(new URL('./worker.js', import.meta.url), {workerData: setup})
        workers.push(worker)
        return new Promise<void>((resolve, reject) => {
          const next = () => {
            const task = queue.shift()
            if (task) worker.postMessage(task)
            else resolve()
          }
          worker.on('message', (result: PathResult) => {
            onResult(result)
            next()
          })
          worker.on('error', reject)
          worker.on('exit', (code) => {
            if (code !== 0) reject(new Error(`a worker thread stopped with code ${code}`))
          })
          next()
        })
      })
    )
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()))
  }
}
