import { describe, expect, it } from 'vitest';
import { AttemptResultSchema, OwnedQuizSchema, PublicQuizSchema } from '../../questions/schema';
import { answerInClass, call, classroomQuiz, expectError, fixtureAnswers, openClass } from './classroom-helpers';

function check(quizId: string): Promise<Response> {
  return call(`/api/quizzes/${quizId}/check`, { method: 'POST', json: { questionId: 'q1', answer: 'b' } });
}

describe('feedback while a class is open', () => {
  it('is held until the end: the public quiz says so and the per-question check reveals nothing', async () => {
    const quiz = await classroomQuiz();
    expect((await check(quiz.id)).status).toBe(200);
    // Read once, so a cached copy with immediate feedback exists when the class opens.
    expect(PublicQuizSchema.parse(await (await call(`/api/quizzes/${quiz.id}`)).json()).feedback).toBeUndefined();
    await openClass(quiz);
    const reader = PublicQuizSchema.parse(await (await call(`/api/quizzes/${quiz.id}`)).json());
    expect(reader.feedback).toBe('end');
    const message = await expectError(await check(quiz.id), 403, 'feedback_at_end');
    expect(message).not.toContain('Braces');
  });

  it('cannot be switched back to immediate until every class is closed', async () => {
    const quiz = await classroomQuiz();
    const first = await openClass(quiz);
    const second = await openClass(quiz);
    const path = `/api/quizzes/${quiz.id}`;
    await expectError(await call(path, { method: 'PATCH', key: quiz.key, json: { feedback: 'immediate' } }), 409, 'class_open');
    await call(`${path}/classes/${first}`, { method: 'PATCH', key: quiz.key, json: { open: false } });
    await expectError(await call(path, { method: 'PATCH', key: quiz.key, json: { feedback: 'immediate', title: 'Not applied' } }), 409, 'class_open');
    await call(`${path}/classes/${second}`, { method: 'PATCH', key: quiz.key, json: { open: false } });
    const switched = OwnedQuizSchema.parse(await (await call(path, { method: 'PATCH', key: quiz.key, json: { feedback: 'immediate' } })).json());
    expect(switched).toMatchObject({ feedback: 'immediate', title: (await (await call(path)).json() as { title: string }).title });
    expect((await check(quiz.id)).status).toBe(200);
  });

  it('is held again when a closed class is reopened', async () => {
    const quiz = await classroomQuiz();
    const code = await openClass(quiz);
    const path = `/api/quizzes/${quiz.id}`;
    await call(`${path}/classes/${code}`, { method: 'PATCH', key: quiz.key, json: { open: false } });
    await call(path, { method: 'PATCH', key: quiz.key, json: { feedback: 'immediate' } });
    expect((await check(quiz.id)).status).toBe(200);
    await call(`${path}/classes/${code}`, { method: 'PATCH', key: quiz.key, json: { open: true } });
    await expectError(await check(quiz.id), 403, 'feedback_at_end');
  });
});

describe('a class attempt sent twice with one Idempotency-Key', () => {
  it('returns the first result instead of refusing the name', async () => {
    const quiz = await classroomQuiz();
    const code = await openClass(quiz);
    const send = () =>
      call(`/api/quizzes/${quiz.id}/attempts`, {
        method: 'POST',
        headers: { 'Idempotency-Key': 'student-ana-1' },
        json: { answers: fixtureAnswers(), name: 'Ana', classCode: code },
      });
    const first = AttemptResultSchema.parse(await (await send()).json());
    const again = await send();
    expect(again.status).toBe(201);
    expect(AttemptResultSchema.parse(await again.json()).id).toBe(first.id);
    await expectError(await answerInClass(quiz.id, { answers: fixtureAnswers(), name: 'Ana', classCode: code }), 409, 'name_taken');
  });
});
