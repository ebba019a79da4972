import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { answerKey, answersFor, createQuiz, expectError, postJson } from './helpers';

// Storage is isolated per test file, so breaking a table here harms no other test.
describe('when storage fails', () => {
  it('answers 503 storage_unavailable with Retry-After, never a bare 500, and claims nothing was stored', async () => {
    const { quiz, editKey } = await createQuiz();
    const answers = answersFor(await answerKey(quiz.id, editKey));
    await env.DB.exec('ALTER TABLE question_stats RENAME TO question_stats_gone');
    const res = await postJson(`/api/quizzes/${quiz.id}/attempts`, { answers });
    expect(res.headers.get('retry-after')).toBe('5');
    await expectError(res, 503, 'storage_unavailable');
    // The batch is all or nothing: the attempt row went with the failed counter update.
    const row = await env.DB.prepare('SELECT COUNT(*) AS n FROM attempts WHERE quiz_id = ?').bind(quiz.id).first<{ n: number }>();
    expect(row?.n).toBe(0);
  });
});
