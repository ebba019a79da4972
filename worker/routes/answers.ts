/**
 * @module
 * Readers' answers: feedback on one answer, scored attempts (stored before the 201 goes out, replayable
 * with an Idempotency-Key) and the aggregate stats.
 */
import { Hono } from 'hono';
import {
  AttemptRequestSchema,
  CheckRequestSchema,
  type AttemptResult,
  type CheckResponse,
} from '../../questions/schema';
import { InvalidAnswersError, isCorrect, responseProblem, scoreAnswers } from '../../questions/scoring';
import { takeSeat } from '../class-seat';
import { findAttemptByIdempotencyKey, isDuplicateIdempotencyKey, readStats, recordAttempt } from '../db/attempts';
import type { StoredQuiz } from '../db/quizzes';
import { forgetQuiz } from '../quiz-cache';
import type { AppEnv } from '../env';
import { ApiError } from '../errors';
import { newId } from '../ids';
import { freshQuizOr404, quizOr404 } from '../quiz-lookup';
import { enforceRateLimit } from '../rate-limit';
import { readJson } from '../request-body';

const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,128}$/;

function idempotencyKey(header: string | undefined): string | null {
  if (header === undefined) return null;
  if (!IDEMPOTENCY_KEY.test(header)) {
    throw new ApiError(400, 'invalid_idempotency_key', 'The Idempotency-Key header must be 1 to 128 visible ASCII characters.');
  }
  return header;
}

function sameAnswers(a: Record<string, string>, b: Record<string, string>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
}

/** The stored result for a replayed key; 409 if the key was used for different answers. */
async function replay(db: D1Database, quizId: string, key: string, answers: Record<string, string>): Promise<AttemptResult | null> {
  const earlier = await findAttemptByIdempotencyKey(db, quizId, key);
  if (earlier === null) return null;
  if (!sameAnswers(earlier.answers, answers)) {
    throw new ApiError(409, 'idempotency_key_reused', 'This Idempotency-Key was already used for an attempt with other answers.');
  }
  return earlier.result;
}

function score(quiz: StoredQuiz, answers: Record<string, string>, afterEdit: boolean) {
  try {
    return scoreAnswers(quiz, answers);
  } catch (error) {
    if (!(error instanceof InvalidAnswersError)) throw error;
    if (afterEdit) throw new ApiError(409, 'quiz_changed', 'The quiz was edited while you answered; reload it and answer again.');
    throw new ApiError(400, 'invalid_answers', `Invalid answers: ${error.message}.`);
  }
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
    let quiz = await quizOr404(c);
    const key = idempotencyKey(c.req.header('Idempotency-Key'));
    const body = await readJson(c.req.raw, AttemptRequestSchema);
    c.header('Cache-Control', 'no-store');
    if (body.classCode !== undefined && key !== null) {
      // A class attempt sent again gets its first result, before the one-attempt-per-name rule could refuse it.
      const earlier = await replay(c.env.DB, quiz.id, key, body.answers);
      if (earlier !== null) {
        c.header('Idempotent-Replayed', 'true');
        return c.json(earlier, 201);
      }
    }
    const seat = body.classCode === undefined ? undefined : await takeSeat(c.env.DB, quiz.id, body.classCode, body.name);
    // At most two rounds: the second scores against the quiz as stored, if the cached copy was stale.
    for (let round = 0; round < 2; round++) {
      const scored = score(quiz, body.answers, round > 0);
      const result: AttemptResult = { id: newId(), score: scored.score, total: scored.total, results: scored.results };
      let stored: boolean;
      try {
        stored = await recordAttempt(c.env.DB, {
          quizId: quiz.id,
          quizVersion: quiz.version,
          name: body.name ?? null,
          answers: body.answers,
          outcomes: scored.results.map((r) => ({ questionId: r.questionId, answered: scored.answered[r.questionId] ?? false, correct: r.correct })),
          result,
          idempotencyKey: key,
          now: new Date().toISOString(),
          ...(seat === undefined ? {} : { classCode: seat.code, nameKey: seat.nameKey }),
        });
      } catch (error) {
        // A replay, or two requests with one key racing: the losing batch was rolled back as a whole.
        if (key === null || !isDuplicateIdempotencyKey(error)) throw error;
        const earlier = await replay(c.env.DB, quiz.id, key, body.answers);
        if (earlier === null) throw error;
        c.header('Idempotent-Replayed', 'true');
        return c.json(earlier, 201);
      }
      if (stored) return c.json(result, 201);
      await forgetQuiz(quiz.id);
      quiz = await freshQuizOr404(c);
    }
    throw new ApiError(409, 'quiz_changed', 'The quiz is being edited; reload it and answer again.');
  })
  .get('/:id/stats', async (c) => {
    const quiz = await quizOr404(c);
    return c.json(await readStats(c.env.DB, quiz.id, quiz.questions.map((q) => q.id)));
  });
