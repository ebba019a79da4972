import { describe, expect, it } from 'vitest';
import { api, createQuiz } from './helpers';

describe('CORS', () => {
  it('lets a page on any origin read the public quiz, without credentials', async () => {
    const { quiz } = await createQuiz();
    const res = await api(`/api/quizzes/${quiz.id}`, { headers: { Origin: 'https://news.example' } });
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('answers a preflight for posting an attempt with JSON and an idempotency key', async () => {
    const { quiz } = await createQuiz();
    const res = await api(`/api/quizzes/${quiz.id}/attempts`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'https://news.example',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'content-type, idempotency-key',
      },
    });
    expect(res.status).toBeLessThan(300);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-allow-methods')).toContain('POST');
    expect(res.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('idempotency-key');
    expect(res.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('sends CORS headers on errors too, so a cross-origin page can read them', async () => {
    const res = await api('/api/quizzes/nosuchquiz', { headers: { Origin: 'https://news.example' } });
    expect(res.status).toBe(404);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('serves the widget script to any origin', async () => {
    const res = await api('/widget.js', { headers: { Origin: 'https://news.example' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('content-type')).toMatch(/^text\/javascript/);
  });
});
