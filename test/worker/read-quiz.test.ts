import { describe, expect, it } from 'vitest';
import { KeyedQuizSchema, PublicQuizSchema, toPublicQuiz } from '../../questions/schema';
import { answerKey, api, createQuiz, expectError, expectNoAnswerIn } from './helpers';

describe('GET /api/quizzes/{id}', () => {
  it('returns the quiz as readers see it, with no answers', async () => {
    const { quiz, editKey } = await createQuiz();
    const res = await api(`/api/quizzes/${quiz.id}`);
    expect(res.status).toBe(200);
    const body = PublicQuizSchema.parse(await res.json());
    expect(body).toEqual(quiz);
    expectNoAnswerIn(body, await answerKey(quiz.id, editKey));
  });

  it('returns 404 quiz_not_found for an unknown id', async () => {
    await expectError(await api('/api/quizzes/doesnotexist'), 404, 'quiz_not_found');
  });

  it('returns 404 quiz_not_found for an id that could never exist', async () => {
    await expectError(await api(`/api/quizzes/${encodeURIComponent("x' OR 1=1 --")}`), 404, 'quiz_not_found');
    await expectError(await api(`/api/quizzes/${'a'.repeat(500)}`), 404, 'quiz_not_found');
  });
});

describe('GET /api/quizzes/{id}/answer-key', () => {
  it('returns the full quiz to the holder of the edit key', async () => {
    const { quiz, editKey } = await createQuiz();
    const res = await api(`/api/quizzes/${quiz.id}/answer-key`, { headers: { Authorization: `Bearer ${editKey}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toContain('no-store');
    const keyed = KeyedQuizSchema.parse(await res.json());
    expect(toPublicQuiz(keyed)).toEqual(quiz);
    for (const q of keyed.questions) expect(q.explanation.length).toBeGreaterThan(0);
  });

  it('returns 401 unauthorized without a key', async () => {
    const { quiz } = await createQuiz();
    await expectError(await api(`/api/quizzes/${quiz.id}/answer-key`), 401, 'unauthorized');
  });

  it('returns 401 unauthorized for a key outside the Authorization bearer scheme', async () => {
    const { quiz, editKey } = await createQuiz();
    await expectError(await api(`/api/quizzes/${quiz.id}/answer-key`, { headers: { Authorization: `Basic ${editKey}` } }), 401, 'unauthorized');
    await expectError(await api(`/api/quizzes/${quiz.id}/answer-key?key=${editKey}`), 401, 'unauthorized');
  });

  it('returns 403 forbidden for a wrong key', async () => {
    const { quiz } = await createQuiz();
    await expectError(await api(`/api/quizzes/${quiz.id}/answer-key`, { headers: { Authorization: 'Bearer wrong' } }), 403, 'forbidden');
  });

  it("returns 403 forbidden for another quiz's key", async () => {
    const [a, b] = await Promise.all([createQuiz(), createQuiz()]);
    await expectError(
      await api(`/api/quizzes/${a.quiz.id}/answer-key`, { headers: { Authorization: `Bearer ${b.editKey}` } }),
      403,
      'forbidden',
    );
  });

  it('returns 404 quiz_not_found for an unknown id with a key', async () => {
    const { editKey } = await createQuiz();
    await expectError(await api('/api/quizzes/nosuchquiz/answer-key', { headers: { Authorization: `Bearer ${editKey}` } }), 404, 'quiz_not_found');
  });
});
