import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { AttemptResultSchema, StatsSchema } from '../../questions/schema';
import { answerKey, answersFor, api, createQuiz, expectError, postJson } from './helpers';

async function storedAttempts(quizId: string): Promise<{ id: string; score: number; name: string | null }[]> {
  const { results } = await env.DB.prepare('SELECT id, score, name FROM attempts WHERE quiz_id = ?').bind(quizId).all<{ id: string; score: number; name: string | null }>();
  return results;
}

describe('POST /api/quizzes/{id}/attempts', () => {
  it('scores a fully correct attempt, stores it and returns every answer and explanation', async () => {
    const { quiz, editKey } = await createQuiz();
    const key = await answerKey(quiz.id, editKey);
    const res = await postJson(`/api/quizzes/${quiz.id}/attempts`, { answers: answersFor(key), name: 'Ana' });
    expect(res.status).toBe(201);
    const result = AttemptResultSchema.parse(await res.json());
    expect(result.score).toBe(key.questions.length);
    expect(result.total).toBe(key.questions.length);
    expect(result.results.map((r) => r.questionId)).toEqual(key.questions.map((q) => q.id));
    for (const [i, r] of result.results.entries()) {
      expect(r.correct).toBe(true);
      expect(r.answer).toBe(key.questions[i]?.answer);
      expect(r.explanation).toBe(key.questions[i]?.explanation);
    }
    expect(await storedAttempts(quiz.id)).toEqual([{ id: result.id, score: result.score, name: 'Ana' }]);
  });

  it('counts wrong and unanswered questions as not correct', async () => {
    const { quiz, editKey } = await createQuiz();
    const key = await answerKey(quiz.id, editKey);
    const answers = answersFor(key, (q) => q.id === key.questions[0]?.id);
    delete answers[key.questions[1]?.id ?? ''];
    const res = await postJson(`/api/quizzes/${quiz.id}/attempts`, { answers });
    const result = AttemptResultSchema.parse(await res.json());
    expect(result.score).toBe(key.questions.length - 2);
    expect(result.results[0]?.correct).toBe(false);
    expect(result.results[1]?.correct).toBe(false);
  });

  it('matches typed answers regardless of case, accents, punctuation and a small typo', async () => {
    const { quiz, editKey } = await createQuiz({ types: ['fill_blank'] });
    const key = await answerKey(quiz.id, editKey);
    const q = key.questions.find((x) => x.type === 'fill_blank' && /^[^\d]*[a-z]{5,}[^\d]*$/i.test(x.answer));
    if (q === undefined) throw new Error('the seed article gives no typed question with a word answer');
    const variant = `  ${q.answer.toUpperCase().normalize('NFD').replace(/\p{M}/gu, '')}!! `;
    const res = await postJson(`/api/quizzes/${quiz.id}/attempts`, { answers: { [q.id]: variant } });
    const result = AttemptResultSchema.parse(await res.json());
    expect(result.results.find((r) => r.questionId === q.id)?.correct).toBe(true);
  });

  it('updates the stats in step with the stored attempts', async () => {
    const { quiz, editKey } = await createQuiz();
    const key = await answerKey(quiz.id, editKey);
    const first = key.questions[0];
    if (first === undefined) throw new Error('no questions');
    await postJson(`/api/quizzes/${quiz.id}/attempts`, { answers: answersFor(key) });
    await postJson(`/api/quizzes/${quiz.id}/attempts`, { answers: answersFor(key, () => true) });
    await postJson(`/api/quizzes/${quiz.id}/attempts`, { answers: { [first.id]: first.answer } });
    const stats = StatsSchema.parse(await (await api(`/api/quizzes/${quiz.id}/stats`)).json());
    expect(stats.attempts).toBe(3);
    expect(stats.attempts).toBe((await storedAttempts(quiz.id)).length);
    expect(stats.questions[0]).toEqual({ questionId: first.id, answered: 3, correct: 2 });
    expect(stats.questions[1]).toEqual({ questionId: key.questions[1]?.id, answered: 2, correct: 1 });
  });

  it('returns 404 quiz_not_found for an unknown quiz', async () => {
    await expectError(await postJson('/api/quizzes/nosuchquiz/attempts', { answers: { q1: 'a' } }), 404, 'quiz_not_found');
  });

  it('returns 400 for answers of the wrong shape, and stores nothing', async () => {
    const { quiz } = await createQuiz();
    const bad: unknown[] = [
      {},
      { answers: [] },
      { answers: 'a' },
      { answers: null },
      { answers: {} },
      { answers: { q1: 1 } },
      { answers: { q1: ['a'] } },
      { answers: { q1: { id: 'a' } } },
      { answers: { q1: 'a' }, name: '' },
      { answers: { q1: 'a' }, name: 'x'.repeat(81) },
      { answers: { q1: 'a' }, score: 10 },
    ];
    for (const body of bad) {
      await expectError(await postJson(`/api/quizzes/${quiz.id}/attempts`, body), 400, 'invalid_request');
    }
    await expectError(await postJson(`/api/quizzes/${quiz.id}/attempts`, '{"answers":'), 400, 'invalid_json');
    expect(await storedAttempts(quiz.id)).toEqual([]);
  });

  it('returns 400 invalid_answers for an unknown question or a choice the question lacks', async () => {
    const { quiz, editKey } = await createQuiz();
    const key = await answerKey(quiz.id, editKey);
    const unknown = await expectError(await postJson(`/api/quizzes/${quiz.id}/attempts`, { answers: { q999: 'a' } }), 400, 'invalid_answers');
    expect(unknown.message).toContain('q999');
    const choiceQuestion = key.questions.find((q) => q.choices !== undefined);
    if (choiceQuestion !== undefined) {
      const error = await expectError(
        await postJson(`/api/quizzes/${quiz.id}/attempts`, { answers: { [choiceQuestion.id]: 'not-a-choice' } }),
        400,
        'invalid_answers',
      );
      expect(error.message).toContain(choiceQuestion.id);
    }
    expect(await storedAttempts(quiz.id)).toEqual([]);
  });
});

