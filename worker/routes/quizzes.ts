/**
 * @module
 * The v1 quiz routes: create, read (public and owner), attempts and stats. DESIGN.md is the contract.
 */
import { Hono } from 'hono';
import {
  AttemptRequestSchema,
  CreateQuizRequestSchema,
  IdSchema,
  toPublicQuiz,
  type AttemptResult,
  type CreateQuizResponse,
  type KeyedQuiz,
} from '../../questions/schema';
import { InvalidAnswersError, scoreAnswers } from '../../questions/scoring';
import { recordAttempt, readStats } from '../db/attempts';
import { findQuiz, type StoredQuiz } from '../db/quizzes';
import { createOwnedQuiz } from '../create-quiz';
import { takeSeat } from '../class-seat';
import { bearerToken, requireEditKey } from '../edit-key';
import type { AppEnv } from '../env';
import { ApiError } from '../errors';
import { newId } from '../ids';
import { readJson } from '../request-body';

async function quizOr404(db: D1Database, id: string): Promise<StoredQuiz> {
  const quiz = IdSchema.safeParse(id).success ? await findQuiz(db, id) : null;
  if (quiz === null) throw new ApiError(404, 'quiz_not_found', `There is no quiz with the id "${id.slice(0, 64)}".`);
  return quiz;
}

export const quizRoutes = new Hono<AppEnv>()
  .post('/', async (c) => {
    const body = await readJson(c.req.raw, CreateQuizRequestSchema);
    const { quiz, editKey } = await createOwnedQuiz(c.env.DB, body.text, body);
    c.header('Cache-Control', 'no-store');
    c.header('Location', `/api/quizzes/${quiz.id}`);
    return c.json({ quiz: toPublicQuiz(quiz), editKey } satisfies CreateQuizResponse, 201);
  })
  .get('/:id', async (c) => {
    const quiz = await quizOr404(c.env.DB, c.req.param('id'));
    return c.json(toPublicQuiz(quiz));
  })
  .get('/:id/answer-key', async (c) => {
    bearerToken(c.req.header('Authorization'));
    const quiz = await quizOr404(c.env.DB, c.req.param('id'));
    await requireEditKey(c.req.header('Authorization'), quiz.editKeyHash);
    c.header('Cache-Control', 'private, no-store');
    return c.json({ id: quiz.id, title: quiz.title, questions: quiz.questions } satisfies KeyedQuiz);
  })
  .post('/:id/attempts', async (c) => {
    const quiz = await quizOr404(c.env.DB, c.req.param('id'));
    const body = await readJson(c.req.raw, AttemptRequestSchema);
    const seat = body.classCode === undefined ? undefined : await takeSeat(c.env.DB, quiz.id, body.classCode, body.name);
    let scored;
    try {
      scored = scoreAnswers(quiz, body.answers);
    } catch (error) {
      if (error instanceof InvalidAnswersError) throw new ApiError(400, 'invalid_answers', `Invalid answers: ${error.message}.`);
      throw error;
    }
    const id = newId();
    await recordAttempt(c.env.DB, {
      id,
      quizId: quiz.id,
      quizVersion: quiz.version,
      name: body.name ?? null,
      answers: body.answers,
      outcomes: scored.results.map((r) => ({ questionId: r.questionId, answered: scored.answered[r.questionId] ?? false, correct: r.correct })),
      score: scored.score,
      total: scored.total,
      now: new Date().toISOString(),
      ...(seat === undefined ? {} : { classCode: seat.code, nameKey: seat.nameKey }),
    });
    c.header('Cache-Control', 'no-store');
    return c.json({ id, score: scored.score, total: scored.total, results: scored.results } satisfies AttemptResult, 201);
  })
  .get('/:id/stats', async (c) => {
    const quiz = await quizOr404(c.env.DB, c.req.param('id'));
    return c.json(await readStats(c.env.DB, quiz.id, quiz.questions.map((q) => q.id)));
  });
