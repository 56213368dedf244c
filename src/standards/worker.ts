/**
 * Worker thread for assess.ts: assesses one document per message. The pool enforces the time and
 * memory limits by terminating this thread; here every error becomes a result, never a crash.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { readGuarded } from '../files/guarded.ts';
import type { FileRead } from '../openapi/ref-resolver.ts';
import { enableCompileCache } from './compile-cache.ts';
import type { SpecAssessment } from './engine.ts';
import { engineFailure, notAssessable, refusedByReader, type AssessLimits } from './not-assessable.ts';
import { useRedoclyBundle } from './redocly-bundle.ts';

export interface AssessTask {
  file: string;
  root: string;
  limits: AssessLimits;
}

export interface AssessReply {
  result: SpecAssessment;
  reads: FileRead[];
}

enableCompileCache();
useRedoclyBundle((workerData as { redoclyBundle?: string } | undefined)?.redoclyBundle);
// Loaded after the compile cache and the bundle are set up: the engine and Redocly are most of a worker's start-up.
const { assessText } = await import('./engine.ts');

async function handle(task: AssessTask): Promise<AssessReply> {
  let reads: FileRead[] = [];
  try {
    // Through the guarded reader, as every catalogue file is: no links, a regular file, strict UTF-8.
    const read = readGuarded(task.file, { root: task.root, kind: 'openapi' });
    if (!read.ok) return { result: refusedByReader(task.file, read.problem), reads };
    const text = read.text.replace(/\r\n/g, '\n');
    const result = await assessText({ file: task.file, root: task.root, text }, { limits: task.limits, onFilesRead: (files) => (reads = files) });
    return { result, reads };
  } catch (e) {
    return { result: failed(task.file, e), reads };
  }
}

function failed(file: string, e: unknown): SpecAssessment {
  if ((e as { code?: string }).code === 'ENOENT') {
    const message = e instanceof Error ? e.message.split('\n')[0] : String(e);
    return notAssessable(file, 'unreadable', 'the file cannot be read', { message: `Not assessable: the file cannot be read: ${message}`, hint: 'check the path' });
  }
  return engineFailure(file, e);
}

parentPort?.on('message', ({ id, task }: { id: number; task: AssessTask }) => {
  void handle(task).then((reply) => parentPort?.postMessage({ id, reply }));
});
parentPort?.postMessage({ ready: true });
