/**
 * @module
 * `<aq-results-view>`: a class's results while students work. It polls the results every few seconds
 * (an unchanged poll costs a 304), pauses while the tab is hidden, and shows every attempt (name, score,
 * time, right or wrong per question), a chart per question, and the answers most often chosen wrongly.
 * Downloads: CSV for a spreadsheet, JSON for everything else.
 *
 * @fires aq-results-updated - `{ count }` whenever fresh results arrive.
 */
import { LitElement, html, css } from 'lit';
import type { ClassAttempt, ClassResults } from '../questions/classroom-schema';
import type { Question } from '../questions/schema';
import { ApiProblem, type TeacherApi } from './api';
import { saveDownload } from './download';
import { percent } from './results-chart';
import { sharedStyles } from './teacher.styles';

export const POLL_MS = 4_000;

function outcome(attempt: ClassAttempt, q: Question): 'right' | 'wrong' | 'unanswered' {
  const given = attempt.answers[q.id];
  if (given === undefined || given.trim() === '') return 'unanswered';
  return attempt.correct.includes(q.id) ? 'right' : 'wrong';
}

const MARK = { right: '✓', wrong: '✗', unanswered: '–' } as const;

function time(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
}

export class ResultsView extends LitElement {
  static override properties = {
    api: { attribute: false },
    quizId: { type: String, attribute: 'quiz-id' },
    code: { type: String },
    results: { state: true },
    problem: { state: true },
    announcement: { state: true },
  };

  static override styles = [
    sharedStyles,
    css`
      h3 { margin-top: 1.5rem; }
      .scroll { overflow-x: auto; }
      table.attempts { border-collapse: collapse; min-width: 100%; }
      .attempts th, .attempts td { padding: 0.35rem 0.6rem; border-bottom: 1px solid var(--aq-rule); text-align: left; white-space: nowrap; }
      .attempts .num { text-align: right; font-variant-numeric: tabular-nums; }
      .right { color: var(--aq-good); font-weight: 700; }
      .wrong { color: var(--aq-bad); font-weight: 700; }
      .unanswered { color: var(--aq-muted); }
      .older { color: var(--aq-muted); font-size: 0.85rem; }
      ol.wrong-answers { padding-left: 1.25rem; }
      ol.wrong-answers li { margin: 0 0 0.5rem; }
      .live { color: var(--aq-muted); font-size: 0.9rem; }
    `,
  ];

