/**
 * @module
 * The styles of `<article-quiz>`. Host pages theme it through `--article-quiz-*` custom properties and
 * `::part()`; every other host style is kept out by the shadow root and the reset on `:host`.
 */
import { css } from 'lit';

export const styles = css`
  :host {
    /* Inherited host styles (text-transform, letter-spacing, colour...) stop here; font and size are kept. */
    all: initial;
    display: block;
    visibility: inherit;
    font-family: var(--article-quiz-font, inherit);
    font-size: var(--article-quiz-font-size, inherit);
    line-height: 1.5;
    --_bg: var(--article-quiz-bg, #ffffff);
    --_fg: var(--article-quiz-fg, #1f1f1f);
    --_muted: var(--article-quiz-muted, #575757);
    --_border: var(--article-quiz-border, #8a8a8a);
    --_accent: var(--article-quiz-accent, #0b57d0);
    --_accent-fg: var(--article-quiz-accent-fg, #ffffff);
    --_correct: var(--article-quiz-correct, #146c2e);
    --_wrong: var(--article-quiz-wrong, #b3261e);
    --_tint: var(--article-quiz-tint, #eef2fa);
    --_radius: var(--article-quiz-radius, 0.5em);
    color-scheme: light;
  }
  :host([theme='dark']) {
    --_bg: var(--article-quiz-bg, #1e1f20);
    --_fg: var(--article-quiz-fg, #ececec);
    --_muted: var(--article-quiz-muted, #b8b8b8);
    --_border: var(--article-quiz-border, #8f8f8f);
    --_accent: var(--article-quiz-accent, #a8c7fa);
    --_accent-fg: var(--article-quiz-accent-fg, #0a1f44);
    --_correct: var(--article-quiz-correct, #7ddc98);
    --_wrong: var(--article-quiz-wrong, #ffb4ab);
    --_tint: var(--article-quiz-tint, #2a2f3a);
    color-scheme: dark;
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      --_bg: var(--article-quiz-bg, #1e1f20);
      --_fg: var(--article-quiz-fg, #ececec);
      --_muted: var(--article-quiz-muted, #b8b8b8);
      --_border: var(--article-quiz-border, #8f8f8f);
      --_accent: var(--article-quiz-accent, #a8c7fa);
      --_accent-fg: var(--article-quiz-accent-fg, #0a1f44);
      --_correct: var(--article-quiz-correct, #7ddc98);
      --_wrong: var(--article-quiz-wrong, #ffb4ab);
      --_tint: var(--article-quiz-tint, #2a2f3a);
      color-scheme: dark;
    }
  }
  :host([hidden]) {
    display: none;
  }
  * {
    box-sizing: border-box;
  }
  .card {
    /* Reserved up front so that the page does not jump when the quiz arrives. */
    min-height: var(--article-quiz-min-height, 30em);
    padding: 1.25em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_fg);
    display: flex;
    flex-direction: column;
    gap: 0.75em;
  }
  p,
  ol,
  fieldset,
  blockquote {
    margin: 0;
  }
  .failed {
    justify-content: center;
    align-items: center;
    text-align: center;
  }
  .top {
    display: flex;
    justify-content: space-between;
    gap: 1em;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .title {
    font-weight: 600;
  }
  .top > :last-child {
    flex: none;
    white-space: nowrap;
  }
  .bar {
    height: 0.375em;
    border-radius: 1em;
    background: var(--_tint);
    overflow: hidden;
  }
  .fill {
    height: 100%;
    background: var(--_accent);
  }
  form {
    display: flex;
    flex-direction: column;
    gap: 0.75em;
  }
  fieldset {
    border: 0;
    padding: 0;
    min-width: 0;
    display: flex;
    flex-direction: column;
    gap: 0.5em;
  }
  .prompt {
    padding: 0;
    margin-bottom: 0.5em;
    font-size: 1.125em;
    font-weight: 600;
  }
  .prompt:focus {
    outline: none;
  }
  .choice {
    display: flex;
    align-items: center;
    gap: 0.75em;
    padding: 0.625em 0.875em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .choice:has(:checked) {
    border-color: var(--_accent);
    background: var(--_tint);
  }
  .choice:has(:disabled) {
    cursor: default;
  }
  .choice.right {
    border-color: var(--_correct);
    box-shadow: 0 0 0 1px var(--_correct);
  }
  .choice.wrong {
    border-color: var(--_wrong);
    box-shadow: 0 0 0 1px var(--_wrong);
  }
  input[type='radio'] {
    margin: 0;
    width: 1.125em;
    height: 1.125em;
    flex: none;
    accent-color: var(--_accent);
  }
  input[type='text'] {
    font: inherit;
    color: inherit;
    background: var(--_bg);
    padding: 0.5em 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    width: 100%;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
    align-items: center;
  }
  button {
    font: inherit;
    font-weight: 600;
    min-height: 2.75em;
    padding: 0.5em 1.25em;
    border-radius: var(--_radius);
    border: 2px solid var(--_accent);
    background: var(--_accent);
    color: var(--_accent-fg);
    cursor: pointer;
  }
  button.secondary {
    background: transparent;
    color: var(--_accent);
  }
  button.link {
    min-height: 0;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_accent);
    text-decoration: underline;
  }
  :focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }
  .hint,
  .muted {
    color: var(--_muted);
  }
  .feedback {
    padding: 0.875em;
    border-left: 4px solid var(--_wrong);
    background: var(--_tint);
    border-radius: var(--_radius);
    display: flex;
    flex-direction: column;
    gap: 0.5em;
  }
  .feedback.right {
    border-left-color: var(--_correct);
  }
  .verdict {
    font-weight: 700;
    color: var(--_wrong);
  }
  .right > .verdict,
  .ok {
    color: var(--_correct);
  }
  .ok,
  .ko {
    font-weight: 700;
  }
  .ko {
    color: var(--_wrong);
  }
  blockquote {
    font-style: italic;
  }
  .score {
    font-size: 1.5em;
    font-weight: 700;
  }
  .score:focus {
    outline: none;
  }
  ol {
    padding-left: 1.25em;
    display: flex;
    flex-direction: column;
    gap: 1em;
  }
  ol > li > * + * {
    margin-top: 0.375em;
  }
  .skeleton .line {
    height: 1em;
    border-radius: 0.25em;
    background: var(--_tint);
  }
  .skeleton .line.short {
    width: 40%;
  }
  .skeleton .line.block {
    height: 2.75em;
  }
  .sr {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (prefers-reduced-motion: no-preference) {
    .fill {
      transition: width 0.3s ease-out;
    }
    .skeleton .line {
      animation: pulse 1.5s ease-in-out infinite;
    }
    @keyframes pulse {
      50% {
        opacity: 0.5;
      }
    }
  }
`;
