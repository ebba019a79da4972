import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import type { KeyedQuiz } from '../../questions/schema';
import { collectPageErrors } from './browser';
import { usePublisherPages } from './host-server';
import { answerKey, answerWithMouse, axeViolations, createQuiz, openHostPage, position } from './quiz-helpers';

const session = usePublisherPages();

type KeyedQuestion = KeyedQuiz['questions'][number];

/** The radio that has focus inside the widget, as `value:checked`. */
const focusedRadio = (page: Page) =>
  page.evaluate(() => {
    const active = document.querySelector('article-quiz')?.shadowRoot?.activeElement;
    return active instanceof HTMLInputElement && active.type === 'radio' ? `${active.value}:${active.checked}` : String(active?.tagName);
  });

async function seedQuiz(baseUrl: string): Promise<{ id: string; key: KeyedQuiz }> {
  const created = await createQuiz(baseUrl);
  const key = await answerKey(baseUrl, created);
  // The seed article gives every kind of choice question; the test relies on it.
  expect(key.questions.some((q) => q.type === 'multiple_choice' && (q.choices?.length ?? 0) > 2)).toBe(true);
  expect(key.questions.some((q) => q.type === 'true_false')).toBe(true);
  return { id: created.quiz.id, key };
}

describe('<article-quiz> choice questions', () => {
  it('are radio groups named by their question, answered with arrow keys that wrap, and Enter on a choice', async () => {
    const baseUrl = inject('baseUrl');
    const { id, key } = await seedQuiz(baseUrl);
    const page = await session.browser.newPage();
    const errors = collectPageErrors(page);
    await openHostPage(page, session.host, baseUrl, `<article-quiz quiz="${id}"></article-quiz>`);
    const widget = page.locator('article-quiz');
    await widget.locator('.prompt').waitFor();
    let wrongOnce = false;
    for (const [i, question] of key.questions.entries()) {
      expect(await position(widget)).toEqual([i + 1, key.questions.length]);
      if (question.type === 'fill_blank') {
        await answerWithMouse(widget, question.answer);
      } else {
        const choices = question.choices as NonNullable<KeyedQuestion['choices']>;
        await expect(widget.getByRole('group', { name: question.prompt }).getByRole('radio').count()).resolves.toBe(choices.length);
        // Aim wrong once, on a question with more than two choices, to see both marks.
        const right = choices.findIndex((c) => c.id === question.answer);
        const target = !wrongOnce && choices.length > 2 ? (right + 1) % choices.length : right;
        await page.keyboard.press('Tab');
        expect(await focusedRadio(page)).toBe(`${choices[0]?.id}:false`);
        // ArrowUp from the first choice wraps to the last and selects it; ArrowDown then wraps to the start.
        await page.keyboard.press('ArrowUp');
        expect(await focusedRadio(page)).toBe(`${choices.at(-1)?.id}:true`);
        for (let n = 0; n <= target; n++) await page.keyboard.press(question.type === 'true_false' ? 'ArrowRight' : 'ArrowDown');
        expect(await focusedRadio(page)).toBe(`${choices[target]?.id}:true`);
        await page.keyboard.press('Enter');
        await expect(widget.locator('.feedback .verdict').textContent()).resolves.toBe(target === right ? 'Correct!' : 'Not quite.');
        await expect(widget.locator('.choice.right').textContent()).resolves.toContain(choices[right]?.text);
        if (target !== right) {
          wrongOnce = true;
          await expect(widget.locator('.choice.wrong').textContent()).resolves.toContain(choices[target]?.text);
          expect(await axeViolations(page), 'a wrong pick marked').toEqual([]);
        }
      }
      await widget.locator('.next').waitFor();
      await page.keyboard.press('Enter');
    }
    expect(wrongOnce).toBe(true);
    await expect(widget.locator('.score').textContent()).resolves.toBe(`You got ${key.questions.length - 1} of ${key.questions.length} right`);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('say True and False in the interface language', async () => {
    const baseUrl = inject('baseUrl');
    const { id, key } = await seedQuiz(baseUrl);
    const page = await session.browser.newPage();
    await openHostPage(page, session.host, baseUrl, `<article-quiz quiz="${id}" feedback="end"></article-quiz>`, { lang: 'es', path: '/es-tf' });
    const widget = page.locator('article-quiz');
    for (const question of key.questions) {
      if (question.type === 'true_false') {
        await expect.poll(() => widget.locator('.choice').allTextContents()).toEqual([expect.stringContaining('Verdadero'), expect.stringContaining('Falso')]);
        break;
      }
      await answerWithMouse(widget, question.answer);
    }
    await page.close();
  });

  it('keep the radio groups of two widgets on one page apart', async () => {
    const baseUrl = inject('baseUrl');
    const { id } = await seedQuiz(baseUrl);
    const page = await session.browser.newPage();
    await openHostPage(page, session.host, baseUrl, `<article-quiz id="a" quiz="${id}"></article-quiz><article-quiz id="b" quiz="${id}"></article-quiz>`);
    await page.locator('#b .prompt').waitFor();
    await page.locator('#a input[type=radio]').first().click();
    await page.locator('#b input[type=radio]').last().click();
    await expect(page.locator('#a input[type=radio]').first().isChecked()).resolves.toBe(true);
    await expect(page.locator('#b input[type=radio]').last().isChecked()).resolves.toBe(true);
    await expect(page.locator('#b input[type=radio]:checked').count()).resolves.toBe(1);
    await page.close();
  });
});
