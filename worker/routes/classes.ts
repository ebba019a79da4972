/**
 * @module
 * The owner's class routes: open a class on a quiz (it gets a join code), list its classes, read one,
 * close or reopen it, allow retries, relabel it. A class is only ever reached through its own quiz, with
 * that quiz's edit key.
 */
import { Hono } from 'hono';
import { CreateClassRequestSchema, UpdateClassRequestSchema, type ClassList } from '../../questions/classroom-schema';
import { LIMITS } from '../../questions/limits';
import { classOfQuiz } from '../class-lookup';
import { countClasses, findClass, insertClass, listClasses, updateClass } from '../db/classes';
import type { AppEnv } from '../env';
import { ApiError } from '../errors';
import { newJoinCode } from '../join-code';
import { ownedQuiz } from '../owner-access';
import { forgetQuiz } from '../quiz-cache';
import { readJson } from '../request-body';

// Codes are drawn from ~887 million; a few tries make a clash vanishingly unlikely to matter.
const CODE_TRIES = 5;

export const classRoutes = new Hono<AppEnv>()
  .post('/:id/classes', async (c) => {
    const quiz = await ownedQuiz(c);
    const body = await readJson(c.req.raw, CreateClassRequestSchema);
    if ((await countClasses(c.env.DB, quiz.id)) >= LIMITS.classesPerQuizMax) {
      throw new ApiError(409, 'too_many_classes', `A quiz can have at most ${LIMITS.classesPerQuizMax} classes.`);
    }
    for (let i = 0; i < CODE_TRIES; i++) {
      const code = newJoinCode();
      const stored = await insertClass(c.env.DB, {
        code,
        quizId: quiz.id,
        label: body.label ?? '',
        allowRetries: body.allowRetries ?? false,
        now: new Date().toISOString(),
      });
      if (!stored) continue;
      // Opening a class held the quiz's feedback until the end: no cached copy may say otherwise.
      await forgetQuiz(quiz.id);
      const klass = await findClass(c.env.DB, code);
      if (klass === null) break;
      c.header('Location', `/api/quizzes/${quiz.id}/classes/${code}`);
      c.header('Cache-Control', 'private, no-store');
      return c.json(klass, 201);
    }
    throw new ApiError(503, 'try_again', 'No free join code was found; please try again.', { 'Retry-After': '1' });
  })
  .get('/:id/classes', async (c) => {
    const quiz = await ownedQuiz(c);
    c.header('Cache-Control', 'private, no-store');
    return c.json({ classes: await listClasses(c.env.DB, quiz.id) } satisfies ClassList);
  })
  .get('/:id/classes/:code', async (c) => {
    const quiz = await ownedQuiz(c);
    c.header('Cache-Control', 'private, no-store');
    return c.json(await classOfQuiz(c.env.DB, quiz, c.req.param('code')));
  })
  .patch('/:id/classes/:code', async (c) => {
    const quiz = await ownedQuiz(c);
    const klass = await classOfQuiz(c.env.DB, quiz, c.req.param('code'));
    const changes = await readJson(c.req.raw, UpdateClassRequestSchema);
    await updateClass(c.env.DB, klass.code, changes, new Date().toISOString());
    if (changes.open === true) await forgetQuiz(quiz.id);
    const updated = await findClass(c.env.DB, klass.code);
    c.header('Cache-Control', 'private, no-store');
    return c.json(updated ?? klass);
  });
