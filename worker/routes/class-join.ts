/**
 * @module
 * What a student may learn from a join code before answering: which quiz, its title, the class label and
 * whether the class is open. Nothing about other students.
 */
import { Hono } from 'hono';
import { normalizeJoinCode, type PublicClass } from '../../questions/classroom-schema';
import { classNotFound } from '../class-seat';
import { findClass } from '../db/classes';
import { findQuiz } from '../db/quizzes';
import type { AppEnv } from '../env';
import { enforceRateLimit } from '../rate-limit';

/** The public view of a class, or null for a code no class has. */
export async function publicClass(db: D1Database, typed: string): Promise<PublicClass | null> {
  const code = normalizeJoinCode(typed);
  const klass = code === undefined ? null : await findClass(db, code);
  const quiz = klass === null ? null : await findQuiz(db, klass.quizId);
  if (klass === null || quiz === null) return null;
  return { code: klass.code, quizId: quiz.id, title: quiz.title, label: klass.label, open: klass.open };
}

export const classJoinRoutes = new Hono<AppEnv>().get('/:code', async (c) => {
  // Looking codes up is limited like checking answers, so guessing them stays far slower than useful.
  await enforceRateLimit(c.env, 'CHECK_LIMITER', c.req.raw);
  const found = await publicClass(c.env.DB, c.req.param('code'));
  if (found === null) throw classNotFound(c.req.param('code'));
  c.header('Cache-Control', 'no-store');
  return c.json(found);
});
