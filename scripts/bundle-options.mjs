// The esbuild options of every browser bundle: the widget and the teacher's pages (scripts/build.mjs), and
// Lit's core as the baseline of the widget's size (bench/widget-size.mjs), so that both are built alike.
export const BROWSER_BUNDLE = {
  bundle: true,
  format: 'esm',
  target: 'es2021',
  minify: true,
  legalComments: 'none',
  write: false,
};
