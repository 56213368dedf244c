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

  it('names a shared parameter whose named example does not match', () => {
    const document = { components: { parameters: { Limit: { name: 'limit', in: 'query', examples: { big: { value: 500 } } } } } };
    expect(
      builtinMessage('no-invalid-parameter-examples', 'Example value must conform to the schema: must be <= 100.', { pointer: '/components/parameters/Limit/examples/big/value', document }),
    ).toBe('The example of parameter `limit` does not match its schema: must be <= 100. Correct the example or the schema.');
  });

  it('says where in a request body example the value does not match', () => {
    expect(
      builtinMessage('no-invalid-media-type-examples', 'Example value must conform to the schema: must be string.', {
        pointer: '/paths/~1vehicles/post/requestBody/content/application~1json/example/owner/name',
        document: {},
      }),
    ).toBe('The `application/json` example of the request body of `POST /vehicles` does not match its schema at `owner.name`: must be string. Correct the example or the schema.');
  });
});
