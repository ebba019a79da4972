import { parse } from 'gift-pegjs';
import { describe, expect, it } from 'vitest';
import { ImportResponseSchema } from '../../questions/classroom-schema';
import { toGift } from '../../questions/formats/gift-export';
import { KeyedQuizSchema, PublicQuizSchema } from '../../questions/schema';
import { CLASSROOM_QUIZ } from '../fixtures/classroom-quiz';
import { call, classroomQuiz, expectError } from './classroom-helpers';

describe('exporting a quiz', () => {
  it('serves GIFT to the owner as a download that a GIFT parser reads back', async () => {
    const quiz = await classroomQuiz();
    await call(`/api/quizzes/${quiz.id}`, { method: 'PATCH', key: quiz.key, json: { title: 'Río & town' } });
    const response = await call(`/api/quizzes/${quiz.id}/export/gift`, { key: quiz.key });
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('text/plain; charset=utf-8');
    expect(response.headers.get('Content-Disposition')).toBe(`attachment; filename="Rio-town.gift.txt"; filename*=UTF-8''R%C3%ADo%20%26%20town.gift.txt`);
    const parsed = parse(await response.text());
    expect(parsed.map((q) => q.title)).toEqual(['q1', 'q2', 'q3', 'q4']);
  });

  it('serves Aiken and Markdown, naming the typed-answer questions they cannot hold', async () => {
    const quiz = await classroomQuiz();
    const aiken = await call(`/api/quizzes/${quiz.id}/export/aiken`, { key: quiz.key });
    expect(aiken.headers.get('X-Omitted-Questions')).toBe('q3');
    expect(await aiken.text()).toContain('ANSWER: B');
    const markdown = await call(`/api/quizzes/${quiz.id}/export/markdown`, { key: quiz.key });
    expect(markdown.headers.get('Content-Type')).toBe('text/markdown; charset=utf-8');
    expect(markdown.headers.get('X-Omitted-Questions')).toBe('q3');
    expect(await markdown.text()).toContain('1. [x] María José');
  });

  it('is for the owner only, and an unknown format is a 404', async () => {
    const quiz = await classroomQuiz();
    const other = await classroomQuiz();
    for (const format of ['gift', 'aiken', 'markdown']) {
      await expectError(await call(`/api/quizzes/${quiz.id}/export/${format}`), 401, 'unauthorized');
      await expectError(await call(`/api/quizzes/${quiz.id}/export/${format}`, { key: other.key }), 403, 'forbidden');
    }
    await expectError(await call(`/api/quizzes/${quiz.id}/export/qti`, { key: quiz.key }), 404, 'unknown_format');
  });
});

describe('importing GIFT', () => {
  it('creates a quiz without an article, whose owner key reads back the same questions', async () => {
    const response = await call('/api/quizzes/import', { method: 'POST', json: { format: 'gift', text: toGift(CLASSROOM_QUIZ) } });
    expect(response.status).toBe(201);
    const created = ImportResponseSchema.parse(await response.json());
    expect(created.skipped).toEqual([]);
    expect(created.quiz.title).toBe(CLASSROOM_QUIZ.title);
    PublicQuizSchema.parse(created.quiz);
    expect(JSON.stringify(created.quiz)).not.toContain(CLASSROOM_QUIZ.questions[0]!.explanation);
    const key = KeyedQuizSchema.parse(await (await call(`/api/quizzes/${created.quiz.id}/answer-key`, { key: created.editKey })).json());
    expect(key.questions.map((q) => [q.id, q.type, q.prompt])).toEqual(CLASSROOM_QUIZ.questions.map((q) => [q.id, q.type, q.prompt]));
    expect(key.questions[2]).toEqual(CLASSROOM_QUIZ.questions[2]);
  });

  it('takes the title from the request over the file, and lists what it skipped', async () => {
    const text = '// File title\n\n::a::Fine?{T}\n\n::b::How many?{#3}';
    const created = ImportResponseSchema.parse(await (await call('/api/quizzes/import', { method: 'POST', json: { format: 'gift', text, title: 'Mine' } })).json());
    expect(created.quiz.title).toBe('Mine');
    expect(created.skipped).toEqual([{ index: 2, title: 'b', reason: 'numerical questions are not supported' }]);
  });

  it('answers 400 invalid_gift for a file that is not GIFT, and 422 when nothing can be imported', async () => {
    expect(await expectError(await call('/api/quizzes/import', { method: 'POST', json: { format: 'gift', text: '::a:: {=x ~y' } }), 400, 'invalid_gift')).toMatch(/line 1/);
    await expectError(await call('/api/quizzes/import', { method: 'POST', json: { format: 'gift', text: '::e::Essay{}' } }), 422, 'no_importable_questions');
  });

  it('refuses another format, unknown fields and an empty text', async () => {
    await expectError(await call('/api/quizzes/import', { method: 'POST', json: { format: 'aiken', text: 'x' } }), 400, 'invalid_request');
    expect(await expectError(await call('/api/quizzes/import', { method: 'POST', json: { format: 'gift', text: '::a::x{T}', owner: 1 } }), 400, 'invalid_request')).toContain('owner');
    await expectError(await call('/api/quizzes/import', { method: 'POST', json: { format: 'gift', text: '  ' } }), 400, 'invalid_request');
    await expectError(await call('/api/quizzes/import', { method: 'POST', body: '{', headers: { 'Content-Type': 'application/json' } }), 400, 'invalid_json');
  });
});
