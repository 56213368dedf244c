/**
 * Publication on real folders, with each step made to fail in turn: the previous site is whole
 * after every failure, and the new one is published whole or not at all.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { opsFromEnvironment, previousFolder, publish, PUBLISH_STEPS, recoverInterrupted, type PublishOps, type PublishStep } from '../../src/pipeline/publish.ts';

const made: string[] = [];
afterEach(() => {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
});

function sites(withPrevious = true): { out: string; staging: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'publish-'));
  made.push(dir);
  const out = path.join(dir, 'dist');
  const staging = path.join(dir, 'staging');
  if (withPrevious) {
    mkdirSync(path.join(out, 'entries'), { recursive: true });
    writeFileSync(path.join(out, 'index.html'), 'previous');
    writeFileSync(path.join(out, 'entries', 'index.html'), 'previous entries');
  }
  mkdirSync(staging);
  writeFileSync(path.join(staging, 'index.html'), 'new');
  return { out, staging };
}

const site = (out: string): string | undefined => (existsSync(path.join(out, 'index.html')) ? readFileSync(path.join(out, 'index.html'), 'utf8') : undefined);

/** Real operations, with one step failing as a full disk or another file system would make it fail. */
const failingAt = (failing: PublishStep): PublishOps => ({
  rename: (from, to, step) => {
    if (step === failing) throw Object.assign(new Error(`rename '${from}' -> '${to}'`), { code: 'EXDEV' });
    renameSync(from, to);
  },
  remove: (target, step) => {
    if (step === failing) throw Object.assign(new Error(`rmdir '${target}'`), { code: 'EBUSY' });
    rmSync(target, { recursive: true, force: true });
  },
});

describe('publish', () => {
  it('replaces the previous site with the new one and removes the previous one', () => {
    const { out, staging } = sites();
    expect(publish(staging, out, failingAt('put-previous-back'))).toEqual({});
    expect(site(out)).toBe('new');
    expect(existsSync(path.join(out, 'entries'))).toBe(false);
    expect(existsSync(previousFolder(out))).toBe(false);
    expect(existsSync(staging)).toBe(false);
  });

  it('leaves the previous site whole when moving it aside fails', () => {
    const { out, staging } = sites();
    expect(() => publish(staging, out, failingAt('move-previous-aside'))).toThrow(`could not move the previous site aside (EXDEV: rename '${out}' -> '${previousFolder(out)}'); it is unchanged in ${out}`);
    expect(site(out)).toBe('previous');
    expect(readFileSync(path.join(out, 'entries', 'index.html'), 'utf8')).toBe('previous entries');
  });

  it('puts the previous site back when moving the new one into place fails', () => {
    const { out, staging } = sites();
    expect(() => publish(staging, out, failingAt('move-new-into-place'))).toThrow(/could not move the new site into .*dist \(EXDEV: .*\); the previous site is unchanged there$/);
    expect(site(out)).toBe('previous');
    expect(readFileSync(path.join(out, 'entries', 'index.html'), 'utf8')).toBe('previous entries');
    expect(existsSync(previousFolder(out))).toBe(false);
  });

  it('publishes the new site with a warning when the previous one cannot be removed, and removes it next time', () => {
    const { out, staging } = sites();
    expect(publish(staging, out, failingAt('remove-previous')).warning).toMatch(/^the new site is published, but the previous one could not be removed from .*\.dist\.previous \(EBUSY: .*\); the next build removes it$/);
    expect(site(out)).toBe('new');
    recoverInterrupted(out);
    expect(existsSync(previousFolder(out))).toBe(false);
    expect(site(out)).toBe('new');
  });

  it('publishes a first site when there was none', () => {
    const { out, staging } = sites(false);
    publish(staging, out, failingAt('move-previous-aside'));
    expect(site(out)).toBe('new');
  });

  it('puts back a previous site that a crash between the two renames left aside', () => {
    const { out } = sites();
    renameSync(out, previousFolder(out));
    recoverInterrupted(out);
    expect(site(out)).toBe('previous');
  });

  it('fails the step named in CATALOGUE_BUILD_FAIL_STEP, and refuses a step it does not know', () => {
    for (const step of PUBLISH_STEPS) {
      const ops = opsFromEnvironment({ CATALOGUE_BUILD_FAIL_STEP: step });
      expect(() => ops.rename('/nonexistent-a', '/nonexistent-b', step)).toThrow(`${step} failed on purpose (CATALOGUE_BUILD_FAIL_STEP)`);
    }
    expect(() => opsFromEnvironment({ CATALOGUE_BUILD_FAIL_STEP: 'rename' })).toThrow('CATALOGUE_BUILD_FAIL_STEP must be one of move-previous-aside, move-new-into-place, put-previous-back, remove-previous, not "rename"');
  });
});
