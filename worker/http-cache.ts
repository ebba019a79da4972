/**
 * @module
 * Conditional responses: an ETag computed from the body, `304 Not Modified` for a matching
 * `If-None-Match`, and a Cache-Control that makes browsers and CDNs revalidate, so an edit shows at once.
 */
import type { Context } from 'hono';

/** FNV-1a, 32 bits: enough to tell two versions of one resource apart, and cheap. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

export function etagOf(body: string): string {
  return `"${fnv1a(body)}-${body.length.toString(16)}"`;
}

/** Whether an If-None-Match header names this ETag (or is `*`). */
export function matchesEtag(ifNoneMatch: string | undefined, etag: string): boolean {
  if (ifNoneMatch === undefined) return false;
  return ifNoneMatch.split(',').some((candidate) => {
    const tag = candidate.trim().replace(/^W\//, '');
    return tag === '*' || tag === etag;
  });
}

/** Sends a JSON body with an ETag, or 304 when the client already has it. */
export function sendCacheable(c: Context, json: string, cacheControl = 'public, no-cache'): Response {
  const etag = etagOf(json);
  c.header('ETag', etag);
  c.header('Cache-Control', cacheControl);
  if (matchesEtag(c.req.header('If-None-Match'), etag)) return c.body(null, 304);
  c.header('Content-Type', 'application/json; charset=UTF-8');
  return c.body(json, 200);
}

/** Sends a static file of the Worker's own (a stylesheet, a script, an icon), cached briefly by default. */
export function sendAsset(c: Context, mediaType: string, body: string, cacheControl = 'public, max-age=300'): Response {
  c.header('Content-Type', mediaType);
  c.header('Cache-Control', cacheControl);
  return c.body(body);
}
