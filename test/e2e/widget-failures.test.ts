import type { Page, Route } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { collectPageErrors } from './browser';
import { usePublisherPages } from './host-server';
import { answerKey, answerWithMouse, createQuiz, isFailedLoad, openHostPage, recordEvents, recordedEvents, stats } from './quiz-helpers';

const session = usePublisherPages();

const QUIZ_GET = /\/api\/quizzes\/[^/]+$/;

/** Makes the next `times` matching requests fail with `fault`, then lets requests through again. */
async function failNext(page: Page, url: RegExp, times: number, fault: (route: Route) => Promise<void>): Promise<void> {
  let left = times;
  await page.route(url, async (route) => {
    if (route.request().method() === 'OPTIONS' || left <= 0) return route.continue();
    left -= 1;
    await fault(route);
  });
}

async function expectFailure(page: Page, message: string): Promise<void> {
  const widget = page.locator('article-quiz');
  await widget.locator('.retry').waitFor();
  await expect.poll(() => widget.locator('[part=error]').textContent()).toBe(message);
}

describe('<article-quiz> when things go wrong', () => {
  it('shows a readable message and a working retry button when the Worker cannot be reached', async () => {
    const baseUrl = inject('baseUrl');
    const created = await createQuiz(baseUrl);
    const page = await session.browser.newPage();
    const errors = collectPageErrors(page);
    await failNext(page, QUIZ_GET, 1, (route) => route.abort('connectionrefused'));
    await openHostPage(page, session.host, baseUrl, `<article-quiz quiz="${created.quiz.id}"></article-quiz>`);
    await expectFailure(page, 'The quiz could not be reached. Check your connection and try again.');
    await page.locator('article-quiz .retry').click();
    await page.locator('article-quiz .prompt').waitFor();
    // Focus follows the reader: from the retry button to the question.
    expect(await page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.className)).toBe('prompt');
    expect(errors.filter((e) => !isFailedLoad(e))).toEqual([]);
    await page.close();
  });

  it('explains a server fault (5xx) and an unknown quiz (404) in words, and offers to retry', async () => {
    const baseUrl = inject('baseUrl');
    const created = await createQuiz(baseUrl);
    const page = await session.browser.newPage();
    await recordEvents(page);
    await failNext(page, QUIZ_GET, 1, (route) =>
      route.fulfill({
        status: 503,
        contentType: 'application/json',
        headers: { 'Access-Control-Allow-Origin': '*' },
        body: JSON.stringify({ error: { code: 'internal_error', message: 'Down for a moment.' } }),
      }),
    );
    await openHostPage(page, session.host, baseUrl, `<article-quiz quiz="${created.quiz.id}"></article-quiz>`);
    await expectFailure(page, 'Something went wrong on the quiz server. Try again in a moment.');
    await page.locator('article-quiz .retry').click();
    await page.locator('article-quiz .prompt').waitFor();

    await page.locator('article-quiz').evaluate((el) => el.setAttribute('quiz', 'no-such-quiz'));
    await expectFailure(page, 'This quiz does not exist (any more).');
    const errorEvents = (await recordedEvents(page)).filter((e) => e.type === 'article-quiz-error');
    expect(errorEvents.map((e) => e.detail)).toEqual([
      { action: 'load', code: 'internal_error', status: 503, message: 'Down for a moment.' },
      { action: 'load', code: 'quiz_not_found', status: 404, message: expect.stringContaining('no-such-quiz') },
    ]);
    await page.close();
  });

  it('gives up waiting on a slow network after its timeout, and retries', async () => {
    const baseUrl = inject('baseUrl');
    const created = await createQuiz(baseUrl);
    const page = await session.browser.newPage();
    await failNext(page, QUIZ_GET, 1, async (route) => {
      await new Promise((r) => setTimeout(r, 1500));
      await route.continue().catch(() => undefined);
    });
    await openHostPage(page, session.host, baseUrl, `<article-quiz quiz="${created.quiz.id}" timeout="500"></article-quiz>`);
    await expectFailure(page, 'The quiz is taking too long to answer. Try again in a moment.');
    await page.locator('article-quiz .retry').click();
    await page.locator('article-quiz .prompt').waitFor();
    await page.close();
  });

  it('retries a submitted attempt whose response was lost with the same idempotency key, so it is recorded once', async () => {
    const baseUrl = inject('baseUrl');
    const created = await createQuiz(baseUrl, { feedback: 'end' });
    const key = await answerKey(baseUrl, created);
    const page = await session.browser.newPage();
    await recordEvents(page);
    const keys: string[] = [];
    page.on('request', (r) => {
      if (r.url().endsWith('/attempts') && r.method() === 'POST') keys.push(r.headers()['idempotency-key'] ?? '');
    });
    // The Worker receives and stores the attempt, but the answer never reaches the reader, three times over:
    // the widget's own retries run out, it shows the error, and the reader's retry gets the stored result.
    await failNext(page, /\/attempts$/, 3, async (route) => {
      await route.fetch();
      await route.abort('connectionreset');
    });
    await openHostPage(page, session.host, baseUrl, `<article-quiz quiz="${created.quiz.id}"></article-quiz>`);
    const widget = page.locator('article-quiz');
    await widget.locator('.prompt').waitFor();
    for (const question of key.questions) await answerWithMouse(widget, question.answer);
    await expectFailure(page, 'The quiz could not be reached. Check your connection and try again.');
    expect(keys).toHaveLength(3);
    await widget.locator('.retry').click();
    await expect(widget.locator('.score').textContent()).resolves.toBe(`You got ${key.questions.length} of ${key.questions.length} right`);
    expect(keys).toHaveLength(4);
    expect(new Set(keys).size).toBe(1);
    expect(keys[0]).toMatch(/^[0-9a-f]{32}$/);
    expect((await stats(baseUrl, created.quiz.id)).attempts).toBe(1);
    const events = await recordedEvents(page);
    expect(events.filter((e) => e.type === 'article-quiz-error').map((e) => e.detail.action)).toEqual(['submit']);
    expect(events.filter((e) => e.type === 'article-quiz-complete')).toHaveLength(1);
    await page.close();
  });

  it('says so when the element has nothing to quiz on, or its article is not on the page', async () => {
    const baseUrl = inject('baseUrl');
    const page = await session.browser.newPage();
    await openHostPage(page, session.host, baseUrl, '<article-quiz></article-quiz>', { path: '/no-source' });
    await expectFailure(page, 'This quiz is missing its "quiz" or "article" attribute.');
    await page.locator('article-quiz').evaluate((el) => el.setAttribute('article', '#nowhere'));
    await expectFailure(page, 'The article this quiz is about is not on the page.');
    await page.locator('article-quiz').evaluate((el) => el.setAttribute('article', '[not a selector'));
    await expectFailure(page, 'The article this quiz is about is not on the page.');
    await page.close();
  });
});
