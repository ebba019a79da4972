/**
 * @module
 * A class's results for its teacher: every attempt (name, score, time, right or wrong per question) and
 * how the class did per question, as JSON (polled by the teacher page; an unchanged answer is a 304) or
 * as CSV for a spreadsheet.
 */
import { Hono, type Context } from 'hono';
import { summarizeQuestions } from '../../questions/class-results';
import type { ClassResults } from '../../questions/classroom-schema';
import { resultsToCsv } from '../../questions/formats/results-csv';
import { classOfQuiz } from '../class-lookup';
import { attachment } from '../content-disposition';
import { readClassAttempts } from '../db/class-attempts';
import { sha256Hex } from '../edit-key';
import type { AppEnv } from '../env';
import { ownedQuiz } from '../owner-access';

async function classResults(c: Context<AppEnv>): Promise<ClassResults> {
  const quiz = await ownedQuiz(c);
  const klass = await classOfQuiz(c.env.DB, quiz, c.req.param('code') ?? '');
  const attempts = await readClassAttempts(c.env.DB, klass.code);
  return {
    class: klass,
    quiz: { id: quiz.id, title: quiz.title, version: quiz.version, questions: quiz.questions, feedback: quiz.feedback },
    attempts,
    // Per version, like the public stats: an edited quiz is summarised over the attempts made on it.
    questions: summarizeQuestions(quiz.questions, attempts.filter((a) => a.quizVersion === quiz.version)),
  };
}

export const resultRoutes = new Hono<AppEnv>()
  .get('/:id/classes/:code/results', async (c) => {
    const results = await classResults(c);
    const body = JSON.stringify(results);
    const etag = `"${(await sha256Hex(body)).slice(0, 32)}"`;
    c.header('Cache-Control', 'private, no-cache');
    c.header('ETag', etag);
    if (c.req.header('If-None-Match') === etag) return c.body(null, 304);
    c.header('Content-Type', 'application/json; charset=utf-8');
    return c.body(body);
  })
  .get('/:id/classes/:code/results.csv', async (c) => {
    const results = await classResults(c);
    c.header('Content-Type', 'text/csv; charset=utf-8; header=present');
    c.header('Content-Disposition', attachment(results.quiz.title, 'csv', results.class.code));
    c.header('Cache-Control', 'private, no-store');
    return c.body(resultsToCsv(results));
  });
