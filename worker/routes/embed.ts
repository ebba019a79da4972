/**
 * @module
 * `POST /api/embed`: the shared quiz of an article, for `<article-quiz article="#story">`. The same
 * article text always gives the same quiz, and the response never carries an edit key.
 */
import { Hono } from 'hono';
import { EmbedRequestSchema, toPublicQuiz, type EmbedResponse } from '../../questions/schema';
import { sharedQuizFor } from '../create-quiz';
import type { AppEnv } from '../env';
import { readJson } from '../request-body';

export const embedRoutes = new Hono<AppEnv>().post('/', async (c) => {
  const { text, title } = await readJson(c.req.raw, EmbedRequestSchema);
  const { quiz, created } = await sharedQuizFor(c.env.DB, text, title === undefined ? {} : { title });
  return c.json({ quiz: toPublicQuiz(quiz) } satisfies EmbedResponse, created ? 201 : 200);
});
