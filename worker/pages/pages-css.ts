/**
 * @module
 * The stylesheet of the Worker's own pages (served at /pages.css, so the CSP needs no inline styles).
 */
export const PAGES_CSS = `
:root { color-scheme: light dark; --ink: #1a1a1a; --paper: #fdfdfb; --muted: #555; --rule: #ddd; --accent: #0b57d0; }
@media (prefers-color-scheme: dark) {
  :root { --ink: #ececec; --paper: #161616; --muted: #b4b4b4; --rule: #3a3a3a; --accent: #8ab4f8; }
}
* { box-sizing: border-box; }
body { margin: 0; background: var(--paper); color: var(--ink); font: 18px/1.6 Georgia, "Times New Roman", serif; }
a { color: var(--accent); }
.masthead { border-bottom: 1px solid var(--rule); padding: 0.75rem 1.25rem; font: 600 1rem/1.2 system-ui, sans-serif; }
.masthead a { color: inherit; text-decoration: none; }
.masthead span { color: var(--muted); font-weight: 400; margin-left: 0.25rem; }
main { max-width: 42rem; margin: 0 auto; padding: 1.5rem 1.25rem 4rem; }
h1 { font-size: 2rem; line-height: 1.2; margin: 0.25rem 0 1.25rem; }
h2 { font-size: 1.3rem; line-height: 1.3; margin: 2rem 0 0.5rem; }
.dateline { color: var(--muted); font: 0.9rem/1.4 system-ui, sans-serif; margin: 0; }
code, pre { font: 0.85rem/1.5 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
pre { background: color-mix(in srgb, var(--ink) 6%, var(--paper)); padding: 0.75rem 1rem; overflow-x: auto; border-radius: 6px; }
.docs { max-width: 56rem; font-family: system-ui, sans-serif; font-size: 1rem; }
.docs table { border-collapse: collapse; width: 100%; }
.docs th, .docs td { text-align: left; border-bottom: 1px solid var(--rule); padding: 0.35rem 0.5rem; vertical-align: top; }
.route { border-top: 1px solid var(--rule); margin-top: 1.5rem; }
.method { display: inline-block; min-width: 4.5rem; font: 700 0.85rem/1.6 ui-monospace, monospace; }
.note { color: var(--muted); }
.quiz { margin-top: 3rem; border-top: 2px solid var(--ink); padding-top: 0.5rem; }
/* The quiz's space is kept before its script has loaded, so the page does not jump. */
article-quiz:not(:defined) { display: block; min-height: 30em; }
`;
