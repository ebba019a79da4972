import { describe, expect, it } from 'vitest';
import { CheckResponseSchema } from '../../questions/schema';
import { answerKey, answersFor, createQuiz, expectError, postJson } from './helpers';
import { env } from 'cloudflare:test';

describe('POST /api/quizzes/{id}/check', () => {
  it('says whether one answer is right and gives the right answer and its sentence', async () => {
    const { quiz, editKey } = await createQuiz();
    const key = await answerKey(quiz.id, editKey);
    const q = key.questions[0];
    if (q === undefined) throw new Error('no questions');
    const right = CheckResponseSchema.parse(await (await postJson(`/api/quizzes/${quiz.id}/check`, { questionId: q.id, answer: q.answer })).json());
    expect(right).toEqual({ questionId: q.id, correct: true, answer: q.answer, explanation: q.explanation });
    const wrongAnswer = answersFor(key, () => true)[q.id] ?? '';
    const wrong = CheckResponseSchema.parse(await (await postJson(`/api/quizzes/${quiz.id}/check`, { questionId: q.id, answer: wrongAnswer })).json());
    expect(wrong.correct).toBe(false);
  });

  it('records nothing', async () => {
    const { quiz, editKey } = await createQuiz();
    const q = (await answerKey(quiz.id, editKey)).questions[0];
    await postJson(`/api/quizzes/${quiz.id}/check`, { questionId: q?.id, answer: q?.answer });
    const row = await env.DB.prepare('SELECT COUNT(*) AS n FROM attempts WHERE quiz_id = ?').bind(quiz.id).first<{ n: number }>();
    expect(row?.n).toBe(0);
  });

  it('returns 403 feedback_at_end and reveals nothing when the quiz holds feedback to the end', async () => {
    const { quiz, editKey } = await createQuiz({ feedback: 'end' });
    expect(quiz.feedback).toBe('end');
    const q = (await answerKey(quiz.id, editKey)).questions[0];
    const res = await postJson(`/api/quizzes/${quiz.id}/check`, { questionId: q?.id, answer: q?.answer });
    const text = await res.clone().text();
    await expectError(res, 403, 'feedback_at_end');
    expect(text).not.toContain(q?.explanation ?? '');
  });

  it('returns 400 for an unknown question or a malformed body', async () => {
    const { quiz } = await createQuiz();
    await expectError(await postJson(`/api/quizzes/${quiz.id}/check`, { questionId: 'q999', answer: 'a' }), 400, 'invalid_answers');
    await expectError(await postJson(`/api/quizzes/${quiz.id}/check`, { questionId: 'q1' }), 400, 'invalid_request');
    await expectError(await postJson(`/api/quizzes/${quiz.id}/check`, '{'), 400, 'invalid_json');
  });

  it('returns 404 for an unknown quiz', async () => {
    await expectError(await postJson('/api/quizzes/nosuchquiz/check', { questionId: 'q1', answer: 'a' }), 404, 'quiz_not_found');
  });
});
