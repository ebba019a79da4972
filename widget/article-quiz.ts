/**
 * @module
 * The `<article-quiz>` element: loads a quiz from the Worker, walks a reader through it one question at a
 * time, and shows the server's scoring. Answers are judged only by the Worker; the page never holds a key.
 */
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { AttemptResult, PublicQuestion, PublicQuiz, QuestionResult, Stats } from '../questions/schema';
import {
  QuizApiError,
  checkAnswer,
  embedQuiz,
  fetchQuiz,
  fetchStats,
  newIdempotencyKey,
  submitAttempt,
  type ClientOptions,
} from './api-client';
import { readArticleText, readArticleTitle } from './article-text';
import { styles } from './article-quiz.styles';
import { ArticleQuizAnswerEvent } from './events/answer';
import { ArticleQuizCompleteEvent } from './events/complete';
import { ArticleQuizErrorEvent, type ArticleQuizErrorDetail } from './events/error';
import { ArticleQuizStartEvent } from './events/start';
import { stringsFor, type Strings } from './i18n';
import { renderNameStep } from './class-name-step';
import { shareLink } from './share';
import { articleElement, canShowInArticle, showInArticle } from './show-in-article';

/** Where the bundle was loaded from: the default Worker for `api`. */
const SCRIPT_ORIGIN = new URL(import.meta.url).origin;

/** Long enough for a first visit to generate an article's quiz; short enough that a reader is not left waiting. */
const DEFAULT_TIMEOUT_MS = 10_000;

interface Failure {
  message: string;
  retry: () => void;
}

/**
 * A quiz about an article, scored by the article-quiz Worker.
 *
 * @summary Embeds the quiz of an article: `<article-quiz article="#story">` or `<article-quiz quiz="ID">`.
 *
 * @attribute lang - Interface language (`en`, `es`); without it, the nearest `lang` of the host page. Followed live.
 *
 * @fires {ArticleQuizStartEvent} article-quiz-start - The reader picked or typed a first answer. `detail: {quizId, total}`.
 * @fires {ArticleQuizAnswerEvent} article-quiz-answer - The reader committed an answer. `detail: {quizId, questionId, index, answer, correct}` (`correct` is null while feedback is held to the end).
 * @fires {ArticleQuizCompleteEvent} article-quiz-complete - The attempt was scored and recorded. `detail: {quizId, attemptId, score, total, results}`.
 * @fires {ArticleQuizErrorEvent} article-quiz-error - Loading, checking or submitting failed; the element shows a retry button. `detail: {action, code, message, status}`.
 *
 * @csspart base - The card around everything.
 * @csspart title - The quiz title.
 * @csspart progress - The progress bar track; its fill is `progress-fill`.
 * @csspart progress-fill - The filled part of the progress bar.
 * @csspart prompt - The question.
 * @csspart choice - One answer choice (label with its radio button).
 * @csspart input - The text field of a fill-in-the-blank question.
 * @csspart button - Every button.
 * @csspart feedback - Right or wrong, the right answer and the article sentence.
 * @csspart sentence - The article sentence a question came from.
 * @csspart score - The final score.
 * @csspart review - The list reviewing every question at the end.
 * @csspart error - The error message.
 *
 * @cssprop [--article-quiz-font=inherit] - Font family (the host page's by default).
 * @cssprop [--article-quiz-font-size=inherit] - Base font size; everything scales with it.
 * @cssprop [--article-quiz-bg=#ffffff] - Background (dark: #1e1f20).
 * @cssprop [--article-quiz-fg=#1f1f1f] - Text colour (dark: #ececec).
 * @cssprop [--article-quiz-muted=#575757] - Secondary text (dark: #b8b8b8).
 * @cssprop [--article-quiz-border=#8a8a8a] - Borders of the card and choices (dark: #8f8f8f).
 * @cssprop [--article-quiz-accent=#0b57d0] - Buttons, focus rings, the progress bar (dark: #a8c7fa).
 * @cssprop [--article-quiz-accent-fg=#ffffff] - Text on accent-coloured buttons (dark: #0a1f44).
 * @cssprop [--article-quiz-correct=#146c2e] - "Correct" (dark: #7ddc98).
 * @cssprop [--article-quiz-wrong=#b3261e] - "Not quite" (dark: #ffb4ab).
 * @cssprop [--article-quiz-tint=#eef2fa] - Feedback and selected-choice background (dark: #2a2f3a).
 * @cssprop [--article-quiz-radius=0.5em] - Corner radius.
 * @cssprop [--article-quiz-min-height=30em] - Space reserved while loading, so the page does not jump.
 */
