/**
 * @module
 * `<aq-question-editor>`: one question under review. Change the prompt, the type, a choice, the right
 * answer, the accepted spellings and the explanation; move it up or down; delete it. The element keeps no
 * state of its own: every change is sent up as a new question.
 *
 * @fires aq-question-change - `{ index, question }` with the question as edited.
 * @fires aq-question-move - `{ index, delta }` to move it up (-1) or down (+1).
 * @fires aq-question-delete - `{ index }`.
 */
import { LitElement, html, css } from 'lit';
import type { Choice, Question, QuestionType } from '../questions/schema';
import { sharedStyles } from './teacher.styles';

const TRUE_FALSE: Choice[] = [
  { id: 'true', text: 'True' },
  { id: 'false', text: 'False' },
];

const MAX_CHOICES = 6;

function freeChoiceId(choices: readonly Choice[]): string {
  let n = choices.length + 1;
  while (choices.some((c) => c.id === `c${n}`)) n++;
  return `c${n}`;
}

/** The question turned into another type, keeping what still fits. */
export function changeType(q: Question, type: QuestionType): Question {
  const base = { id: q.id, type, prompt: q.prompt, explanation: q.explanation };
  if (type === 'true_false') return { ...base, choices: TRUE_FALSE.map((c) => ({ ...c })), answer: 'true' };
  if (type === 'fill_blank') {
    const text = q.choices?.find((c) => c.id === q.answer)?.text ?? '';
    return { ...base, answer: text };
  }
  const choices = q.type === 'multiple_choice' && q.choices !== undefined ? q.choices : [{ id: 'c1', text: q.type === 'fill_blank' ? q.answer : '' }, { id: 'c2', text: '' }];
  return { ...base, choices, answer: choices[0]?.id ?? 'c1' };
}

export class QuestionEditor extends LitElement {
  static override properties = {
    question: { attribute: false },
    index: { type: Number },
    count: { type: Number },
    invalid: { type: Boolean, reflect: true },
  };

  static override styles = [
    sharedStyles,
    css`
      :host { border: 1px solid var(--aq-rule); border-radius: 10px; padding: 1rem; margin: 0 0 1rem; }
      :host([invalid]) { border: 2px solid var(--aq-bad); }
      .head { display: flex; justify-content: space-between; align-items: baseline; gap: 0.5rem; flex-wrap: wrap; margin-bottom: 0.75rem; }
      .choice { display: grid; grid-template-columns: auto 1fr auto; gap: 0.5rem; align-items: center; margin: 0 0 0.5rem; }
      .choice input[type='radio'] { width: 1.2rem; height: 1.2rem; }
      textarea { min-height: 3.2rem; }
    `,
  ];

  question: Question | undefined;
  index = 0;
  count = 1;
  invalid = false;

  private emit(name: string, detail: object): void {
    this.dispatchEvent(new CustomEvent(name, { detail: { index: this.index, ...detail }, bubbles: true, composed: true }));
  }

  private change(update: Partial<Question>): void {
    if (this.question === undefined) return;
    const next: Question = { ...this.question, ...update };
    if (update.accepted !== undefined && update.accepted.length === 0) delete next.accepted;
    this.emit('aq-question-change', { question: next });
  }

  private setChoice(i: number, text: string): void {
    const choices = (this.question?.choices ?? []).map((c, j) => (j === i ? { ...c, text } : c));
    this.change({ choices });
  }

  private addChoice(): void {
    const choices = this.question?.choices ?? [];
    this.change({ choices: [...choices, { id: freeChoiceId(choices), text: '' }] });
  }

  private removeChoice(i: number): void {
    const q = this.question;
    if (q?.choices === undefined) return;
    const choices = q.choices.filter((_, j) => j !== i);
    const answer = q.choices[i]?.id === q.answer ? (choices[0]?.id ?? '') : q.answer;
    this.change({ choices, answer });
  }

