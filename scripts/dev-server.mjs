// Starts `wrangler dev` on a free loopback port with its own fresh local D1, for tests and benchmarks.
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runWrangler, spawnWrangler } from './wrangler.mjs';

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitUntilUp(url, child, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`wrangler dev exited with ${child.exitCode}`);
    try {
      const res = await fetch(`${url}/healthz`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`wrangler dev did not answer at ${url} within ${timeoutMs} ms`);
}

/**
 * Starts the Worker under `wrangler dev` and resolves once it answers.
 * `kill()` ends the server and keeps its data (`persistTo`); `stop()` also deletes the data.
 * @returns {Promise<{ url: string, persistTo: string, kill: () => Promise<void>, stop: () => Promise<void>, output: () => string }>}
 */
export async function startDevServer({ timeoutMs = 90_000, vars = {} } = {}) {
  const persistTo = await mkdtemp(join(tmpdir(), 'article-quiz-'));
  await runWrangler(['d1', 'migrations', 'apply', 'DB', '--local', '--persist-to', persistTo], { stdio: 'ignore' });
  const port = await freePort();
  const varArgs = Object.entries(vars).flatMap(([k, v]) => ['--var', `${k}:${v}`]);
  const child = spawnWrangler(
    ['dev', '--ip', '127.0.0.1', '--port', String(port), '--persist-to', persistTo, '--show-interactive-dev-session=false', ...varArgs],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const url = `http://127.0.0.1:${port}`;
  const kill = async () => {
    if (child.exitCode === null) {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    }
  };
  const stop = async () => {
    await kill();
    await rm(persistTo, { recursive: true, force: true });
  };
  try {
    await waitUntilUp(url, child, timeoutMs);
  } catch (error) {
    await stop();
    throw new Error(`${error.message}\n${output}`);
  }
  return { url, persistTo, kill, stop, output: () => output };
}
