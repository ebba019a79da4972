/**
 * @module
 * Styles shared by the teacher page's elements: form controls, buttons, panels and notices, in light and
 * dark, with focus always visible and contrast at WCAG AA.
 */
import { css } from 'lit';

export const sharedStyles = css`
  :host {
    --aq-ink: #1a1a1a;
    --aq-paper: #ffffff;
    --aq-muted: #4d4d4d;
    --aq-rule: #c8c8c8;
    --aq-accent: #0b57d0;
    --aq-accent-ink: #ffffff;
    --aq-good: #146c2e;
    --aq-bad: #b3261e;
    --aq-warn-bg: #fff4d6;
    --aq-warn-ink: #5c3b00;
    --aq-soft: #f2f4f7;
    display: block;
    color: var(--aq-ink);
    font: 1rem/1.5 system-ui, -apple-system, 'Segoe UI', sans-serif;
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --aq-ink: #ececec;
      --aq-paper: #1e1e1e;
      --aq-muted: #bdbdbd;
      --aq-rule: #555;
      --aq-accent: #8ab4f8;
      --aq-accent-ink: #0b1a33;
      --aq-good: #7fd493;
      --aq-bad: #ffb4ab;
      --aq-warn-bg: #3d2e00;
      --aq-warn-ink: #ffe08a;
      --aq-soft: #2a2a2a;
    }
  }
  * { box-sizing: border-box; }
  h2 { font-size: 1.35rem; margin: 0 0 0.75rem; }
  h3 { font-size: 1.1rem; margin: 0 0 0.5rem; }
  p { margin: 0 0 0.75rem; }
  .panel { border: 1px solid var(--aq-rule); border-radius: 10px; padding: 1.25rem; margin: 0 0 1.5rem; background: var(--aq-paper); }
  label { display: block; font-weight: 600; margin: 0 0 0.25rem; }
  .hint { color: var(--aq-muted); font-size: 0.9rem; font-weight: 400; }
  input[type='text'], input[type='number'], textarea, select {
    width: 100%;
    font: inherit;
    color: inherit;
    background: var(--aq-paper);
    border: 1px solid var(--aq-rule);
    border-radius: 6px;
    padding: 0.45rem 0.6rem;
  }
  textarea { resize: vertical; }
  input[type='number'] { width: 6rem; }
  fieldset { border: 1px solid var(--aq-rule); border-radius: 8px; margin: 0 0 1rem; padding: 0.5rem 0.9rem 0.75rem; }
  legend { font-weight: 600; padding: 0 0.25rem; }
  .field { margin: 0 0 1rem; }
  .row { display: flex; gap: 0.75rem; flex-wrap: wrap; align-items: center; }
  .checkbox { display: inline-flex; gap: 0.4rem; align-items: center; font-weight: 400; margin-right: 1rem; }
  button {
    font: inherit;
    font-weight: 600;
    border-radius: 6px;
    border: 1px solid var(--aq-accent);
    background: var(--aq-paper);
    color: var(--aq-accent);
    padding: 0.4rem 0.9rem;
    cursor: pointer;
  }
  button.primary { background: var(--aq-accent); color: var(--aq-accent-ink); }
  button.danger { border-color: var(--aq-bad); color: var(--aq-bad); }
  button:disabled { opacity: 0.55; cursor: not-allowed; }
  :focus-visible { outline: 3px solid var(--aq-accent); outline-offset: 2px; }
  .error { color: var(--aq-bad); font-weight: 600; }
  .ok { color: var(--aq-good); font-weight: 600; }
  .warning { background: var(--aq-warn-bg); color: var(--aq-warn-ink); border-radius: 8px; padding: 0.75rem 1rem; }
  code, .code { font-family: ui-monospace, 'SFMono-Regular', Menlo, monospace; }
  .visually-hidden {
    position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden;
    clip: rect(0, 0, 0, 0); white-space: nowrap; border: 0;
  }
  @media (prefers-reduced-motion: no-preference) {
    button { transition: background-color 120ms ease; }
  }
`;
