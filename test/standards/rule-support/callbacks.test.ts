import { describe, expect, it } from 'vitest';
import { inCallbackOrWebhook } from '../../../src/standards/rule-support/callbacks.ts';

describe('inCallbackOrWebhook', () => {
  it('finds callbacks of operations, in paths, in components and in a file that holds one operation', () => {
    expect(inCallbackOrWebhook('#/paths/~1vehicles/post/callbacks/registered/{$callback_url}/post/summary')).toBe(true);
    expect(inCallbackOrWebhook('/paths/~1vehicles/post/callbacks/registered/{$request.body#~1url}')).toBe(true);
    expect(inCallbackOrWebhook('/components/callbacks/registered/{$callback_url}/post')).toBe(true);
    expect(inCallbackOrWebhook('/callbacks/onSmsSend/{$callback_url}')).toBe(true);
    expect(inCallbackOrWebhook('/post/callbacks/onSmsSend/{$callback_url}/post')).toBe(true);
  });

  it('finds webhooks', () => {
    expect(inCallbackOrWebhook('/webhooks/vehicleRegistered/post')).toBe(true);
    expect(inCallbackOrWebhook('#/x-webhooks/vehicleRegistered/post/requestBody')).toBe(true);
  });

  it('does not take things named `callbacks` for callbacks', () => {
    expect(inCallbackOrWebhook('/paths/~1vehicles/post')).toBe(false);
    expect(inCallbackOrWebhook('/paths/~1callbacks/get')).toBe(false);
    expect(inCallbackOrWebhook('/components/schemas/Settings/properties/callbacks')).toBe(false);
    expect(inCallbackOrWebhook('/components/parameters/callbacks/schema')).toBe(false);
    expect(inCallbackOrWebhook('/paths/~1a/post/requestBody/content/application~1json/example/post/callbacks')).toBe(false);
    expect(inCallbackOrWebhook('')).toBe(false);
    expect(inCallbackOrWebhook('#')).toBe(false);
  });
});
