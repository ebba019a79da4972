/**
 * @module
 * Finding a quiz for its owner: 401 without a key, 404 for an unknown quiz, 403 for a key that is not
 * this quiz's. Every owner route (editing, classes, results, exports) goes through here, so one quiz's
 * key never reaches another quiz or anything of it. The quiz is read as stored, never from a cache, so
 * an owner always sees their own edits.
 *
 * @example
 * ```ts
 * const quiz = await ownedQuiz(c);
 * ```
 */
import type { Context } from 'hono';
import type { StoredQuiz } from './db/quizzes';
import { bearerToken, requireEditKey } from './edit-key';
import type { AppEnv } from './env';
import { freshQuizOr404 } from './quiz-lookup';

export async function ownedQuiz(c: Context<AppEnv>): Promise<StoredQuiz> {
  const authorization = c.req.header('Authorization');
  bearerToken(authorization);
  const quiz = await freshQuizOr404(c);
  await requireEditKey(authorization, quiz.editKeyHash);
  return quiz;
}
