/**
 * @module
 * The Worker's bindings (wrangler.toml) and the Hono environment type built on them.
 */

export interface Bindings {
  DB: D1Database;
}

export interface AppEnv {
  Bindings: Bindings;
}
