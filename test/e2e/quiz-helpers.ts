/**
 * @module
 * Helpers for the widget's browser tests: quizzes made through the real API, host pages on another
 * origin that embed the real `/widget.js`, and driving `<article-quiz>` like a reader.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { CreateQuizResponse, KeyedQuiz, Stats } from '../../questions/schema';
import type { HostServer } from './host-server';

export const seedArticle = readFileSync(new URL('../../questions/samples/venezuela-election-2024.txt', import.meta.url), 'utf8');

/** The host-page CSP a careful publisher sends: no inline script or style, no eval. */
export const STRICT_CSP = (workerOrigin: string) =>
  `default-src 'none'; script-src ${workerOrigin}; style-src 'self'; connect-src ${workerOrigin}; base-uri 'none'`;

let clients = 0;

/**
 * Makes a quiz through the API as its owner. Each call comes from another client address, so that the
 * suite, which makes many quizzes within a minute, stays clear of the per-client creation limit.
 */
export async function createQuiz(baseUrl: string, body: Record<string, unknown> = {}): Promise<CreateQuizResponse> {
  clients += 1;
  const res = await fetch(`${baseUrl}/api/quizzes`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'CF-Connecting-IP': `10.77.${clients >> 8}.${clients & 255}` },
    body: JSON.stringify({ text: seedArticle, ...body }),
  });
  expect(res.status).toBe(201);
  return (await res.json()) as CreateQuizResponse;
}

export async function answerKey(baseUrl: string, created: CreateQuizResponse): Promise<KeyedQuiz> {
  const res = await fetch(`${baseUrl}/api/quizzes/${created.quiz.id}/answer-key`, {
    headers: { Authorization: `Bearer ${created.editKey}` },
  });
  expect(res.status).toBe(200);
  return (await res.json()) as KeyedQuiz;
}

export async function stats(baseUrl: string, quizId: string): Promise<Stats> {
  const res = await fetch(`${baseUrl}/api/quizzes/${quizId}/stats`);
  expect(res.status).toBe(200);
  return (await res.json()) as Stats;
}

/**
 * Opens `body` as a page of the publisher's server `host`, loading the widget from the Worker, under a
 * strict CSP. `lang` sets the page's language; `head` adds markup to its head.
 */
export async function openHostPage(
  page: Page,
  host: HostServer,
  baseUrl: string,
  body: string,
  { lang = 'en', head = '', path = '/' }: { lang?: string; head?: string; path?: string } = {},
): Promise<void> {
  const html = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Host page</title>
<script type="module" src="${baseUrl}/widget.js"></script>${head}</head><body><main>${body}</main></body></html>`;
  await page.goto(host.serve(path, html, STRICT_CSP(baseUrl)));
}

/** Chromium's own report of a failed request; expected in the tests that make requests fail on purpose. */
export const isFailedLoad = (message: string) => /Failed to load resource|net::ERR_/.test(message);

/** Answers the shown question with the mouse: `answer` is a choice id or typed text. */
export async function answerWithMouse(widget: Locator, answer: string): Promise<void> {
  const text = widget.locator('input[type=text]');
  if ((await widget.locator('input[type=radio]').count()) > 0) {
    await widget.locator(`input[type=radio][value="${answer}"]`).click();
  } else {
    await text.fill(answer);
  }
  await widget.locator('button[type=submit]').click();
}

/** Some answer that fits the shown question: its first choice, or a typed word. */
export async function anyAnswer(widget: Locator): Promise<string> {
  const radios = widget.locator('input[type=radio]');
  return (await radios.count()) > 0 ? ((await radios.first().getAttribute('value')) ?? '') : 'something';
}

/** The question currently shown, as its 1-based position and the quiz length ("2 of 5"). */
export async function position(widget: Locator): Promise<[number, number]> {
  const text = (await widget.locator('[role=progressbar]').getAttribute('aria-valuetext')) ?? '';
  const [, current, total] = /(\d+)\D+(\d+)/.exec(text) ?? [];
  return [Number(current), Number(total)];
}

/** The id of the question currently shown, read from the quiz by its position. */
export async function currentQuestionId(widget: Locator, quiz: { questions: { id: string }[] }): Promise<string> {
  const [current] = await position(widget);
  const question = quiz.questions[current - 1];
  if (question === undefined) throw new Error(`no question at position ${current}`);
  return question.id;
}

/** Records every `article-quiz-*` event reaching `document`, with its flags and detail, from the next page load on. */
export async function recordEvents(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: unknown[] = [];
    (window as unknown as { quizEvents: unknown[] }).quizEvents = seen;
    for (const type of ['article-quiz-start', 'article-quiz-answer', 'article-quiz-complete', 'article-quiz-error']) {
      document.addEventListener(type, (event) => {
        const target = event.composedPath()[0] as Element;
        seen.push({
          type,
          bubbles: event.bubbles,
          composed: event.composed,
          target: target.id,
          detail: JSON.parse(JSON.stringify((event as Event & { detail: unknown }).detail)),
        });
      });
    }
  });
}

export interface SeenEvent {
  type: string;
  bubbles: boolean;
  composed: boolean;
  target: string;
  detail: Record<string, unknown>;
}

export function recordedEvents(page: Page): Promise<SeenEvent[]> {
  return page.evaluate(() => (window as unknown as { quizEvents: SeenEvent[] }).quizEvents);
}

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Runs axe-core (WCAG 2.x A and AA rules) over the page, shadow roots included, and returns its
 * violations in a readable form. axe is evaluated through the DevTools protocol, which the page's CSP
 * does not govern, so the page under test keeps its strict policy.
 */
export async function axeViolations(page: Page, include = 'article-quiz'): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (selector) => {
    const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: { id: string; nodes: { target: unknown; failureSummary?: string }[] }[] }> } }).axe;
    const result = await axe.run(
      { include: [...document.querySelectorAll(selector)].map((e) => e) },
      { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } },
    );
    return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`));
  }, include);
}
