/**
 * @module
 * Formats teachers already use: the owner exports a quiz to GIFT, Aiken or quizdown-style Markdown, and
 * anyone may create a quiz by importing a GIFT file (they receive its edit key, as with an article).
 */
import { Hono } from 'hono';
import { ExportFormatSchema, ImportRequestSchema, type ImportResponse } from '../../questions/classroom-schema';
import { exportQuiz, FORMAT_FILES } from '../../questions/formats/export';
import { fromGift, GiftSyntaxError } from '../../questions/formats/gift-import';
import { toPublicQuiz } from '../../questions/schema';
import { attachment } from '../content-disposition';
import { insertQuiz } from '../db/quizzes';
import { hashEditKey, newEditKey, sha256Hex } from '../edit-key';
import type { AppEnv } from '../env';
import { ApiError } from '../errors';
import { newId } from '../ids';
import { ownedQuiz } from '../owner-access';
import { enforceRateLimit } from '../rate-limit';
import { readJson } from '../request-body';

export const exportRoutes = new Hono<AppEnv>()
  .post('/import', async (c) => {
    // Importing creates a quiz, like generating one from an article, and is limited the same way.
    await enforceRateLimit(c.env, 'CREATE_LIMITER', c.req.raw);
    const body = await readJson(c.req.raw, ImportRequestSchema);
    let imported;
    try {
      imported = fromGift(body.text);
    } catch (error) {
      if (error instanceof GiftSyntaxError) throw new ApiError(400, 'invalid_gift', `${error.message}.`);
      throw error;
    }
    if (imported.questions.length === 0) {
      const why = imported.skipped.map((s) => `question ${s.index}: ${s.reason}`).slice(0, 5).join('; ');
      throw new ApiError(422, 'no_importable_questions', `The file has no question article-quiz can hold${why === '' ? '' : ` (${why})`}.`);
    }
    const editKey = newEditKey();
    const quiz = {
      id: newId(),
      title: body.title ?? imported.title ?? 'Imported quiz',
      // A quiz written by hand has no article (see migration 0001).
      article: '',
      articleHash: await sha256Hex(''),
      questions: imported.questions,
      feedback: body.feedback ?? 'immediate',
      editKeyHash: await hashEditKey(editKey),
      now: new Date().toISOString(),
    };
    await insertQuiz(c.env.DB, quiz);
    c.header('Cache-Control', 'no-store');
    c.header('Location', `/api/quizzes/${quiz.id}`);
    return c.json({ quiz: toPublicQuiz(quiz), editKey, skipped: imported.skipped } satisfies ImportResponse, 201);
  })
  .get('/:id/export/:format', async (c) => {
    const quiz = await ownedQuiz(c);
    const format = ExportFormatSchema.safeParse(c.req.param('format'));
    if (!format.success) {
      throw new ApiError(404, 'unknown_format', `There is no export format "${c.req.param('format').slice(0, 20)}"; use gift, aiken or markdown.`);
    }
    const { text, omitted } = exportQuiz(quiz, format.data);
    const file = FORMAT_FILES[format.data];
    c.header('Content-Type', file.mediaType);
    c.header('Content-Disposition', attachment(quiz.title, file.extension));
    c.header('Cache-Control', 'private, no-store');
    // Aiken and quizdown have no typed answers; the teacher is told which questions stayed behind.
    c.header('X-Omitted-Questions', omitted.join(','));
    return c.body(text);
  });
