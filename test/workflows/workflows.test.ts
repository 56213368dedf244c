/**
 * The GitHub workflows and templates: what can be checked without GitHub. The two workflows split
 * the pull-request check (the pull request's own code, no secrets, read-only) from the posting of
 * its report (the base repository's code only, the artifact read as data).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
  if?: string;
}
interface Job {
  permissions?: Record<string, string>;
  steps: Step[];
  if?: string;
}
interface Workflow {
  name: string;
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  jobs: Record<string, Job>;
}

const read = (file: string): Workflow => parse(readFileSync(file, 'utf8')) as Workflow;
const CHECK = read('.github/workflows/pull-request.yml');
const COMMENT = read('.github/workflows/pr-report-comment.yml');
const steps = (w: Workflow): Step[] => Object.values(w.jobs).flatMap((j) => j.steps);
const text = (file: string): string => readFileSync(file, 'utf8');

describe('the pull-request check workflow', () => {
  it('runs on pull_request (never pull_request_target) with a read-only token and no secrets', () => {
    expect(Object.keys(CHECK.on)).toEqual(['pull_request']);
    expect(CHECK.permissions).toEqual({ contents: 'read' });
    for (const job of Object.values(CHECK.jobs)) expect(job.permissions).toBeUndefined();
    expect(text('.github/workflows/pull-request.yml')).not.toMatch(/secrets\.|github\.token|pull_request_target/);
  });

  it('installs, computes the report, uploads it, validates with annotations, checks CODEOWNERS and builds', () => {
    const runs = steps(CHECK).map((s) => s.run ?? s.uses ?? '');
    const index = (pattern: RegExp): number => runs.findIndex((r) => pattern.test(r));
    const order = [/^npm install --no-audit --no-fund$/, /npm run --silent pr-report -- --base HEAD\^1 --head HEAD/, /^actions\/upload-artifact@/, /^npm run validate -- --format github$/, /^npm run codeowners -- --check$/, /^npm run build$/];
    const at = order.map(index);
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    const upload = steps(CHECK).find((s) => s.uses?.startsWith('actions/upload-artifact@'))!;
    expect(upload.with).toMatchObject({ name: 'pr-report', path: 'pr-report/report.json' });
    expect(upload.if).toBe('${{ !cancelled() }}');
  });

  it('checks out the test merge with its two parents and keeps no credentials', () => {
    const checkout = steps(CHECK).find((s) => s.uses?.startsWith('actions/checkout@'))!;
    expect(checkout.with).toEqual({ 'fetch-depth': 2, 'persist-credentials': false });
  });
});

describe('the comment workflow', () => {
  it('runs after the check workflow, by its exact name, for pull requests only', () => {
    expect(COMMENT.on).toEqual({ workflow_run: { workflows: [CHECK.name], types: ['completed'] } });
    const job = Object.values(COMMENT.jobs)[0]!;
    expect(job.if).toContain("github.event.workflow_run.event == 'pull_request'");
  });

  it('has no permissions by default and only what posting needs in its job', () => {
    expect(COMMENT.permissions).toEqual({});
    expect(Object.values(COMMENT.jobs).map((j) => j.permissions)).toEqual([{ actions: 'read', contents: 'read', 'pull-requests': 'write' }]);
  });

  it('never checks out or runs the pull request’s code', () => {
    const yaml = text('.github/workflows/pr-report-comment.yml');
    for (const checkout of steps(COMMENT).filter((s) => s.uses?.startsWith('actions/checkout@'))) {
      expect(checkout.with ?? {}).toEqual({ 'persist-credentials': false });
    }
    expect(yaml).not.toMatch(/head_branch|head_repository|pull_request\.head|refs\/pull|ref:/);
    // The artifact goes outside the working tree, where nothing runs from it.
    const download = steps(COMMENT).find((s) => s.uses?.startsWith('actions/download-artifact@'))!;
    expect(download.with).toMatchObject({ name: 'pr-report', path: '${{ runner.temp }}/pr-report', 'run-id': '${{ github.event.workflow_run.id }}' });
  });

  it('passes event values to scripts through the environment, never pasted into them', () => {
    for (const step of [...steps(CHECK), ...steps(COMMENT)]) expect(step.run ?? '').not.toContain('${{');
  });

  it('posts from the artifact as data, with the number from the event and the run’s head commit to check it', () => {
    const post = steps(COMMENT).find((s) => s.run?.includes('--post'))!;
    expect(post.run).toBe('npm run --silent pr-report -- --post --from "$REPORT_FILE" --pr "$PR_NUMBER" --expect-head-sha "$HEAD_SHA"');
    expect(post.env).toEqual({
      GITHUB_TOKEN: '${{ github.token }}',
      REPORT_FILE: '${{ runner.temp }}/pr-report/report.json',
      PR_NUMBER: '${{ github.event.workflow_run.pull_requests[0].number }}',
      HEAD_SHA: '${{ github.event.workflow_run.head_sha }}',
    });
  });
});

describe('templates', () => {
  it('has issue forms for a new entry, a problem with an entry and an API that does not exist yet', () => {
    const forms = readdirSync('.github/ISSUE_TEMPLATE').sort();
    expect(forms).toEqual(['new-entry.yml', 'problem-with-an-entry.yml', 'request-an-api.yml']);
    for (const file of forms) {
      const form = parse(text(`.github/ISSUE_TEMPLATE/${file}`)) as { name: string; description: string; body: { type: string; id?: string; attributes: { label?: string; options?: unknown[] } }[] };
      expect(form.name.length).toBeGreaterThan(5);
      expect(form.description.length).toBeGreaterThan(20);
      const ids = form.body.filter((b) => b.type !== 'markdown').map((b) => b.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const field of form.body) {
        if (field.type !== 'markdown') expect(field.attributes.label, `${file}: ${field.id}`).toBeTruthy();
        if (field.type === 'dropdown') expect(field.attributes.options?.length).toBeGreaterThan(1);
      }
    }
  });

  it('has a pull-request template that says what the check fails on', () => {
    const template = text('.github/pull_request_template.md');
    expect(template).toContain('npm run validate -- catalogue/entries/<id>');
    expect(template).toContain('status: retired');
    expect(template).toContain('npm run codeowners');
  });
});

describe('the scheduled sync workflow', () => {
  const SYNC = read('.github/workflows/sync.yml');

  it('runs on a schedule (and by hand) with the least permissions that open a pull request', () => {
    expect(Object.keys(SYNC.on)).toEqual(['schedule', 'workflow_dispatch']);
    expect(SYNC.permissions).toEqual({ contents: 'write', 'pull-requests': 'write' });
  });

  it('syncs, then commits to one branch and opens or updates one pull request with the report', () => {
    const runs = steps(SYNC).map((s) => s.run ?? s.uses ?? '');
    const order = [/^npm install --no-audit --no-fund$/, /^actions\/cache@/, /^npm run --silent sync/, /git switch -C "\$BRANCH"[\s\S]*npm run --silent pr-report -- --base origin\/main --head HEAD[\s\S]*gh pr create/];
    const at = order.map((p) => runs.findIndex((r) => p.test(r)));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(SYNC.jobs.sync?.steps.find((s) => s.uses?.startsWith('actions/cache@'))?.with).toMatchObject({ path: '.cache/sync' });
    expect(text('.github/workflows/sync.yml')).not.toMatch(/npm run build/);
  });
});

describe('the scheduled link check', () => {
  const LINKS = read('.github/workflows/check-links.yml');

  it('runs weekly (and by hand), writes the report and offers it as one pull request', () => {
    expect(Object.keys(LINKS.on)).toEqual(['schedule', 'workflow_dispatch']);
    expect(LINKS.permissions).toEqual({ contents: 'write', 'pull-requests': 'write' });
    const runs = steps(LINKS).map((s) => s.run ?? s.uses ?? '');
    const at = [/^npm install --no-audit --no-fund$/, /^npm run --silent check-links/, /git add catalogue\/link-report\.json[\s\S]*gh pr create/].map((p) => runs.findIndex((r) => p.test(r)));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });
});
