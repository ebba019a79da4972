// Load and reconciliation: thousands of attempts at concurrency 64, replays of the same Idempotency-Key and
// concurrent creates of one article, against a Worker under `wrangler dev` with its own local D1; then
// checks that every 201 is a stored row, no row exists without a 201, the stats equal the rows, and the
// article has one shared quiz. Loopback only, and bounded by its arguments.
//
//   node bench/load.mjs [--attempts 5000] [--concurrency 64]
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { startDevServer } from '../scripts/dev-server.mjs';
import { queryLocalD1 } from '../scripts/wrangler.mjs';
import { assertLoopback, clientIp, formatSummary, runConcurrently, summarize } from './lib.mjs';

const { values } = parseArgs({
  options: {
    attempts: { type: 'string', default: '5000' },
    concurrency: { type: 'string', default: '64' },
    replays: { type: 'string', default: '500' },
    creates: { type: 'string', default: '32' },
  },
});
const ATTEMPTS = Math.min(Number(values.attempts), 50_000);
const CONCURRENCY = Math.min(Number(values.concurrency), 256);
const REPLAYS = Math.min(Number(values.replays), ATTEMPTS);
const CREATES = Math.min(Number(values.creates), 256);

const article = await readFile('questions/samples/venezuela-election-2024.txt', 'utf8');

async function timed(fn) {
  const started = performance.now();
  const value = await fn();
  return { value, ms: performance.now() - started };
}

async function post(url, body, headers = {}) {
  const res = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) });
  return { status: res.status, body: await res.json().catch(() => null), replayed: res.headers.get('idempotent-replayed') === 'true' };
}

console.log('starting wrangler dev with a fresh local D1 ...');
const server = await startDevServer();
assertLoopback(server.url);
const api = `${server.url}/api`;
let failed = false;
try {
  // 1. Concurrent creates of one article through the zero-configuration route.
  const creates = await timed(() =>
    runConcurrently(CREATES, CREATES, (i) => post(`${api}/embed`, { text: `${article}\n` }, { 'CF-Connecting-IP': clientIp(100_000 + i) })),
  );
  const quizIds = new Set(creates.value.map((r) => r.body?.quiz?.id));
  console.log(`concurrent creates of one article: ${CREATES} requests, statuses ${[...new Set(creates.value.map((r) => r.status))].join(',')}, quiz ids ${quizIds.size}`);
  const quizId = [...quizIds][0];
  const quiz = creates.value[0].body.quiz;

  // Answers: a mix of right-looking and random choices; typed answers are a guess.
  const answersFor = (i) =>
    Object.fromEntries(
      quiz.questions.map((q, j) => [q.id, q.choices ? q.choices[(i + j) % q.choices.length].id : i % 3 === 0 ? 'Maduro' : 'Caracas']),
    );

  // 2. Attempts at concurrency, each from its own reader, some with an Idempotency-Key that is later replayed.
  const latencies = [];
  const outcomes = await timed(() =>
    runConcurrently(ATTEMPTS, CONCURRENCY, async (i) => {
      const headers = { 'CF-Connecting-IP': clientIp(i) };
      if (i < REPLAYS) headers['Idempotency-Key'] = `load-${i}`;
      const started = performance.now();
      const r = await post(`${api}/quizzes/${quizId}/attempts`, { answers: answersFor(i) }, headers);
      latencies.push(performance.now() - started);
      return r;
    }),
  );
  const attemptSummary = summarize(latencies, outcomes.ms);

  // 3. Replays of the keyed attempts, concurrently with each other.
  const replays = await runConcurrently(REPLAYS, CONCURRENCY, (i) =>
    post(`${api}/quizzes/${quizId}/attempts`, { answers: answersFor(i) }, { 'CF-Connecting-IP': clientIp(i), 'Idempotency-Key': `load-${i}` }),
  );

  const statusCounts = {};
  for (const r of [...outcomes.value, ...replays]) statusCounts[r.status] = (statusCounts[r.status] ?? 0) + 1;
  const acceptedIds = new Set(outcomes.value.filter((r) => r.status === 201).map((r) => r.body.id));
  const replayMismatches = replays.filter((r, i) => r.status !== 201 || !r.replayed || r.body.id !== outcomes.value[i].body?.id).length;
  const stats = await (await fetch(`${api}/quizzes/${quizId}/stats`)).json();

  // 4. Reconcile with what D1 holds.
  await server.kill();
  const db = await queryLocalD1(server.persistTo, `SELECT id, correct FROM attempts WHERE quiz_id = '${quizId}'`);
  const shared = await queryLocalD1(server.persistTo, 'SELECT COUNT(*) AS n FROM quizzes WHERE shared = 1');
  const rowIds = new Set(db.map((r) => r.id));
  const missing = [...acceptedIds].filter((id) => !rowIds.has(id)).length;
  const unexplained = [...rowIds].filter((id) => !acceptedIds.has(id)).length;
  const correctPerQuestion = new Map();
  for (const r of db) for (const id of JSON.parse(r.correct)) correctPerQuestion.set(id, (correctPerQuestion.get(id) ?? 0) + 1);
  const statsMatch =
    stats.attempts === rowIds.size &&
    stats.questions.every((q) => q.answered === rowIds.size && q.correct === (correctPerQuestion.get(q.questionId) ?? 0));

  console.log('');
  console.log(formatSummary(`POST attempts (concurrency ${CONCURRENCY})`, attemptSummary));
  console.log(`statuses: ${JSON.stringify(statusCounts)}`);
  console.log('');
  console.log('reconciliation');
  const checks = [
    [`every 201 is a stored row (${acceptedIds.size} accepted, ${missing} missing)`, missing === 0],
    [`no row without a 201 (${rowIds.size} rows, ${unexplained} unexplained)`, unexplained === 0],
    [`replays returned the first result and stored nothing (${REPLAYS} replays, ${replayMismatches} mismatched)`, replayMismatches === 0],
    [`stats equal the rows (stats ${stats.attempts} attempts, rows ${rowIds.size})`, statsMatch],
    [`one quiz per article (${quizIds.size} ids returned, ${shared[0]?.n} shared quizzes stored)`, quizIds.size === 1 && shared[0]?.n === 1],
    [`no 5xx`, Object.keys(statusCounts).every((s) => Number(s) < 500)],
  ];
  for (const [label, ok] of checks) {
    console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${label}`);
    if (!ok) failed = true;
  }
} finally {
  await server.stop();
}
process.exit(failed ? 1 : 0);

