/**
 * @module
 * `<aq-class-panel>`: open classes on the quiz and manage them. Each class shows its join code and the
 * student link, whether it is open, and how many have answered; the teacher closes or reopens it, allows
 * retries, and picks the class whose results to watch.
 *
 * @fires aq-class-selected - `{ code }` when the teacher asks for a class's results.
 */
import { LitElement, html, css } from 'lit';
import type { ClassInfo } from '../questions/classroom-schema';
import { ApiProblem, type TeacherApi } from './api';
import { studentLink } from './owner-link';
import { sharedStyles } from './teacher.styles';

export class ClassPanel extends LitElement {
  static override properties = {
    api: { attribute: false },
    quizId: { type: String, attribute: 'quiz-id' },
    selected: { type: String },
    classes: { state: true },
    busy: { state: true },
    problem: { state: true },
    status: { state: true },
  };

  static override styles = [
    sharedStyles,
    css`
      ul { list-style: none; padding: 0; margin: 1rem 0 0; }
      li { border: 1px solid var(--aq-rule); border-radius: 8px; padding: 0.75rem 1rem; margin: 0 0 0.75rem; }
      li[aria-current='true'] { border: 2px solid var(--aq-accent); }
      .code { font-size: 1.6rem; font-weight: 700; letter-spacing: 0.15em; }
      .state-open { color: var(--aq-good); font-weight: 600; }
      .state-closed { color: var(--aq-bad); font-weight: 600; }
      .link { word-break: break-all; }
      form .row > .field { flex: 1 1 14rem; margin: 0; }
    `,
  ];

  api: TeacherApi | undefined;
  quizId = '';
  selected = '';
  classes: ClassInfo[] = [];
  busy = false;
  problem = '';
  status = '';

  override connectedCallback(): void {
    super.connectedCallback();
    void this.refresh();
  }

  async refresh(): Promise<void> {
    if (this.api === undefined || this.quizId === '') return;
    try {
      this.classes = await this.api.classes(this.quizId);
    } catch (error) {
      this.problem = error instanceof ApiProblem ? error.message : 'The classes could not be loaded.';
    }
  }

  private select(code: string): void {
    this.dispatchEvent(new CustomEvent('aq-class-selected', { detail: { code }, bubbles: true, composed: true }));
  }

  private async open(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.api === undefined || this.busy) return;
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    this.busy = true;
    this.problem = '';
    try {
      const klass = await this.api.openClass(this.quizId, String(data.get('label') ?? '').trim(), data.get('retries') !== null);
      form.reset();
      this.classes = [klass, ...this.classes];
      this.status = `Class ${klass.code} is open. Students join at /play/${klass.code}.`;
      this.select(klass.code);
    } catch (error) {
      this.problem = error instanceof ApiProblem ? error.message : 'The class could not be opened.';
    } finally {
      this.busy = false;
    }
  }

  private async changeClass(klass: ClassInfo, changes: { open?: boolean; allowRetries?: boolean }): Promise<void> {
    if (this.api === undefined) return;
    this.problem = '';
    try {
      const updated = await this.api.updateClass(this.quizId, klass.code, changes);
      this.classes = this.classes.map((c) => (c.code === updated.code ? updated : c));
      this.status =
        changes.open === undefined
          ? `Class ${updated.code}: retries ${updated.allowRetries ? 'allowed' : 'not allowed'}.`
          : `Class ${updated.code} is ${updated.open ? 'open again' : 'closed: no new answers are accepted'}.`;
    } catch (error) {
      this.problem = error instanceof ApiProblem ? error.message : 'The class could not be changed.';
    }
  }

  private renderClass(klass: ClassInfo) {
    const link = studentLink(location.origin, klass.code);
    const name = klass.label === '' ? `Class ${klass.code}` : klass.label;
    return html`
      <li aria-current=${this.selected === klass.code ? 'true' : 'false'} aria-label=${name}>
        <div class="row">
          <span class="code" aria-label="Join code ${klass.code.split('').join(' ')}">${klass.code}</span>
          <strong>${name}</strong>
          <span class=${klass.open ? 'state-open' : 'state-closed'}>${klass.open ? 'Open' : 'Closed'}</span>
          <span>${klass.attempts} ${klass.attempts === 1 ? 'answer' : 'answers'}</span>
        </div>
        <p>Student link: <a class="link" href=${link}>${link}</a></p>
        <div class="row">
          <button type="button" class="primary" @click=${() => this.select(klass.code)}>Show results</button>
          <button type="button" class=${klass.open ? 'danger' : ''} @click=${() => this.changeClass(klass, { open: !klass.open })}>
            ${klass.open ? 'Close class' : 'Reopen class'}
          </button>
          <label class="checkbox">
            <input type="checkbox" .checked=${klass.allowRetries} @change=${(e: Event) => this.changeClass(klass, { allowRetries: (e.target as HTMLInputElement).checked })} />
            Allow retries
          </label>
        </div>
      </li>
    `;
  }

  override render() {
    return html`
      <section class="panel" aria-labelledby="classes-heading">
        <h2 id="classes-heading">Classes</h2>
        <p>
          Open a class to give students a join code. In a class, students give a display name, answer once (unless you allow
          retries) and see the right answers only at the end.
        </p>
        <form @submit=${this.open}>
          <div class="row">
            <div class="field">
              <label for="class-label">Class name <span class="hint">(optional, e.g. "Period 3")</span></label>
              <input id="class-label" name="label" type="text" maxlength="80" />
            </div>
            <label class="checkbox"><input type="checkbox" name="retries" />Allow retries</label>
            <button type="submit" class="primary" ?disabled=${this.busy}>Open a class</button>
          </div>
        </form>
        <p role="status" aria-live="polite">${this.status}</p>
        ${this.problem === '' ? '' : html`<p class="error" role="alert">${this.problem}</p>`}
        ${this.classes.length === 0 ? html`<p class="hint">No class yet.</p>` : html`<ul>${this.classes.map((c) => this.renderClass(c))}</ul>`}
      </section>
    `;
  }
}
