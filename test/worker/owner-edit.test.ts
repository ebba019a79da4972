import { describe, expect, it } from 'vitest';
import { OwnedQuizSchema, PublicQuizSchema, StatsSchema } from '../../questions/schema';
import { CLASSROOM_QUESTIONS } from '../fixtures/classroom-quiz';
import { call, classroomQuiz, expectError, fixtureAnswers } from './classroom-helpers';

describe('reading a quiz for editing', () => {
  it('gives the owner every question with its answer, and the version as an ETag', async () => {
    const quiz = await classroomQuiz();
    const response = await call(`/api/quizzes/${quiz.id}/questions`, { key: quiz.key });
    expect(response.status).toBe(200);
    const owned = OwnedQuizSchema.parse(await response.json());
    expect(owned.questions).toEqual(CLASSROOM_QUESTIONS);
    expect(owned.version).toBe(2);
    expect(response.headers.get('ETag')).toBe('"v2"');
    expect(response.headers.get('Cache-Control')).toContain('no-store');
  });

  it('answers 401 unauthorized without a key and 403 forbidden with another quiz\'s key', async () => {
    const quiz = await classroomQuiz();
    const other = await classroomQuiz();
    await expectError(await call(`/api/quizzes/${quiz.id}/questions`), 401, 'unauthorized');
    await expectError(await call(`/api/quizzes/${quiz.id}/questions`, { key: other.key }), 403, 'forbidden');
    await expectError(await call('/api/quizzes/nosuchquiz123/questions', { key: quiz.key }), 404, 'quiz_not_found');
  });
});

describe('replacing the questions', () => {
  it('adds, deletes, reorders and edits at once, and readers see the new questions without answers', async () => {
    const quiz = await classroomQuiz();
    // Read once, so a cached copy of the old questions exists when they are replaced.
    expect((await call(`/api/quizzes/${quiz.id}`)).status).toBe(200);
    const [q1, q2, q3] = CLASSROOM_QUESTIONS;
    const added = { id: 'new1', type: 'true_false', prompt: 'Written by hand.', choices: q2!.choices, answer: 'true', explanation: 'Because.' };
    const questions = [q3, { ...q1!, prompt: 'Edited prompt?' }, added];
    const response = await call(`/api/quizzes/${quiz.id}/questions`, { method: 'PUT', key: quiz.key, json: { title: 'New title', questions } });
    expect(response.status).toBe(200);
    const owned = OwnedQuizSchema.parse(await response.json());
    expect(owned).toMatchObject({ title: 'New title', version: 3 });
    expect(owned.questions.map((q) => q.id)).toEqual(['q3', 'q1', 'new1']);
    const reader = PublicQuizSchema.parse(await (await call(`/api/quizzes/${quiz.id}`)).json());
    expect(reader.title).toBe('New title');
    expect(reader.questions.map((q) => q.prompt)).toEqual([q3!.prompt, 'Edited prompt?', 'Written by hand.']);
  });

  it('refuses a question whose answer is not one of its choices, naming the field', async () => {
    const quiz = await classroomQuiz();
    const questions = CLASSROOM_QUESTIONS.map((q, i) => (i === 3 ? { ...q, answer: 'zz' } : q));
    const message = await expectError(await call(`/api/quizzes/${quiz.id}/questions`, { method: 'PUT', key: quiz.key, json: { questions } }), 400, 'invalid_request');
    expect(message).toContain('questions.3.answer');
  });

  it('refuses duplicate question ids, an empty list and unknown fields, naming them', async () => {
    const quiz = await classroomQuiz();
    const path = `/api/quizzes/${quiz.id}/questions`;
    const dup = [CLASSROOM_QUESTIONS[0], CLASSROOM_QUESTIONS[0]];
    expect(await expectError(await call(path, { method: 'PUT', key: quiz.key, json: { questions: dup } }), 400, 'invalid_request')).toContain('questions.1.id');
    await expectError(await call(path, { method: 'PUT', key: quiz.key, json: { questions: [] } }), 400, 'invalid_request');
    const extra = { questions: CLASSROOM_QUESTIONS, owner: 'me' };
    expect(await expectError(await call(path, { method: 'PUT', key: quiz.key, json: extra }), 400, 'invalid_request')).toContain('owner');
    const secret = [{ ...CLASSROOM_QUESTIONS[0], hint: 'x' }];
    expect(await expectError(await call(path, { method: 'PUT', key: quiz.key, json: { questions: secret } }), 400, 'invalid_request')).toContain('hint');
  });

  it('checks the key before reading the body, so a stranger learns nothing from validation', async () => {
    const quiz = await classroomQuiz();
    const other = await classroomQuiz();
    await expectError(await call(`/api/quizzes/${quiz.id}/questions`, { method: 'PUT', key: other.key, json: { questions: [] } }), 403, 'forbidden');
    await expectError(await call(`/api/quizzes/${quiz.id}/questions`, { method: 'PUT', json: { questions: CLASSROOM_QUESTIONS } }), 401, 'unauthorized');
    const unchanged = OwnedQuizSchema.parse(await (await call(`/api/quizzes/${quiz.id}/questions`, { key: quiz.key })).json());
    expect(unchanged.version).toBe(2);
  });

  it('applies an edit only to the version named in If-Match, and answers 412 when it moved on', async () => {
    const quiz = await classroomQuiz();
    const path = `/api/quizzes/${quiz.id}/questions`;
    const ok = await call(path, { method: 'PUT', key: quiz.key, headers: { 'If-Match': '"v2"' }, json: { questions: CLASSROOM_QUESTIONS } });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('ETag')).toBe('"v3"');
    const stale = await call(path, { method: 'PUT', key: quiz.key, headers: { 'If-Match': '"v2"' }, json: { questions: CLASSROOM_QUESTIONS } });
    expect(await expectError(stale, 412, 'version_mismatch')).toContain('version 3');
    await expectError(await call(path, { method: 'PUT', key: quiz.key, headers: { 'If-Match': 'v3' }, json: { questions: CLASSROOM_QUESTIONS } }), 400, 'invalid_request');
  });
});

