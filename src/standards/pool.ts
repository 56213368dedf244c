/**
 * A pool of worker threads, one task at a time each. It bounds every task's time (the thread is
 * terminated after `timeoutMs`) and memory (`resourceLimits`); either way the task gets the reply
 * `onFailure` makes for it and a fresh thread takes the next one. A worker script posts
 * `{ ready: true }` once loaded, then one reply `{ id, … }` per task `{ id, … }` it receives.
 */
import { Worker } from 'node:worker_threads';

export type FailureCode = 'timeout' | 'out-of-memory' | 'engine-error' | 'not-started';

export interface PoolOptions<T, R> {
  /** The worker script. */
  script: URL;
  size: number;
  timeoutMs: number;
  memoryMb: number;
  /** Given to every worker as `workerData`. */
  workerData?: unknown;
  /** The reply for a task whose worker ran out of time or memory, crashed, or could not start. */
  onFailure: (task: T, code: FailureCode, detail: string) => R;
}

interface Pending<T, R> {
  id: number;
  task: T;
  resolve: (reply: R) => void;
}

interface Slot<T, R> {
  worker: Worker;
  ready: boolean;
  current?: Pending<T, R>;
  timer?: NodeJS.Timeout;
}

/**
 * Heap a worker needs before it sees a task (Node, Redocly and the rules take about 30 MB), given
 * to every worker on top of `memoryMb`. Without it a small `memoryMb` stops workers from starting at
 * all, and the tasks after an out-of-memory one fail as engine errors.
 */
export const WORKER_START_MB = 64;

export class WorkerPool<T extends object, R> {
  readonly #options: PoolOptions<T, R>;
  readonly #slots: Slot<T, R>[] = [];
  readonly #queue: Pending<T, R>[] = [];
  #nextId = 1;
  #closed = false;
  #brokenDetail: string | undefined;

  constructor(options: PoolOptions<T, R>) {
    this.#options = options;
    for (let i = 0; i < Math.max(1, options.size); i++) this.#slots.push(this.#spawn());
  }

  run(task: T): Promise<R> {
    return new Promise((resolve) => {
      this.#queue.push({ id: this.#nextId++, task, resolve });
      this.#dispatch();
    });
  }

  async close(): Promise<void> {
    this.#closed = true;
    await Promise.all(this.#slots.map((s) => s.worker.terminate()));
  }

  #spawn(): Slot<T, R> {
    const worker = new Worker(this.#options.script, {
      workerData: this.#options.workerData,
      resourceLimits: { maxOldGenerationSizeMb: this.#options.memoryMb + WORKER_START_MB },
    });
    const slot: Slot<T, R> = { worker, ready: false };
    worker.on('message', (message: { ready: true } | { id: number; reply: R }) => {
      if ('ready' in message) {
        slot.ready = true;
        this.#dispatch();
        return;
      }
      const current = slot.current;
      if (!current || current.id !== message.id) return;
      clearTimeout(slot.timer);
      slot.current = undefined;
      current.resolve(message.reply);
      this.#dispatch();
    });
    worker.on('error', (error: Error & { code?: string }) => {
      if (!slot.ready) {
        this.#broken(error.message.split('\n')[0] ?? '');
        return;
      }
      const oom = error.code === 'ERR_WORKER_OUT_OF_MEMORY' || /out of memory|heap/i.test(error.message);
      this.#fail(slot, oom ? 'out-of-memory' : 'engine-error', error.message.split('\n')[0] ?? '');
    });
    worker.on('exit', () => {
      if (slot.current) this.#fail(slot, 'engine-error', 'the checker stopped unexpectedly');
    });
    return slot;
  }

  #fail(slot: Slot<T, R>, code: 'timeout' | 'out-of-memory' | 'engine-error', detail: string): void {
    const current = slot.current;
    clearTimeout(slot.timer);
    slot.current = undefined;
    const index = this.#slots.indexOf(slot);
    if (index >= 0) {
      void slot.worker.terminate();
      if (!this.#closed) this.#slots[index] = this.#spawn();
      else this.#slots.splice(index, 1);
    }
    if (current) current.resolve(this.#options.onFailure(current.task, code, detail));
    this.#dispatch();
  }

  /** A worker failed before it was ready (e.g. a rule file that does not load): fail everything, respawn nothing. */
  #broken(detail: string): void {
    if (this.#brokenDetail !== undefined) return;
    this.#brokenDetail = detail;
    this.#closed = true;
    for (const slot of this.#slots) void slot.worker.terminate();
    this.#flushBroken();
  }

  #flushBroken(): void {
    const detail = this.#brokenDetail ?? '';
    for (const pending of this.#queue.splice(0)) pending.resolve(this.#options.onFailure(pending.task, 'not-started', detail));
  }

  #dispatch(): void {
    if (this.#brokenDetail !== undefined) {
      this.#flushBroken();
      return;
    }
    for (const slot of this.#slots) {
      if (this.#queue.length === 0) return;
      if (!slot.ready || slot.current) continue;
      const next = this.#queue.shift()!;
      slot.current = next;
      slot.timer = setTimeout(() => this.#fail(slot, 'timeout', ''), this.#options.timeoutMs);
      slot.worker.postMessage({ id: next.id, task: next.task });
    }
  }
}
