// A worker thread for checking many files: it receives file paths, checks one
// at a time and posts each report back, so no thread holds more than one
// document.

import { parentPort, workerData } from 'node:worker_threads';
import type { RuleSetting } from '../lint/engine.js';
import { checkFile, crashOf } from './check-file.js';

interface Setup {
  mode: 'validate' | 'lint';
  rules: [string, RuleSetting][];
  today: string;
}
export interface Task {
  index: number;
  path: string;
  display: string;
}

const setup = workerData as Setup;
const lint = { rules: new Map(setup.rules), today: setup.today };

parentPort!.on('message', (task: Task) => {
  checkFile(task.path, task.display, setup.mode, lint).then(
    (outcome) => parentPort!.postMessage({ index: task.index, ...outcome }),
    // checkFile turns errors into outcomes; this is for one it could not.
    (error: unknown) => parentPort!.postMessage({ index: task.index, crash: crashOf(error) }),
  );
});
