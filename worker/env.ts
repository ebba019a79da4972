/**
 * @module
 * The Worker's bindings (wrangler.toml) and the Hono environment type built on them.
 */

export interface Bindings {
  DB: D1Database;
  /** Creating a quiz (owned or shared): generation costs CPU. */
  CREATE_LIMITER: RateLimit;
  /** Per-question feedback. */
  CHECK_LIMITER: RateLimit;
  /** Submitting attempts. */
  ATTEMPT_LIMITER: RateLimit;
}

export type LimiterName = 'CREATE_LIMITER' | 'CHECK_LIMITER' | 'ATTEMPT_LIMITER';

export interface AppEnv {
  Bindings: Bindings;
}
