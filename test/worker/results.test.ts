import { describe, expect, it } from 'vitest';
import { ClassResultsSchema } from '../../questions/classroom-schema';
import { answerInClass, call, classroomQuiz, expectError, fixtureAnswers, openClass, type OwnedTestQuiz } from './classroom-helpers';

async function results(quiz: OwnedTestQuiz, code: string) {
  const response = await call(`/api/quizzes/${quiz.id}/classes/${code}/results`, { key: quiz.key });
  expect(response.status).toBe(200);
  return ClassResultsSchema.parse(await response.json());
}

describe('class results', () => {
  it('list every attempt with name, score, time and per-question outcome, and summarise each question', async () => {
    const quiz = await classroomQuiz();
    const code = await openClass(quiz);
    await answerInClass(quiz.id, { answers: fixtureAnswers(), name: 'Ana', classCode: code });
    await answerInClass(quiz.id, { answers: fixtureAnswers(['q1', 'q3']), name: 'Ben', classCode: code });
    await answerInClass(quiz.id, { answers: { ...fixtureAnswers(['q1']), q3: 'amazon!' }, name: 'Cy', classCode: code });
    await answerInClass(quiz.id, { answers: { q1: 'c' }, name: 'Di', classCode: code });
    // An attempt outside the class is not part of its results.
    await call(`/api/quizzes/${quiz.id}/attempts`, { method: 'POST', json: { answers: fixtureAnswers(), name: 'Outsider' } });

    const body = await results(quiz, code);
    expect(body.class).toMatchObject({ code, attempts: 4, open: true });
    expect(body.attempts.map((a) => [a.name, a.score, a.total])).toEqual([
      ['Ana', 4, 4],
      ['Ben', 2, 4],
      ['Cy', 2, 4],
      ['Di', 0, 4],
    ]);
    expect(body.attempts[1]?.correct.sort()).toEqual(['q2', 'q4']);
    expect(body.attempts[1]?.answers.q3).toBe('Amazon');
    expect(Date.parse(body.attempts[0]?.createdAt ?? '')).not.toBeNaN();
    expect(body.questions).toEqual([
      { questionId: 'q1', answered: 4, correct: 1, wrongAnswers: [{ answer: 'The one with = and ~', count: 2 }, { answer: 'Hash # and colon :', count: 1 }] },
      { questionId: 'q2', answered: 3, correct: 3, wrongAnswers: [] },
      { questionId: 'q3', answered: 3, correct: 1, wrongAnswers: [{ answer: 'Amazon', count: 2 }] },
      { questionId: 'q4', answered: 3, correct: 3, wrongAnswers: [] },
    ]);
    expect(body.quiz.questions[0]?.answer).toBe('b');
  });

  it('summarise the current version only, and keep older attempts listed with their version', async () => {
    const quiz = await classroomQuiz();
    const code = await openClass(quiz);
    await answerInClass(quiz.id, { answers: fixtureAnswers(['q1']), name: 'Ana', classCode: code });
    await call(`/api/quizzes/${quiz.id}/questions/q1`, { method: 'PATCH', key: quiz.key, json: { prompt: 'Clearer wording?' } });
    await answerInClass(quiz.id, { answers: fixtureAnswers(), name: 'Ben', classCode: code });
    const body = await results(quiz, code);
    expect(body.quiz.version).toBe(3);
    expect(body.attempts.map((a) => [a.name, a.quizVersion])).toEqual([
      ['Ana', 2],
      ['Ben', 3],
    ]);
    expect(body.questions[0]).toEqual({ questionId: 'q1', answered: 1, correct: 1, wrongAnswers: [] });
  });

  it('answer 304 to a poll when nothing changed, and 200 once a student has answered', async () => {
    const quiz = await classroomQuiz();
    const code = await openClass(quiz);
    const path = `/api/quizzes/${quiz.id}/classes/${code}/results`;
    const first = await call(path, { key: quiz.key });
    const etag = first.headers.get('ETag') ?? '';
    expect(etag).toMatch(/^".+"$/);
    expect((await call(path, { key: quiz.key, headers: { 'If-None-Match': etag } })).status).toBe(304);
    await answerInClass(quiz.id, { answers: fixtureAnswers(), name: 'Ana', classCode: code });
    const changed = await call(path, { key: quiz.key, headers: { 'If-None-Match': etag } });
    expect(changed.status).toBe(200);
    expect(ClassResultsSchema.parse(await changed.json()).attempts).toHaveLength(1);
  });
});

describe('class results as CSV', () => {
  it('open in a spreadsheet: UTF-8 with BOM, quoted fields, CRLF, and no formula from a name', async () => {
    const quiz = await classroomQuiz();
    const code = await openClass(quiz);
    await answerInClass(quiz.id, { answers: fixtureAnswers(['q3']), name: 'Zoë "Z" Ñandú', classCode: code });
    await answerInClass(quiz.id, { answers: { q1: 'b' }, name: '=HYPERLINK("http://x","y")', classCode: code });
    const response = await call(`/api/quizzes/${quiz.id}/classes/${code}/results.csv`, { key: quiz.key });
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('text/csv; charset=utf-8; header=present');
    expect(response.headers.get('Content-Disposition')).toMatch(new RegExp(`^attachment; filename=".*${code}\\.csv"`));
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes).replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe(
      '"name","submitted_at","score","total","percent","quiz_version","Q1 right (q1)","Q1 answer","Q2 right (q2)","Q2 answer","Q3 right (q3)","Q3 answer","Q4 right (q4)","Q4 answer"',
    );
    expect(lines[1]).toMatch(/^"Zoë ""Z"" Ñandú","[^"]+",3,4,75,2,1,"Braces \{like: these\}",1,"False",0,"Amazon",1,"María José"$/);
    expect(lines[2]).toMatch(/^"'=HYPERLINK\(""http:\/\/x"",""y""\)","[^"]+",1,4,25,2,1,"Braces \{like: these\}",,,,,,$/);
    expect(lines[3]).toBe('');
  });
});
