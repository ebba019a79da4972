/**
 * @module
 * Edit keys: 256 random bits, shown once to the quiz's creator, stored only as their SHA-256 hash, and
 * accepted only as `Authorization: Bearer <key>`.
 *
 * @example
 * ```ts
 * const key = newEditKey();
 * const stored = await hashEditKey(key);
 * await verifyEditKey(key, stored); // true
 * ```
 */
import { ApiError } from './errors';

function toHex(bytes: ArrayBuffer | Uint8Array): string {
  return [...new Uint8Array(bytes)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** A new edit key: 32 random bytes, base64url (43 characters). */
export function newEditKey(): string {
  return toBase64Url(crypto.getRandomValues(new Uint8Array(32)));
}

export async function sha256Hex(text: string): Promise<string> {
  return toHex(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
}

export const hashEditKey = sha256Hex;

/** Compares two equal-length hex digests without an early exit. */
function constantTimeEqual(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}

export async function verifyEditKey(key: string, storedHash: string): Promise<boolean> {
  return constantTimeEqual(await hashEditKey(key), storedHash);
}

/** The bearer token of a request, or throws 401 when there is none. */
export function bearerToken(authorization: string | undefined): string {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
  if (match?.[1] === undefined) {
    throw new ApiError(401, 'unauthorized', 'This route needs the quiz\'s edit key as "Authorization: Bearer <editKey>".');
  }
  return match[1];
}

/** Throws 401 without a key and 403 with a key that is not this quiz's. */
export async function requireEditKey(authorization: string | undefined, storedHash: string): Promise<void> {
  const key = bearerToken(authorization);
  if (!(await verifyEditKey(key, storedHash))) {
    throw new ApiError(403, 'forbidden', 'The edit key does not belong to this quiz.');
  }
}
