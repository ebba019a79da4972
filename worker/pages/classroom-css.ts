/**
 * @module
 * The stylesheet of the classroom pages (served at /classroom.css, on top of /pages.css).
 */
export const CLASSROOM_CSS = `
body.classroom main { max-width: 64rem; font-family: system-ui, -apple-system, "Segoe UI", sans-serif; }
body.classroom h1 { font-size: 1.9rem; }
.lede { color: var(--muted); margin: 0 0 1.5rem; }
.class-label { color: var(--muted); font: 600 1rem/1.4 system-ui, sans-serif; margin: 0; }
.code { font-family: ui-monospace, Menlo, monospace; letter-spacing: 0.1em; }
.notice { border-left: 4px solid var(--accent); padding: 0.75rem 1rem; background: color-mix(in srgb, var(--accent) 8%, transparent); }
.join { max-width: 22rem; }
.join label { display: block; font-weight: 600; }
.join input { font: 600 1.5rem/1.2 ui-monospace, Menlo, monospace; letter-spacing: 0.2em; text-transform: uppercase; width: 100%; padding: 0.4rem 0.6rem; margin: 0.25rem 0; }
.join .help { color: var(--muted); font-size: 0.9rem; margin: 0 0 0.75rem; }
.join .problem { color: #b3261e; font-weight: 600; }
@media (prefers-color-scheme: dark) { .join .problem { color: #ffb4ab; } }
.join button { font: 600 1rem/1 system-ui, sans-serif; padding: 0.6rem 1.2rem; border-radius: 6px; border: 0; background: var(--accent); color: var(--paper); cursor: pointer; }
:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
`;
