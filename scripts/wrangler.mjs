// Runs the project's wrangler non-interactively (no prompts, no metrics), for npm scripts and tests.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const WRANGLER = join(dirname(require.resolve('wrangler/package.json')), 'bin', 'wrangler.js');

export const wranglerEnv = { ...process.env, CI: '1', WRANGLER_SEND_METRICS: 'false', NO_COLOR: '1' };

/** Spawns `wrangler ...args`; resolves with the child process once it has been started. */
export function spawnWrangler(args, options = {}) {
  return spawn(process.execPath, [WRANGLER, ...args], { env: wranglerEnv, ...options });
}

/** Runs `wrangler ...args` to completion, echoing its output; rejects on a non-zero exit. */
export function runWrangler(args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawnWrangler(args, { stdio: ['ignore', 'inherit', 'inherit'], ...options });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`wrangler ${args.join(' ')} exited with ${code}`))));
  });
}

/** Runs one SQL statement against a local D1 and returns its rows. */
export function queryLocalD1(persistTo, sql) {
  return new Promise((resolve, reject) => {
    const child = spawnWrangler(['d1', 'execute', 'DB', '--local', '--persist-to', persistTo, '--json', '--command', sql], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`wrangler d1 execute exited with ${code}: ${err}`));
      try {
        resolve(JSON.parse(out)[0].results);
      } catch (error) {
        reject(error);
      }
    });
  });
}
