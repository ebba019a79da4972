// Shared helpers of the bench scripts: a bounded concurrent runner and latency percentiles.

/** Runs `task(i)` for i in [0, total) with at most `concurrency` in flight; returns the results in order. */
export async function runConcurrently(total, concurrency, task) {
  const results = new Array(total);
  let next = 0;
  async function worker() {
    while (next < total) {
      const i = next++;
      results[i] = await task(i);
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, total) }, worker));
  return results;
}

export function percentile(sortedMs, p) {
  if (sortedMs.length === 0) return NaN;
  const index = Math.min(sortedMs.length - 1, Math.max(0, Math.ceil((p / 100) * sortedMs.length) - 1));
  return sortedMs[index];
}

export function summarize(latenciesMs, elapsedMs) {
  const sorted = [...latenciesMs].sort((a, b) => a - b);
  return {
    requests: sorted.length,
    perSecond: (sorted.length / elapsedMs) * 1000,
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
  };
}

export function formatSummary(name, s) {
  return `${name.padEnd(34)} ${String(s.requests).padStart(6)} req  ${s.perSecond.toFixed(0).padStart(6)} req/s  p50 ${s.p50.toFixed(1).padStart(6)} ms  p99 ${s.p99.toFixed(1).padStart(7)} ms`;
}

/** Refuses anything but a loopback URL: the load scripts must never leave this machine. */
export function assertLoopback(url) {
  const { hostname } = new URL(url);
  if (!['127.0.0.1', 'localhost', '[::1]', '::1'].includes(hostname)) {
    throw new Error(`refusing to send load to ${hostname}: loopback only`);
  }
}

/** A distinct client address for request i, so that per-client rate limits model many readers. */
export function clientIp(i) {
  return `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`;
}
