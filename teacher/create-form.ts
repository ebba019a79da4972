/**
 * @module
 * `<aq-create-form>`: the first step of the teacher page. Paste a text or pick a sample, set the title,
 * the number and types of questions, and generate; or import a GIFT file instead.
 *
 * @fires aq-quiz-created - `{ quizId, editKey, skipped }` once the new quiz is stored.
 */
import { LitElement, html, css, type PropertyValues } from 'lit';
import type { QuestionType } from '../questions/schema';
import type { SkippedQuestion } from '../questions/classroom-schema';
import { ApiProblem, type Sample, type TeacherApi } from './api';
import { sharedStyles } from './teacher.styles';

export interface QuizCreatedDetail {
  quizId: string;
  editKey: string;
  skipped: SkippedQuestion[];
}

const TYPE_LABELS: Record<QuestionType, string> = {
  multiple_choice: 'Multiple choice',
  true_false: 'True or false',
  fill_blank: 'Fill in the blank',
};

export class CreateForm extends LitElement {
  static override properties = {
    api: { attribute: false },
    samples: { state: true },
    mode: { state: true },
    busy: { state: true },
    problem: { state: true },
  };

  static override styles = [
    sharedStyles,
    css`
      .tabs { display: flex; gap: 0.5rem; margin: 0 0 1rem; }
      .tabs button[aria-pressed='true'] { background: var(--aq-accent); color: var(--aq-accent-ink); }
      textarea { min-height: 12rem; }
    `,
  ];

  api: TeacherApi | undefined;
  samples: Sample[] = [];
  mode: 'article' | 'gift' = 'article';
  busy = false;
  problem = '';

  protected override firstUpdated(_changed: PropertyValues): void {
    void this.api
      ?.samples()
      .then((samples) => (this.samples = samples))
      .catch(() => undefined);
  }

  private field<T extends HTMLElement>(name: string): T {
    return this.renderRoot.querySelector(`[name="${name}"]`) as T;
  }

  private pickSample(event: Event): void {
    const slug = (event.target as HTMLSelectElement).value;
    const sample = this.samples.find((s) => s.slug === slug);
    if (sample === undefined) return;
    this.field<HTMLTextAreaElement>('text').value = sample.text;
    this.field<HTMLInputElement>('title').value = sample.headline;
  }

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.api === undefined || this.busy) return;
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    const text = String(data.get('text') ?? '');
    const title = String(data.get('title') ?? '').trim();
    this.busy = true;
    this.problem = '';
    try {
      let detail: QuizCreatedDetail;
      if (this.mode === 'gift') {
        const created = await this.api.importGift(text, title === '' ? undefined : title);
        detail = { quizId: created.quiz.id, editKey: created.editKey, skipped: created.skipped };
      } else {
        const types = data.getAll('types').map(String) as QuestionType[];
        const created = await this.api.createQuiz({
          text,
          ...(title === '' ? {} : { title }),
          count: Number(data.get('count') ?? 10),
          ...(types.length > 0 ? { types } : {}),
        });
        detail = { quizId: created.quiz.id, editKey: created.editKey, skipped: [] };
      }
      this.dispatchEvent(new CustomEvent<QuizCreatedDetail>('aq-quiz-created', { detail, bubbles: true, composed: true }));
    } catch (error) {
      this.problem = error instanceof ApiProblem ? error.message : 'Something went wrong; please try again.';
    } finally {
      this.busy = false;
    }
  }

  override render() {
    const article = this.mode === 'article';
    return html`
      <section class="panel" aria-labelledby="create-heading">
        <h2 id="create-heading">Make a quiz</h2>
        <div class="tabs" role="group" aria-label="Start from">
          <button type="button" aria-pressed=${article ? 'true' : 'false'} @click=${() => (this.mode = 'article')}>From a text</button>
          <button type="button" aria-pressed=${article ? 'false' : 'true'} @click=${() => (this.mode = 'gift')}>Import a GIFT file</button>
        </div>
        <form @submit=${this.submit}>
          ${article && this.samples.length > 0
            ? html`<div class="field">
                <label for="sample">Or pick a sample text</label>
                <select id="sample" @change=${this.pickSample}>
                  <option value="">Choose a sample…</option>
                  ${this.samples.map((s) => html`<option value=${s.slug}>${s.headline}</option>`)}
                </select>
              </div>`
            : ''}
          <div class="field">
            <label for="text">${article ? 'Text to quiz on' : 'GIFT questions'}
              <span class="hint">${article ? 'a news article or a textbook page, pasted as plain text' : 'as exported from Moodle or another tool'}</span></label>
            <textarea id="text" name="text" required></textarea>
          </div>
          <div class="field">
            <label for="title">Title <span class="hint">(optional)</span></label>
            <input id="title" name="title" type="text" maxlength="200" />
          </div>
          ${article
            ? html`
                <div class="field">
                  <label for="count">Number of questions</label>
                  <input id="count" name="count" type="number" min="3" max="20" value="8" required />
                </div>
                <fieldset>
                  <legend>Types of questions</legend>
                  ${(Object.keys(TYPE_LABELS) as QuestionType[]).map(
                    (type) => html`<label class="checkbox"><input type="checkbox" name="types" value=${type} checked />${TYPE_LABELS[type]}</label>`,
                  )}
                </fieldset>
              `
            : ''}
          <div class="row">
            <button class="primary" type="submit" ?disabled=${this.busy}>${article ? 'Generate questions' : 'Import questions'}</button>
            <span role="status" aria-live="polite">${this.busy ? (article ? 'Generating…' : 'Importing…') : ''}</span>
          </div>
          ${this.problem === '' ? '' : html`<p class="error" role="alert">${this.problem}</p>`}
        </form>
      </section>
    `;
  }
}
