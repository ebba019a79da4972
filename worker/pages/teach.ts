/**
 * @module
 * The teacher page's HTML: a frame for `<aq-teach-app>` (teacher/), which does the rest.
 */
import { html } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import { classroomPage } from './classroom-page';

export function teachPage(): HtmlEscapedString | Promise<HtmlEscapedString> {
  return classroomPage({
    title: 'Teach with a text',
    section: 'for teachers',
    script: '/teach.js',
    body: html`<h1>Teach with a text</h1>
      <p class="lede">Paste a text, review the questions, open a class, and watch the results come in.</p>
      <aq-teach-app><p>Loading the teacher page…</p></aq-teach-app>
      <noscript><p>This page needs JavaScript.</p></noscript>`,
  });
}
