/** Content hashes: the assessment cache and the `$ref` loader record every file they read by its SHA-256. */
import { createHash } from 'node:crypto';

export function sha256(text: string | Buffer): string {
  return createHash('sha256').update(text).digest('hex');
}
