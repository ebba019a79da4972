/**
 * @module
 * The demo page: a sample article with the zero-configuration `<article-quiz article="#story">` under it. All article text is escaped by
 * hono/html, so markup in an article is shown as text.
 */
import { html } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import { articleView, type Sample } from '../samples';

export function demoPage(sample: Sample, widgetPath: string): HtmlEscapedString | Promise<HtmlEscapedString> {
  const view = articleView(sample.text);
  return html`<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>${sample.headline} · article-quiz demo</title>
    <link rel="icon" href="/favicon.svg" type="image/svg+xml">
    <link rel="stylesheet" href="/pages.css">
    <script type="module" src="${widgetPath}"></script>
  </head>
  <body>
    <header class="masthead"><a href="/">article-quiz</a> <span>demo</span></header>
    <main>
      <article id="story">
        ${view.date === undefined ? '' : html`<p class="dateline"><time datetime="${view.date}">${view.date}</time></p>`}
        <h1>${sample.headline}</h1>
        ${view.blocks.map((b) => (b.kind === 'heading' ? html`<h2>${b.text}</h2>` : html`<p>${b.text}</p>`))}
      </article>
      <section class="quiz" aria-labelledby="quiz-heading">
        <h2 id="quiz-heading">How well did you read it?</h2>
        <article-quiz article="#story"></article-quiz>
      </section>
    </main>
  </body>
</html>`;
}
