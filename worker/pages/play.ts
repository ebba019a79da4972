/**
 * @module
 * The student pages: `/play/CODE` shows the class's quiz in `<article-quiz>` with the class code (the
 * widget asks for a display name and holds feedback until the end); a closed class says so; `/play`
 * without a code, or with one no class has, offers a form to type the code.
 */
import { html } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import type { PublicClass } from '../../questions/classroom-schema';
import { classroomPage } from './classroom-page';

type Html = HtmlEscapedString | Promise<HtmlEscapedString>;

function heading(klass: PublicClass): Html {
  return html`<p class="class-label">${klass.label === '' ? html`Class <span class="code">${klass.code}</span>` : klass.label}</p>
    <h1>${klass.title}</h1>`;
}

export function playPage(klass: PublicClass): Html {
  return classroomPage({
    title: klass.title,
    section: 'class',
    script: '/widget.js',
    body: html`${heading(klass)}
      <p class="lede">Give your name, answer every question, then submit: you will see the right answers at the end.</p>
      <article-quiz quiz="${klass.quizId}" class-code="${klass.code}"></article-quiz>`,
  });
}

export function classClosedPage(klass: PublicClass): Html {
  return classroomPage({
    title: klass.title,
    section: 'class',
    body: html`${heading(klass)}
      <p class="notice" role="status">This class is closed: your teacher is no longer accepting answers.</p>`,
  });
}

export function joinPage(problem?: string): Html {
  return classroomPage({
    title: 'Join a class',
    section: 'class',
    body: html`<h1>Join a class</h1>
      <form method="get" action="/play" class="join">
        <label for="code">Class code</label>
        <input id="code" name="code" type="text" autocomplete="off" autocapitalize="characters" spellcheck="false"
          maxlength="16" required aria-describedby="code-help${problem === undefined ? '' : ' code-problem'}">
        <p id="code-help" class="help">Six letters and digits, as your teacher gave them.</p>
        ${problem === undefined ? '' : html`<p id="code-problem" class="problem" role="alert">${problem}</p>`}
        <button type="submit">Join</button>
      </form>`,
  });
}
