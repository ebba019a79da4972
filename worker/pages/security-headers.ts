/**
 * @module
 * Headers every HTML page of the Worker sends: a strict Content-Security-Policy (scripts and styles only
 * from this origin, nothing inline), no MIME sniffing, no Referer beyond the origin.
 */
import type { Context } from 'hono';

export const PAGE_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export function setPageHeaders(c: Context): void {
  c.header('Content-Security-Policy', PAGE_CSP);
  c.header('X-Content-Type-Options', 'nosniff');
  c.header('Referrer-Policy', 'strict-origin-when-cross-origin');
  c.header('X-Frame-Options', 'DENY');
}
