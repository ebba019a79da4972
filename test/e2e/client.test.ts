import { readFile } from 'node:fs/promises';
import { describe, expect, inject, it } from 'vitest';
import { ArticleQuizError, createClient } from '../../client/index';

const client = createClient({ api: `${inject('baseUrl')}/` });

describe('the typed client, against the running Worker', () => {
  it('creates a quiz, reads it, checks an answer, submits an attempt and reads the stats', async () => {
    const text = `${await readFile('questions/samples/venezuela-election-2024.txt', 'utf8')}\nClient test.`;
    const { quiz, editKey } = await client.createQuiz({ text, count: 5 });
    expect((await client.getQuiz(quiz.id)).id).toBe(quiz.id);
    const key = await client.getAnswerKey(quiz.id, editKey);
    const first = key.questions[0];
    if (first === undefined) throw new Error('no questions');
    expect((await client.checkAnswer(quiz.id, { questionId: first.id, answer: first.answer })).correct).toBe(true);
    const answers = Object.fromEntries(key.questions.map((q) => [q.id, q.answer]));
    const result = await client.submitAttempt(quiz.id, { answers }, { idempotencyKey: 'client-1' });
    expect(result.score).toBe(result.total);
    expect((await client.submitAttempt(quiz.id, { answers }, { idempotencyKey: 'client-1' })).id).toBe(result.id);
    expect((await client.getStats(quiz.id)).attempts).toBe(1);
    expect((await client.embed({ text })).quiz.questions.length).toBeGreaterThan(0);
  });

  it("lets the key's holder edit the quiz, run a class and read its results", async () => {
    const text = `${await readFile('questions/samples/venezuela-election-2024.txt', 'utf8')}\nClient owner test.`;
    const { quiz, editKey } = await client.createQuiz({ text, count: 5 });
    const owner = client.owner(quiz.id, editKey);
    const owned = await owner.getQuestions();
    const [first, ...rest] = owned.questions;
    if (first === undefined) throw new Error('no questions');
    const edited = await owner.replaceQuestions({ questions: [{ ...first, prompt: `${first.prompt} (edited)` }, ...rest] }, { ifVersion: owned.version });
    expect(edited.version).toBe(owned.version + 1);
    await expect(owner.replaceQuestions({ questions: owned.questions }, { ifVersion: owned.version })).rejects.toMatchObject({ status: 412 });
    const renamed = await owner.updateQuiz({ title: 'Renamed' });
    expect(renamed.title).toBe('Renamed');
    const opened = await owner.createClass({ label: 'Period 3' });
    expect((await client.getClassByCode(opened.code)).open).toBe(true);
    const answers = Object.fromEntries(edited.questions.map((q) => [q.id, q.answer]));
    await client.submitAttempt(quiz.id, { answers, name: 'Ana', classCode: opened.code });
    const results = await owner.getClassResults(opened.code);
    expect(results.attempts.map((a) => a.name)).toEqual(['Ana']);
    expect((await owner.updateClass(opened.code, { open: false })).open).toBe(false);
    expect(await owner.exportQuiz('gift')).toContain('::q1::');
    await expect(client.owner(quiz.id, 'wrong-key').getQuestions()).rejects.toMatchObject({ status: 403, code: 'forbidden' });
  });

  it('throws ArticleQuizError with the status and code of an error answer', async () => {
    const error = await client.getQuiz('nosuchquiz').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ArticleQuizError);
    expect(error).toMatchObject({ status: 404, code: 'quiz_not_found' });
    await expect(client.getAnswerKey('nosuchquiz', '')).rejects.toMatchObject({ status: 401, code: 'unauthorized' });
  });
});
