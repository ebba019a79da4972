// Prints the gzipped size of the widget bundle beside Lit's own, both minified the same way in this run,
// and fails when the widget passes its budget (20 KB gzipped, Lit included; the aim is 12 KB).
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const BUDGET = 20 * 1024;
const AIM = 12 * 1024;

const gz = (code) => gzipSync(code, { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;

const widget = await readFile('dist/widget.js', 'utf8');
// The baseline: all of Lit's core, bundled and minified exactly as the widget is.
const lit = await build({
  stdin: { contents: "export * from 'lit';", resolveDir: process.cwd(), loader: 'js' },
  bundle: true,
  format: 'esm',
  target: 'es2021',
  minify: true,
  legalComments: 'none',
  write: false,
});
const litCode = lit.outputFiles[0].text;

const rows = [
  ['widget.js (Lit included)', widget.length, gz(widget)],
  ['lit (core only)', litCode.length, gz(litCode)],
];
console.log('bundle'.padEnd(28), 'minified'.padStart(10), 'gzipped'.padStart(10));
for (const [name, raw, zipped] of rows) console.log(name.padEnd(28), kb(raw).padStart(10), kb(zipped).padStart(10));
const [, , widgetGz] = rows[0];
const [, , litGz] = rows[1];
console.log(`widget / lit (gzipped): ${(widgetGz / litGz).toFixed(2)}x; the widget's own code: ${kb(widgetGz - litGz)} gzipped`);
console.log(`budget ${kb(BUDGET)}: ${widgetGz <= BUDGET ? 'within' : 'OVER'}; aim ${kb(AIM)}: ${widgetGz <= AIM ? 'met' : 'not met'}`);
if (widgetGz > BUDGET) process.exitCode = 1;
