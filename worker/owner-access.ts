/**
 * @module
 * Finding a quiz for its owner: 401 without a key, 404 for an unknown quiz, 403 for a key that is not
 * this quiz's. Every owner route (editing, classes, results, exports) goes through here, so one quiz's
 * key never reaches another quiz or anything of it.
 *
 * @example
 * ```ts
 * const quiz = await ownedQuiz(c.env.DB, c.req.param('id'), c.req.header('Authorization'));
 * ```
 */
import type { StoredQuiz } from './db/quizzes';
import { bearerToken, requireEditKey } from './edit-key';
import { quizOr404 } from './quiz-lookup';

export async function ownedQuiz(db: D1Database, id: string, authorization: string | undefined): Promise<StoredQuiz> {
  bearerToken(authorization);
  const quiz = await quizOr404(db, id);
  await requireEditKey(authorization, quiz.editKeyHash);
  return quiz;
}
