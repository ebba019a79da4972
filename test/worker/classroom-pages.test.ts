import { describe, expect, it } from 'vitest';
import { PAGE_CSP } from '../../worker/pages/security-headers';
import { call, classroomQuiz, openClass } from './classroom-helpers';

function expectPageHeaders(response: Response): void {
  expect(response.headers.get('Content-Type')).toMatch(/^text\/html/);
  expect(response.headers.get('Content-Security-Policy')).toBe(PAGE_CSP);
  expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
  expect(response.headers.get('Referrer-Policy')).not.toBeNull();
}

describe('the teacher page', () => {
  it('is served with the strict page headers and no Referer at all, and loads its script from this origin', async () => {
    const response = await call('/teach');
    expect(response.status).toBe(200);
    expectPageHeaders(response);
    expect(response.headers.get('Referrer-Policy')).toBe('no-referrer');
    const page = await response.text();
    expect(page).toContain('<script type="module" src="/teach.js"></script>');
    expect(page).toContain('<aq-teach-app>');
    expect(page).not.toMatch(/<script>|<style>|style="/);
  });

  it('has its bundle, its stylesheet and the sample texts to offer', async () => {
    const script = await call('/teach.js');
    expect(script.headers.get('Content-Type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toContain('aq-teach-app');
    expect((await call('/classroom.css')).headers.get('Content-Type')).toBe('text/css; charset=utf-8');
    const samples = (await (await call('/api/samples')).json()) as { samples: { slug: string; headline: string; text: string }[] };
    expect(samples.samples[0]?.slug).toBe('venezuela-election-2024');
    expect(samples.samples[0]?.text.length).toBeGreaterThan(1000);
  });
});

describe('the student page', () => {
  it('shows the class quiz in the widget with the class code, the title and label as text', async () => {
    const quiz = await classroomQuiz();
    await call(`/api/quizzes/${quiz.id}`, { method: 'PATCH', key: quiz.key, json: { title: '<script>alert(1)</script> quiz' } });
    const code = await openClass(quiz, { label: 'Period <b>3</b>' });
    const response = await call(`/play/${code.toLowerCase()}`);
    expect(response.status).toBe(200);
    expectPageHeaders(response);
    const page = await response.text();
    expect(page).toContain(`<article-quiz quiz="${quiz.id}" class-code="${code}"></article-quiz>`);
    expect(page).toContain('<script type="module" src="/widget.js"></script>');
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt; quiz');
    expect(page).toContain('Period &lt;b&gt;3&lt;/b&gt;');
    expect(page).not.toContain('<script>alert(1)');
  });

  it('says a closed class is closed, without the quiz', async () => {
    const quiz = await classroomQuiz();
    const code = await openClass(quiz);
    await call(`/api/quizzes/${quiz.id}/classes/${code}`, { method: 'PATCH', key: quiz.key, json: { open: false } });
    const page = await (await call(`/play/${code}`)).text();
    expect(page).toContain('This class is closed');
    expect(page).not.toContain('<article-quiz');
  });

  it('answers 404 with the join form for a code no class has', async () => {
    const response = await call('/play/ZZZZZZ');
    expect(response.status).toBe(404);
    expectPageHeaders(response);
    const page = await response.text();
    expect(page).toContain('No class has this code');
    expect(page).toContain('<form method="get" action="/play"');
  });

  it('offers the join form at /play and sends a typed code on to its page', async () => {
    const form = await call('/play');
    expect(form.status).toBe(200);
    expect(await form.text()).toContain('Class code');
    const typed = await call('/play?code=ab3-k7q', { redirect: 'manual' });
    expect(typed.status).toBe(303);
    expect(typed.headers.get('Location')).toBe('/play/AB3K7Q');
    const bad = await call('/play?code=%3Cscript%3E', { redirect: 'manual' });
    expect(bad.status).toBe(400);
    const page = await bad.text();
    expect(page).toContain('That is not a class code');
    expect(page).not.toContain('<script>');
  });
});
