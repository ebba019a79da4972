import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { JOIN_CODE_ALPHABET } from '../../questions/classroom-schema';
import { LIMITS } from '../../questions/limits';
import { AttemptResultSchema, StatsSchema } from '../../questions/schema';
import { recordAttempt, type NewAttempt } from '../../worker/db/attempts';
import { ApiError } from '../../worker/errors';
import { answerInClass, call, classroomQuiz, expectError, fixtureAnswers, openClass } from './classroom-helpers';

async function storedAttempts(code: string): Promise<number> {
  const row = await env.DB.prepare('SELECT COUNT(*) AS n FROM attempts WHERE class_code = ?').bind(code).first<{ n: number }>();
  return row?.n ?? 0;
}

describe('answering in a class', () => {
  it('scores the attempt, records it in the class under the name, and shows the results at the end', async () => {
    const quiz = await classroomQuiz();
    const code = await openClass(quiz);
    const response = await answerInClass(quiz.id, { answers: fixtureAnswers(['q2']), name: 'Ana', classCode: code.toLowerCase() });
    expect(response.status).toBe(201);
    const result = AttemptResultSchema.parse(await response.json());
    expect(result).toMatchObject({ score: 3, total: 4 });
    expect(result.results.find((r) => r.questionId === 'q2')).toMatchObject({ correct: false, answer: 'false' });
    const row = await env.DB.prepare('SELECT name, name_key, class_code FROM attempts WHERE id = ?').bind(result.id).first();
    expect(row).toEqual({ name: 'Ana', name_key: 'ana', class_code: code });
  });

  it('requires a display name', async () => {
    const quiz = await classroomQuiz();
    const code = await openClass(quiz);
    await expectError(await answerInClass(quiz.id, { answers: fixtureAnswers(), classCode: code }), 400, 'name_required');
    await expectError(await answerInClass(quiz.id, { answers: fixtureAnswers(), classCode: code, name: '   ' }), 400, 'invalid_request');
    expect(await storedAttempts(code)).toBe(0);
  });

  it('accepts one attempt per name, whatever its case, accents or spacing', async () => {
    const quiz = await classroomQuiz();
    const code = await openClass(quiz);
    expect((await answerInClass(quiz.id, { answers: fixtureAnswers(), name: 'José Pérez', classCode: code })).status).toBe(201);
    const again = await answerInClass(quiz.id, { answers: fixtureAnswers(), name: '  jose   PEREZ ', classCode: code });
    expect(await expectError(again, 409, 'name_taken')).toContain('jose   PEREZ');
    expect((await answerInClass(quiz.id, { answers: fixtureAnswers(), name: 'Josefa', classCode: code })).status).toBe(201);
    expect(await storedAttempts(code)).toBe(2);
  });

  it('accepts retries under one name when the teacher allows them', async () => {
    const quiz = await classroomQuiz();
    const code = await openClass(quiz, { allowRetries: true });
    for (let i = 0; i < 3; i++) {
      expect((await answerInClass(quiz.id, { answers: fixtureAnswers(), name: 'Ana', classCode: code })).status).toBe(201);
    }
    // Turning retries off again holds the name to the attempts it already made.
    await call(`/api/quizzes/${quiz.id}/classes/${code}`, { method: 'PATCH', key: quiz.key, json: { allowRetries: false } });
    await expectError(await answerInClass(quiz.id, { answers: fixtureAnswers(), name: 'Ana', classCode: code }), 409, 'name_taken');
    expect(await storedAttempts(code)).toBe(3);
  });

  it('stops new attempts once the class is closed, with a clear message, and takes them again when reopened', async () => {
    const quiz = await classroomQuiz();
    const code = await openClass(quiz);
    await call(`/api/quizzes/${quiz.id}/classes/${code}`, { method: 'PATCH', key: quiz.key, json: { open: false } });
    const message = await expectError(await answerInClass(quiz.id, { answers: fixtureAnswers(), name: 'Ana', classCode: code }), 409, 'class_closed');
    expect(message).toMatch(/closed/);
    const stats = StatsSchema.parse(await (await call(`/api/quizzes/${quiz.id}/stats`)).json());
    expect(stats.attempts).toBe(0);
    await call(`/api/quizzes/${quiz.id}/classes/${code}`, { method: 'PATCH', key: quiz.key, json: { open: true } });
    expect((await answerInClass(quiz.id, { answers: fixtureAnswers(), name: 'Ana', classCode: code })).status).toBe(201);
  });

  it('refuses a code that no class has, or that belongs to another quiz\'s class', async () => {
    const quiz = await classroomQuiz();
    const other = await classroomQuiz();
    const theirs = await openClass(other);
    await expectError(await answerInClass(quiz.id, { answers: fixtureAnswers(), name: 'Ana', classCode: 'ZZZZZZ' }), 404, 'class_not_found');
    await expectError(await answerInClass(quiz.id, { answers: fixtureAnswers(), name: 'Ana', classCode: '!!' }), 404, 'class_not_found');
    await expectError(await answerInClass(quiz.id, { answers: fixtureAnswers(), name: 'Ana', classCode: theirs }), 404, 'class_not_found');
    await expectError(await answerInClass(quiz.id, { answers: fixtureAnswers(), name: 'Ana', classCode: 'x'.repeat(17) }), 400, 'invalid_request');
    expect(await storedAttempts(theirs)).toBe(0);
  });
});

