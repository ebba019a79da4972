// Time from navigation to the first question visible on the demo page, in headless Chromium, against
// the page's own DOMContentLoaded in the same loads (the baseline). The first load of a fresh Worker
// generates the article's quiz; the loads measured after it find the quiz, as every later reader does.
//
//   node bench/first-question.mjs [--loads 15]
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { startDevServer } from '../scripts/dev-server.mjs';
import { assertLoopback } from './lib.mjs';

const { values } = parseArgs({ options: { loads: { type: 'string', default: '15' } } });
const LOADS = Math.min(Number(values.loads), 100);

// Runs in the page before its scripts: notes the first animation frame that shows a question.
const OBSERVER = `(() => {
  const visible = () => {
    const prompt = document.querySelector('article-quiz')?.shadowRoot?.querySelector('.prompt');
    if (prompt && prompt.getBoundingClientRect().height > 0) return true;
    return false;
  };
  const tick = () => (visible() ? (window.__firstQuestionMs = performance.now()) : requestAnimationFrame(tick));
  requestAnimationFrame(tick);
})();`;

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

export async function firstQuestionBench() {
  const server = await startDevServer();
  assertLoopback(server.url);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const load = async () => {
      const context = await browser.newContext(); // a new reader: nothing cached
      const page = await context.newPage();
      await page.addInitScript(OBSERVER);
      await page.goto(server.url);
      await page.waitForFunction(() => window.__firstQuestionMs !== undefined, null, { timeout: 60_000 });
      const timing = await page.evaluate(() => {
        const [nav] = performance.getEntriesByType('navigation');
        return { firstQuestion: window.__firstQuestionMs, domContentLoaded: nav.domContentLoadedEventEnd, load: nav.loadEventEnd };
      });
      await context.close();
      return timing;
    };
    const first = await load();
    const runs = [];
    for (let i = 0; i < LOADS; i++) runs.push(await load());
    return {
      firstLoad: first,
      firstQuestion: median(runs.map((r) => r.firstQuestion)),
      domContentLoaded: median(runs.map((r) => r.domContentLoaded)),
      load: median(runs.map((r) => r.load)),
      afterLoad: median(runs.map((r) => r.firstQuestion - r.load)),
      loads: LOADS,
    };
  } finally {
    await browser.close();
    await server.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = await firstQuestionBench();
  console.log(`Demo page in headless Chromium, median of ${r.loads} loads by new readers (after one load that generated the quiz)`);
  console.log(`  DOMContentLoaded (baseline)   ${r.domContentLoaded.toFixed(0).padStart(5)} ms`);
  console.log(`  load event                    ${r.load.toFixed(0).padStart(5)} ms`);
  console.log(`  first question visible        ${r.firstQuestion.toFixed(0).padStart(5)} ms  (${(r.firstQuestion / r.domContentLoaded).toFixed(2)}x DOMContentLoaded; ${r.afterLoad.toFixed(0)} ms after the load event)`);
  console.log(`  first load, generating        ${r.firstLoad.firstQuestion.toFixed(0).padStart(5)} ms`);
}
