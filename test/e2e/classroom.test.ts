import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { KeyedQuiz } from '../../questions/schema';
import { collectPageErrors, launchChromium } from './browser';
import { axeViolations } from './quiz-helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const base = () => inject('baseUrl');

// Markup typed into a question must stay text on every page that shows it.
const INJECTED = '<img src=x onerror="window.pwned=1">';

async function answerKey(quizId: string, key: string): Promise<KeyedQuiz> {
  const response = await fetch(`${base()}/api/quizzes/${quizId}/answer-key`, { headers: { Authorization: `Bearer ${key}` } });
  return (await response.json()) as KeyedQuiz;
}

/** What a student picks for question `i`: the right answer, or a wrong one. */
function pick(quiz: KeyedQuiz, i: number, right: boolean): { choice?: string; typed?: string } {
  const q = quiz.questions[i];
  if (q === undefined) throw new Error(`no question ${i}`);
  if (q.type === 'fill_blank') return { typed: right ? q.answer : 'surely not this' };
  const choice = q.choices?.find((c) => (right ? c.id === q.answer : c.id !== q.answer));
  return { choice: choice?.text ?? '' };
}

/** A student's page at the class link, with the name typed and every question answered. */
async function studentAnswers(code: string, quiz: KeyedQuiz, name: string, right: (i: number) => boolean): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${base()}/play/${code}`);
  const widget = page.locator('article-quiz');
  await widget.getByLabel('Your name').waitFor();
  expect(await axeViolations(page)).toEqual([]);
  await widget.getByLabel('Your name').fill(name);
  await widget.getByRole('button', { name: 'Start' }).click();
  for (let i = 0; i < quiz.questions.length; i++) {
    const { choice, typed } = pick(quiz, i, right(i));
    if (typed !== undefined) await widget.locator('input[type="text"]').fill(typed);
    else await widget.getByRole('radio', { name: choice, exact: true }).check();
    const last = i === quiz.questions.length - 1;
    await widget.getByRole('button', { name: last ? 'Finish' : 'Next question' }).click();
    // In a class, no right or wrong shows before the end.
    expect(await widget.locator('[part="feedback"]').count()).toBe(0);
  }
  return page;
}

async function generate(page: Page): Promise<{ quizId: string; key: string }> {
  await page.goto(`${base()}/teach`);
  await page.getByLabel('Or pick a sample text').selectOption('venezuela-election-2024');
  expect(await axeViolations(page, 'aq-teach-app')).toEqual([]);
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
  it('generates, edits, opens a class, sees two students\' results live, downloads the CSV and closes the class', async () => {
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
    await added.getByLabel('Question', { exact: true }).fill(`Which city is the capital of Venezuela? ${INJECTED}`);
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
    await added.getByRole('button', { name: `Move up (question ${generated})` }).click();
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(() => page.locator('aq-quiz-editor').getByRole('status').first().textContent()).toMatch(/^Saved\./);

    const saved = await answerKey(quizId, key);
    expect(saved.questions).toHaveLength(generated);
    expect(saved.questions[0]?.prompt).toBe('Edited by the teacher: what did Blinken say?');
    expect(saved.questions.map((q) => q.prompt)).not.toContain(deletedPrompt);
    const capital = saved.questions[generated - 2];
    expect(capital).toMatchObject({ type: 'multiple_choice', prompt: `Which city is the capital of Venezuela? ${INJECTED}` });
    expect(capital?.choices?.find((c) => c.id === capital.answer)?.text).toBe('Caracas');

    // Open a class: a join code and a student link.
    await page.getByLabel(/^Class name/).fill('Period 3');
    await page.getByRole('button', { name: 'Open a class' }).click();
    const code = (await page.locator('aq-class-panel .code').first().textContent()) ?? '';
    expect(code).toMatch(/^[2-9A-HJKMNP-Z]{6}$/);
    await expect.poll(() => page.getByRole('link', { name: `${base()}/play/${code}` }).count()).toBe(1);
    await page.getByText('No one has answered yet').waitFor();

    // Two students join at the class link, give their names and answer; the teacher's page shows them
    // without a reload.
    const students: Page[] = [];
    for (const [name, right] of [
      ['Ana Lucía', () => true],
      ['=cmd|calc', (i: number) => i % 2 === 0],
    ] as const) {
      const student = await studentAnswers(code, saved, name, right);
      await student.locator('article-quiz .score').waitFor();
      students.push(student);
    }
    const correctOf = (right: (i: number) => boolean) => saved.questions.filter((_, i) => right(i)).length;
    expect(await students[0]?.locator('article-quiz .score').textContent()).toBe(`You got ${generated} of ${generated} right`);
    expect(await students[1]?.locator('article-quiz .score').textContent()).toBe(
      `You got ${correctOf((i) => i % 2 === 0)} of ${generated} right`,
    );
    // The review at the end shows the right answers; the class page offers no retry or share.
    expect(await students[1]?.locator('article-quiz [part="review"] li').count()).toBe(generated);
    expect(await students[1]?.locator('article-quiz button.again, article-quiz button.share').count()).toBe(0);
    expect(await students[0]?.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    const rows = page.locator('aq-results-view table.attempts tbody tr');
    await expect.poll(() => rows.count(), { timeout: 15_000 }).toBe(2);
    expect(await rows.nth(0).locator('th').textContent()).toBe('Ana Lucía');
    expect(await rows.nth(0).locator('td').first().textContent()).toBe(`${generated} / ${generated} (100%)`);
    expect(await rows.nth(1).locator('th').textContent()).toBe('=cmd|calc');
    const chart = page.locator('aq-results-chart svg[role="img"]');
    expect(await chart.locator('desc').textContent()).toContain('Question 1: 2 of 2 right (100%).');
    await page.locator('aq-results-view').screenshot({ path: 'test-results/teach-results.png' });
    await students[1]?.screenshot({ path: 'test-results/student-end.png', fullPage: true });
    expect(await axeViolations(page, 'aq-teach-app')).toEqual([]);

    // The CSV download opens in a spreadsheet: BOM, quoted names, the formula neutralised.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
    expect(download.suggestedFilename()).toMatch(new RegExp(`${code}\\.csv$`));
    const csv = await readFile(await download.path(), 'utf8');
    expect(csv.startsWith('\uFEFF"name","submitted_at","score"')).toBe(true);
    expect(csv).toContain('\r\n"Ana Lucía",');
    expect(csv).toContain(`\r\n"'=cmd|calc",`);

    // A third student answers under a name already used and is asked for another; meanwhile the teacher
    // closes the class, so the attempt is refused with the class's message.
    const late = await studentAnswers(code, saved, ' ana lucia ', () => true);
    const lateWidget = late.locator('article-quiz');
    await expect.poll(() => lateWidget.locator('.hint').textContent()).toContain('Someone has already answered under this name');
    await page.getByRole('button', { name: 'Close class' }).click();
    await page.getByText(`Class ${code} is closed`).waitFor();
    await lateWidget.getByLabel('Your name').fill('Cy');
    await lateWidget.getByRole('button', { name: 'Start' }).click();
    await expect.poll(() => lateWidget.locator('[part="error"]').textContent()).toBe('This class is closed: your teacher is no longer accepting answers.');
    await late.screenshot({ path: 'test-results/student-closed.png' });
    const closedPage = await (await browser.newPage()).goto(`${base()}/play/${code}`);
    expect(await closedPage?.text()).toContain('This class is closed');
    for (const student of [...students, late]) await student.context().close();
    await expect.poll(() => rows.count()).toBe(2);

    // The one console error is Chromium reporting the refused save above.
    expect(errors).toEqual(['Failed to load resource: the server responded with a status of 400 (Bad Request)']);
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    await page.close();
  });
});
