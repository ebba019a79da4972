import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { collectPageErrors } from './browser';
import { usePublisherPages } from './host-server';
import { answerKey, answerWithMouse, anyAnswer, createQuiz, openHostPage, position, recordEvents, recordedEvents, seedArticle } from './quiz-helpers';

const session = usePublisherPages();

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** The seed article as a publisher's markup; `loose` lays the same text out with other white space. */
function articleMarkup(loose = false): string {
  const paragraphs = seedArticle.split(/\n\s*\n/).map((p) => escape(p.trim()));
  return loose
    ? `<article id="story">\n  <h1>Venezuela</h1>\n${paragraphs.map((p) => `  <p>\n    ${p.replace(/ /g, '\n    ')}\n  </p>`).join('\n')}\n</article>`
    : `<article id="story"><h1>Venezuela</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article>`;
}

/** Collects the quiz ids (and statuses) the Worker's embed endpoint answers this page with. */
function embedResponses(page: Page): { status: number; id: string; body: string }[] {
  const seen: { status: number; id: string; body: string }[] = [];
  page.on('response', async (res) => {
    if (!res.url().endsWith('/api/embed') || res.request().method() !== 'POST') return;
    const body = await res.text();
    seen.push({ status: res.status(), id: (JSON.parse(body) as { quiz: { id: string } }).quiz.id, body });
  });
  return seen;
}

