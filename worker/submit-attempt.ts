/**
 * @module
 * Submitting an attempt: scored against the quiz, stored with its counters before anyone is told, and
 * replayable with an Idempotency-Key. A stale cached copy of the quiz is caught by the write itself, which
 * stores nothing for a version the quiz no longer has; the attempt is then scored again against the quiz
 * as stored.
 */
import type { AttemptRequest, AttemptResult } from '../questions/schema';
import { InvalidAnswersError, scoreAnswers } from '../questions/scoring';
import { takeSeat } from './class-seat';
import { findAttemptByIdempotencyKey, isDuplicateIdempotencyKey, recordAttempt } from './db/attempts';
import { findQuiz, type StoredQuiz } from './db/quizzes';
import { ApiError } from './errors';
import { newId } from './ids';
import { forgetQuiz } from './quiz-cache';

export interface Submitted {
  result: AttemptResult;
  /** The result was stored earlier under the same Idempotency-Key; nothing new was stored. */
  replayed: boolean;
}

function sameAnswers(a: Record<string, string>, b: Record<string, string>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
}

/** The stored result for a replayed key; 409 if the key was used for different answers. */
async function replay(db: D1Database, quizId: string, key: string, answers: Record<string, string>): Promise<Submitted | null> {
  const earlier = await findAttemptByIdempotencyKey(db, quizId, key);
  if (earlier === null) return null;
  if (!sameAnswers(earlier.answers, answers)) {
    throw new ApiError(409, 'idempotency_key_reused', 'This Idempotency-Key was already used for an attempt with other answers.');
  }
  return { result: earlier.result, replayed: true };
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

export async function submitAttempt(db: D1Database, cached: StoredQuiz, body: AttemptRequest, key: string | null): Promise<Submitted> {
  if (body.classCode !== undefined && key !== null) {
    // A class attempt sent again gets its first result, before the one-attempt-per-name rule could refuse it.
    const earlier = await replay(db, cached.id, key, body.answers);
    if (earlier !== null) return earlier;
  }
  const seat = body.classCode === undefined ? undefined : await takeSeat(db, cached.id, body.classCode, body.name);
  let quiz = cached;
  // At most two rounds: the second scores against the quiz as stored, if the cached copy was stale.
  for (let round = 0; round < 2; round++) {
    const scored = score(quiz, body.answers, round > 0);
    const result: AttemptResult = { id: newId(), score: scored.score, total: scored.total, results: scored.results };
    let stored: boolean;
    try {
      stored = await recordAttempt(db, {
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
      const earlier = await replay(db, quiz.id, key, body.answers);
      if (earlier === null) throw error;
      return earlier;
    }
    if (stored) return { result, replayed: false };
    await forgetQuiz(quiz.id);
    const fresh = await findQuiz(db, quiz.id);
    if (fresh === null) throw new ApiError(404, 'quiz_not_found', `There is no quiz with the id "${quiz.id}".`);
    quiz = fresh;
  }
  throw new ApiError(409, 'quiz_changed', 'The quiz is being edited; reload it and answer again.');
}
