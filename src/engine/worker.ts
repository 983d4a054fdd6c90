import {parentPort, workerData} from 'node:worker_threads'
import {lintPath, type PathTask, type WorkerSetup} from './lint-path.js'

/**
 * A worker thread of a multi-file run: lints the paths it is sent, one at a
 * time. A task that fails here, or whose result cannot cross to the main
 * thread, is answered with `retry`: the main thread lints that file itself.
 */
const setup = workerData as WorkerSetup
const port = parentPort!
port.on('message', (task: PathTask) => {
  lintPath(task, setup).then(
    (result) => {
      try {
        port.postMessage(result)
      } catch {
        port.postMessage({index: task.index, retry: true})
      }
    },
    () => port.postMessage({index: task.index, retry: true})
  )
})
