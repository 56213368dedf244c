/**
 * A pool of worker threads running worker.ts, one document at a time each. It bounds every
 * document's time (the thread is terminated after `timeoutMs`) and memory (`resourceLimits`); either
 * way the document gets a "not assessable" result and a fresh thread takes the next one.
 */
import { Worker } from 'node:worker_threads';
import { notAssessable } from './load.ts';
import type { WorkerReply, WorkerTask } from './worker.ts';

export interface PoolOptions {
  size: number;
  timeoutMs: number;
  memoryMb: number;
}

interface Pending {
  task: WorkerTask;
  resolve: (reply: WorkerReply) => void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  current?: Pending;
  timer?: NodeJS.Timeout;
}

const WORKER_URL = new URL('./worker.ts', import.meta.url);

/**
 * Heap a worker needs before it sees a document (Node, Redocly and the rules take about 30 MB), given
 * to every worker on top of the document's `memoryMb`. Without it a small `memoryMb` stops workers
 * from starting at all, and the documents after an out-of-memory one fail as engine errors.
 */
export const WORKER_START_MB = 64;

export class AssessPool {
  readonly #options: PoolOptions;
  readonly #slots: Slot[] = [];
  readonly #queue: Pending[] = [];
  #nextId = 1;
  #closed = false;
  #brokenDetail: string | undefined;

  constructor(options: PoolOptions) {
    this.#options = options;
    for (let i = 0; i < Math.max(1, options.size); i++) this.#slots.push(this.#spawn());
  }

  run(task: Omit<WorkerTask, 'id'>): Promise<WorkerReply> {
    return new Promise((resolve) => {
      this.#queue.push({ task: { ...task, id: this.#nextId++ }, resolve });
      this.#dispatch();
    });
  }

  async close(): Promise<void> {
    this.#closed = true;
    await Promise.all(this.#slots.map((s) => s.worker.terminate()));
  }

  #spawn(): Slot {
    const worker = new Worker(WORKER_URL, {
      resourceLimits: { maxOldGenerationSizeMb: this.#options.memoryMb + WORKER_START_MB },
    });
    const slot: Slot = { worker, ready: false };
    worker.on('message', (message: WorkerReply | { ready: true }) => {
      if ('ready' in message) {
        slot.ready = true;
        this.#dispatch();
        return;
      }
      const current = slot.current;
      if (!current || current.task.id !== message.id) return;
      clearTimeout(slot.timer);
      slot.current = undefined;
      current.resolve(message);
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

  #fail(slot: Slot, code: 'timeout' | 'out-of-memory' | 'engine-error', detail: string): void {
    const current = slot.current;
    clearTimeout(slot.timer);
    slot.current = undefined;
    const index = this.#slots.indexOf(slot);
    if (index >= 0) {
      void slot.worker.terminate();
      if (!this.#closed) this.#slots[index] = this.#spawn();
      else this.#slots.splice(index, 1);
    }
    if (current) {
      const { file } = current.task;
      const seconds = Math.round(this.#options.timeoutMs / 1000);
      const result =
        code === 'timeout'
          ? notAssessable(file, 'timeout', `checking took longer than ${seconds} s`, {
              hint: 'the document is unusually large or complex; split it into smaller documents, or remove generated bulk such as huge examples',
            })
          : code === 'out-of-memory'
            ? notAssessable(file, 'out-of-memory', `checking needed more than ${this.#options.memoryMb} MB of memory`, {
                hint: 'the document expands to something very large (for example through many YAML aliases or huge examples); simplify it',
              })
            : notAssessable(file, 'engine-error', 'the checker failed on this document', {
                message: `Not assessable: the checker failed on this document: ${detail}`,
                hint: 'check that the document is valid OpenAPI; if it is, report this to the catalogue team with the document',
              });
      current.resolve({ id: current.task.id, result, reads: [] });
    }
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
    for (const pending of this.#queue.splice(0)) {
      pending.resolve({
        id: pending.task.id,
        result: notAssessable(pending.task.file, 'engine-error', 'the checker could not start', {
          message: `Not assessable: the checker could not start: ${detail}`,
          hint: 'this is a fault in the catalogue\'s rules, not in the document; report it to the catalogue team',
        }),
        reads: [],
      });
    }
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
      slot.worker.postMessage(next.task);
    }
  }
}
