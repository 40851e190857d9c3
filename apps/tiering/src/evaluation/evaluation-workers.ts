import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';

import { assessProfile } from './profile-assessment';
import type { ProfileAssessment, ProfileTask } from './profile-assessment';

/** Enterprises per chunk: what a worker evaluates per message, and what is stored per set of statements. */
export const ASSESSMENT_CHUNK = 100;

/**
 * Chunks given to a worker at once: the next one waits in its queue, so the worker goes on while its answer waits
 * for the calling thread (busy evaluating a chunk itself) to take it.
 */
const WORKER_DEPTH = 2;

const nextTurn = (): Promise<void> => new Promise<void>((resolve) => setImmediate(resolve));

interface Pending {
  readonly resolve: (assessments: ProfileAssessment[] | null) => void;
}

/** One worker thread; `request` resolves with null when the worker failed or is gone (the caller evaluates). */
class EvaluationWorker {
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;
  alive = true;
  /** Chunks of the scheduler out on this worker (up to `WORKER_DEPTH`). */
  inFlight = 0;

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
 * A batch's tasks cut into chunks, being evaluated: the workers take chunks from the front, the thread that stores
 * the batch takes them from the back while it has nothing to store. Made by `EvaluationWorkers.submit`, consumed
 * (in order) by `EvaluationWorkers.assessInOrder`.
 */
export class AssessmentRun {
  readonly chunks: (readonly ProfileTask[])[] = [];
  readonly done: (ProfileAssessment[] | undefined)[];
  front = 0;
  back: number;
  /** Chunks out on workers. */
  out = 0;
  /** No more chunks are given out (consumed with an error, or discarded). */
  stopped = false;
  /**
   * Chunks not evaluated where they were given (a worker failed or exited, or the evaluation threw): evaluated by
   * the consumer when their turn comes, where an evaluation's error is thrown into the batch's own transaction.
   */
  readonly retry = new Set<number>();
  private wake: (() => void) | null = null;

  constructor(
    readonly tasks: readonly ProfileTask[],
    readonly chunkSize: number,
  ) {
    for (let i = 0; i < tasks.length; i += chunkSize) this.chunks.push(tasks.slice(i, i + chunkSize));
    this.done = new Array<ProfileAssessment[] | undefined>(this.chunks.length);
    this.back = this.chunks.length - 1;
  }

  /** A chunk is left to give out. */
  get open(): boolean {
    return !this.stopped && this.front <= this.back;
  }

  settled(): void {
    const w = this.wake;
    this.wake = null;
    w?.();
  }

  waitForChange(): Promise<void> {
    return new Promise<void>((resolve) => (this.wake = resolve));
  }
}

/**
 * Evaluates the whole-pool job's batches on worker threads as well as on the calling thread (evaluation is pure
 * CPU; the store stays on the calling thread, in the caller's transaction). A batch is cut into chunks: the
 * workers take chunks from the front, the calling thread takes chunks from the back while it has nothing to store,
 * and the chunks are stored strictly in order — the same rows, ids and events in the same order as evaluating
 * one by one. A batch can be submitted ahead (`submit`, while the batch before it is stored and committed): the
 * workers take the chunks of the oldest submitted batch first. A worker that fails or exits is dropped and its
 * chunk evaluated on the calling thread (an error an evaluation throws is thrown there as it would be without
 * workers). `size` 0: everything on the calling thread.
 */
export class EvaluationWorkers {
  private workers: EvaluationWorker[] = [];
  /** Batches with chunks to give out, oldest first. */
  private queue: AssessmentRun[] = [];

  constructor(private readonly size: number) {}

  /** Worker threads are configured: a batch submitted ahead is evaluated while the caller does something else. */
  get enabled(): boolean {
    return this.size > 0;
  }

  /**
   * Start evaluating a batch now (on the workers; the calling thread joins in `assessInOrder`). `ahead`: the
   * batch is submitted before its turn, so even a batch of one chunk goes to a worker.
   */
  submit(tasks: readonly ProfileTask[], ahead = false, chunkSize = ASSESSMENT_CHUNK): AssessmentRun {
    const run = new AssessmentRun(tasks, chunkSize);
    if (run.chunks.length > 1 || (ahead && run.chunks.length > 0)) {
      const workers = this.ready();
      if (workers.length > 0) {
        this.queue.push(run);
        for (const worker of workers) this.feed(worker);
      }
    }
    return run;
  }

