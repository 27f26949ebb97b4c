import { createHash } from 'node:crypto';

/**
 * A digest of a content file's bytes, taken when the checks read it. The content collections render a body only when
 * this digest is new to them, and compare it with the bytes they read then, so that the body on a page is the one
 * whose front matter the checks passed.
 */
export function sourceDigestOf(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
