import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { collectPageErrors, launchChromium } from './browser';
import { anyAnswer, position, recordEvents, recordedEvents, stats } from './quiz-helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('the demo page', () => {
  it('is served under a strict Content-Security-Policy', async () => {
    const res = await fetch(inject('baseUrl'));
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
  });

  it('serves widget.js as one self-contained ES module, without eval, that any origin may load', async () => {
    const res = await fetch(`${inject('baseUrl')}/widget.js`);
    expect(res.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    const code = await res.text();
    // Lit is inside: nothing is imported from anywhere else.
    const find = (re: RegExp) => re.exec(code)?.[0] ?? null;
    expect(find(/(?<![.\w$])import\s*(?:[\w{*"'(]|\s)|\bfrom\s*["']/)).toBeNull();
    expect(find(/(?<![.\w$])(?:eval\s*\(|new Function\s*\()/)).toBeNull();
    expect(code).toContain('customElements.define("article-quiz"');
  });

  it('keeps the quiz’s place on the page from before its script loads until its first question shows', async () => {
    const page = await browser.newPage({ viewport: { width: 900, height: 800 } });
    let release = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/widget\.js$/, async (route) => {
      await released;
      await route.continue();
    });
    // A module script holds DOMContentLoaded back, so wait only for the markup.
    await page.goto(inject('baseUrl'), { waitUntil: 'commit' });
    const widget = page.locator('article-quiz');
    await widget.waitFor({ state: 'attached' });
    const height = async () => (await widget.boundingBox())?.height ?? 0;
    await expect.poll(() => widget.evaluate((el) => el.matches(':not(:defined)'))).toBe(true);
    // The page's stylesheet reserves the space; wait for it to apply before measuring.
    await expect.poll(height).toBeGreaterThan(300);
    const before = await height();
    release();
    await widget.locator('.skeleton, .prompt').first().waitFor();
    const loading = await height();
    await widget.locator('.prompt').waitFor();
    expect(before).toBeGreaterThan(300);
    expect([loading, await height()]).toEqual([before, before]);
    await page.close();
  });

  it('lets a reader complete the quiz under the article with the mouse and shows the server’s scoring', async () => {
    const baseUrl = inject('baseUrl');
    const page = await browser.newPage();
    await recordEvents(page);
    const errors = collectPageErrors(page);
    await page.goto(baseUrl);
    await expect(page.locator('article#story h1').textContent()).resolves.toContain('Venezuela');
    const widget = page.locator('article-quiz');
    await widget.locator('.prompt').waitFor();
    const [, total] = await position(widget);
    expect(total).toBeGreaterThanOrEqual(1);

    for (let n = 1; n <= total; n++) {
      expect(await position(widget)).toEqual([n, total]);
      const answer = await anyAnswer(widget);
      if ((await widget.locator('input[type=radio]').count()) > 0) await widget.locator(`input[value="${answer}"]`).click();
      else await widget.locator('input[type=text]').fill(answer);
      await widget.locator('button[type=submit]').click();
      // Immediate feedback: right or wrong, the right answer and the sentence it came from.
      await expect(widget.locator('.feedback .verdict').textContent()).resolves.toMatch(/Correct!|Not quite\./);
      await expect(widget.locator('.feedback strong').textContent()).resolves.not.toBe('');
      await widget.locator('.next').click();
    }

    const score = squash((await widget.locator('.score').textContent()) ?? '');
    const [, shown, outOf] = /You got (\d+) of (\d+) right/.exec(score) ?? [];
    expect(Number(outOf)).toBe(total);
    const complete = (await recordedEvents(page)).find((e) => e.type === 'article-quiz-complete');
    expect(complete?.detail.score).toBe(Number(shown));
    const quizId = String(complete?.detail.quizId);

    // One review entry per question, each with the sentence it came from, found verbatim in the article.
    // innerText, not textContent: a sentence may run on into the next paragraph.
    const story = squash(await page.locator('article#story').innerText());
    const sentences = await widget.locator('li blockquote').allTextContents();
    expect(sentences).toHaveLength(total);
    for (const sentence of sentences) expect(story).toContain(squash(sentence));
    // The attempt was recorded once, and the review shows what share of readers got each question right.
    expect((await stats(baseUrl, quizId)).attempts).toBe(1);
    await expect(widget.locator('li', { hasText: '% of readers got this right' }).count()).resolves.toBe(total);
    // The host's markup is left as written.
    await expect(widget.evaluate((el) => el.outerHTML)).resolves.toBe('<article-quiz article="#story"></article-quiz>');
    expect(errors).toEqual([]);
    await page.close();
  });
});
