/**
 * Collects the changes a diff finds. A change inside a shared component schema is recorded once,
 * with every operation that reaches it; comparisons of a schema pair already made are not made
 * again (which is also what ends cycles), and their changes gain the new operation instead.
 */
import { isBreaking, type ChangeKind, type ChangeSubject, type SpecChange } from './kinds.ts';
import { code, listWords, subjectWords } from './words.ts';

export interface ChangeDraft {
  kind: ChangeKind;
  subject: ChangeSubject;
  /** The change itself, as the start of the sentence. */
  what: string;
  /** What happens to clients (breaking kinds) or a note, after a colon. */
  consequence?: string;
  beforePointer?: string;
  afterPointer?: string;
}

interface Recorded extends ChangeDraft {
  operations: Set<string>;
}

/** The most schema comparisons one diff makes before it stops (far above the largest real document). */
export const MAX_STEPS = 2_000_000;

/** Puts "(used by …)" right after the schema's name, where a reader looks for it. */
function withUsedBy(what: string, subject: ChangeSubject, operations: readonly string[]): string {
  if (subject.type !== 'schema' || operations.length === 0) return what;
  const usedBy = ` (used by ${listWords(operations.map(code))})`;
  const name = `chema ${code(subject.name)}`;
  const at = what.indexOf(name);
  return at < 0 ? `${what}${usedBy}` : `${what.slice(0, at + name.length)}${usedBy}${what.slice(at + name.length)}`;
}

export class Recorder {
  readonly #changes = new Map<string, Recorded>();
  readonly #memo = new Map<string, Set<Recorded>>();
  readonly #open: Set<Recorded>[] = [];
  /** The operation being compared, as `METHOD /path`. */
  operation: string | undefined;
  steps = 0;
  stoppedEarly: string | undefined;

  /** False once the step budget is spent (the diff then stops and says so). */
  tick(): boolean {
    this.steps += 1;
    if (this.steps > MAX_STEPS) {
      this.stoppedEarly ??= `The comparison stopped after ${MAX_STEPS} steps; the changes found until then are listed.`;
      return false;
    }
    return true;
  }

  add(draft: ChangeDraft): void {
    const key = `${draft.kind}|${draft.beforePointer ?? ''}|${draft.afterPointer ?? ''}|${draft.what}`;
    let recorded = this.#changes.get(key);
    if (!recorded) {
      recorded = { ...draft, operations: new Set() };
      this.#changes.set(key, recorded);
    }
    if (this.operation) recorded.operations.add(this.operation);
    for (const open of this.#open) open.add(recorded);
  }

  /**
   * Runs `compare` once per key. On later calls the changes it found are credited to the current
   * operation; a call for a key still being compared (a cycle) does nothing.
   */
  once(key: string, compare: () => void): void {
    const done = this.#memo.get(key);
    if (done) {
      for (const recorded of done) {
        if (this.operation) recorded.operations.add(this.operation);
        for (const open of this.#open) open.add(recorded);
      }
      return;
    }
    const found = new Set<Recorded>();
    this.#memo.set(key, found);
    this.#open.push(found);
    try {
      compare();
    } finally {
      this.#open.pop();
    }
  }

  changes(): SpecChange[] {
    return [...this.#changes.values()].map((r) => {
      const operations = [...r.operations];
      const message = `${withUsedBy(r.what, r.subject, operations)}${r.consequence ? `: ${r.consequence}` : ''}.`;
      const change: SpecChange = {
        kind: r.kind,
        breaking: isBreaking(r.kind),
        subject: r.subject,
        where: subjectWords(r.subject),
        operations,
        message,
      };
      if (r.beforePointer !== undefined) change.beforePointer = r.beforePointer;
      if (r.afterPointer !== undefined) change.afterPointer = r.afterPointer;
      return change;
    });
  }
}
