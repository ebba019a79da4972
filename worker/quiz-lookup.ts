/**
 * @module
 * Finding the quiz a route is about, or answering 404 in the contract's words.
 */
import type { Context } from 'hono';
import { IdSchema } from '../questions/schema';
import { findQuiz, type StoredQuiz } from './db/quizzes';
import type { AppEnv } from './env';
import { ApiError } from './errors';
import { loadQuiz } from './quiz-cache';

function notFound(id: string): ApiError {
  return new ApiError(404, 'quiz_not_found', `There is no quiz with the id "${id.slice(0, 64)}".`);
}

function waitUntilOf(c: Context<AppEnv>): ((p: Promise<unknown>) => void) | undefined {
  try {
    const ctx = c.executionCtx;
    return (p) => ctx.waitUntil(p);
  } catch {
    return undefined;
  }
}

/** The quiz of the route's `:id`, possibly from a cache a few seconds old (reads and scoring). */
export async function quizOr404(c: Context<AppEnv>): Promise<StoredQuiz> {
  const id = c.req.param('id') ?? '';
  const quiz = IdSchema.safeParse(id).success ? await loadQuiz(c.env.DB, id, waitUntilOf(c)) : null;
  if (quiz === null) throw notFound(id);
  return quiz;
}

/** The quiz of the route's `:id` as stored right now (owner routes, which must see their own edits). */
export async function freshQuizOr404(c: Context<AppEnv>): Promise<StoredQuiz> {
  const id = c.req.param('id') ?? '';
  const quiz = IdSchema.safeParse(id).success ? await findQuiz(c.env.DB, id) : null;
  if (quiz === null) throw notFound(id);
  return quiz;
}
