/**
 * @module
 * `<aq-quiz-editor>`: review and edit a quiz's questions (change, add one written from scratch, delete,
 * reorder), then save them all at once. The server validates every question; its message names the field
 * at fault (`questions.3.answer`), and that question is marked. Saving raises the quiz's version, which
 * starts its stats afresh.
 *
 * @fires aq-quiz-saved - `{ quiz }` after a save.
 */
import { LitElement, html, css } from 'lit';
import type { FeedbackMode, OwnedQuiz, Question } from '../questions/schema';
import { ApiProblem, type TeacherApi } from './api';
import { sharedStyles } from './teacher.styles';

function freeQuestionId(questions: readonly Question[]): string {
  let n = questions.length + 1;
  while (questions.some((q) => q.id === `t${n}`)) n++;
  return `t${n}`;
}

/** The index of the question a validation message names (`questions.3.answer` → 3). */
export function questionAtFault(message: string): number | undefined {
  const match = /questions\.(\d+)/.exec(message);
  return match?.[1] === undefined ? undefined : Number(match[1]);
}

export class QuizEditor extends LitElement {
  static override properties = {
    api: { attribute: false },
    quizId: { type: String, attribute: 'quiz-id' },
    saved: { state: true },
    quizTitle: { state: true },
    questions: { state: true },
    dirty: { state: true },
    busy: { state: true },
    status: { state: true },
    problem: { state: true },
    faulty: { state: true },
  };

  static override styles = [
    sharedStyles,
    css`
      .toolbar { position: sticky; bottom: 0; background: var(--aq-paper); border-top: 1px solid var(--aq-rule); padding: 0.75rem 0; }
    `,
  ];

  api: TeacherApi | undefined;
  quizId = '';
  saved: OwnedQuiz | undefined;
  quizTitle = '';
  questions: Question[] = [];
  dirty = false;
  busy = false;
  status = '';
  problem = '';
  faulty: number | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  async load(): Promise<void> {
    if (this.api === undefined || this.quizId === '') return;
    try {
      this.accept(await this.api.questions(this.quizId));
    } catch (error) {
      this.problem = error instanceof ApiProblem ? error.message : 'The quiz could not be loaded.';
    }
  }

  private accept(quiz: OwnedQuiz): void {
    this.saved = quiz;
    this.quizTitle = quiz.title;
    this.questions = quiz.questions.map((q) => structuredClone(q));
    this.dirty = false;
    this.faulty = undefined;
  }

  private edit(questions: Question[]): void {
    this.questions = questions;
    this.dirty = true;
    this.status = '';
  }

  private onChange(e: CustomEvent<{ index: number; question: Question }>): void {
    this.edit(this.questions.map((q, i) => (i === e.detail.index ? e.detail.question : q)));
  }

  private onMove(e: CustomEvent<{ index: number; delta: number }>): void {
    const { index, delta } = e.detail;
    const target = index + delta;
    if (target < 0 || target >= this.questions.length) return;
    const questions = [...this.questions];
    const [moved] = questions.splice(index, 1);
    if (moved !== undefined) questions.splice(target, 0, moved);
    this.edit(questions);
    this.status = `Question ${index + 1} moved to position ${target + 1}.`;
  }

  private onDelete(e: CustomEvent<{ index: number }>): void {
    this.edit(this.questions.filter((_, i) => i !== e.detail.index));
    this.status = `Question ${e.detail.index + 1} deleted.`;
  }

  private async addQuestion(): Promise<void> {
    const question: Question = {
      id: freeQuestionId(this.questions),
      type: 'multiple_choice',
      prompt: '',
      choices: [
        { id: 'c1', text: '' },
        { id: 'c2', text: '' },
      ],
      answer: 'c1',
      explanation: '',
    };
    this.edit([...this.questions, question]);
    await this.updateComplete;
    const editors = this.renderRoot.querySelectorAll('aq-question-editor');
    const last = editors[editors.length - 1];
    await (last as LitElement | undefined)?.updateComplete;
    last?.shadowRoot?.querySelector<HTMLTextAreaElement>('textarea')?.focus();
  }

  private async save(): Promise<void> {
    if (this.api === undefined || this.saved === undefined || this.busy) return;
    this.busy = true;
    this.problem = '';
    this.status = '';
    try {
      this.accept(await this.api.saveQuestions(this.quizId, this.saved.version, this.quizTitle, this.questions));
      this.status = `Saved. This is version ${this.saved.version} of the quiz; its stats start afresh.`;
      this.dispatchEvent(new CustomEvent('aq-quiz-saved', { detail: { quiz: this.saved }, bubbles: true, composed: true }));
    } catch (error) {
      this.problem = error instanceof ApiProblem ? error.message : 'The quiz could not be saved.';
      this.faulty = questionAtFault(this.problem);
    } finally {
      this.busy = false;
    }
  }

  private async setFeedback(e: Event): Promise<void> {
    if (this.api === undefined) return;
    const select = e.target as HTMLSelectElement;
    try {
      const quiz = await this.api.setFeedback(this.quizId, select.value as FeedbackMode);
      if (this.saved !== undefined) this.saved = { ...this.saved, feedback: quiz.feedback };
      this.status = quiz.feedback === 'end' ? 'Readers now see the right answers only at the end.' : 'Readers now see the right answer after each question.';
    } catch (error) {
      select.value = this.saved?.feedback ?? 'immediate';
      this.problem = error instanceof ApiProblem ? error.message : 'The setting could not be changed.';
    }
  }

  override render() {
    if (this.saved === undefined) {
      return html`<section class="panel" aria-busy="true"><p>${this.problem === '' ? 'Loading the quiz…' : html`<span class="error" role="alert">${this.problem}</span>`}</p></section>`;
    }
    return html`
      <section class="panel" aria-labelledby="review-heading">
        <h2 id="review-heading">Review and edit the questions</h2>
        <div class="field">
          <label for="quiz-title">Quiz title</label>
          <input id="quiz-title" type="text" maxlength="200" .value=${this.quizTitle} @input=${(e: Event) => {
            this.quizTitle = (e.target as HTMLInputElement).value;
            this.dirty = true;
          }} />
        </div>
        <div class="field">
          <label for="feedback">When readers see the right answers</label>
          <select id="feedback" .value=${this.saved.feedback ?? 'immediate'} @change=${this.setFeedback}>
            <option value="immediate" ?selected=${this.saved.feedback !== 'end'}>After each question</option>
            <option value="end" ?selected=${this.saved.feedback === 'end'}>Only at the end (always so while a class is open)</option>
          </select>
        </div>
        <div @aq-question-change=${this.onChange} @aq-question-move=${this.onMove} @aq-question-delete=${this.onDelete}>
          ${this.questions.map(
            (q, i) => html`<aq-question-editor .question=${q} .index=${i} .count=${this.questions.length} ?invalid=${this.faulty === i}></aq-question-editor>`,
          )}
        </div>
        <button type="button" @click=${this.addQuestion} ?disabled=${this.questions.length >= 50}>Add a question</button>
        <div class="toolbar row">
          <button type="button" class="primary" @click=${this.save} ?disabled=${this.busy || !this.dirty}>Save changes</button>
          <span role="status" aria-live="polite" class=${this.status === '' ? '' : 'ok'}>${this.busy ? 'Saving…' : this.status}</span>
        </div>
        ${this.problem === '' ? '' : html`<p class="error" role="alert">${this.problem}</p>`}
      </section>
    `;
  }
}
