/**
 * @module
 * Abuse limits through the Workers Rate Limiting bindings declared in wrangler.toml (limits and periods
 * are configuration there). A client is its `CF-Connecting-IP`, which Cloudflare sets; an IPv6 client
 * counts as its /64, since one subscriber usually holds a whole /64.
 *
 * @example
 * ```ts
 * await enforceRateLimit(c.env, 'ATTEMPT_LIMITER', c.req.raw);
 * ```
 */
import { LIMITS } from '../questions/limits';
import type { Bindings, LimiterName } from './env';
import { ApiError } from './errors';

/** The rate-limit key of a client address. */
export function clientKey(address: string | null): string {
  if (address === null || address === '') return 'unknown';
  if (!address.includes(':')) return address;
  const [head = '', tail] = address.split('::');
  const headGroups = head === '' ? [] : head.split(':');
  const tailGroups = tail === undefined || tail === '' ? [] : tail.split(':');
  const zeros = Array<string>(Math.max(0, 8 - headGroups.length - tailGroups.length)).fill('0');
  const groups = tail === undefined ? headGroups : [...headGroups, ...zeros, ...tailGroups];
  return `${groups
    .slice(0, 4)
    .map((g) => (Number.parseInt(g, 16) || 0).toString(16))
    .join(':')}::/64`;
}

/** Throws 429 with Retry-After once this client has used up the limiter's allowance. */
export async function enforceRateLimit(env: Bindings, limiter: LimiterName, request: Request): Promise<void> {
  const binding = env[limiter] as RateLimit | undefined;
  // A deployment may drop a limiter from its configuration; the route then runs unlimited.
  if (binding === undefined) return;
  const { success } = await binding.limit({ key: clientKey(request.headers.get('CF-Connecting-IP')) });
  if (!success) {
    throw new ApiError(429, 'rate_limited', 'Too many requests from this address; please wait a minute and try again.', {
      'Retry-After': String(LIMITS.retryAfterSeconds),
    });
  }
}