describe('the class rules inside the attempt batch', () => {
  const attempt = (quizId: string, code: string, id: string): NewAttempt => ({
    quizId,
    quizVersion: 2,
    name: 'Ana',
    answers: { q1: 'b' },
    outcomes: [{ questionId: 'q1', answered: true, correct: true }],
    result: { id, score: 1, total: 4, results: [] },
    idempotencyKey: null,
    now: new Date().toISOString(),
    classCode: code,
    nameKey: 'ana',
  });

  it('store nothing, counters included, when a second attempt under one name races past the check', async () => {
    const quiz = await classroomQuiz();
    const code = await openClass(quiz);
    await recordAttempt(env.DB, attempt(quiz.id, code, 'race1'));
    const refused = recordAttempt(env.DB, attempt(quiz.id, code, 'race2'));
    await expect(refused).rejects.toBeInstanceOf(ApiError);
    await expect(refused).rejects.toMatchObject({ status: 409, code: 'name_taken' });
    expect(await storedAttempts(code)).toBe(1);
    const stats = StatsSchema.parse(await (await call(`/api/quizzes/${quiz.id}/stats`)).json());
    expect(stats.attempts).toBe(1);
    expect(stats.questions[0]).toEqual({ questionId: 'q1', answered: 1, correct: 1 });
  });

  it('store nothing when the class closed between the check and the write', async () => {
    const quiz = await classroomQuiz();
    const code = await openClass(quiz);
    await env.DB.prepare("UPDATE classes SET closed_at = '2026-01-01T00:00:00Z' WHERE code = ?").bind(code).run();
    await expect(recordAttempt(env.DB, attempt(quiz.id, code, 'late1'))).rejects.toMatchObject({ status: 409, code: 'class_closed' });
    expect(await storedAttempts(code)).toBe(0);
    expect(StatsSchema.parse(await (await call(`/api/quizzes/${quiz.id}/stats`)).json()).attempts).toBe(0);
  });
});

describe('the size limit of a class', () => {
  it('is the same in the database trigger as in LIMITS', async () => {
    const row = await env.DB.prepare("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'attempts_class_rules'").first<{ sql: string }>();
    expect(row?.sql).toContain(`>= ${LIMITS.classAttemptsMax};`);
  });
});

describe('what a student can read', () => {
  it('never carries another student\'s name or answers: quiz, stats, class and class page stay anonymous', async () => {
    const quiz = await classroomQuiz();
    const code = await openClass(quiz, { label: 'Period 3' });
    expect((await answerInClass(quiz.id, { answers: { ...fixtureAnswers(), q3: 'Zanzibarine' }, name: 'Quillon Vasquez', classCode: code })).status).toBe(201);
    for (const path of [`/api/quizzes/${quiz.id}`, `/api/quizzes/${quiz.id}/stats`, `/api/classes/${code}`, `/play/${code}`]) {
      const text = await (await call(path)).text();
      expect(text, path).not.toContain('Quillon');
      expect(text, path).not.toContain('Zanzibarine');
    }
  });
});

describe('the limits of classes', () => {
  it('refuses an attempt in a class that holds as many as it can, with 409 class_full', async () => {
    const quiz = await classroomQuiz();
    const code = await openClass(quiz, { allowRetries: true });
    const insert = env.DB.prepare(
      `INSERT INTO attempts (id, quiz_id, quiz_version, name, answers, correct, score, total, created_at, class_code, name_key)
       VALUES (?, ?, 2, 'x', '{}', '[]', 0, 4, '2026-01-01T00:00:00Z', ?, 'x')`,
    );
    const rows = Array.from({ length: LIMITS.classAttemptsMax }, (_, i) => insert.bind(`full${i}`, quiz.id, code));
    for (let i = 0; i < rows.length; i += 100) await env.DB.batch(rows.slice(i, i + 100));
    await expectError(await answerInClass(quiz.id, { answers: fixtureAnswers(), name: 'One more', classCode: code }), 409, 'class_full');
    expect(await storedAttempts(code)).toBe(LIMITS.classAttemptsMax);
  });

  it('refuses a class past the number a quiz may have, with 409 too_many_classes', async () => {
    const quiz = await classroomQuiz();
    const insert = env.DB.prepare("INSERT INTO classes (code, quiz_id, created_at) VALUES (?, ?, '2026-01-01T00:00:00Z')");
    const digit = (i: number, k: number) => JOIN_CODE_ALPHABET[Math.floor(i / JOIN_CODE_ALPHABET.length ** k) % JOIN_CODE_ALPHABET.length];
    const codes = Array.from({ length: LIMITS.classesPerQuizMax }, (_, i) => `TT${[0, 1, 2, 3].map((k) => digit(i, k)).join('')}`);
    await env.DB.batch(codes.map((c) => insert.bind(c, quiz.id)));
    await expectError(await call(`/api/quizzes/${quiz.id}/classes`, { method: 'POST', key: quiz.key, json: {} }), 409, 'too_many_classes');
  });
});
