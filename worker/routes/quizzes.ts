/**
 * @module
 * Creating quizzes and reading them: as readers see them, and with the answer key for the owner.
 */
import { Hono } from 'hono';
import { CreateQuizRequestSchema, toPublicQuiz, type CreateQuizResponse, type KeyedQuiz } from '../../questions/schema';
import { createOwnedQuiz } from '../create-quiz';
import { bearerToken, requireEditKey } from '../edit-key';
import type { AppEnv } from '../env';
import { sendCacheable } from '../http-cache';
import { freshQuizOr404, quizOr404 } from '../quiz-lookup';
import { enforceRateLimit } from '../rate-limit';
import { readJson } from '../request-body';

export const quizRoutes = new Hono<AppEnv>()
  .post('/', async (c) => {
    await enforceRateLimit(c.env, 'CREATE_LIMITER', c.req.raw);
    const { text, ...options } = await readJson(c.req.raw, CreateQuizRequestSchema);
    const { quiz, editKey } = await createOwnedQuiz(c.env.DB, text, options);
    c.header('Cache-Control', 'no-store');
    c.header('Location', `/api/quizzes/${quiz.id}`);
    return c.json({ quiz: toPublicQuiz(quiz), editKey } satisfies CreateQuizResponse, 201);
  })
  .get('/:id', async (c) => {
    const quiz = await quizOr404(c);
    return sendCacheable(c, JSON.stringify(toPublicQuiz(quiz)));
  })
  .get('/:id/answer-key', async (c) => {
    const authorization = c.req.header('Authorization');
    bearerToken(authorization);
    const quiz = await freshQuizOr404(c);
    await requireEditKey(authorization, quiz.editKeyHash);
    c.header('Cache-Control', 'private, no-store');
    const keyed: KeyedQuiz = { id: quiz.id, title: quiz.title, questions: quiz.questions, feedback: quiz.feedback };
    return c.json(keyed);
  });
