// Runs a TypeScript entry point (a bench or report script) by bundling it with esbuild first.
import { mkdir } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const [entry, ...args] = process.argv.slice(2);
if (entry === undefined) {
  console.error('usage: node scripts/run-ts.mjs <entry.ts> [args…]');
  process.exit(2);
}
const outfile = `node_modules/.cache/run-ts/${entry.replace(/[^\w.-]/g, '_')}.mjs`;
await mkdir('node_modules/.cache/run-ts', { recursive: true });
await build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'esm', outfile, logLevel: 'error', packages: 'external' });
process.argv = [process.argv[0], outfile, ...args];
await import(pathToFileURL(outfile).href);
