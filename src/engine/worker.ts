import {parentPort, workerData} from 'node:worker_threads'
import {lintPath, type PathTask, type WorkerSetup} from './lint-path.js'

/** A worker thread of a multi-file run: lints the paths it is sent, one at a time. */
const setup = workerData as WorkerSetup
const port = parentPort!
port.on('message', (task: PathTask) => {
  lintPath(task, setup).then(
    (result) => port.postMessage(result),
    (error: unknown) => port.postMessage({index: task.index, error: error instanceof Error ? error.message : String(error)})
  )
})
