/** What one fetch of an upstream file gives: its bytes, "not modified", or why it failed. */
export type Fetched =
  | { kind: 'body'; bytes: Buffer; etag?: string }
  | { kind: 'not-modified' }
  /** `stop`: no more requests to this host (a rate limit is used up). */
  | { kind: 'failed'; reason: string; stop?: boolean };

/** GitHub's rate limit as its last answer gave it. */
export interface RateLimit {
  limit: number;
  remaining: number;
  /** Seconds since the epoch when it resets. */
  reset: number;
}
