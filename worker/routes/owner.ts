/**
 * @module
 * The owner's editing API: read the questions with their answers and the version, replace them all,
 * change one question, rename the quiz. Every change of the questions is validated in full against the
 * question schema and raises the version (stats are kept per version: see db/quiz-edits.ts).
 */
import { Hono, type Context } from 'hono';
import { z } from 'zod';
import {
  QuestionPatchSchema,
  QuestionSchema,
  QuizPatchSchema,
  ReplaceQuestionsRequestSchema,
  type OwnedQuiz,
  type Question,
} from '../../questions/schema';
import type { StoredQuiz } from '../db/quizzes';
import { saveQuestions, saveSettings } from '../db/quiz-edits';
import type { AppEnv } from '../env';
import { ApiError } from '../errors';
import { ownedQuiz } from '../owner-access';
import { forgetQuiz } from '../quiz-cache';
import { describeIssues, readJson } from '../request-body';

function owned(quiz: StoredQuiz, changes: Partial<OwnedQuiz> = {}): OwnedQuiz {
  return { id: quiz.id, title: quiz.title, version: quiz.version, questions: quiz.questions, feedback: quiz.feedback, ...changes };
}

function respond(c: Context<AppEnv>, quiz: OwnedQuiz): Response {
  c.header('Cache-Control', 'private, no-store');
  c.header('ETag', `"v${quiz.version}"`);
  return c.json(quiz);
}

/** The version an `If-Match` header asks for, undefined without one (or with `*`). */
function expectedVersion(header: string | undefined): number | undefined {
  if (header === undefined || header.trim() === '*') return undefined;
  const match = /^\s*(?:W\/)?"v(\d{1,9})"\s*$/.exec(header);
  if (match?.[1] === undefined) {
    throw new ApiError(400, 'invalid_request', 'If-Match must be the ETag of a version of the quiz, such as "v3".');
  }
  return Number(match[1]);
}

function versionMismatch(current: number): ApiError {
  return new ApiError(
    412,
    'version_mismatch',
    `The quiz has changed since you loaded it (it is at version ${current} now); reload it and apply your edit again.`,
  );
}

async function store(c: Context<AppEnv>, quiz: StoredQuiz, questions: Question[], title?: string): Promise<Response> {
  const expected = expectedVersion(c.req.header('If-Match'));
  if (expected !== undefined && expected !== quiz.version) throw versionMismatch(quiz.version);
  const version = await saveQuestions(c.env.DB, quiz.id, {
    questions,
    ...(title === undefined ? {} : { title }),
    expectedVersion: expected ?? quiz.version,
    now: new Date().toISOString(),
  });
  // Another edit landed between our read and our write.
  if (version === null) throw versionMismatch(quiz.version + 1);
  await forgetQuiz(quiz.id);
  return respond(c, owned(quiz, { version, questions, ...(title === undefined ? {} : { title }) }));
}

export const ownerRoutes = new Hono<AppEnv>()
  .get('/:id/questions', async (c) => {
    const quiz = await ownedQuiz(c);
    return respond(c, owned(quiz));
  })
  .put('/:id/questions', async (c) => {
    const quiz = await ownedQuiz(c);
    const body = await readJson(c.req.raw, ReplaceQuestionsRequestSchema);
    return store(c, quiz, body.questions, body.title);
  })
  .patch('/:id/questions/:questionId', async (c) => {
    const quiz = await ownedQuiz(c);
    const patch = await readJson(c.req.raw, QuestionPatchSchema);
    const questionId = c.req.param('questionId');
    const index = quiz.questions.findIndex((q) => q.id === questionId);
    const current = quiz.questions[index];
    if (current === undefined) {
      throw new ApiError(404, 'question_not_found', `This quiz has no question with the id "${questionId.slice(0, 64)}".`);
    }
    const merged: Record<string, unknown> = { ...current };
    for (const [field, value] of Object.entries(patch)) {
      if (value === null) delete merged[field];
      else merged[field] = value;
    }
    const checked = QuestionSchema.safeParse(merged);
    if (!checked.success) {
      const named = new z.ZodError(checked.error.issues.map((issue) => ({ ...issue, path: ['questions', index, ...issue.path] })));
      throw new ApiError(400, 'invalid_request', `Invalid request: ${describeIssues(named)}.`);
    }
    const questions = quiz.questions.map((q, i) => (i === index ? checked.data : q));
    return store(c, quiz, questions);
  })
  .patch('/:id', async (c) => {
    const quiz = await ownedQuiz(c);
    const patch = await readJson(c.req.raw, QuizPatchSchema);
    if (!(await saveSettings(c.env.DB, quiz.id, patch, new Date().toISOString()))) {
      throw new ApiError(409, 'class_open', 'A class of this quiz is open, so its feedback stays at the end; close the class first.');
    }
    await forgetQuiz(quiz.id);
    return respond(c, owned(quiz, patch));
  });
