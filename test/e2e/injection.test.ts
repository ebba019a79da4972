import { describe, expect, inject, it } from 'vitest';
import { usePublisherPages } from './host-server';
import { anyAnswer, answerWithMouse, createQuiz, position, seedArticle } from './quiz-helpers';

const session = usePublisherPages();

// A host page with no protection of its own: markup the widget inserted as HTML would run here.
const LAX_CSP = "default-src * 'unsafe-inline' 'unsafe-eval' data: blob:";
const PAYLOAD = '<img src=x onerror="window.pwned=1">';
const SCRIPT = '<script>window.pwned=2</script>';
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const hostile = seedArticle
  .split(/\n\s*\n/)
  .map((p, i) => (i % 2 === 0 ? `${p.trim()} Protesters held signs reading ${PAYLOAD} and ${SCRIPT} outside the palace.` : p.trim()))
  .join('\n\n');

async function finishQuiz(url: string): Promise<{ pwned: unknown; text: string }> {
  const page = await session.browser.newPage();
  page.on('dialog', (d) => void d.dismiss());
  await page.goto(url);
  const widget = page.locator('article-quiz');
  await widget.locator('.prompt').waitFor();
  let shown = '';
  const [, total] = await position(widget);
  for (let n = 1; n <= total; n++) {
    await expect.poll(() => position(widget)).toEqual([n, total]);
    shown += await widget.locator('[part~="base"]').innerText();
    await answerWithMouse(widget, await anyAnswer(widget));
    await widget.locator('.next').waitFor();
    shown += await widget.locator('[part~="base"]').innerText();
    await widget.locator('.next').click();
  }
  await widget.locator('.score').waitFor();
  shown += await widget.locator('[part~="base"]').innerText();
  const pwned = await page.evaluate(() => (window as unknown as { pwned?: unknown }).pwned);
  await page.close();
  return { pwned, text: shown };
}

describe('article text with markup', () => {
  it('is shown as text by the zero-configuration widget, and none of it runs', async () => {
    const baseUrl = inject('baseUrl');
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title>
<script type="module" src="${baseUrl}/widget.js"></script></head><body>
<article id="story">${hostile.split('\n\n').map((p) => `<p>${escape(p)}</p>`).join('')}</article>
<article-quiz article="#story"></article-quiz></body></html>`;
    const { pwned, text } = await finishQuiz(session.host.serve('/hostile-article', html, LAX_CSP));
    expect(pwned).toBeUndefined();
    expect(text).toContain('<img src=x onerror=');
  });

  it('is shown as text in a quiz made through the API, title included', async () => {
    const baseUrl = inject('baseUrl');
    const created = await createQuiz(baseUrl, { text: hostile, title: `${SCRIPT} Election ${PAYLOAD}` });
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title>
<script type="module" src="${baseUrl}/widget.js"></script></head><body>
<article-quiz quiz="${created.quiz.id}"></article-quiz></body></html>`;
    const { pwned, text } = await finishQuiz(session.host.serve('/hostile-quiz', html, LAX_CSP));
    expect(pwned).toBeUndefined();
    expect(text).toContain(SCRIPT);
  });
});
