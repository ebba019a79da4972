// Throughput and latency of the hot routes under `wrangler dev`, each as a ratio to a trivial route
// (GET /healthz) of the same Worker. The routes take turns in short rounds; each round's ratio compares a
// route with the baseline measured just before it, and the median over rounds is reported, so that the
// noise of a shared machine falls on both sides of every ratio alike.
//
//   node bench/throughput.mjs [--requests 400] [--concurrency 32] [--rounds 9]
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { startDevServer } from '../scripts/dev-server.mjs';
import { assertLoopback, clientIp, formatSummary, runConcurrently, summarize } from './lib.mjs';

const { values } = parseArgs({
  options: {
    requests: { type: 'string', default: '400' },
    concurrency: { type: 'string', default: '32' },
    rounds: { type: 'string', default: '9' },
  },
});
const REQUESTS = Math.min(Number(values.requests), 20_000);
const CONCURRENCY = Math.min(Number(values.concurrency), 256);
const ROUNDS = Math.min(Number(values.rounds), 50);

export const BASELINE = 'GET /healthz (baseline)';

async function measure(makeRequest) {
  const latencies = [];
  const started = performance.now();
  let failures = 0;
  await runConcurrently(REQUESTS, CONCURRENCY, async (i) => {
    const t = performance.now();
    const res = await makeRequest(i);
    await res.arrayBuffer();
    if (!res.ok) failures++;
    latencies.push(performance.now() - t);
  });
  return { ...summarize(latencies, performance.now() - started), failures };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

export async function throughputBench() {
  const server = await startDevServer();
  assertLoopback(server.url);
  try {
    const article = await readFile('questions/samples/venezuela-election-2024.txt', 'utf8');
    const created = await fetch(`${server.url}/api/quizzes`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ text: article }),
    });
    const { quiz } = await created.json();
    const answers = Object.fromEntries(quiz.questions.map((q) => [q.id, q.choices ? q.choices[0].id : 'Maduro']));
    const routes = {
      [BASELINE]: () => fetch(`${server.url}/healthz`),
      'GET /api/quizzes/{id}': () => fetch(`${server.url}/api/quizzes/${quiz.id}`),
      'POST /api/quizzes/{id}/attempts': (i) =>
        fetch(`${server.url}/api/quizzes/${quiz.id}/attempts`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'CF-Connecting-IP': clientIp(i) },
          body: JSON.stringify({ answers }),
        }),
    };
    // Warm-up: the first requests compile code and open the database.
    for (const make of Object.values(routes)) await runConcurrently(100, 8, (i) => make(i + 1_000_000).then((r) => r.arrayBuffer()));
    const names = Object.keys(routes);
    const runs = Object.fromEntries(names.map((name) => [name, []]));
    const ratios = Object.fromEntries(names.map((name) => [name, []]));
    for (let round = 0; round < ROUNDS; round++) {
      const base = await measure((i) => routes[BASELINE](round * REQUESTS + i));
      runs[BASELINE].push(base);
      for (const name of names.filter((n) => n !== BASELINE)) {
        const s = await measure((i) => routes[name](round * REQUESTS + i));
        runs[name].push(s);
        ratios[name].push(s.perSecond / base.perSecond);
      }
    }
    const result = {};
    for (const [name, list] of Object.entries(runs)) {
      result[name] = {
        requests: list.reduce((n, s) => n + s.requests, 0),
        perSecond: median(list.map((s) => s.perSecond)),
        p50: median(list.map((s) => s.p50)),
        p99: median(list.map((s) => s.p99)),
        failures: list.reduce((n, s) => n + s.failures, 0),
        ratio: name === BASELINE ? 1 : median(ratios[name]),
      };
    }
    return result;
  } finally {
    await server.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await throughputBench();
  console.log(`Throughput under wrangler dev, ${ROUNDS} rounds of ${REQUESTS} requests per route at concurrency ${CONCURRENCY} (medians)`);
  for (const [name, s] of Object.entries(result)) {
    console.log(`${formatSummary(name, s)}  ratio ${s.ratio.toFixed(2)}${s.failures ? `  (${s.failures} failed)` : ''}`);
  }
}
