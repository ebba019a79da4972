/**
 * @module
 * `<aq-results-chart>`: how the class did on each question, as horizontal bars in an SVG that screen
 * readers read as one described image, with the same numbers in a table beside it for everyone.
 */
import { LitElement, html, svg, css } from 'lit';
import type { QuestionSummary } from '../questions/classroom-schema';
import { sharedStyles } from './teacher.styles';

const ROW = 28;
const LABEL = 48;
const WIDTH = 520;
const BAR = WIDTH - LABEL - 64;

export function percent(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((part / whole) * 100);
}

export class ResultsChart extends LitElement {
  static override properties = {
    summary: { attribute: false },
  };

  static override styles = [
    sharedStyles,
    css`
      svg { width: 100%; max-width: ${WIDTH}px; height: auto; display: block; }
      .track { fill: var(--aq-soft); }
      .bar { fill: var(--aq-good); }
      text { fill: var(--aq-ink); font: 13px system-ui, sans-serif; }
      table { border-collapse: collapse; margin-top: 0.75rem; }
      th, td { text-align: left; padding: 0.2rem 0.75rem 0.2rem 0; border-bottom: 1px solid var(--aq-rule); }
      td.num { text-align: right; font-variant-numeric: tabular-nums; }
    `,
  ];

  summary: QuestionSummary[] = [];

  override render() {
    const rows = this.summary;
    const height = rows.length * ROW + 8;
    const description = rows
      .map((q, i) => `Question ${i + 1}: ${q.correct} of ${q.answered} right (${percent(q.correct, q.answered)}%).`)
      .join(' ');
    return html`
      <figure>
        <svg role="img" aria-labelledby="chart-title chart-desc" viewBox="0 0 ${WIDTH} ${height}">
          <title id="chart-title">Share of right answers per question</title>
          <desc id="chart-desc">${description}</desc>
          ${rows.map((q, i) => {
            const y = i * ROW + 4;
            const share = percent(q.correct, q.answered);
            return svg`
              <text x="0" y=${y + 17}>Q${i + 1}</text>
              <rect class="track" x=${LABEL} y=${y} width=${BAR} height="20" rx="3"></rect>
              <rect class="bar" x=${LABEL} y=${y} width=${(BAR * share) / 100} height="20" rx="3"></rect>
              <text x=${LABEL + BAR + 8} y=${y + 17}>${share}%</text>
            `;
          })}
        </svg>
        <figcaption class="visually-hidden">The table below gives the same numbers.</figcaption>
      </figure>
      <table>
        <caption class="visually-hidden">Right answers per question</caption>
        <thead><tr><th scope="col">Question</th><th scope="col">Answered</th><th scope="col">Right</th><th scope="col">Share right</th></tr></thead>
        <tbody>
          ${rows.map(
            (q, i) => html`<tr><th scope="row">Q${i + 1}</th><td class="num">${q.answered}</td><td class="num">${q.correct}</td><td class="num">${percent(q.correct, q.answered)}%</td></tr>`,
          )}
        </tbody>
      </table>
    `;
  }
}
