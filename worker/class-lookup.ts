/**
 * @module
 * Finding a class from a typed join code: for its quiz's owner (only through that quiz, so a code of
 * another quiz's class is not found), and for a student (what the code leads to, nothing about others).
 *
 * @example
 * ```ts
 * const klass = await classOfQuiz(c.env.DB, quiz, c.req.param('code'));
 * ```
 */
import { normalizeJoinCode, type ClassInfo, type PublicClass } from '../questions/classroom-schema';
import { findClass } from './db/classes';
import type { StoredQuiz } from './db/quizzes';
import { findQuiz } from './db/quizzes';
import { ApiError } from './errors';

export function classNotFound(typed: string): ApiError {
  return new ApiError(404, 'class_not_found', `There is no class with the code "${typed.slice(0, 16)}"; check the code with your teacher.`);
}

/** The class `typed` of `quiz`, or 404. */
export async function classOfQuiz(db: D1Database, quiz: StoredQuiz, typed: string): Promise<ClassInfo> {
  const code = normalizeJoinCode(typed);
  const klass = code === undefined ? null : await findClass(db, code);
  if (klass === null || klass.quizId !== quiz.id) throw classNotFound(typed);
  return klass;
}

/** The public view of a class, or null for a code no class has. */
export async function publicClass(db: D1Database, typed: string): Promise<PublicClass | null> {
  const code = normalizeJoinCode(typed);
  const klass = code === undefined ? null : await findClass(db, code);
  const quiz = klass === null ? null : await findQuiz(db, klass.quizId);
  if (klass === null || quiz === null) return null;
  return { code: klass.code, quizId: quiz.id, title: quiz.title, label: klass.label, open: klass.open };
}
