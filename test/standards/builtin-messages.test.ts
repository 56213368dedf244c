import { describe, expect, it } from 'vitest';
import { builtinMessage } from '../../src/standards/builtin-messages.ts';

describe('builtinMessage', () => {
  it("keeps Redocly's message for a built-in without a rewrite, or a message a rewrite does not know", () => {
    expect(builtinMessage('struct', 'The field `title` must be present on this level.', { pointer: '/info', document: {} })).toBe(
      'The field `title` must be present on this level.',
    );
    expect(builtinMessage('tag-description', 'Something new.', { pointer: '/tags/0', document: {} })).toBe('Something new.');
  });

  it('says "The operation" when the operation is the root of its own file', () => {
    expect(builtinMessage('operation-summary', 'Operation object should contain `summary` field.', { pointer: '/summary', document: { operationId: 'x' } })).toBe(
      'The operation has no `summary`: add a few words that name the operation, such as "List vehicles".',
    );
  });

});
