// Prints the gzipped size of the widget bundle beside Lit's own, both minified the same way in this run,
// and fails when the widget passes its budget (20 KB gzipped, Lit included; the aim is 12 KB).
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { BROWSER_BUNDLE } from '../scripts/bundle-options.mjs';

export const BUDGET = 20 * 1024;
export const AIM = 12 * 1024;

export const gz = (code) => gzipSync(code, { level: 9 }).length;
export const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;

/** Minified and gzipped sizes of dist/widget.js and of Lit's core bundled the same way. */
export async function widgetSizes() {
  const widget = await readFile('dist/widget.js', 'utf8');
  // The baseline: all of Lit's core, bundled and minified exactly as the widget is.
  const lit = await build({
    ...BROWSER_BUNDLE,
    stdin: { contents: "export * from 'lit';", resolveDir: process.cwd(), loader: 'js' },
  });
  const litCode = lit.outputFiles[0].text;
  return {
    widget: { minified: widget.length, gzipped: gz(widget) },
    lit: { minified: litCode.length, gzipped: gz(litCode) },
  };
}

export function printWidgetSizes({ widget, lit }) {
  console.log('bundle'.padEnd(28), 'minified'.padStart(10), 'gzipped'.padStart(10));
  console.log('widget.js (Lit included)'.padEnd(28), kb(widget.minified).padStart(10), kb(widget.gzipped).padStart(10));
  console.log('lit (core only)'.padEnd(28), kb(lit.minified).padStart(10), kb(lit.gzipped).padStart(10));
  console.log(`widget / lit (gzipped): ${(widget.gzipped / lit.gzipped).toFixed(2)}x; the widget's own code: ${kb(widget.gzipped - lit.gzipped)} gzipped`);
  console.log(`budget ${kb(BUDGET)}: ${widget.gzipped <= BUDGET ? 'within' : 'OVER'}; aim ${kb(AIM)}: ${widget.gzipped <= AIM ? 'met' : 'not met'}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const sizes = await widgetSizes();
  printWidgetSizes(sizes);
  if (sizes.widget.gzipped > BUDGET) process.exitCode = 1;
}