describe('Idempotency-Key on attempts', () => {
  it('returns the first result for a replay and stores nothing new', async () => {
    const { quiz, editKey } = await createQuiz();
    const answers = answersFor(await answerKey(quiz.id, editKey));
    const headers = { 'Idempotency-Key': 'reader-1-attempt-1' };
    const first = await postJson(`/api/quizzes/${quiz.id}/attempts`, { answers }, headers);
    const second = await postJson(`/api/quizzes/${quiz.id}/attempts`, { answers }, headers);
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(second.headers.get('idempotent-replayed')).toBe('true');
    expect(await second.json()).toEqual(await first.json());
    expect(await storedAttempts(quiz.id)).toHaveLength(1);
    const stats = StatsSchema.parse(await (await api(`/api/quizzes/${quiz.id}/stats`)).json());
    expect(stats.attempts).toBe(1);
  });

  it('stores one attempt when replays race each other', async () => {
    const { quiz, editKey } = await createQuiz();
    const answers = answersFor(await answerKey(quiz.id, editKey));
    const headers = { 'Idempotency-Key': 'raced' };
    const responses = await Promise.all(Array.from({ length: 8 }, () => postJson(`/api/quizzes/${quiz.id}/attempts`, { answers }, headers)));
    const bodies = await Promise.all(responses.map((r) => r.json() as Promise<{ id: string }>));
    expect(responses.map((r) => r.status)).toEqual(Array(8).fill(201));
    expect(new Set(bodies.map((b) => b.id)).size).toBe(1);
    expect(await storedAttempts(quiz.id)).toHaveLength(1);
  });

  it('returns 409 when a key is reused for other answers', async () => {
    const { quiz, editKey } = await createQuiz();
    const key = await answerKey(quiz.id, editKey);
    const headers = { 'Idempotency-Key': 'reused' };
    await postJson(`/api/quizzes/${quiz.id}/attempts`, { answers: answersFor(key) }, headers);
    await expectError(
      await postJson(`/api/quizzes/${quiz.id}/attempts`, { answers: answersFor(key, () => true) }, headers),
      409,
      'idempotency_key_reused',
    );
    expect(await storedAttempts(quiz.id)).toHaveLength(1);
  });

  it('returns 400 for an unusable key', async () => {
    const { quiz } = await createQuiz();
    await expectError(
      await postJson(`/api/quizzes/${quiz.id}/attempts`, { answers: { q1: 'a' } }, { 'Idempotency-Key': 'x'.repeat(129) }),
      400,
      'invalid_idempotency_key',
    );
  });
});
