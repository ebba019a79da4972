/**
 * @module
 * The frame of the classroom pages (`/teach`, `/play/...`): head, masthead and main, with every
 * caller-supplied value escaped by hono/html, scripts and styles only from this origin.
 */
import { html } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';

type Html = HtmlEscapedString | Promise<HtmlEscapedString>;

export interface PageFrame {
  title: string;
  section: string;
  script?: string;
  body: Html;
}

export function classroomPage(frame: PageFrame): Html {
  return html`<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>${frame.title} · article-quiz</title>
    <link rel="icon" href="/favicon.svg" type="image/svg+xml">
    <link rel="stylesheet" href="/pages.css">
    <link rel="stylesheet" href="/classroom.css">
    ${frame.script === undefined ? '' : html`<script type="module" src="${frame.script}"></script>`}
  </head>
  <body class="classroom">
    <header class="masthead"><a href="/">article-quiz</a> <span>${frame.section}</span></header>
    <main>${frame.body}</main>
  </body>
</html>`;
}
