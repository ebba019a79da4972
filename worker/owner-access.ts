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
import { IdSchema } from '../questions/schema';
import { findQuiz, type StoredQuiz } from './db/quizzes';
import { bearerToken, requireEditKey } from './edit-key';
import { ApiError } from './errors';

export function quizNotFound(id: string): ApiError {
  return new ApiError(404, 'quiz_not_found', `There is no quiz with the id "${id.slice(0, 64)}".`);
}

export async function ownedQuiz(db: D1Database, id: string, authorization: string | undefined): Promise<StoredQuiz> {
  bearerToken(authorization);
  const quiz = IdSchema.safeParse(id).success ? await findQuiz(db, id) : null;
  if (quiz === null) throw quizNotFound(id);
  await requireEditKey(authorization, quiz.editKeyHash);
  return quiz;
}
