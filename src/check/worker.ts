// A worker thread for checking many files: it receives file paths, checks one
// at a time and posts each report back, so no thread holds more than one
// document.

import { parentPort, workerData } from 'node:worker_threads';
import { checkFile, crashOf } from './check-file.js';
import { lintOptionsOf, type Task, type TaskResult, type WorkerSetup } from './protocol.js';

const setup = workerData as WorkerSetup;
const lint = lintOptionsOf(setup);
const post = (result: TaskResult) => parentPort!.postMessage(result);

/** Test-only: checking the file whose reported name equals this variable's value uses memory until the worker's cap stops it. */
export const FORCE_WORKER_DEATH_ENV = 'NETPLAN_TEST_WORKER_OUT_OF_MEMORY';

function useAllMemory(): never {
  const hog: number[][] = [];
  for (;;) hog.push(new Array<number>(1 << 16).fill(hog.length));
}

// One file at a time, in the order sent: the pool knows which file a worker
// that dies was checking.
let queue = Promise.resolve();
parentPort!.on('message', (task: Task) => {
  queue = queue.then(() =>
    (process.env[FORCE_WORKER_DEATH_ENV] === task.display ? useAllMemory() : checkFile(task, setup.mode, lint, setup.maxFileSize)).then(
      (outcome) => post({ index: task.index, ...outcome }),
      // checkFile turns errors into outcomes; this is for one it could not.
      (error: unknown) => post({ index: task.index, crash: crashOf(error) }),
    ),
  );
});