export class ArticleQuiz extends LitElement {
  static override styles = styles;

  // Attributes are read, never written back: the host's markup stays as the host wrote it.

  /** Id of an existing quiz to show. Takes precedence over `article`. */
  @property() quiz = '';

  /** CSS selector of the host element whose text the quiz is about; its quiz is found or made by the Worker. */
  @property() article = '';

  /** Origin of the article-quiz Worker; defaults to the origin this script was loaded from. */
  @property() api = '';

  /** `end` holds right/wrong and the answers until the last question (tests in class); `immediate` by default. */
  @property() feedback?: 'immediate' | 'end';

  /**
   * `light` or `dark` forces a colour scheme; without it the reader's `prefers-color-scheme` decides.
   * Reflected, because the styles select on the attribute.
   */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  /**
   * Join code of the class the quiz is taken in: the widget first asks for a display name, holds all
   * feedback until the end, and records the attempt in the class under that name.
   */
  @property({ attribute: 'class-code' }) classCode = '';

  /** How long to wait for the Worker, in milliseconds, before offering to retry. */
  @property({ type: Number }) timeout = DEFAULT_TIMEOUT_MS;

  @state() private data?: PublicQuiz;
  @state() private index = 0;
  @state() private responses: Record<string, string> = {};
  @state() private checks: Record<string, QuestionResult> = {};
  @state() private busy = false;
  @state() private hint = '';
  @state() private result?: AttemptResult;
  @state() private stats?: Stats;
  @state() private failure?: Failure;
  @state() private announcement = '';
  @state() private shareFallback = '';
  @state() private studentName = '';
  @state() private seated = false;

