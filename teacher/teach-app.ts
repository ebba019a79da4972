/**
 * @module
 * `<aq-teach-app>`: the teacher page. Without a private link it offers to make a quiz; with one (the
 * edit key in the URL fragment) it shows the editor, the classes, the results of the chosen class and
 * the exports. A new quiz's link is shown once, and put in the address bar so a bookmark keeps it.
 */
import { LitElement, html, css } from 'lit';
import type { SkippedQuestion } from '../questions/classroom-schema';
import { TeacherApi } from './api';
import type { QuizCreatedDetail } from './create-form';
import { ownershipHash, privateLink, readOwnership, type Ownership } from './owner-link';
import { sharedStyles } from './teacher.styles';

export class TeachApp extends LitElement {
  static override properties = {
    owner: { state: true },
    fresh: { state: true },
    skipped: { state: true },
    selected: { state: true },
  };

  static override styles = [
    sharedStyles,
    css`
      :host { max-width: 64rem; margin: 0 auto; }
      .bar { display: flex; justify-content: space-between; align-items: baseline; gap: 1rem; flex-wrap: wrap; margin: 0 0 1rem; }
    `,
  ];

  owner: Ownership | undefined = readOwnership(location.hash);
  /** Whether the private link was just made here (and so is shown with its warning). */
  fresh = false;
  skipped: SkippedQuestion[] = [];
  selected = '';
  private readonly api = new TeacherApi(location.origin);
  private readonly onHash = () => {
    this.owner = readOwnership(location.hash);
    this.selected = '';
  };

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHash);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHash);
  }

  private created(e: CustomEvent<QuizCreatedDetail>): void {
    const owner = { quizId: e.detail.quizId, key: e.detail.editKey };
    history.replaceState(null, '', `${location.pathname}${ownershipHash(owner)}`);
    this.owner = owner;
    this.fresh = true;
    this.skipped = e.detail.skipped;
  }

  private startOver(): void {
    history.replaceState(null, '', location.pathname);
    this.owner = undefined;
    this.fresh = false;
    this.selected = '';
  }

  override render() {
    const owner = this.owner;
    if (owner === undefined) {
      return html`<aq-create-form .api=${this.api} @aq-quiz-created=${this.created}></aq-create-form>`;
    }
    const api = this.api.withKey(owner.key);
    return html`
      ${this.fresh ? html`<aq-key-notice .link=${privateLink(location.origin, owner)} @aq-dismiss=${() => (this.fresh = false)}></aq-key-notice>` : ''}
      ${this.skipped.length === 0
        ? ''
        : html`<section class="panel" aria-labelledby="skipped-heading">
            <h2 id="skipped-heading">Not imported</h2>
            <ul>${this.skipped.map((s) => html`<li>Question ${s.index}${s.title === '' ? '' : html` (“${s.title}”)`}: ${s.reason}</li>`)}</ul>
          </section>`}
      <div class="bar">
        <p>Quiz <code>${owner.quizId}</code></p>
        <button type="button" @click=${this.startOver}>Make another quiz</button>
      </div>
      <aq-quiz-editor .api=${api} quiz-id=${owner.quizId}></aq-quiz-editor>
      <aq-class-panel
        .api=${api}
        quiz-id=${owner.quizId}
        .selected=${this.selected}
        @aq-class-selected=${(e: CustomEvent<{ code: string }>) => (this.selected = e.detail.code)}
      ></aq-class-panel>
      ${this.selected === ''
        ? ''
        : html`<aq-results-view
            .api=${api}
            quiz-id=${owner.quizId}
            code=${this.selected}
            @aq-results-updated=${() => void this.renderRoot.querySelector('aq-class-panel')?.refresh()}
          ></aq-results-view>`}
      <aq-export-panel .api=${api} quiz-id=${owner.quizId}></aq-export-panel>
    `;
  }
}
