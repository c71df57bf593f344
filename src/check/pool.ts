// The worker-thread pool for runs over many files: each worker checks one
// file at a time and posts its outcome back, so no thread holds more than a
// couple of documents and memory does not grow with the number of files.
//
// A worker that dies (out of memory under its cap, a crash) costs only the
// file it was checking: that file gets a "could not be checked" finding
// naming the cause, a replacement worker takes the files queued behind it,
// and the run reports every other file (exit code 2, said by the caller).

import { Worker } from 'node:worker_threads';
import { fileReport } from '../findings.js';
import type { FileOutcome, Task, TaskResult, WorkerSetup } from './protocol.js';

/**
 * The heap each worker may use. A plan takes a few MB; the slow path on a
 * hostile file of the largest size it takes stays under this, and two
 * workers plus the main thread stay under 1 GB.
 */
export const WORKER_HEAP_MB = 320;

/** Why a worker stopped, in words, from its error or exit code. */
function causeOf(error: unknown, exitCode: number | undefined): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ERR_WORKER_OUT_OF_MEMORY') return `checking it used more than the ${WORKER_HEAP_MB} MB of memory a worker may use`;
  if (error instanceof Error) return `the worker checking it failed (${error.message})`;
  return `the worker checking it stopped with exit code ${exitCode ?? 'unknown'}`;
}

/** The report for a file whose worker died: one finding at its start, naming the cause. */
export function notChecked(task: Task, cause: string): FileOutcome {
  return {
    report: fileReport(task.display, [
      {
        ruleId: 'internal-error',
        severity: 'error',
        message: `This file could not be checked: ${cause}; the other files were checked`,
        path: '',
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 1,
      },
    ]),
    notChecked: cause,
  };
}

export async function runOnWorkers(
  file: string,
  count: number,
  tasks: Task[],
  setup: WorkerSetup,
  /** Called with each file's outcome as its worker posts it (in any order). */
  settle: (index: number, outcome: FileOutcome) => void,
): Promise<void> {
  let next = 0;
  // Files queued behind one whose worker died: taken first by the next worker.
  const retry: Task[] = [];
  await new Promise<void>((resolve) => {
    let running = 0;
    const start = () => {
      running++;
      // A young generation sized for one plan's garbage, which dies young: the
      // default lets every worker grow by tens of MB before collecting it
      // (peak memory over 1,000 plans: 170 MB), while 8 MB (or 12) scavenged
      // the live plan over and over (1,000 plans: 4.1-4.5 s against 3.1 s
      // with 16 MB, at the same peak memory, 144-157 MB).
      const worker = new Worker(file, {
        workerData: setup,
        resourceLimits: { maxYoungGenerationSizeMb: 16, maxOldGenerationSizeMb: WORKER_HEAP_MB },
      });
      // In the order sent: the worker checks them one at a time, so the first is the one being checked.
      const inFlight: Task[] = [];
      let dead = false;
      const feed = () => {
        if (retry.length > 0 || next < tasks.length) {
          const task = retry.shift() ?? tasks[next++]!;
          inFlight.push(task);
          worker.postMessage(task);
        } else if (inFlight.length === 0) {
          void worker.terminate();
        }
      };
      const die = (error: unknown, exitCode?: number) => {
        if (dead) return;
        dead = true;
        const [current, ...queued] = inFlight;
        if (current) settle(current.index, notChecked(current, causeOf(error, exitCode)));
        // The files queued behind it go to the next worker.
        retry.push(...queued);
        inFlight.length = 0;
      };
      worker.on('message', ({ index, ...outcome }: TaskResult) => {
        inFlight.splice(
          inFlight.findIndex((t) => t.index === index),
          1,
        );
        feed();
        settle(index, outcome as FileOutcome);
      });
      worker.on('error', (error) => die(error));
      worker.on('exit', (exitCode) => {
        if (inFlight.length > 0) die(undefined, exitCode);
        running--;
        // A replacement while files are left, else the run is done.
        if (retry.length > 0 || next < tasks.length) start();
        else if (running === 0) resolve();
      });
      // Two tasks in flight per worker, so it never waits for the next path.
      feed();
      feed();
    };
    for (let w = 0; w < count; w++) start();
  });
}
