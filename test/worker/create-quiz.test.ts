import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../questions/limits';
import { api, createQuiz, expectError, postJson, seedArticle } from './helpers';

async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

describe('POST /api/quizzes', () => {
  it('creates a quiz from the seed article and returns it without answers, with an edit key', async () => {
    const { quiz, editKey } = await createQuiz();
    expect(quiz.questions.length).toBeGreaterThanOrEqual(8);
    expect(editKey).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('stores only the SHA-256 hash of the edit key', async () => {
    const { quiz, editKey } = await createQuiz();
    const row = await env.DB.prepare('SELECT * FROM quizzes WHERE id = ?').bind(quiz.id).first<Record<string, unknown>>();
    expect(row?.edit_key_hash).toBe(await sha256Hex(editKey));
    expect(JSON.stringify(row)).not.toContain(editKey);
  });

  it('gives each quiz its own id and key', async () => {
    const [a, b] = await Promise.all([createQuiz(), createQuiz()]);
    expect(a.quiz.id).not.toBe(b.quiz.id);
    expect(a.editKey).not.toBe(b.editKey);
  });

  it('uses the title it is given and honours count', async () => {
    const { quiz } = await createQuiz({ title: 'Election week', count: 5 });
    expect(quiz.title).toBe('Election week');
    expect(quiz.questions.length).toBeLessThanOrEqual(5);
  });

  it('answers with no-store, so the edit key is never cached', async () => {
    const res = await postJson('/api/quizzes', { text: seedArticle });
    expect(res.status).toBe(201);
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('accepts JSON sent as text/plain, as browsers do to avoid a preflight', async () => {
    const res = await api('/api/quizzes', { method: 'POST', headers: { 'Content-Type': 'text/plain;charset=UTF-8' }, body: JSON.stringify({ text: seedArticle }) });
    expect(res.status).toBe(201);
  });

  it('returns 400 invalid_json for malformed JSON', async () => {
    await expectError(await postJson('/api/quizzes', '{"text": "abc"'), 400, 'invalid_json');
  });

  it('returns 400 invalid_json for an empty body', async () => {
    await expectError(await postJson('/api/quizzes', ''), 400, 'invalid_json');
  });

  it('returns 400 invalid_request naming text when it is missing', async () => {
    const error = await expectError(await postJson('/api/quizzes', {}), 400, 'invalid_request');
    expect(error.message).toContain('text');
  });

  it('returns 400 invalid_request when text is empty or blank', async () => {
    await expectError(await postJson('/api/quizzes', { text: '' }), 400, 'invalid_request');
    await expectError(await postJson('/api/quizzes', { text: '   \n ' }), 400, 'invalid_request');
  });

  it('returns 400 invalid_request when text is not a string', async () => {
    await expectError(await postJson('/api/quizzes', { text: 42 }), 400, 'invalid_request');
    await expectError(await postJson('/api/quizzes', { text: ['a'] }), 400, 'invalid_request');
  });

  it('returns 400 invalid_request when the body is not an object', async () => {
    await expectError(await postJson('/api/quizzes', '[1,2]'), 400, 'invalid_request');
    await expectError(await postJson('/api/quizzes', 'null'), 400, 'invalid_request');
    await expectError(await postJson('/api/quizzes', '"text"'), 400, 'invalid_request');
  });

  it('returns 400 naming unknown fields', async () => {
    const error = await expectError(await postJson('/api/quizzes', { text: seedArticle, answers: true }), 400, 'invalid_request');
    expect(error.message).toContain('answers');
  });

  it('returns 400 for a count outside 3 to 20 or not a whole number', async () => {
    for (const count of [2, 21, 5.5, '10']) {
      const error = await expectError(await postJson('/api/quizzes', { text: seedArticle, count }), 400, 'invalid_request');
      expect(error.message).toContain('count');
    }
  });

  it('returns 400 for an unknown question type', async () => {
    await expectError(await postJson('/api/quizzes', { text: seedArticle, types: ['essay'] }), 400, 'invalid_request');
  });

  it('returns 415 for a form-encoded body', async () => {
    const res = await api('/api/quizzes', { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'text=abc' });
    await expectError(res, 415, 'unsupported_media_type');
  });

  it('returns 413 for a body over the limit', async () => {
    const res = await postJson('/api/quizzes', { text: 'a '.repeat(LIMITS.bodyBytes) });
    await expectError(res, 413, 'payload_too_large');
  });

  it('returns 413 for a streamed body over the limit, without a Content-Length', async () => {
    const chunk = new TextEncoder().encode('x'.repeat(64 * 1024));
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent > LIMITS.bodyBytes * 2) controller.close();
        else {
          sent += chunk.byteLength;
          controller.enqueue(chunk);
        }
      },
    });
    const res = await api('/api/quizzes', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });
    await expectError(res, 413, 'payload_too_large');
  });

  it('returns 422 text_too_short for a text too short to quiz on', async () => {
    const error = await expectError(await postJson('/api/quizzes', { text: 'Maduro won.' }), 422, 'text_too_short');
    expect(error.message).toMatch(/short/i);
  });
});
