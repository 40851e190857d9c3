/**
 * A worker thread of the whole-pool job (`EvaluationWorkers`): evaluates the chunks of enterprises it is sent and
 * answers with their assessments, or with the error an evaluation threw (the job then evaluates that chunk
 * in-process, where the same error is thrown).
 */
import { parentPort } from 'node:worker_threads';

import { assessProfile } from './profile-assessment';
import type { ProfileTask } from './profile-assessment';

export interface WorkerRequest {
  readonly id: number;
  readonly tasks: readonly ProfileTask[];
}

parentPort?.on('message', (request: WorkerRequest) => {
  try {
    parentPort?.postMessage({ id: request.id, assessments: request.tasks.map(assessProfile) });
  } catch (error) {
    parentPort?.postMessage({ id: request.id, error: String((error as Error).message ?? error) });
  }
});
