/**
 * Worker thread for assess.ts: assesses one document per message. The pool enforces the time and
 * memory limits by terminating this thread; here every error becomes a result, never a crash.
 */
import { readFile } from 'node:fs/promises';
import { parentPort } from 'node:worker_threads';
import { lint } from '@redocly/openapi-core';
import type { FileRead } from '../yaml/ref-resolver.ts';
import { assessText, type SpecAssessment } from './engine.ts';
import { notAssessable, type AssessLimits } from './load.ts';
import { OfflineResolver } from './offline-resolver.ts';
import { createBareConfig } from './ruleset.ts';

export interface WorkerTask {
  id: number;
  kind: 'assess' | 'bare';
  file: string;
  root: string;
  limits: AssessLimits;
  profile?: boolean;
}

export interface WorkerReply {
  id: number;
  result: SpecAssessment;
  reads: FileRead[];
  /** Per-rule visitor times in ms (profiling only). */
  times?: [string, number][];
  /** Problems found by the bare engine (speed comparison only). */
  bareProblems?: number;
}

async function handle(task: WorkerTask): Promise<WorkerReply> {
  if (task.kind === 'bare') {
    try {
      const problems = await lint({ ref: task.file, config: await createBareConfig(), externalRefResolver: new OfflineResolver() });
      return { id: task.id, result: emptyResult(task.file), reads: [], bareProblems: problems.length };
    } catch (e) {
      return { id: task.id, result: failed(task.file, e), reads: [] };
    }
  }
  let reads: FileRead[] = [];
  const times = task.profile ? new Map<string, number>() : undefined;
  try {
    const text = (await readFile(task.file, 'utf8')).replace(/\r\n/g, '\n');
    const result = await assessText(
      { file: task.file, root: task.root, text },
      { limits: task.limits, onFilesRead: (files) => (reads = files), ...(times ? { profile: times } : {}) },
    );
    return { id: task.id, result, reads, ...(times ? { times: [...times.entries()] } : {}) };
  } catch (e) {
    return { id: task.id, result: failed(task.file, e), reads };
  }
}

function emptyResult(file: string): SpecAssessment {
  return notAssessable(file, 'engine-error', 'bare run', { hint: '' });
}

function failed(file: string, e: unknown): SpecAssessment {
  const overflow = e instanceof RangeError;
  const message = e instanceof Error ? e.message.split('\n')[0] : String(e);
  if ((e as { code?: string }).code === 'ENOENT') {
    return notAssessable(file, 'unreadable', 'the file cannot be read', { message: `Not assessable: the file cannot be read: ${message}`, hint: 'check the path' });
  }
  return notAssessable(file, overflow ? 'too-deep' : 'engine-error', overflow ? 'the document is nested too deeply to check' : 'the checker failed on this document', {
    message: `Not assessable: ${overflow ? 'the document is nested too deeply to check' : `the checker failed on this document: ${message}`}`,
    hint: overflow ? 'flatten deeply nested structures' : 'check that the document is valid OpenAPI; if it is, report this to the catalogue team with the document',
  });
}

parentPort?.on('message', (task: WorkerTask) => {
  void handle(task).then((reply) => parentPort?.postMessage(reply));
});
parentPort?.postMessage({ ready: true });