describe('<article-quiz> on a publisher’s page', () => {
  it('maps one article to one shared quiz: the same text read from two pages, and two widgets at once', async () => {
    const baseUrl = inject('baseUrl');
    const first = await session.browser.newPage();
    const firstSeen = embedResponses(first);
    // Two widgets on one page ask for the same article at the same moment.
    await openHostPage(
      first,
      session.host,
      baseUrl,
      `${articleMarkup()}<article-quiz id="a" article="#story"></article-quiz><article-quiz id="b" article="#story"></article-quiz>`,
      { path: '/dedupe-1' },
    );
    await first.locator('#a .prompt').waitFor();
    await first.locator('#b .prompt').waitFor();
    await expect.poll(() => firstSeen.length).toBe(2);
    expect(new Set(firstSeen.map((s) => s.id)).size).toBe(1);
    expect(firstSeen.map((s) => s.status).sort()).toEqual([200, 201]);

    const second = await session.browser.newPage();
    const secondSeen = embedResponses(second);
    await openHostPage(second, session.host, baseUrl, `${articleMarkup(true)}<article-quiz article="#story"></article-quiz>`, { path: '/dedupe-2' });
    await second.locator('article-quiz .prompt').waitFor();
    await expect.poll(() => secondSeen.length).toBe(1);
    expect(secondSeen[0]).toMatchObject({ status: 200, id: firstSeen[0]?.id });
    for (const seen of [...firstSeen, ...secondSeen]) expect(seen.body).not.toMatch(/editKey/i);
    // The quiz is titled after the article's heading.
    await expect(second.locator('article-quiz .title').textContent()).resolves.toBe('Venezuela');
    await first.close();
    await second.close();
  });

  it('runs two quizzes on one page independently', async () => {
    const baseUrl = inject('baseUrl');
    const immediate = await createQuiz(baseUrl, { title: 'First quiz' });
    const held = await createQuiz(baseUrl, { title: 'Second quiz', feedback: 'end' });
    const heldKey = await answerKey(baseUrl, held);
    const page = await session.browser.newPage();
    await recordEvents(page);
    const errors = collectPageErrors(page);
    await openHostPage(
      page,
      session.host,
      baseUrl,
      `<article-quiz id="one" quiz="${immediate.quiz.id}"></article-quiz><article-quiz id="two" quiz="${held.quiz.id}"></article-quiz>`,
    );
    const one = page.locator('#one');
    const two = page.locator('#two');
    await one.locator('.prompt').waitFor();
    await two.locator('.prompt').waitFor();
    await answerWithMouse(one, await anyAnswer(one));
    await one.locator('.feedback').waitFor();
    expect(await position(two)).toEqual([1, heldKey.questions.length]);
    await expect(two.locator('.feedback').count()).resolves.toBe(0);
    // Nothing the reader did in the first quiz shows up in the second.
    await expect(two.locator('input[type=radio]:checked').count()).resolves.toBe(0);
    for (const field of await two.locator('input[type=text]').all()) await expect(field.inputValue()).resolves.toBe('');

    for (const question of heldKey.questions) await answerWithMouse(two, question.answer);
    await expect(two.locator('.score').textContent()).resolves.toBe(`You got ${heldKey.questions.length} of ${heldKey.questions.length} right`);
    // The first quiz is where it was.
    expect((await position(one))[0]).toBe(1);
    await expect(one.locator('.feedback').count()).resolves.toBe(1);
    const events = await recordedEvents(page);
    expect(events.filter((e) => e.type === 'article-quiz-complete').map((e) => e.target)).toEqual(['two']);
    expect(events.filter((e) => e.target === 'one').map((e) => e.type)).toEqual(['article-quiz-start', 'article-quiz-answer']);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('is harmless when its script is loaded twice', async () => {
    const baseUrl = inject('baseUrl');
    const created = await createQuiz(baseUrl);
    const page = await session.browser.newPage();
    const errors = collectPageErrors(page);
    await openHostPage(page, session.host, baseUrl, `<article-quiz quiz="${created.quiz.id}"></article-quiz>`, {
      head: `<script type="module" src="${baseUrl}/widget.js?copy=2"></script>`,
      path: '/twice',
    });
    await page.locator('article-quiz .prompt').waitFor();
    await expect(page.locator('article-quiz .card').count()).resolves.toBe(1);
    const copies = await page.evaluate(() => performance.getEntriesByType('resource').filter((e) => e.name.includes('/widget.js')).length);
    expect(copies).toBe(2);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('speaks the page’s language, or its own lang attribute, and switches when that changes', async () => {
    const baseUrl = inject('baseUrl');
    const created = await createQuiz(baseUrl);
    const total = created.quiz.questions.length;
    const page = await session.browser.newPage();
    await openHostPage(
      page,
      session.host,
      baseUrl,
      `<article-quiz id="page-lang" quiz="${created.quiz.id}"></article-quiz>
       <article-quiz id="own-lang" lang="en-GB" quiz="${created.quiz.id}"></article-quiz>
       <div lang="fr"><article-quiz id="unknown" quiz="${created.quiz.id}"></article-quiz></div>`,
      { lang: 'es-MX', path: '/es' },
    );
    const submit = (id: string) => page.locator(`#${id} button[type=submit]`).textContent();
    await page.locator('#unknown .prompt').waitFor();
    await expect(submit('page-lang')).resolves.toContain('Comprobar');
    await expect(page.locator('#page-lang .top [aria-hidden]').textContent()).resolves.toBe(`1 de ${total}`);
    await expect(submit('own-lang')).resolves.toContain('Check');
    await expect(submit('unknown')).resolves.toContain('Check');
    await page.locator('#own-lang').evaluate((el) => el.setAttribute('lang', 'es'));
    await expect(submit('own-lang')).resolves.toContain('Comprobar');
    await page.locator('#page-lang').evaluate((el) => el.setAttribute('lang', 'en'));
    await expect(submit('page-lang')).resolves.toContain('Check');
    await page.close();
  });

  it('tells the host what happens through typed, prefixed, bubbling, composed events', async () => {
    const baseUrl = inject('baseUrl');
    const created = await createQuiz(baseUrl);
    const key = await answerKey(baseUrl, created);
    const page = await session.browser.newPage();
    await recordEvents(page);
    await openHostPage(page, session.host, baseUrl, `<div id="wrapper"><article-quiz id="quiz" quiz="${created.quiz.id}"></article-quiz><article-quiz id="broken" quiz="${created.quiz.id}"></article-quiz></div>`);
    // The event classes are exported by the bundle, so hosts can check with instanceof.
    // (A string, so that the test runner's module transform leaves this dynamic import alone.)
    await page.evaluate(`(async () => {
      const mod = await import(${JSON.stringify(`${baseUrl}/widget.js`)});
      window.classes = [];
      const names = { 'article-quiz-start': 'ArticleQuizStartEvent', 'article-quiz-answer': 'ArticleQuizAnswerEvent',
        'article-quiz-complete': 'ArticleQuizCompleteEvent', 'article-quiz-error': 'ArticleQuizErrorEvent' };
      for (const [type, name] of Object.entries(names)) {
        document.getElementById('wrapper').addEventListener(type, (e) => window.classes.push(type + ':' + (e instanceof mod[name])));
      }
    })()`);
    // Pointing a widget at a quiz that does not exist makes it reload, and fail.
    await page.locator('#broken').evaluate((el) => el.setAttribute('quiz', 'no-such-quiz'));
    const widget = page.locator('#quiz');
    await widget.locator('.prompt').waitFor();
    for (const [i, question] of key.questions.entries()) {
      const wrong = question.choices?.find((c) => c.id !== question.answer)?.id ?? 'wrong';
      await answerWithMouse(widget, i === 0 ? wrong : question.answer);
      await widget.locator('.next').click();
    }
    await widget.locator('.score').waitFor();
    await page.locator('#broken .retry').waitFor();

    const events = await recordedEvents(page);
    for (const e of events) expect(e).toMatchObject({ bubbles: true, composed: true });
    const own = events.filter((e) => e.target === 'quiz');
    expect(own.map((e) => e.type)).toEqual([
      'article-quiz-start',
      ...key.questions.map(() => 'article-quiz-answer'),
      'article-quiz-complete',
    ]);
    expect(own[0]?.detail).toEqual({ quizId: created.quiz.id, total: key.questions.length });
    expect(own[1]?.detail).toEqual({
      quizId: created.quiz.id,
      questionId: key.questions[0]?.id,
      index: 0,
      answer: key.questions[0]?.choices?.find((c) => c.id !== key.questions[0]?.answer)?.id ?? 'wrong',
      correct: false,
    });
    expect(own[2]?.detail).toMatchObject({ index: 1, correct: true });
    const complete = own.at(-1)?.detail as { quizId: string; attemptId: string; score: number; total: number; results: unknown[] };
    expect(complete).toMatchObject({ quizId: created.quiz.id, score: key.questions.length - 1, total: key.questions.length });
    expect(complete.attemptId).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(complete.results).toHaveLength(key.questions.length);
    const error = events.find((e) => e.target === 'broken');
    expect(error).toMatchObject({ type: 'article-quiz-error', detail: { action: 'load', code: 'quiz_not_found', status: 404 } });
    const classes = await page.evaluate(() => (window as unknown as { classes: string[] }).classes);
    expect(classes.length).toBeGreaterThan(2);
    expect(classes.every((c) => c.endsWith(':true'))).toBe(true);
    await page.close();
  });
});
