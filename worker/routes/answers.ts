/**
 * @module
 * Readers' answers: feedback on one answer, scored attempts (stored before the 201 goes out, replayable
 * with an Idempotency-Key) and the aggregate stats.
 */
import { Hono } from 'hono';
import { AttemptRequestSchema, CheckRequestSchema, type CheckResponse } from '../../questions/schema';
import { isCorrect, responseProblem } from '../../questions/scoring';
import { readStats } from '../db/attempts';
import type { AppEnv } from '../env';
import { ApiError } from '../errors';
import { freshQuizOr404, quizOr404 } from '../quiz-lookup';
import { enforceRateLimit } from '../rate-limit';
import { readJson } from '../request-body';
import { submitAttempt } from '../submit-attempt';

const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,128}$/;

function idempotencyKey(header: string | undefined): string | null {
  if (header === undefined) return null;
  if (!IDEMPOTENCY_KEY.test(header)) {
    throw new ApiError(400, 'invalid_idempotency_key', 'The Idempotency-Key header must be 1 to 128 visible ASCII characters.');
  }
  return header;
}

export const answerRoutes = new Hono<AppEnv>()
  .post('/:id/check', async (c) => {
    await enforceRateLimit(c.env, 'CHECK_LIMITER', c.req.raw);
    // Read fresh: an owner who just switched feedback to the end must be obeyed at once.
    const quiz = await freshQuizOr404(c);
    const { questionId, answer } = await readJson(c.req.raw, CheckRequestSchema);
    if (quiz.feedback === 'end') {
      throw new ApiError(403, 'feedback_at_end', 'This quiz shows answers only after the whole attempt is submitted.');
    }
    const question = quiz.questions.find((q) => q.id === questionId);
    if (question === undefined) throw new ApiError(400, 'invalid_answers', `Invalid answers: this quiz has no question "${questionId}".`);
    const problem = responseProblem(question, answer);
    if (problem !== undefined) throw new ApiError(400, 'invalid_answers', `Invalid answers: ${problem}.`);
    c.header('Cache-Control', 'no-store');
    return c.json({
      questionId,
      correct: answer.trim() !== '' && isCorrect(question, answer),
      answer: question.answer,
      explanation: question.explanation,
    } satisfies CheckResponse);
  })
  .post('/:id/attempts', async (c) => {
    await enforceRateLimit(c.env, 'ATTEMPT_LIMITER', c.req.raw);
    const quiz = await quizOr404(c);
    const key = idempotencyKey(c.req.header('Idempotency-Key'));
    const body = await readJson(c.req.raw, AttemptRequestSchema);
    const { result, replayed } = await submitAttempt(c.env.DB, quiz, body, key);
    c.header('Cache-Control', 'no-store');
    if (replayed) c.header('Idempotent-Replayed', 'true');
    return c.json(result, 201);
  })
  .get('/:id/stats', async (c) => {
    const quiz = await quizOr404(c);
    return c.json(await readStats(c.env.DB, quiz.id, quiz.questions.map((q) => q.id)));
  });