describe('patching one question', () => {
  it('changes the fields given, removes those set to null, and validates the result in full', async () => {
    const quiz = await classroomQuiz();
    const path = `/api/quizzes/${quiz.id}/questions/q3`;
    const response = await call(path, { method: 'PATCH', key: quiz.key, json: { prompt: 'Which river?', accepted: null } });
    expect(response.status).toBe(200);
    const q3 = OwnedQuizSchema.parse(await response.json()).questions[2];
    expect(q3).toEqual({ ...CLASSROOM_QUESTIONS[2], prompt: 'Which river?', accepted: undefined });
    expect(q3 && 'accepted' in q3).toBe(false);
  });

  it('turns a choice question into a typed one when its choices are removed', async () => {
    const quiz = await classroomQuiz();
    const response = await call(`/api/quizzes/${quiz.id}/questions/q1`, {
      method: 'PATCH',
      key: quiz.key,
      json: { type: 'fill_blank', choices: null, answer: 'braces' },
    });
    expect(response.status).toBe(200);
    expect(OwnedQuizSchema.parse(await response.json()).questions[0]).toMatchObject({ type: 'fill_blank', answer: 'braces' });
  });

  it('refuses an answer that is not a choice with 400 naming questions.N.answer', async () => {
    const quiz = await classroomQuiz();
    const message = await expectError(await call(`/api/quizzes/${quiz.id}/questions/q4`, { method: 'PATCH', key: quiz.key, json: { answer: 'nope' } }), 400, 'invalid_request');
    expect(message).toContain('questions.3.answer');
  });

  it('refuses an empty patch, a change of id, and an unknown question', async () => {
    const quiz = await classroomQuiz();
    await expectError(await call(`/api/quizzes/${quiz.id}/questions/q1`, { method: 'PATCH', key: quiz.key, json: {} }), 400, 'invalid_request');
    expect(await expectError(await call(`/api/quizzes/${quiz.id}/questions/q1`, { method: 'PATCH', key: quiz.key, json: { id: 'q9' } }), 400, 'invalid_request')).toContain('id');
    await expectError(await call(`/api/quizzes/${quiz.id}/questions/q9`, { method: 'PATCH', key: quiz.key, json: { prompt: 'x' } }), 404, 'question_not_found');
    const other = await classroomQuiz();
    await expectError(await call(`/api/quizzes/${quiz.id}/questions/q1`, { method: 'PATCH', key: other.key, json: { prompt: 'x' } }), 403, 'forbidden');
  });
});

describe('renaming a quiz', () => {
  it('changes the title without a new version', async () => {
    const quiz = await classroomQuiz();
    const response = await call(`/api/quizzes/${quiz.id}`, { method: 'PATCH', key: quiz.key, json: { title: 'Week 3 reading' } });
    expect(OwnedQuizSchema.parse(await response.json())).toMatchObject({ title: 'Week 3 reading', version: 2 });
    await expectError(await call(`/api/quizzes/${quiz.id}`, { method: 'PATCH', key: quiz.key, json: {} }), 400, 'invalid_request');
    await expectError(await call(`/api/quizzes/${quiz.id}`, { method: 'PATCH', json: { title: 'x' } }), 401, 'unauthorized');
  });
});

describe('stats across edits', () => {
  it('start fresh for each version, while the attempts of the old version stay stored', async () => {
    const quiz = await classroomQuiz();
    for (const wrong of [[], ['q1']]) {
      const attempt = await call(`/api/quizzes/${quiz.id}/attempts`, { method: 'POST', json: { answers: fixtureAnswers(wrong) } });
      expect(attempt.status).toBe(201);
    }
    const before = StatsSchema.parse(await (await call(`/api/quizzes/${quiz.id}/stats`)).json());
    expect(before.attempts).toBe(2);
    expect(before.questions[0]).toEqual({ questionId: 'q1', answered: 2, correct: 1 });

    await call(`/api/quizzes/${quiz.id}/questions/q1`, { method: 'PATCH', key: quiz.key, json: { prompt: 'Clearer?' } });
    const after = StatsSchema.parse(await (await call(`/api/quizzes/${quiz.id}/stats`)).json());
    expect(after.attempts).toBe(0);
    expect(after.questions.every((q) => q.answered === 0 && q.correct === 0)).toBe(true);

    await call(`/api/quizzes/${quiz.id}/attempts`, { method: 'POST', json: { answers: fixtureAnswers() } });
    const third = StatsSchema.parse(await (await call(`/api/quizzes/${quiz.id}/stats`)).json());
    expect(third.attempts).toBe(1);
    expect(third.questions[0]).toEqual({ questionId: 'q1', answered: 1, correct: 1 });
  });
});
