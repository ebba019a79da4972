import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import type { KeyedQuiz } from '../../questions/schema';
import { collectPageErrors } from './browser';
import { usePublisherPages } from './host-server';
import {
  answerKey,
  answerWithMouse,
  createQuiz,
  currentQuestionId,
  openHostPage,
  position,
  recordEvents,
  recordedEvents,
  seedArticle,
  stats,
} from './quiz-helpers';

const session = usePublisherPages();

/** What has keyboard focus, looking through the widget's shadow root. */
function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    if (!active || active === document.body) return 'body';
    return `${active.tagName.toLowerCase()}${active.className ? `.${String(active.className).trim().split(/\s+/).join('.')}` : ''}${active instanceof HTMLInputElement ? `[${active.type}]` : ''}`;
  });
}

function paragraphs(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`)
    .join('\n');
}

describe('a reader of <article-quiz>', () => {
  it('completes the quiz with the keyboard alone and gets every answer right', async () => {
    const baseUrl = inject('baseUrl');
    const created = await createQuiz(baseUrl, { title: 'Keyboard quiz' });
    const key = await answerKey(baseUrl, created);
    const page = await session.browser.newPage();
    const errors = collectPageErrors(page);
    await openHostPage(page, session.host, baseUrl, `<article-quiz quiz="${created.quiz.id}"></article-quiz>`);
    const widget = page.locator('article-quiz');
    await widget.locator('.prompt').waitFor();
    const total = key.questions.length;

    for (let n = 1; n <= total; n++) {
      expect(await position(widget)).toEqual([n, total]);
      const question = key.questions.find((q) => q.id === key.questions[n - 1]?.id) as KeyedQuiz['questions'][number];
      await page.keyboard.press('Tab');
      if (question.choices) {
        // Tab lands on the radio group; arrows move through it and select, Space selects the first.
        expect(await focused(page)).toBe('input[radio]');
        const target = question.choices.findIndex((c) => c.id === question.answer);
        if (target === 0) await page.keyboard.press('Space');
        for (let i = 0; i < target; i++) await page.keyboard.press('ArrowDown');
        await page.keyboard.press('Tab');
        expect(await focused(page)).toBe('button');
        await page.keyboard.press('Enter');
      } else {
        expect(await focused(page)).toBe('input[text]');
        await page.keyboard.type(question.answer);
        await page.keyboard.press('Enter');
      }
      await expect(widget.locator('.feedback .verdict').textContent()).resolves.toBe('Correct!');
      // Focus moves to the one next step, and the feedback is announced.
      expect(await focused(page)).toBe('button.next');
      await expect.poll(() => widget.locator('[role=status]').textContent()).toContain('Correct!');
      await page.keyboard.press('Enter');
      if (n < total) expect(await focused(page)).toMatch(/^(legend|label)\.prompt$/);
    }

    await expect(widget.locator('.score').textContent()).resolves.toBe(`You got ${total} of ${total} right`);
    expect(await focused(page)).toBe('p.score');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('sees right or wrong, the right answer and the article sentence after each answer, and a review at the end', async () => {
    const baseUrl = inject('baseUrl');
    const created = await createQuiz(baseUrl);
    const key = await answerKey(baseUrl, created);
    const page = await session.browser.newPage();
    await openHostPage(page, session.host, baseUrl, `<article-quiz quiz="${created.quiz.id}"></article-quiz>`);
    const widget = page.locator('article-quiz');
    await widget.locator('.prompt').waitFor();
    // Wrong on the first question, right on the others.
    for (let n = 1; n <= key.questions.length; n++) {
      const question = key.questions.find((q) => q.id === key.questions[n - 1]?.id) as KeyedQuiz['questions'][number];
      const wrong = question.choices?.find((c) => c.id !== question.answer)?.id ?? 'certainly not this';
      await answerWithMouse(widget, n === 1 ? wrong : question.answer);
      await expect(widget.locator('.feedback .verdict').textContent()).resolves.toBe(n === 1 ? 'Not quite.' : 'Correct!');
      const rightText = question.choices?.find((c) => c.id === question.answer)?.text ?? question.answer;
      await expect(widget.locator('.feedback strong').textContent()).resolves.toBe(rightText);
      await expect(widget.locator('.feedback blockquote').textContent()).resolves.toBe(question.explanation);
      await widget.locator('.next').click();
    }
    const total = key.questions.length;
    await expect(widget.locator('.score').textContent()).resolves.toBe(`You got ${total - 1} of ${total} right`);
    await expect(widget.locator('ol > li').count()).resolves.toBe(total);
    await expect(widget.locator('ol > li').first().locator('.ko').textContent()).resolves.toBe('Not quite.');
    await expect(widget.locator('ol > li').nth(1).locator('.ok').textContent()).resolves.toBe('Correct!');
    // This quiz has one attempt, so the shares are 0% for the first question and 100% for the rest.
    await expect.poll(() => widget.locator('ol > li').first().textContent()).toContain('0% of readers got this right');
    await expect.poll(() => widget.locator('ol > li').nth(1).textContent()).toContain('100% of readers got this right');
    await page.close();
  });

  it('holds all feedback to the end when the quiz says so, and the check endpoint reveals nothing', async () => {
    const baseUrl = inject('baseUrl');
    const created = await createQuiz(baseUrl, { feedback: 'end' });
    const key = await answerKey(baseUrl, created);
    const page = await session.browser.newPage();
    const checks: number[] = [];
    page.on('response', (r) => {
      if (r.url().endsWith('/check')) checks.push(r.status());
    });
    await openHostPage(page, session.host, baseUrl, `<article-quiz quiz="${created.quiz.id}"></article-quiz>`);
    const widget = page.locator('article-quiz');
    await widget.locator('.prompt').waitFor();
    for (const question of key.questions) {
      expect(await currentQuestionId(widget, key)).toBe(question.id);
      await answerWithMouse(widget, question.answer);
      await expect(widget.locator('.feedback').count()).resolves.toBe(0);
    }
    await expect(widget.locator('.score').textContent()).resolves.toBe(`You got ${key.questions.length} of ${key.questions.length} right`);
    expect(checks).toEqual([]);
    const direct = await fetch(`${baseUrl}/api/quizzes/${created.quiz.id}/check`, {
      method: 'POST',
      body: JSON.stringify({ questionId: key.questions[0]?.id, answer: 'x' }),
    });
    expect(direct.status).toBe(403);
    await page.close();
  });

  it('holds feedback to the end for feedback="end" on a quiz that would give it immediately', async () => {
    const baseUrl = inject('baseUrl');
    const created = await createQuiz(baseUrl);
    const page = await session.browser.newPage();
    const checks: string[] = [];
    page.on('request', (r) => {
      if (r.url().endsWith('/check')) checks.push(r.url());
    });
    await openHostPage(page, session.host, baseUrl, `<article-quiz quiz="${created.quiz.id}" feedback="end"></article-quiz>`);
    const widget = page.locator('article-quiz');
    await widget.locator('.prompt').waitFor();
    const [, total] = await position(widget);
    for (let n = 1; n <= total; n++) {
      await expect.poll(() => widget.locator('button[type=submit]').textContent()).toContain(n === total ? 'Finish' : 'Next question');
      await answerWithMouse(widget, (await widget.locator('input[type=radio]').count()) > 0 ? ((await widget.locator('input[type=radio]').first().getAttribute('value')) ?? '') : 'a guess');
      await expect(widget.locator('.feedback').count()).resolves.toBe(0);
    }
    await widget.locator('.score').waitFor();
    expect(checks).toEqual([]);
    await page.close();
  });

  it('shows the sentence in the article: scrolls to it and highlights it in the host page', async () => {
    const baseUrl = inject('baseUrl');
    const page = await session.browser.newPage({ viewport: { width: 900, height: 700 } });
    const errors = collectPageErrors(page);
    await openHostPage(
      page,
      session.host,
      baseUrl,
      `<article id="story"><h1>Election in Venezuela</h1>${paragraphs(seedArticle)}</article>
       <article-quiz article="#story"></article-quiz>`,
    );
    const widget = page.locator('article-quiz');
    await widget.locator('.prompt').waitFor();
    await widget.scrollIntoViewIfNeeded();
    await widget.locator('input[type=radio], input[type=text]').first().click();
    if ((await widget.locator('input[type=text]').count()) > 0) await widget.locator('input[type=text]').fill('a guess');
    await widget.locator('button[type=submit]').click();
    const sentence = (await widget.locator('.feedback blockquote').textContent()) ?? '';
    await widget.locator('.feedback button.link').click();
    await expect.poll(() => widget.locator('[role=status]').textContent()).toBe('The sentence is highlighted in the article.');
    const highlighted = await page.evaluate(async () => {
      const highlight = CSS.highlights.get('article-quiz-sentence');
      const range = [...(highlight ?? [])][0] as Range | undefined;
      await new Promise((r) => setTimeout(r, 600));
      const box = range?.getBoundingClientRect();
      return { text: range?.toString() ?? '', top: box?.top ?? -1, bottom: box?.bottom ?? -1, height: innerHeight };
    });
    expect(highlighted.text.replace(/\s+/g, ' ')).toBe(sentence.replace(/\s+/g, ' '));
    // Scrolled into the viewport.
    expect(highlighted.top).toBeGreaterThanOrEqual(0);
    expect(highlighted.bottom).toBeLessThanOrEqual(highlighted.height);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('starts over with retry, recording a second attempt, and shares the page link', async () => {
    const baseUrl = inject('baseUrl');
    const created = await createQuiz(baseUrl, { feedback: 'end' });
    const key = await answerKey(baseUrl, created);
    const context = await session.browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: session.host.origin });
    const page = await context.newPage();
    await recordEvents(page);
    await openHostPage(page, session.host, baseUrl, `<article-quiz quiz="${created.quiz.id}"></article-quiz>`, { path: '/story?id=7' });
    const widget = page.locator('article-quiz');
    for (let run = 1; run <= 2; run++) {
      await widget.locator('.prompt').waitFor();
      for (const question of key.questions) await answerWithMouse(widget, question.answer);
      await widget.locator('.score').waitFor();
      if (run === 1) await widget.locator('button.again').click();
    }
    expect((await stats(baseUrl, created.quiz.id)).attempts).toBe(2);
    const completions = (await recordedEvents(page)).filter((e) => e.type === 'article-quiz-complete');
    expect(completions).toHaveLength(2);
    expect(completions[0]?.detail.attemptId).not.toBe(completions[1]?.detail.attemptId);

    // Headless Chromium on Linux has no share sheet, so the link goes to the clipboard.
    expect(await page.evaluate(() => typeof navigator.share)).toBe('undefined');
    await widget.locator('button.share').click();
    await expect.poll(() => widget.locator('[role=status]').textContent()).toBe('Link copied.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${session.host.origin}/story?id=7`);
    await context.close();
  });
});
