import { mkdirSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { collectPageErrors } from './browser';
import { usePublisherPages } from './host-server';
import { answerKey, answerWithMouse, axeViolations, createQuiz, openHostPage } from './quiz-helpers';

const session = usePublisherPages();

/** Holds every request for a quiz until `release` is called, so the loading state can be looked at. */
async function holdQuizLoad(page: Page): Promise<() => void> {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/api\/quizzes\/[^/]+$/, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

const background = (page: Page) =>
  page.locator('article-quiz .card').evaluate((card) => getComputedStyle(card).backgroundColor);

describe('<article-quiz> accessibility and looks', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no axe violations at any step of the flow, in ${colorScheme}`, async () => {
      const baseUrl = inject('baseUrl');
      const created = await createQuiz(baseUrl);
      const key = await answerKey(baseUrl, created);
      const context: BrowserContext = await session.browser.newContext({ colorScheme });
      const page = await context.newPage();
      const errors = collectPageErrors(page);
      const release = await holdQuizLoad(page);
      await openHostPage(page, session.host, baseUrl, `<h1>News</h1><article-quiz quiz="${created.quiz.id}"></article-quiz>`);
      const widget = page.locator('article-quiz');
      await widget.locator('.skeleton').waitFor();
      expect(await axeViolations(page), 'loading').toEqual([]);
      release();
      await widget.locator('.prompt').waitFor();
      expect(await axeViolations(page), 'first question').toEqual([]);
      await widget.locator('button[type=submit]').click();
      await widget.locator('.hint').waitFor();
      expect(await axeViolations(page), 'asked to answer first').toEqual([]);
      for (const [i, question] of key.questions.entries()) {
        const wrong = question.choices?.find((c) => c.id !== question.answer)?.id ?? 'wrong';
        await answerWithMouse(widget, i % 2 === 0 ? wrong : question.answer);
        await widget.locator('.feedback').waitFor();
        expect(await axeViolations(page), `feedback ${i + 1}`).toEqual([]);
        await widget.locator('.next').click();
      }
      await widget.locator('li', { hasText: 'of readers got this right' }).first().waitFor();
      expect(await axeViolations(page), 'results').toEqual([]);
      expect(errors).toEqual([]);

      const failing = await context.newPage();
      await openHostPage(failing, session.host, baseUrl, '<h1>News</h1><article-quiz quiz="no-such-quiz"></article-quiz>', { path: '/missing' });
      await failing.locator('article-quiz .retry').waitFor();
      expect(await axeViolations(failing), 'error').toEqual([]);
      await context.close();
    });
  }

  it('follows prefers-color-scheme, is forced by the theme attribute, and looks right in both (screenshots)', async () => {
    const baseUrl = inject('baseUrl');
    const created = await createQuiz(baseUrl);
    mkdirSync('test-results', { recursive: true });
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await session.browser.newPage({ colorScheme, viewport: { width: 720, height: 900 } });
      await openHostPage(page, session.host, baseUrl, `<article-quiz quiz="${created.quiz.id}"></article-quiz>`, { path: `/theme-${colorScheme}` });
      const widget = page.locator('article-quiz');
      await widget.locator('.prompt').waitFor();
      expect(await background(page)).toBe(colorScheme === 'light' ? 'rgb(255, 255, 255)' : 'rgb(30, 31, 32)');
      await widget.locator('input').first().click();
      if ((await widget.locator('input[type=text]').count()) > 0) await widget.locator('input[type=text]').fill('a guess');
      await widget.locator('button[type=submit]').click();
      await widget.locator('.feedback').waitFor();
      await widget.screenshot({ path: `test-results/widget-${colorScheme}.png` });
      // The attribute wins over the reader's preference.
      const other = colorScheme === 'light' ? 'dark' : 'light';
      await widget.evaluate((el, theme) => el.setAttribute('theme', theme), other);
      expect(await background(page)).toBe(other === 'light' ? 'rgb(255, 255, 255)' : 'rgb(30, 31, 32)');
      await page.close();
    }
  });

  it('honours prefers-reduced-motion', async () => {
    const baseUrl = inject('baseUrl');
    for (const reducedMotion of ['reduce', 'no-preference'] as const) {
      const page = await session.browser.newPage({ reducedMotion });
      const release = await holdQuizLoad(page);
      await openHostPage(page, session.host, baseUrl, '<article-quiz quiz="anything"></article-quiz>', { path: `/motion-${reducedMotion}` });
      const pulse = await page.locator('article-quiz .skeleton .line').first().evaluate((line) => getComputedStyle(line).animationName);
      expect(pulse).toBe(reducedMotion === 'reduce' ? 'none' : 'pulse');
      release();
      await page.close();
    }
  });

  it('reserves its space while loading, so the page below does not jump', async () => {
    const baseUrl = inject('baseUrl');
    const created = await createQuiz(baseUrl);
    const page = await session.browser.newPage({ viewport: { width: 800, height: 900 } });
    const release = await holdQuizLoad(page);
    await openHostPage(page, session.host, baseUrl, `<article-quiz quiz="${created.quiz.id}"></article-quiz><p id="after">Below the quiz</p>`);
    await page.locator('article-quiz .skeleton').waitFor();
    const before = await page.locator('#after').boundingBox();
    release();
    await page.locator('article-quiz .prompt').waitFor();
    const after = await page.locator('#after').boundingBox();
    expect(before?.y).toBeGreaterThan(200);
    expect(after?.y).toBe(before?.y);
    await page.close();
  });

  it('takes the host page’s font, and nothing else of hostile host CSS', async () => {
    const baseUrl = inject('baseUrl');
    const created = await createQuiz(baseUrl);
    const page = await session.browser.newPage();
    await page.route(`${session.host.origin}/hostile.css`, (route) =>
      route.fulfill({
        contentType: 'text/css',
        body: `body { font-family: "DejaVu Serif", serif; font-size: 20px; color: #f0f; text-transform: uppercase;
          letter-spacing: 6px; line-height: 0.6; text-align: right; word-spacing: 30px; font-style: italic; }
          button, p, legend, label, input, div { display: none !important; color: red !important; }
          * { background: yellow !important; }`,
      }),
    );
    await openHostPage(page, session.host, baseUrl, `<article-quiz quiz="${created.quiz.id}"></article-quiz>`, {
      head: `<link rel="stylesheet" href="/hostile.css">`,
      path: '/hostile',
    });
    expect(await page.evaluate(() => getComputedStyle(document.body).textTransform)).toBe('uppercase');
    const widget = page.locator('article-quiz');
    await widget.locator('.prompt').waitFor();
    const style = await widget.locator('.prompt').evaluate((el) => {
      const s = getComputedStyle(el);
      return { fontFamily: s.fontFamily, fontSize: s.fontSize, textTransform: s.textTransform, letterSpacing: s.letterSpacing, textAlign: s.textAlign, fontStyle: s.fontStyle, wordSpacing: s.wordSpacing, display: s.display, color: s.color };
    });
    expect(style).toEqual({
      fontFamily: '"DejaVu Serif", serif',
      fontSize: '22.5px',
      textTransform: 'none',
      letterSpacing: 'normal',
      textAlign: 'start',
      fontStyle: 'normal',
      wordSpacing: '0px',
      display: 'block',
      color: 'rgb(31, 31, 31)',
    });
    await expect(widget.locator('button[type=submit]').isVisible()).resolves.toBe(true);
    await page.close();
  });
});
