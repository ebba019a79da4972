// `npm run bench`: every speed and size figure of the README, each from one run on this machine and each
// beside a baseline measured in the same run.
import { readFile } from 'node:fs/promises';
import { firstQuestionBench } from './first-question.mjs';
import { formatSummary } from './lib.mjs';
import { throughputBench } from './throughput.mjs';
import { BUDGET, gz, kb, printWidgetSizes, widgetSizes } from './widget-size.mjs';

console.log('== Sizes');
const sizes = await widgetSizes();
printWidgetSizes(sizes);
const worker = await readFile('dist/worker/index.js', 'utf8');
console.log(`worker bundle (production, minified): ${kb(worker.length)}, ${kb(gz(worker))} gzipped (Workers limit: 3 MB gzipped on Free, 10 MB on Paid)`);

console.log('\n== Throughput under wrangler dev (median over rounds of each route\'s ratio to GET /healthz measured just before it)');
const throughput = await throughputBench();
const targets = { 'GET /api/quizzes/{id}': 0.8, 'POST /api/quizzes/{id}/attempts': 0.35 };
for (const [name, s] of Object.entries(throughput)) {
  const { ratio } = s;
  const target = targets[name];
  const verdict = target === undefined ? '' : `  target ≥ ${target.toFixed(2)}: ${ratio >= target ? 'met' : 'NOT MET'}`;
  console.log(`${formatSummary(name, s)}  ratio ${ratio.toFixed(2)}${verdict}${s.failures ? `  (${s.failures} failed)` : ''}`);
}

console.log('\n== First question on the demo page (headless Chromium)');
const fq = await firstQuestionBench();
console.log(`DOMContentLoaded (baseline) ${fq.domContentLoaded.toFixed(0)} ms; load ${fq.load.toFixed(0)} ms`);
console.log(
  `first question visible ${fq.firstQuestion.toFixed(0)} ms after navigation (${(fq.firstQuestion / fq.domContentLoaded).toFixed(2)}x DOMContentLoaded), ` +
    `${fq.afterLoad.toFixed(0)} ms after the load event; target within 300 ms of load: ${fq.afterLoad <= 300 ? 'met' : 'NOT MET'}`,
);
console.log(`the very first load, which generates the quiz: ${fq.firstLoad.firstQuestion.toFixed(0)} ms`);
if (sizes.widget.gzipped > BUDGET) process.exitCode = 1;