  private renderChoices(q: Question, n: number) {
    if (q.type === 'fill_blank') {
      return html`
        <div class="field">
          <label for="answer-${n}">Right answer</label>
          <input id="answer-${n}" type="text" .value=${q.answer} @input=${(e: Event) => this.change({ answer: (e.target as HTMLInputElement).value })} />
        </div>
        <div class="field">
          <label for="accepted-${n}">Other accepted spellings <span class="hint">one per line; case, accents and small typos never matter</span></label>
          <textarea
            id="accepted-${n}"
            .value=${(q.accepted ?? []).join('\n')}
            @change=${(e: Event) =>
              this.change({ accepted: (e.target as HTMLTextAreaElement).value.split('\n').map((s) => s.trim()).filter((s) => s !== '') })}
          ></textarea>
        </div>
      `;
    }
    const fixed = q.type === 'true_false';
    return html`
      <fieldset>
        <legend>${fixed ? 'Right answer' : 'Choices (select the right one)'}</legend>
        ${(q.choices ?? []).map(
          (c, i) => html`
            <div class="choice">
              <input
                type="radio"
                name="right-${n}"
                id="right-${n}-${i}"
                .checked=${c.id === q.answer}
                aria-label=${fixed ? c.text : `Choice ${i + 1} is the right answer`}
                @change=${() => this.change({ answer: c.id })}
              />
              ${fixed
                ? html`<label for="right-${n}-${i}">${c.text}</label>`
                : html`<input
                    type="text"
                    aria-label="Choice ${i + 1}"
                    .value=${c.text}
                    @input=${(e: Event) => this.setChoice(i, (e.target as HTMLInputElement).value)}
                  />`}
              ${fixed || (q.choices?.length ?? 0) <= 2
                ? html`<span></span>`
                : html`<button type="button" class="danger" aria-label="Remove choice ${i + 1}" @click=${() => this.removeChoice(i)}>Remove</button>`}
            </div>
          `,
        )}
        ${fixed || (q.choices?.length ?? 0) >= MAX_CHOICES ? '' : html`<button type="button" @click=${this.addChoice}>Add a choice</button>`}
      </fieldset>
    `;
  }

  override render() {
    const q = this.question;
    if (q === undefined) return html``;
    const n = this.index + 1;
    return html`
      <div class="head">
        <h3 id="heading-${n}">Question ${n}</h3>
        <div class="row" role="group" aria-label="Question ${n} actions">
          <button type="button" ?disabled=${this.index === 0} @click=${() => this.emit('aq-question-move', { delta: -1 })} aria-label="Move up (question ${n})">Move up</button>
          <button type="button" ?disabled=${this.index >= this.count - 1} @click=${() => this.emit('aq-question-move', { delta: 1 })} aria-label="Move down (question ${n})">Move down</button>
          <button type="button" class="danger" ?disabled=${this.count <= 1} @click=${() => this.emit('aq-question-delete', {})} aria-label="Delete question ${n}">Delete</button>
        </div>
      </div>
      <div class="field">
        <label for="type-${n}">Type</label>
        <select id="type-${n}" .value=${q.type} @change=${(e: Event) => this.emit('aq-question-change', { question: changeType(q, (e.target as HTMLSelectElement).value as QuestionType) })}>
          <option value="multiple_choice" ?selected=${q.type === 'multiple_choice'}>Multiple choice</option>
          <option value="true_false" ?selected=${q.type === 'true_false'}>True or false</option>
          <option value="fill_blank" ?selected=${q.type === 'fill_blank'}>Fill in the blank</option>
        </select>
      </div>
      <div class="field">
        <label for="prompt-${n}">Question</label>
        <textarea id="prompt-${n}" .value=${q.prompt} @input=${(e: Event) => this.change({ prompt: (e.target as HTMLTextAreaElement).value })}></textarea>
      </div>
      ${this.renderChoices(q, n)}
      <div class="field">
        <label for="explanation-${n}">Explanation <span class="hint">shown to students after they answer</span></label>
        <textarea id="explanation-${n}" .value=${q.explanation} @input=${(e: Event) => this.change({ explanation: (e.target as HTMLTextAreaElement).value })}></textarea>
      </div>
    `;
  }
}
