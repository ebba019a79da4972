import { describe, expect, it } from 'vitest';
import { OwnedQuizSchema } from '../../questions/schema';
import { CLASSROOM_QUESTIONS } from '../fixtures/classroom-quiz';
import { call, classroomQuiz, expectError, openClass } from './classroom-helpers';

describe('every owner route of the classroom', () => {
  it('answers 401 without a key and 403 with another quiz\'s key, and changes nothing', async () => {
    const quiz = await classroomQuiz();
    const other = await classroomQuiz();
    const code = await openClass(quiz);
    const q = `/api/quizzes/${quiz.id}`;
    const routes: [string, string, unknown][] = [
      ['GET', `${q}/questions`, undefined],
      ['PUT', `${q}/questions`, { questions: CLASSROOM_QUESTIONS.slice(0, 1) }],
      ['PATCH', `${q}/questions/q1`, { prompt: 'Taken over?' }],
      ['PATCH', q, { title: 'Taken over' }],
      ['POST', `${q}/classes`, {}],
      ['GET', `${q}/classes`, undefined],
      ['GET', `${q}/classes/${code}`, undefined],
      ['PATCH', `${q}/classes/${code}`, { open: false }],
      ['GET', `${q}/classes/${code}/results`, undefined],
      ['GET', `${q}/classes/${code}/results.csv`, undefined],
      ['GET', `${q}/export/gift`, undefined],
      ['GET', `${q}/export/aiken`, undefined],
      ['GET', `${q}/export/markdown`, undefined],
      ['GET', `${q}/answer-key`, undefined],
    ];
    for (const [method, path, json] of routes) {
      const body = json === undefined ? {} : { json };
      await expectError(await call(path, { method, ...body }), 401, 'unauthorized');
      await expectError(await call(path, { method, key: other.key, ...body }), 403, 'forbidden');
      await expectError(await call(path, { method, key: `${quiz.key}x`, ...body }), 403, 'forbidden');
      await expectError(await call(path, { method, headers: { Authorization: quiz.key }, ...body }), 401, 'unauthorized');
    }
    const owned = OwnedQuizSchema.parse(await (await call(`${q}/questions`, { key: quiz.key })).json());
    expect(owned.questions).toEqual(CLASSROOM_QUESTIONS);
    expect(owned.version).toBe(2);
    const classes = (await (await call(`${q}/classes`, { key: quiz.key })).json()) as { classes: { open: boolean }[] };
    expect(classes.classes).toHaveLength(1);
    expect(classes.classes[0]?.open).toBe(true);
  });
});