  /** A run submitted ahead that will not be consumed: no more of its chunks are given out. */
  discard(run: AssessmentRun): void {
    run.stopped = true;
    this.queue = this.queue.filter((r) => r !== run);
  }

  /** Give a worker the next chunks of the oldest batches that have some, up to `WORKER_DEPTH` out. */
  private feed(worker: EvaluationWorker): void {
    while (worker.inFlight < WORKER_DEPTH && worker.alive) {
      while (this.queue.length > 0 && !this.queue[0]!.open) this.queue.shift();
      const run = this.queue[0];
      if (!run) return;
      this.give(worker, run);
    }
  }

  private give(worker: EvaluationWorker, run: AssessmentRun): void {
    const index = run.front++;
    run.out += 1;
    worker.inFlight += 1;
    const chunk = run.chunks[index]!;
    void worker.request(chunk).then((assessments) => {
      run.out -= 1;
      worker.inFlight -= 1;
      // A failed worker's chunk (or one whose evaluation threw there) is evaluated by the consumer.
      if (assessments) run.done[index] = assessments;
      else run.retry.add(index);
      this.feed(worker);
      run.settled();
    });
  }

  /**
   * Evaluate a batch (its tasks, or a run submitted before) and hand its chunks to `store` strictly in order,
   * with the offset of each chunk's first task. `replace`: a task of the run to evaluate again, on the calling
   * thread, with these inputs instead (they changed since the run was submitted).
   */
  async assessInOrder(
    tasks: readonly ProfileTask[] | AssessmentRun,
    store: (assessments: readonly ProfileAssessment[], offset: number) => Promise<void>,
    chunkSize = ASSESSMENT_CHUNK,
    replace?: ReadonlyMap<number, ProfileTask>,
  ): Promise<void> {
    const run = tasks instanceof AssessmentRun ? tasks : this.submit(tasks, false, chunkSize);
    let stored = 0;
    try {
      while (stored < run.chunks.length) {
        const offset = stored * run.chunkSize;
        if (run.retry.delete(stored)) {
          // Evaluated here, with the inputs of now: an evaluation's error is thrown here, into this batch.
          run.done[stored] = run.chunks[stored]!.map((task, i) => assessProfile(replace?.get(offset + i) ?? task));
          await store(run.done[stored]!, offset);
          run.done[stored] = undefined;
          stored += 1;
          continue;
        }
        const next = run.done[stored];
        if (next) {
          run.done[stored] = undefined;
          if (replace) {
            for (let i = 0; i < next.length; i++) {
              const task = replace.get(offset + i);
              if (task) next[i] = assessProfile(task);
            }
          }
          await store(next, offset);
          stored += 1;
        } else if (run.front <= run.back) {
          const index = run.back--;
          run.done[index] = run.chunks[index]!.map(assessProfile);
          // Let the workers' answers in (each is given its next chunk then).
          await nextTurn();
        } else if (this.assessAhead(run)) {
          await nextTurn();
        } else {
          await run.waitForChange();
        }
      }
    } finally {
      // On an error, give out no more chunks, and let those still out come back before the caller's transaction ends.
      this.discard(run);
      while (run.out > 0) await run.waitForChange();
    }
  }

  /**
   * While the calling thread waits for a worker's chunk of `current`: a chunk from the back of a batch submitted
   * ahead, if there is one (a chunk that throws is evaluated again when that batch is consumed, and throws there,
   * not into this batch).
   */
  private assessAhead(current: AssessmentRun): boolean {
    const ahead = this.queue.find((r) => r !== current && r.open);
    if (!ahead) return false;
    const index = ahead.back--;
    try {
      ahead.done[index] = ahead.chunks[index]!.map(assessProfile);
    } catch {
      ahead.retry.add(index);
    }
    return true;
  }

  /**
   * Start the workers now and wait until each has answered once (the first batch then finds them ready); with
   * `tasks`, each worker evaluates them first (its compiled code is then that of a worker past its first batches).
   */
  async warmUp(tasks: readonly ProfileTask[] = []): Promise<void> {
    await Promise.all(this.ready().map((w) => w.request(tasks)));
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
    this.queue = [];
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
