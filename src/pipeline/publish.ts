/**
 * Atomic publication of a built site. The build writes the new site into a staging folder
 * (`.cache/dist-staging`: Astro itself renames files into its output, so it must be on the
 * repository's file system), and only when it is complete (pages and search index) does `publish`
 * put it in place. When the output folder is on another file system, the staging folder is first
 * copied beside it (`.dist.staging` beside `dist`: `stageBeside`), so that every step is a rename:
 *
 *   1. move the previous site aside: `dist` → `.dist.previous` (a rename);
 *   2. move the new site into place: `.dist.staging` → `dist` (a rename);
 *   3. remove the previous site.
 *
 * If step 1 fails, nothing has changed. If step 2 fails, step 1 is undone, so `dist` is the previous
 * site, whole. If step 3 fails, the new site is published and the old one is removed next time.
 * A process killed between steps 1 and 2 leaves the previous site at `.dist.previous`; the next
 * build puts it back before it starts (`recoverInterrupted`). At no point is a folder deleted before
 * its replacement is in place, so a failure at any step never leaves no site or half a site.
 *
 * Each step can be made to fail on purpose with CATALOGUE_BUILD_FAIL_STEP=<step name>, so that the
 * tests can prove all this on a real build rather than trust it.
 */
import { cpSync, existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';

export const PUBLISH_STEPS = ['move-previous-aside', 'move-new-into-place', 'put-previous-back', 'remove-previous'] as const;
export type PublishStep = (typeof PUBLISH_STEPS)[number];

/** The file-system operations publication uses; tests can make any of them fail. */
export interface PublishOps {
  rename(from: string, to: string, step: PublishStep): void;
  remove(target: string, step: PublishStep): void;
}

const REAL_OPS: PublishOps = {
  rename: (from, to) => renameSync(from, to),
  remove: (target) => rmSync(target, { recursive: true, force: true }),
};

/** The real operations, with the step named in CATALOGUE_BUILD_FAIL_STEP failing (for the tests). */
export function opsFromEnvironment(env: NodeJS.ProcessEnv = process.env): PublishOps {
  const failing = env.CATALOGUE_BUILD_FAIL_STEP;
  if (!failing) return REAL_OPS;
  if (!(PUBLISH_STEPS as readonly string[]).includes(failing)) throw new Error(`CATALOGUE_BUILD_FAIL_STEP must be one of ${PUBLISH_STEPS.join(', ')}, not "${failing}"`);
  const fail = (step: PublishStep): void => {
    if (step === failing) throw Object.assign(new Error(`${step} failed on purpose (CATALOGUE_BUILD_FAIL_STEP)`), { code: 'EINJECTED' });
  };
  return {
    rename: (from, to, step) => (fail(step), REAL_OPS.rename(from, to, step)),
    remove: (target, step) => (fail(step), REAL_OPS.remove(target, step)),
  };
}

/** A hidden folder beside `out`, on its file system, from which moving the new site into place is a rename. */
export const stagingFolder = (out: string): string => path.join(path.dirname(out), `.${path.basename(out)}.staging`);

/** Where the previous site waits while the new one moves in. */
export const previousFolder = (out: string): string => path.join(path.dirname(out), `.${path.basename(out)}.previous`);

/**
 * The folder to publish `built` from: `built` itself when it is on the output's file system, else a
 * copy of it beside the output (which the caller removes afterwards, as it does `built`).
 */
export function stageBeside(built: string, out: string): string {
  const parent = path.dirname(out);
  mkdirSync(parent, { recursive: true });
  if (statSync(built).dev === statSync(parent).dev) return built;
  const beside = stagingFolder(out);
  rmSync(beside, { recursive: true, force: true });
  cpSync(built, beside, { recursive: true });
  return beside;
}

export class PublishError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PublishError';
  }
}

const reason = (e: unknown): string => `${(e as { code?: string }).code ?? 'error'}: ${(e as Error).message}`;

/**
 * Puts back a previous site that an interrupted publication left aside (a crash between steps 1 and
 * 2), and removes what is left of an earlier run. Called before a build starts.
 */
export function recoverInterrupted(out: string, ops: PublishOps = REAL_OPS): void {
  const previous = previousFolder(out);
  if (existsSync(previous)) {
    if (!existsSync(out)) ops.rename(previous, out, 'put-previous-back');
    else ops.remove(previous, 'remove-previous');
  }
}

/**
 * Replaces `out` with the complete site in `staging` (see the module comment). Throws PublishError
 * when it cannot; `out` is then the previous site, unchanged.
 */
export function publish(staging: string, out: string, ops: PublishOps = opsFromEnvironment()): { warning?: string } {
  if (!existsSync(staging)) throw new PublishError(`the new site is missing from ${staging}`);
  const previous = previousFolder(out);
  recoverInterrupted(out);
  const hadPrevious = existsSync(out);
  if (hadPrevious) {
    try {
      ops.rename(out, previous, 'move-previous-aside');
    } catch (e) {
      throw new PublishError(`could not move the previous site aside (${reason(e)}); it is unchanged in ${out}`);
    }
  }
  try {
    ops.rename(staging, out, 'move-new-into-place');
  } catch (e) {
    if (!hadPrevious) throw new PublishError(`could not move the new site into ${out} (${reason(e)})`);
    try {
      ops.rename(previous, out, 'put-previous-back');
    } catch (undo) {
      throw new PublishError(`could not move the new site into ${out} (${reason(e)}), nor put the previous site back (${reason(undo)}): it is whole in ${previous}`);
    }
    throw new PublishError(`could not move the new site into ${out} (${reason(e)}); the previous site is unchanged there`);
  }
  try {
    ops.remove(previous, 'remove-previous');
  } catch (e) {
    return { warning: `the new site is published, but the previous one could not be removed from ${previous} (${reason(e)}); the next build removes it` };
  }
  return {};
}
