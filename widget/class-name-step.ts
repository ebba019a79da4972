/**
 * @module
 * The first step of a quiz taken in a class (`class-code`): the student's display name, which the class
 * requires and their teacher sees with the answers.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Strings } from './i18n';

export interface NameStep {
  title: string;
  name: string;
  hint: string;
  onInput: (name: string) => void;
  onSubmit: () => void;
}

export function renderNameStep(t: Strings, step: NameStep): TemplateResult {
  const submit = (event: Event) => {
    event.preventDefault();
    step.onSubmit();
  };
  return html`<div class="card" part="base">
    <p class="title" part="title">${step.title}</p>
    <form @submit=${submit} novalidate>
      <label class="prompt" part="prompt" for="student-name" tabindex="-1">${t.inClass.nameLabel}</label>
      <input
        id="student-name"
        part="input"
        type="text"
        autocomplete="name"
        maxlength="80"
        aria-describedby="student-name-help"
        .value=${step.name}
        @input=${(e: Event) => step.onInput((e.target as HTMLInputElement).value)}
      />
      <p id="student-name-help" class="muted">${t.inClass.nameHelp}</p>
      ${step.hint ? html`<p class="hint">${step.hint}</p>` : nothing}
      <div class="actions"><button type="submit" class="start" part="button">${t.inClass.start}</button></div>
    </form>
  </div>`;
}
