import type {Worker} from 'node:worker_threads'
import type {PathResult, PathTask, WorkerSetup} from './lint-path.js'

/** Tasks sent ahead to a worker, so that it never waits for a busy main thread to send the next. */
const AHEAD = 2

/**
 * Lints files on `jobs` lanes: the calling thread (`local`) and `jobs - 1`
 * worker threads. The calling thread has every module loaded already, so it
 * starts at once while the workers load theirs. Each lane takes the next file
 * when it finishes one, so a few large files do not leave the others idle;
 * results come back by index, so the caller's order never depends on timing.
 *
 * A worker that stops (a plugin ended its thread, memory ran out) or fails
 * never fails the run: the files it held get no result, and the caller lints
 * them again on its own thread, as a run on one lane would have.
 */
export async function lintOnWorkers(
  tasks: readonly PathTask[],
  setup: WorkerSetup,
  jobs: number,
  onResult: (result: PathResult) => void,
  local: (task: PathTask) => Promise<PathResult>
): Promise<void> {
  // Loaded only by runs that start workers: a run on one thread would pay about 5 ms to load it.
  const {Worker} = await import('node:worker_threads')
  const queue = [...tasks]
  const count = Math.max(0, Math.min(jobs - 1, queue.length - 1))
  const workers: Worker[] = []
  const onWorker = (worker: Worker) =>
    new Promise<void>((resolve) => {
      let pending = 0
      let stopped = false
      const send = () => {
        while (!stopped && pending < AHEAD && queue.length > 0) {
          worker.postMessage(queue.shift())
          pending++
        }
        if (pending === 0) resolve()
      }
      const stop = () => {
        // The files in flight stay without a result; the caller lints them again.
        stopped = true
        resolve()
      }
      worker.on('message', (result: PathResult) => {
        pending--
        onResult(result)
        send()
      })
      worker.on('error', stop)
      worker.on('exit', stop)
      send()
    })
  const onThisThread = async () => {
    for (let task = queue.shift(); task; task = queue.shift()) {
      onResult(await local(task))
      // Let the workers' answers in before the next file keeps this thread busy.
      await new Promise((resolve) => setImmediate(resolve))
    }
  }
  try {
    const lanes: Array<Promise<void>> = []
    for (let index = 0; index < count; index++) {
      const worker = new Worker(new URL('./worker.js', import.meta.url), {workerData: setup})
      workers.push(worker)
      lanes.push(onWorker(worker))
    }
    lanes.push(onThisThread())
    await Promise.all(lanes)
    // Files left queued when every worker had stopped after this thread's last file.
    await onThisThread()
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()))
  }
}
