// A worker thread for checking many files: it receives file paths, checks one
// at a time and posts each report back, so no thread holds more than one
// document.

import { parentPort, workerData } from 'node:worker_threads';
import { checkFile, crashOf } from './check-file.js';
import { lintOptionsOf, type Task, type TaskResult, type WorkerSetup } from './protocol.js';

const setup = workerData as WorkerSetup;
const lint = lintOptionsOf(setup);
const post = (result: TaskResult) => parentPort!.postMessage(result);

parentPort!.on('message', (task: Task) => {
  checkFile(task, setup.mode, lint, setup.maxFileSize).then(
    (outcome) => post({ index: task.index, ...outcome }),
    // checkFile turns errors into outcomes; this is for one it could not.
    (error: unknown) => post({ index: task.index, crash: crashOf(error) }),
  );
});