  api: TeacherApi | undefined;
  quizId = '';
  code = '';
  results: ClassResults | undefined;
  problem = '';
  announcement = '';
  private etag: string | undefined;
  private timer: ReturnType<typeof setInterval> | undefined;
  private readonly onVisibility = () => {
    if (!document.hidden) void this.poll();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    this.timer = setInterval(() => {
      if (!document.hidden) void this.poll();
    }, POLL_MS);
    document.addEventListener('visibilitychange', this.onVisibility);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.timer);
    document.removeEventListener('visibilitychange', this.onVisibility);
  }

  protected override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('code') && this.code !== '') {
      this.results = undefined;
      this.etag = undefined;
      void this.poll();
    }
  }

  async poll(): Promise<void> {
    if (this.api === undefined || this.code === '') return;
    const code = this.code;
    try {
      const fresh = await this.api.results(this.quizId, code, this.etag);
      if (fresh === null || code !== this.code) return;
      const before = this.results?.attempts.length;
      this.results = fresh.results;
      this.etag = fresh.etag;
      this.problem = '';
      const count = fresh.results.attempts.length;
      this.dispatchEvent(new CustomEvent('aq-results-updated', { detail: { count }, bubbles: true, composed: true }));
      if (before !== undefined && count > before) this.announcement = `${count - before} new ${count - before === 1 ? 'answer' : 'answers'}; ${count} in all.`;
    } catch (error) {
      this.problem = error instanceof ApiProblem ? error.message : 'The results could not be loaded; retrying.';
    }
  }

  private async downloadCsv(): Promise<void> {
    if (this.api === undefined) return;
    try {
      saveDownload(await this.api.resultsCsv(this.quizId, this.code));
    } catch (error) {
      this.problem = error instanceof ApiProblem ? error.message : 'The CSV could not be downloaded.';
    }
  }

  private downloadJson(): void {
    if (this.results === undefined) return;
    const blob = new Blob([JSON.stringify(this.results, null, 2)], { type: 'application/json' });
    saveDownload({ filename: `results-${this.code}.json`, blob });
  }

  private renderWrongAnswers(results: ClassResults) {
    const byId = new Map(results.quiz.questions.map((q, i) => [q.id, { q, n: i + 1 }]));
    const items = results.questions.filter((s) => s.wrongAnswers.length > 0);
    if (items.length === 0) return html`<p class="hint">No wrong answers yet.</p>`;
    return html`<ol class="wrong-answers">
      ${items.map((s) => {
        const found = byId.get(s.questionId);
        return html`<li>
          <strong>Q${found?.n}</strong> ${found?.q.prompt}
          <ul>
            ${s.wrongAnswers.map((w) => html`<li>“${w.answer}”: ${w.count} ${w.count === 1 ? 'student' : 'students'}</li>`)}
          </ul>
        </li>`;
      })}
    </ol>`;
  }

  private renderAttempts(results: ClassResults) {
    const { questions, version } = results.quiz;
    if (results.attempts.length === 0) return html`<p class="hint">No one has answered yet. This page updates by itself.</p>`;
    return html`<div class="scroll">
      <table class="attempts">
        <caption class="visually-hidden">Every attempt in the class</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col" class="num">Score</th>
            <th scope="col">Time</th>
            ${questions.map((q, i) => html`<th scope="col" title=${q.prompt}>Q${i + 1}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${results.attempts.map(
            (a) => html`<tr>
              <th scope="row">${a.name}${a.quizVersion === version ? '' : html` <span class="older">(earlier version)</span>`}</th>
              <td class="num">${a.score} / ${a.total} (${percent(a.score, a.total)}%)</td>
              <td><time datetime=${a.createdAt}>${time(a.createdAt)}</time></td>
              ${questions.map((q) => {
                const o = outcome(a, q);
                return html`<td class=${o}><span aria-hidden="true">${MARK[o]}</span><span class="visually-hidden">${o}</span></td>`;
              })}
            </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  override render() {
    const results = this.results;
    const klass = results?.class;
    const name = klass === undefined ? this.code : klass.label === '' ? `class ${klass.code}` : `${klass.label} (${klass.code})`;
    return html`
      <section class="panel" aria-labelledby="results-heading" aria-busy=${results === undefined ? 'true' : 'false'}>
        <h2 id="results-heading">Results: ${name}</h2>
        <p class="live">
          ${results === undefined ? 'Loading…' : html`${results.attempts.length} ${results.attempts.length === 1 ? 'answer' : 'answers'}; ${klass?.open ? 'updating live while the class is open.' : 'the class is closed.'}`}
        </p>
        <p class="visually-hidden" role="status" aria-live="polite">${this.announcement}</p>
        ${this.problem === '' ? '' : html`<p class="error" role="alert">${this.problem}</p>`}
        <div class="row">
          <button type="button" @click=${this.downloadCsv} ?disabled=${results === undefined}>Download CSV</button>
          <button type="button" @click=${this.downloadJson} ?disabled=${results === undefined}>Download JSON</button>
        </div>
        ${results === undefined
          ? ''
          : html`
              <h3>Each student</h3>
              ${this.renderAttempts(results)}
              <h3>How the class did per question</h3>
              <aq-results-chart .summary=${results.questions}></aq-results-chart>
              <h3>Answers most often chosen wrongly</h3>
              ${this.renderWrongAnswers(results)}
            `}
      </section>
    `;
  }
}
