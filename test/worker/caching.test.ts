import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { AttemptResultSchema } from '../../questions/schema';
import { answerKey, answersFor, api, createQuiz, postJson } from './helpers';

describe('caching the public quiz', () => {
  it('sends an ETag and answers a matching If-None-Match with 304', async () => {
    const { quiz } = await createQuiz();
    const first = await api(`/api/quizzes/${quiz.id}`);
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^"[0-9a-f]+-[0-9a-f]+"$/);
    expect(first.headers.get('cache-control')).toContain('no-cache');
    const again = await api(`/api/quizzes/${quiz.id}`, { headers: { 'If-None-Match': etag ?? '' } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    const other = await api(`/api/quizzes/${quiz.id}`, { headers: { 'If-None-Match': '"other"' } });
    expect(other.status).toBe(200);
  });

  it('scores against the quiz as stored when the cached copy is stale, and stores the new version', async () => {
    const { quiz, editKey } = await createQuiz();
    const key = await answerKey(quiz.id, editKey);
    await api(`/api/quizzes/${quiz.id}`); // now cached
    // An edit made elsewhere: the first question's right answer changes and the version goes up.
    const edited = key.questions.map((q, i) => (i === 0 && q.choices ? { ...q, answer: q.choices.find((c) => c.id !== q.answer)?.id ?? q.answer } : q));
    await env.DB.prepare('UPDATE quizzes SET questions = ?, version = version + 1 WHERE id = ?').bind(JSON.stringify(edited), quiz.id).run();
    const res = await postJson(`/api/quizzes/${quiz.id}/attempts`, { answers: answersFor(key) });
    expect(res.status).toBe(201);
    const result = AttemptResultSchema.parse(await res.json());
    if (key.questions[0]?.choices) expect(result.results[0]?.correct).toBe(false);
    const row = await env.DB.prepare('SELECT quiz_version FROM attempts WHERE id = ?').bind(result.id).first<{ quiz_version: number }>();
    expect(row?.quiz_version).toBe(2);
    const stale = await env.DB.prepare('SELECT COUNT(*) AS n FROM question_stats WHERE quiz_id = ? AND quiz_version = 1').bind(quiz.id).first<{ n: number }>();
    expect(stale?.n).toBe(0);
  });
});
