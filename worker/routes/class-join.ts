/**
 * @module
 * What a student may learn from a join code before answering: which quiz, its title, the class label and
 * whether the class is open. Nothing about other students.
 */
import { Hono } from 'hono';
import { classNotFound, publicClass } from '../class-lookup';
import type { AppEnv } from '../env';
import { enforceRateLimit } from '../rate-limit';

export const classJoinRoutes = new Hono<AppEnv>().get('/:code', async (c) => {
  // Looking codes up is limited like checking answers, so guessing them stays far slower than useful.
  await enforceRateLimit(c.env, 'CHECK_LIMITER', c.req.raw);
  const found = await publicClass(c.env.DB, c.req.param('code'));
  if (found === null) throw classNotFound(c.req.param('code'));
  c.header('Cache-Control', 'no-store');
  return c.json(found);
});
