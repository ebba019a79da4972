/**
 * @module
 * `POST /api/embed`: the shared quiz of an article, for `<article-quiz article="#story">`. The same
 * article text always gives the same quiz, and the response never carries an edit key.
 */
import { Hono } from 'hono';
import { EmbedRequestSchema, toPublicQuiz, type EmbedResponse } from '../../questions/schema';
import { createSharedQuiz, findSharedQuizFor } from '../create-quiz';
import type { AppEnv } from '../env';
import { enforceRateLimit } from '../rate-limit';
import { readJson } from '../request-body';

export const embedRoutes = new Hono<AppEnv>().post('/', async (c) => {
  const { text, title } = await readJson(c.req.raw, EmbedRequestSchema);
  const existing = await findSharedQuizFor(c.env.DB, text);
  if (existing !== null) return c.json({ quiz: toPublicQuiz(existing) } satisfies EmbedResponse, 200);
  // Only generating costs; every later reader of the article is a lookup.
  await enforceRateLimit(c.env, 'CREATE_LIMITER', c.req.raw);
  const { quiz, created } = await createSharedQuiz(c.env.DB, text, title === undefined ? {} : { title });
  return c.json({ quiz: toPublicQuiz(quiz) } satisfies EmbedResponse, created ? 201 : 200);
});