  private attemptKey = newIdempotencyKey();
  private started = false;
  private loads = 0;
  private focusTarget = '';
  /** Focus moves only after the reader has acted, never when a quiz merely loads. */
  private interacted = false;

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    // The interface language follows the `lang` attribute live.
    if (name === 'lang') this.requestUpdate();
  }

  private get t(): Strings {
    return stringsFor(this.closest('[lang]')?.getAttribute('lang'));
  }

  private get client(): ClientOptions {
    // A timeout attribute that is not a positive number would fail every call at once.
    const timeoutMs = this.timeout > 0 ? this.timeout : DEFAULT_TIMEOUT_MS;
    return { base: (this.api || SCRIPT_ORIGIN).replace(/\/+$/, ''), timeoutMs };
  }

  private get holdsFeedback(): boolean {
    return this.feedback === 'end' || this.data?.feedback === 'end' || this.classCode !== '';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated || changed.has('quiz') || changed.has('article') || changed.has('api')) void this.load();
  }

  protected override updated(): void {
    // Set through the CSSOM: a style attribute would break on hosts whose CSP forbids inline styles.
    const fill = this.renderRoot.querySelector<HTMLElement>('.fill');
    if (fill && this.data) fill.style.width = `${((this.index + 1) / this.data.questions.length) * 100}%`;
    if (this.focusTarget === '') return;
    const target = this.renderRoot.querySelector<HTMLElement>(this.focusTarget);
    this.focusTarget = '';
    target?.focus();
  }

  /** Loads (or reloads) the quiz the attributes name, starting a fresh run. */
  private async load(): Promise<void> {
    const load = ++this.loads;
    this.data = undefined;
    this.failure = undefined;
    this.reset();
    try {
      let quiz: PublicQuiz;
      if (this.quiz) quiz = await fetchQuiz(this.client, this.quiz);
      else {
        if (!this.article) throw new QuizApiError('missing_source', 'Set the quiz or the article attribute.', 0);
        const root = articleElement(this.article);
        if (root === null) throw new QuizApiError('article_not_found', `No element matches "${this.article}".`, 0);
        quiz = await embedQuiz(this.client, readArticleText(root), readArticleTitle(root));
      }
      if (load !== this.loads) return;
      if (!Array.isArray(quiz?.questions) || quiz.questions.length === 0) {
        throw new QuizApiError('invalid_response', 'The quiz server sent a quiz without questions.', 200);
      }
      this.data = quiz;
      if (this.interacted) this.focusTarget = '.prompt';
    } catch (error) {
      if (load === this.loads) this.fail('load', error, () => void this.load());
    }
  }

  private reset(): void {
    this.index = 0;
    this.responses = {};
    this.checks = {};
    this.result = undefined;
    this.stats = undefined;
    this.hint = '';
    this.shareFallback = '';
    this.started = false;
    this.seated = false;
    this.attemptKey = newIdempotencyKey();
  }

  private fail(action: ArticleQuizErrorDetail['action'], error: unknown, retry: () => void): void {
    const problem =
      error instanceof QuizApiError ? error : new QuizApiError('client_error', String((error as Error)?.message ?? error), 0);
    const message = this.messageFor(problem);
    this.busy = false;
    this.failure = { message, retry };
    this.announcement = message;
    if (this.interacted) this.focusTarget = '.retry';
    this.dispatchEvent(
      new ArticleQuizErrorEvent({ action, code: problem.code, message: problem.message, status: problem.status }),
    );
  }

  private messageFor(error: QuizApiError): string {
    const e = this.t.errors;
    if (error.code === 'missing_source') return e.noSource;
    if (error.code === 'article_not_found') return e.noArticle;
    if (error.code === 'timeout') return e.slow;
    if (error.code === 'network') return e.offline;
    if (error.code === 'class_closed') return this.t.inClass.closed;
    if (error.code === 'class_not_found') return this.t.inClass.notFound;
    if (error.status === 404) return e.notFound;
    if (error.status === 422) return e.unusable;
    if (error.status === 429) return e.busy;
    if (error.status >= 500) return e.server;
    return e.generic;
  }

  private retry(): void {
    this.interacted = true;
    const failure = this.failure;
    this.failure = undefined;
    failure?.retry();
  }

  private get question(): PublicQuestion | undefined {
    return this.data?.questions[this.index];
  }

  private respond(question: PublicQuestion, value: string): void {
    this.responses = { ...this.responses, [question.id]: value };
    this.hint = '';
    if (!this.started && this.data) {
      this.started = true;
      this.dispatchEvent(new ArticleQuizStartEvent({ quizId: this.data.id, total: this.data.questions.length }));
    }
  }

  private onSubmit(event: Event): void {
    event.preventDefault();
    void this.commit();
  }

  /** Commits the answer to the shown question: checks it, or with feedback held, moves on. */
  private async commit(): Promise<void> {
    this.interacted = true;
    const quiz = this.data;
    const question = this.question;
    if (!quiz || !question || this.busy || this.checks[question.id]) return;
    const answer = (this.responses[question.id] ?? '').trim();
    if (answer === '') {
      this.hint = this.t.chooseFirst;
      this.announcement = this.hint;
      return;
    }
    if (this.holdsFeedback) {
      this.dispatchEvent(new ArticleQuizAnswerEvent({ quizId: quiz.id, questionId: question.id, index: this.index, answer, correct: null }));
      this.advance();
      return;
    }
    this.busy = true;
    try {
      const check = await checkAnswer(this.client, quiz.id, question.id, answer);
      this.busy = false;
      this.checks = { ...this.checks, [question.id]: check };
      this.announcement = `${check.correct ? this.t.correct : this.t.incorrect} ${this.t.rightAnswer} ${this.answerText(question, check.answer)}`;
      this.focusTarget = '.next';
      this.dispatchEvent(
        new ArticleQuizAnswerEvent({ quizId: quiz.id, questionId: question.id, index: this.index, answer, correct: check.correct }),
      );
    } catch (error) {
      this.busy = false;
      if (error instanceof QuizApiError && error.code === 'feedback_at_end') {
        // The quiz's owner holds feedback to the end; carry on without it.
        this.data = { ...quiz, feedback: 'end' };
        void this.commit();
        return;
      }
      this.fail('check', error, () => void this.commit());
    }
  }

  private advance(): void {
    const quiz = this.data;
    if (!quiz) return;
    if (this.index + 1 < quiz.questions.length) {
      this.index += 1;
      // Focus reads the question; the live region adds where the reader is.
      this.announcement = this.t.progress(this.index + 1, quiz.questions.length);
      this.focusTarget = '.prompt';
      return;
    }
    void this.submit();
  }

  private async submit(): Promise<void> {
    const quiz = this.data;
    if (!quiz || this.busy) return;
    this.busy = true;
    this.announcement = this.t.submitting;
    try {
      const seat = this.classCode === '' ? undefined : { name: this.studentName.trim(), classCode: this.classCode };
      const result = await submitAttempt(this.client, quiz.id, this.responses, this.attemptKey, undefined, seat);
      this.busy = false;
      this.result = result;
      this.announcement = this.t.score(result.score, result.total);
      this.focusTarget = '.score';
      this.dispatchEvent(
        new ArticleQuizCompleteEvent({ quizId: quiz.id, attemptId: result.id, score: result.score, total: result.total, results: result.results }),
      );
      // Stats are a bonus: without them the review simply has no percentages.
      fetchStats(this.client, quiz.id).then(
        (stats) => (this.stats = stats),
        () => undefined,
      );
    } catch (error) {
      if (error instanceof QuizApiError && error.code === 'name_taken') {
        // The answers stay; the student picks another name and submits again.
        this.busy = false;
        this.seated = false;
        this.hint = this.t.inClass.nameTaken;
        this.announcement = this.hint;
        this.attemptKey = newIdempotencyKey();
        this.focusTarget = '#student-name';
        return;
      }
      this.fail('submit', error, () => void this.submit());
    }
  }

  private takeSeat(): void {
    this.interacted = true;
    if (this.studentName.trim() === '') {
      this.hint = this.t.inClass.nameRequired;
      this.announcement = this.hint;
      return;
    }
    this.hint = '';
    this.seated = true;
    // A student sent back for another name has answered everything already.
    if (this.data && Object.keys(this.responses).length === this.data.questions.length) void this.submit();
    else this.focusTarget = '.prompt';
  }

  private restart(): void {
    this.interacted = true;
    this.reset();
    this.focusTarget = '.prompt';
  }

  private async share(): Promise<void> {
    const quiz = this.data;
    const result = this.result;
    if (!quiz || !result) return;
    const url = location.href;
    const outcome = await shareLink({ title: quiz.title, text: this.t.shareText(result.score, result.total, quiz.title), url });
    if (outcome === 'copied') this.announcement = this.t.linkCopied;
    if (outcome === 'failed') this.shareFallback = url;
  }

  private show(sentence: string): void {
    if (showInArticle(this.article, sentence)) this.announcement = this.t.shownInArticle;
  }

  /** The text of a choice id (true/false in the interface language), or the answer itself for a typed answer. */
  private answerText(question: PublicQuestion, answer: string): string {
    if (question.type === 'true_false' && (answer === 'true' || answer === 'false')) return this.t[answer];
    return question.choices?.find((c) => c.id === answer)?.text ?? answer;
  }

  override render(): TemplateResult {
    return html`${this.renderBody()}<div class="sr" role="status">${this.announcement}</div>`;
  }

  private renderBody(): TemplateResult {
    const t = this.t;
    if (this.failure) {
      return html`<div class="card failed" part="base">
        <p part="error">${this.failure.message}</p>
        <div class="actions"><button class="retry" part="button" @click=${this.retry}>${t.retry}</button></div>
      </div>`;
    }
    const quiz = this.data;
    if (!quiz) {
      return html`<div class="card skeleton" part="base" aria-busy="true">
        <span class="sr">${t.loading}</span>
        <div class="line short"></div>
        <div class="line"></div>
        <div class="line"></div>
        <div class="line block"></div>
        <div class="line block"></div>
        <div class="line block"></div>
      </div>`;
    }
    if (this.result) return this.renderEnd(quiz, this.result);
    if (this.classCode !== '' && !this.seated) {
      return renderNameStep(t, {
        title: quiz.title,
        name: this.studentName,
        hint: this.hint,
        onInput: (name) => (this.studentName = name),
        onSubmit: () => this.takeSeat(),
      });
    }
    return this.renderQuestion(quiz);
  }

  private renderQuestion(quiz: PublicQuiz): TemplateResult {
    const t = this.t;
    const total = quiz.questions.length;
    const question = quiz.questions[this.index] as PublicQuestion;
    const check = this.checks[question.id];
    const locked = check !== undefined;
    const value = this.responses[question.id] ?? '';
    const last = this.index + 1 === total;
    const progress = t.progress(this.index + 1, total);
    const field =
      question.choices === undefined
        ? html`<label class="prompt" part="prompt" for="answer" tabindex="-1">${question.prompt}</label>
            <input
              id="answer"
              part="input"
              type="text"
              autocomplete="off"
              maxlength="300"
              .value=${value}
              ?disabled=${locked}
              @input=${(e: Event) => this.respond(question, (e.target as HTMLInputElement).value)}
            />`
        : html`<fieldset>
            <legend class="prompt" part="prompt" tabindex="-1">${question.prompt}</legend>
            ${question.choices.map(
              (choice) => html`<label class="choice ${check ? (choice.id === check.answer ? 'right' : value === choice.id ? 'wrong' : '') : ''}" part="choice">
                <input
                  type="radio"
                  name="choice"
                  .value=${choice.id}
                  .checked=${value === choice.id}
                  ?disabled=${locked}
                  @change=${() => this.respond(question, choice.id)}
                />
                <span>${this.answerText(question, choice.id)}</span>
              </label>`,
            )}
          </fieldset>`;
    return html`<div class="card" part="base">
      <div class="top">
        <p class="title" part="title">${quiz.title}</p>
        <p aria-hidden="true">${progress}</p>
      </div>
      <div
        class="bar"
        part="progress"
        role="progressbar"
        aria-label=${t.progressLabel}
        aria-valuemin="0"
        aria-valuemax=${total}
        aria-valuenow=${this.index + 1}
        aria-valuetext=${progress}
      >
        <div class="fill" part="progress-fill"></div>
      </div>
      <form @submit=${this.onSubmit} novalidate>
        ${field}
        ${this.hint ? html`<p class="hint">${this.hint}</p>` : nothing}
        ${check ? this.renderFeedback(question, check) : nothing}
        <div class="actions">
          ${check
            ? html`<button type="button" class="next" part="button" @click=${this.advance}>${last ? t.seeResults : t.next}</button>`
            : html`<button type="submit" part="button">
                ${this.holdsFeedback ? (last ? t.finish : t.next) : t.check}
              </button>`}
        </div>
      </form>
    </div>`;
  }

  private renderFeedback(question: PublicQuestion, check: QuestionResult): TemplateResult {
    const t = this.t;
    return html`<div class="feedback ${check.correct ? 'right' : ''}" part="feedback">
      <p class="verdict">${check.correct ? t.correct : t.incorrect}</p>
      <p>${t.rightAnswer} <strong>${this.answerText(question, check.answer)}</strong></p>
      ${this.renderSentence(check.explanation)}
    </div>`;
  }

  private renderSentence(sentence: string): TemplateResult {
    const t = this.t;
    const showable = this.article !== '' && canShowInArticle(this.article, sentence);
    return html`<p class="muted">${t.fromArticle}</p>
      <blockquote part="sentence">${sentence}</blockquote>
      ${showable
        ? html`<p><button type="button" class="link" part="button" @click=${() => this.show(sentence)}>${t.showInArticle}</button></p>`
        : nothing}`;
  }

  private renderEnd(quiz: PublicQuiz, result: AttemptResult): TemplateResult {
    const t = this.t;
    const byId = new Map(quiz.questions.map((q) => [q.id, q]));
    const percentRight = (questionId: string): number | undefined => {
      const counts = this.stats?.questions.find((q) => q.questionId === questionId);
      return counts && counts.answered > 0 ? Math.round((counts.correct / counts.answered) * 100) : undefined;
    };
    return html`<div class="card" part="base">
      <p class="title" part="title">${quiz.title}</p>
      <p class="score" part="score" tabindex="-1">${t.score(result.score, result.total)}</p>
      <p class="muted">${t.review}</p>
      <ol part="review">
        ${result.results.map((r) => {
          const question = byId.get(r.questionId);
          if (!question) return nothing;
          const given = this.responses[r.questionId];
          const percent = percentRight(r.questionId);
          return html`<li>
            <p><strong>${question.prompt}</strong></p>
            <p class="verdict-line">
              <span class=${r.correct ? 'ok' : 'ko'}>${r.correct ? t.correct : t.incorrect}</span>
              ${t.yourAnswer} ${given ? this.answerText(question, given) : t.noAnswer}
            </p>
            ${r.correct ? nothing : html`<p>${t.rightAnswer} <strong>${this.answerText(question, r.answer)}</strong></p>`}
            ${this.renderSentence(r.explanation)}
            ${percent === undefined ? nothing : html`<p class="muted">${t.readersRight(percent)}</p>`}
          </li>`;
        })}
      </ol>
      ${this.classCode !== ''
        ? nothing
        : html`<div class="actions">
            <button type="button" class="again" part="button" @click=${this.restart}>${t.tryAgain}</button>
            <button type="button" class="secondary share" part="button" @click=${this.share}>${t.share}</button>
          </div>`}
      ${this.shareFallback
        ? html`<label>${t.copyFailed} <input type="text" part="input" readonly .value=${this.shareFallback} /></label>`
        : nothing}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'article-quiz': ArticleQuiz;
  }
}
