import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { KeyedQuiz } from '../../questions/schema';
import { collectPageErrors, launchChromium } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const base = () => inject('baseUrl');

async function answerKey(quizId: string, key: string): Promise<KeyedQuiz> {
  const response = await fetch(`${base()}/api/quizzes/${quizId}/answer-key`, { headers: { Authorization: `Bearer ${key}` } });
  return (await response.json()) as KeyedQuiz;
}

/** A student's answers: right for the questions in `right`, wrong for the others. */
function answersFor(quiz: KeyedQuiz, right: (index: number) => boolean): Record<string, string> {
  return Object.fromEntries(
    quiz.questions.map((q, i) => {
      if (right(i)) return [q.id, q.answer];
      return [q.id, q.type === 'fill_blank' ? 'surely not this' : (q.choices?.find((c) => c.id !== q.answer)?.id ?? '')];
    }),
  );
}

async function student(quiz: KeyedQuiz, code: string, name: string, right: (index: number) => boolean): Promise<void> {
  const response = await fetch(`${base()}/api/quizzes/${quiz.id}/attempts`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ answers: answersFor(quiz, right), name, classCode: code }),
  });
  expect(response.status).toBe(201);
}

async function generate(page: Page): Promise<{ quizId: string; key: string }> {
  await page.goto(`${base()}/teach`);
  await page.getByLabel('Or pick a sample text').selectOption('venezuela-election-2024');
  await page.getByLabel('Number of questions').fill('5');
  await page.getByRole('button', { name: 'Generate questions' }).click();
  await page.getByRole('heading', { name: 'Keep this private link' }).waitFor();
  const link = new URL(await page.getByLabel('Private link', { exact: true }).inputValue());
  expect(link.pathname).toBe('/teach');
  expect(page.url()).toBe(link.href);
  const params = new URLSearchParams(link.hash.slice(1));
  return { quizId: params.get('quiz') ?? '', key: params.get('key') ?? '' };
}

describe('a teacher and a class, in Chromium', () => {
  it('generates, edits, opens a class, sees two students\' results live and downloads the CSV', async () => {
    const page = await browser.newPage({ acceptDownloads: true, viewport: { width: 1100, height: 900 } });
    const errors = collectPageErrors(page);
    const { quizId, key } = await generate(page);
    expect(key).toMatch(/^[A-Za-z0-9_-]{43}$/);

    // Review and edit: reword one question, delete another, write a new one from scratch and move it up.
    const editors = page.locator('aq-question-editor');
    await editors.first().waitFor();
    const generated = await editors.count();
    await editors.nth(0).getByLabel('Question', { exact: true }).fill('Edited by the teacher: what did Blinken say?');
    const deletedPrompt = (await answerKey(quizId, key)).questions[1]?.prompt;
    await editors.nth(1).getByRole('button', { name: 'Delete question 2' }).click();
    await page.getByRole('button', { name: 'Add a question' }).click();
    const added = editors.last();
    await added.getByLabel('Question', { exact: true }).fill('Which city is the capital of Venezuela?');
    await added.getByLabel('Choice 1', { exact: true }).fill('Maracaibo');
    await added.getByLabel('Choice 2', { exact: true }).fill('Caracas');
    await added.getByRole('button', { name: 'Add a choice' }).click();
    await added.getByLabel('Choice 3', { exact: true }).fill('Valencia');
    await added.getByLabel('Choice 2 is the right answer').check();

    // Saving without an explanation is refused by the server, which names the question at fault.
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(() => page.getByRole('alert').last().textContent()).toMatch(new RegExp(`questions\\.${generated - 1}\\.explanation`));
    await expect.poll(() => added.getAttribute('invalid')).toBe('');

    await added.getByLabel(/^Explanation/).fill('Caracas is the capital of Venezuela.');
    await added.getByRole('button', { name: `Move question ${generated} up` }).click();
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(() => page.locator('aq-quiz-editor').getByRole('status').first().textContent()).toMatch(/^Saved\./);

    const saved = await answerKey(quizId, key);
    expect(saved.questions).toHaveLength(generated);
    expect(saved.questions[0]?.prompt).toBe('Edited by the teacher: what did Blinken say?');
    expect(saved.questions.map((q) => q.prompt)).not.toContain(deletedPrompt);
    const capital = saved.questions[generated - 2];
    expect(capital).toMatchObject({ type: 'multiple_choice', prompt: 'Which city is the capital of Venezuela?' });
    expect(capital?.choices?.find((c) => c.id === capital.answer)?.text).toBe('Caracas');

    // Open a class: a join code and a student link.
    await page.getByLabel(/^Class name/).fill('Period 3');
    await page.getByRole('button', { name: 'Open a class' }).click();
    const code = (await page.locator('aq-class-panel .code').first().textContent()) ?? '';
    expect(code).toMatch(/^[2-9A-HJKMNP-Z]{6}$/);
    await expect.poll(() => page.getByRole('link', { name: `${base()}/play/${code}` }).count()).toBe(1);
    await page.getByText('No one has answered yet').waitFor();

    // Two students answer; the teacher's page shows them without a reload.
    await student(saved, code, 'Ana Lucía', () => true);
    await student(saved, code, '=cmd|calc', (i) => i % 2 === 0);
    const rows = page.locator('aq-results-view table.attempts tbody tr');
    await expect.poll(() => rows.count(), { timeout: 15_000 }).toBe(2);
    expect(await rows.nth(0).locator('th').textContent()).toBe('Ana Lucía');
    expect(await rows.nth(0).locator('td').first().textContent()).toBe(`${generated} / ${generated} (100%)`);
    expect(await rows.nth(1).locator('th').textContent()).toBe('=cmd|calc');
    const chart = page.locator('aq-results-chart svg[role="img"]');
    expect(await chart.locator('desc').textContent()).toContain('Question 1: 2 of 2 right (100%).');
    await page.locator('aq-results-view').screenshot({ path: 'test-results/teach-results.png' });

    // The CSV download opens in a spreadsheet: BOM, quoted names, the formula neutralised.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
    expect(download.suggestedFilename()).toMatch(new RegExp(`${code}\\.csv$`));
    const csv = await readFile(await download.path(), 'utf8');
    expect(csv.startsWith('\uFEFF"name","submitted_at","score"')).toBe(true);
    expect(csv).toContain('\r\n"Ana Lucía",');
    expect(csv).toContain(`\r\n"'=cmd|calc",`);

    // The one console error is Chromium reporting the refused save above.
    expect(errors).toEqual(['Failed to load resource: the server responded with a status of 400 (Bad Request)']);
    await page.close();
  });
});
