/**
 * @module
 * Finding the quiz a route is about, or answering 404 in the contract's words.
 */
import { IdSchema } from '../questions/schema';
import { findQuiz, type StoredQuiz } from './db/quizzes';
import { ApiError } from './errors';

export async function quizOr404(db: D1Database, id: string): Promise<StoredQuiz> {
  const quiz = IdSchema.safeParse(id).success ? await findQuiz(db, id) : null;
  if (quiz === null) throw new ApiError(404, 'quiz_not_found', `There is no quiz with the id "${id.slice(0, 64)}".`);
  return quiz;
}
