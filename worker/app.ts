/**
 * @module
 * The Hono application: routes, CORS for the public API, and the one error handler that turns every
 * failure into the error JSON of the v1 contract.
 */
import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { AppEnv } from './env';
import { LIMITS } from '../questions/limits';
import { ApiError, codeForStatus, errorBody, isStorageError } from './errors';
import { answerRoutes } from './routes/answers';
import { classJoinRoutes } from './routes/class-join';
import { classRoutes } from './routes/classes';
import { classroomPageRoutes } from './routes/classroom-pages';
import { embedRoutes } from './routes/embed';
import { exportRoutes } from './routes/exports';
import { ownerRoutes } from './routes/owner';
import { pageRoutes } from './routes/pages';
import { quizRoutes } from './routes/quizzes';
import { resultRoutes } from './routes/results';

export function createApp(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  // Any page may embed a quiz or call the API; no cookies are involved, so no credentials are allowed.
  app.use(
    '/api/*',
    cors({
      origin: '*',
      allowMethods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'],
      allowHeaders: ['Content-Type', 'Authorization', 'Idempotency-Key', 'If-Match', 'If-None-Match'],
      exposeHeaders: ['Retry-After', 'ETag', 'Location', 'Idempotent-Replayed', 'Content-Disposition', 'X-Omitted-Questions'],
      maxAge: 86_400,
    }),
  );

  app.route('/api/quizzes', quizRoutes);
  app.route('/api/quizzes', answerRoutes);
  app.route('/api/quizzes', ownerRoutes);
  app.route('/api/quizzes', classRoutes);
  app.route('/api/quizzes', resultRoutes);
  app.route('/api/quizzes', exportRoutes);
  app.route('/api/classes', classJoinRoutes);
  app.route('/api/embed', embedRoutes);
  app.route('/', pageRoutes);
  app.route('/', classroomPageRoutes);

  app.notFound((c) => c.json(errorBody('not_found', `Nothing is served at ${c.req.method} ${new URL(c.req.url).pathname}.`), 404));

  app.onError((error, c) => {
    if (error instanceof ApiError) {
      for (const [name, value] of Object.entries(error.headers)) c.header(name, value);
      return c.json(errorBody(error.code, error.message), error.status);
    }
    if (error instanceof HTTPException && error.status < 500) {
      const status = error.status as ContentfulStatusCode;
      return c.json(errorBody(codeForStatus(status), error.message || 'The request could not be handled.'), status);
    }
    // Logged without headers or query: no edit key ever reaches a log line.
    console.error(JSON.stringify({ level: 'error', method: c.req.method, path: new URL(c.req.url).pathname, error: String(error) }));
    if (isStorageError(error)) {
      c.header('Retry-After', String(LIMITS.storageRetryAfterSeconds));
      return c.json(errorBody('storage_unavailable', 'Storage is unavailable for a moment; please try again shortly.'), 503);
    }
    return c.json(errorBody('internal_error', 'Something went wrong on our side; please try again.'), 500);
  });

  return app;
}
