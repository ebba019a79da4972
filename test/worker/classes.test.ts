import { describe, expect, it } from 'vitest';
import { ClassListSchema, ClassSchema, JOIN_CODE_ALPHABET, PublicClassSchema } from '../../questions/classroom-schema';
import { call, classroomQuiz, expectError, openClass } from './classroom-helpers';

describe('opening a class', () => {
  it('gives a six-character join code without look-alike characters', async () => {
    const quiz = await classroomQuiz();
    const response = await call(`/api/quizzes/${quiz.id}/classes`, { method: 'POST', key: quiz.key, json: { label: 'Period 3' } });
    expect(response.status).toBe(201);
    const klass = ClassSchema.parse(await response.json());
    expect(klass).toMatchObject({ quizId: quiz.id, label: 'Period 3', open: true, allowRetries: false, attempts: 0, closedAt: null });
    expect(klass.code).toMatch(/^[2-9A-HJKMNP-Z]{6}$/);
    expect(JOIN_CODE_ALPHABET).not.toMatch(/[01OIL]/);
    expect(response.headers.get('Location')).toBe(`/api/quizzes/${quiz.id}/classes/${klass.code}`);
  });

  it('lets one quiz have several classes, listed newest first', async () => {
    const quiz = await classroomQuiz();
    const first = await openClass(quiz, { label: 'A' });
    const second = await openClass(quiz, { label: 'B', allowRetries: true });
    const list = ClassListSchema.parse(await (await call(`/api/quizzes/${quiz.id}/classes`, { key: quiz.key })).json());
    expect(list.classes.map((c) => c.code).sort()).toEqual([first, second].sort());
    expect(list.classes.find((c) => c.code === second)?.allowRetries).toBe(true);
  });

  it('refuses unknown fields and a label that is too long', async () => {
    const quiz = await classroomQuiz();
    const path = `/api/quizzes/${quiz.id}/classes`;
    expect(await expectError(await call(path, { method: 'POST', key: quiz.key, json: { size: 30 } }), 400, 'invalid_request')).toContain('size');
    await expectError(await call(path, { method: 'POST', key: quiz.key, json: { label: 'x'.repeat(81) } }), 400, 'invalid_request');
  });
});

describe('closing and reopening a class', () => {
  it('closes, stamps the time, allows retries and reopens', async () => {
    const quiz = await classroomQuiz();
    const code = await openClass(quiz);
    const path = `/api/quizzes/${quiz.id}/classes/${code}`;
    const closed = ClassSchema.parse(await (await call(path, { method: 'PATCH', key: quiz.key, json: { open: false } })).json());
    expect(closed.open).toBe(false);
    expect(closed.closedAt).not.toBeNull();
    const again = ClassSchema.parse(await (await call(path, { method: 'PATCH', key: quiz.key, json: { open: false } })).json());
    expect(again.closedAt).toBe(closed.closedAt);
    const reopened = ClassSchema.parse(await (await call(path, { method: 'PATCH', key: quiz.key, json: { open: true, allowRetries: true, label: 'Late group' } })).json());
    expect(reopened).toMatchObject({ open: true, closedAt: null, allowRetries: true, label: 'Late group' });
    await expectError(await call(path, { method: 'PATCH', key: quiz.key, json: {} }), 400, 'invalid_request');
  });

  it('reads a class by its code typed in lower case or with a dash', async () => {
    const quiz = await classroomQuiz();
    const code = await openClass(quiz);
    const typed = `${code.slice(0, 3)}-${code.slice(3)}`.toLowerCase();
    const response = await call(`/api/quizzes/${quiz.id}/classes/${typed}`, { key: quiz.key });
    expect(ClassSchema.parse(await response.json()).code).toBe(code);
  });
});

describe('access to classes', () => {
  it('never lets one quiz\'s key read or change another quiz\'s class', async () => {
    const quiz = await classroomQuiz();
    const other = await classroomQuiz();
    const code = await openClass(quiz);
    const theirs = `/api/quizzes/${quiz.id}/classes`;
    for (const [path, method, json] of [
      [theirs, 'POST', {}],
      [theirs, 'GET', undefined],
      [`${theirs}/${code}`, 'GET', undefined],
      [`${theirs}/${code}`, 'PATCH', { open: false }],
      [`${theirs}/${code}/results`, 'GET', undefined],
      [`${theirs}/${code}/results.csv`, 'GET', undefined],
    ] as const) {
      await expectError(await call(path, { method, key: other.key, ...(json === undefined ? {} : { json }) }), 403, 'forbidden');
      await expectError(await call(path, { method, ...(json === undefined ? {} : { json }) }), 401, 'unauthorized');
    }
    // Through its own quiz, the other key finds no such class: a code belongs to one quiz only.
    const mine = `/api/quizzes/${other.id}/classes/${code}`;
    await expectError(await call(mine, { key: other.key }), 404, 'class_not_found');
    await expectError(await call(mine, { method: 'PATCH', key: other.key, json: { open: false } }), 404, 'class_not_found');
    await expectError(await call(`${mine}/results`, { key: other.key }), 404, 'class_not_found');
    await expectError(await call(`${mine}/results.csv`, { key: other.key }), 404, 'class_not_found');
    const still = ClassSchema.parse(await (await call(`${theirs}/${code}`, { key: quiz.key })).json());
    expect(still.open).toBe(true);
  });

  it('answers 404 class_not_found for a code no class has', async () => {
    const quiz = await classroomQuiz();
    await expectError(await call(`/api/quizzes/${quiz.id}/classes/ZZZZZZ`, { key: quiz.key }), 404, 'class_not_found');
    await expectError(await call(`/api/quizzes/${quiz.id}/classes/0OIL1x`, { key: quiz.key }), 404, 'class_not_found');
  });
});

describe('a class seen by a student', () => {
  it('shows its quiz, title, label and whether it is open, and nothing about students', async () => {
    const quiz = await classroomQuiz();
    const code = await openClass(quiz, { label: 'Period 3' });
    const response = await call(`/api/classes/${code.toLowerCase()}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe('*');
    const { title } = (await (await call(`/api/quizzes/${quiz.id}`)).json()) as { title: string };
    expect(PublicClassSchema.parse(await response.json())).toEqual({ code, quizId: quiz.id, title, label: 'Period 3', open: true });
    await expectError(await call('/api/classes/ZZZZZZ'), 404, 'class_not_found');
    await expectError(await call('/api/classes/x'), 404, 'class_not_found');
  });
});
