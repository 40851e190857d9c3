import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';

import { assessProfile } from './profile-assessment';
import type { ProfileAssessment, ProfileTask } from './profile-assessment';

/** Enterprises per chunk: what a worker evaluates per message, and what is stored per set of statements. */
export const ASSESSMENT_CHUNK = 100;

interface Pending {
  readonly resolve: (assessments: ProfileAssessment[] | null) => void;
}

/** One worker thread; `request` resolves with null when the worker failed or is gone (the caller evaluates). */
class EvaluationWorker {
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;
  alive = true;

  constructor(entry: { file: string; execArgv: string[]; env: NodeJS.ProcessEnv }) {
    this.worker = new Worker(entry.file, { execArgv: entry.execArgv, env: entry.env });
    this.worker.unref();
    const fail = (): void => {
      this.alive = false;
      for (const p of this.pending.values()) p.resolve(null);
      this.pending.clear();
    };
    this.worker.on('error', fail);
    this.worker.on('exit', fail);
    this.worker.on('message', (m: { id: number; assessments?: ProfileAssessment[]; error?: string }) => {
      const p = this.pending.get(m.id);
      if (!p) return;
      this.pending.delete(m.id);
      if (this.pending.size === 0) this.worker.unref();
      p.resolve(m.assessments ?? null);
    });
  }

  request(tasks: readonly ProfileTask[]): Promise<ProfileAssessment[] | null> {
    if (!this.alive) return Promise.resolve(null);
    const id = this.nextId++;
    // Referenced while a chunk is out: the process waits for the answer.
    this.worker.ref();
    return new Promise((resolve) => {
      this.pending.set(id, { resolve });
      this.worker.postMessage({ id, tasks });
    });
  }

  async terminate(): Promise<void> {
    this.alive = false;
    await this.worker.terminate();
  }
}

/**
 * The worker entry: the bundle's `evaluation-worker.js` next to the service's `main.js`, or, when the service runs
 * from source (tests, benches), the TypeScript file through @swc-node/register.
 */
function workerEntry(): { file: string; execArgv: string[]; env: NodeJS.ProcessEnv } {
  const built = path.join(__dirname, 'evaluation-worker.js');
  if (existsSync(built)) return { file: built, execArgv: [], env: process.env };
  const root = path.resolve(__dirname, '../../../..');
  return {
    file: path.join(__dirname, 'evaluation.worker.ts'),
    execArgv: ['--require', '@swc-node/register'],
    env: { ...process.env, SWC_NODE_PROJECT: process.env['SWC_NODE_PROJECT'] ?? path.join(root, 'tsconfig.tools.json') },
  };
}

/**
 * Evaluates the whole-pool job's batches on worker threads as well as on the calling thread (evaluation is pure
 * CPU; the store stays on the calling thread, in the caller's transaction). A batch is cut into chunks: the
 * workers take chunks from the front, the calling thread takes chunks from the back while it has nothing to store,
 * and the chunks are stored strictly in order — the same rows, ids and events in the same order as evaluating
 * one by one. A worker that fails or exits is dropped and its chunk evaluated on the calling thread (an error an
 * evaluation throws is thrown there as it would be without workers). `size` 0: everything on the calling thread.
 */
export class EvaluationWorkers {
  private workers: EvaluationWorker[] = [];

  constructor(private readonly size: number) {}

  async assessInOrder(
    tasks: readonly ProfileTask[],
    store: (assessments: readonly ProfileAssessment[], offset: number) => Promise<void>,
    chunkSize = ASSESSMENT_CHUNK,
  ): Promise<void> {
    const chunks: (readonly ProfileTask[])[] = [];
    for (let i = 0; i < tasks.length; i += chunkSize) chunks.push(tasks.slice(i, i + chunkSize));
    const done: (ProfileAssessment[] | undefined)[] = new Array<ProfileAssessment[] | undefined>(chunks.length);
    let front = 0;
    let back = chunks.length - 1;
    let wake: (() => void) | null = null;
    const settled = (): void => {
      const w = wake;
      wake = null;
      w?.();
    };
    let out = 0;
    let stopped = false;
    // The first error of a chunk evaluated in a worker's callback (an object: assigned from a callback).
    const failure: { failed: boolean; error?: unknown } = { failed: false };

    const feed = (worker: EvaluationWorker): void => {
      if (stopped || front > back || !worker.alive) return;
      const index = front++;
      out += 1;
      void worker.request(chunks[index]!).then((assessments) => {
        out -= 1;
        try {
          // A failed worker's chunk is evaluated here (and an evaluation's error thrown here).
          done[index] = assessments ?? chunks[index]!.map(assessProfile);
          feed(worker);
        } catch (error) {
          if (!failure.failed) Object.assign(failure, { failed: true, error });
        }
        settled();
      });
    };
    if (chunks.length > 1) for (const worker of this.ready()) feed(worker);

    let stored = 0;
    try {
      while (stored < chunks.length) {
        if (failure.failed) throw failure.error;
        const next = done[stored];
        if (next) {
          done[stored] = undefined;
          await store(next, stored * chunkSize);
          stored += 1;
        } else if (front <= back) {
          const index = back--;
          done[index] = chunks[index]!.map(assessProfile);
        } else {
          await new Promise<void>((resolve) => (wake = resolve));
        }
      }
    } finally {
      // On an error, give out no more chunks, and let those still out come back before the caller's transaction ends.
      stopped = true;
      while (out > 0) await new Promise<void>((resolve) => (wake = resolve));
    }
  }

  /** Start the workers now and wait until each has answered once (the first batch then finds them ready). */
  async warmUp(): Promise<void> {
    await Promise.all(this.ready().map((w) => w.request([])));
  }

  /** The live workers, started (again) up to `size`. */
  private ready(): EvaluationWorker[] {
    this.workers = this.workers.filter((w) => w.alive);
    if (this.size > 0 && this.workers.length < this.size) {
      const entry = workerEntry();
      while (this.workers.length < this.size) this.workers.push(new EvaluationWorker(entry));
    }
    return this.workers;
  }

  async close(): Promise<void> {
    const workers = this.workers;
    this.workers = [];
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
