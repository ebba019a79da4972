/**
 * @module
 * Generating a quiz from an article and storing it: for a caller who gets the edit key, or as the
 * shared quiz of that article, which no caller owns.
 */
import { generateQuiz, UnusableTextError } from '../questions/generate';
import type { CreateQuizRequest } from '../questions/schema';
import { articleFingerprint } from '../questions/text/normalize';
import { ApiError } from './errors';
import { hashEditKey, newEditKey, sha256Hex } from './edit-key';
import { newId } from './ids';
import { findSharedQuiz, insertQuiz, insertSharedQuiz, type NewQuiz, type StoredQuiz } from './db/quizzes';

type QuizOptions = Omit<CreateQuizRequest, 'text'>;

export function articleHash(text: string): Promise<string> {
  return sha256Hex(articleFingerprint(text));
}

async function prepare(text: string, options: QuizOptions, editKey: string): Promise<NewQuiz> {
  let generated;
  try {
    generated = generateQuiz(text, options);
  } catch (error) {
    if (error instanceof UnusableTextError) throw new ApiError(422, error.reason, error.message);
    throw error;
  }
  return {
    id: newId(),
    title: generated.title,
    article: text,
    articleHash: await articleHash(text),
    questions: generated.questions,
    feedback: options.feedback ?? 'immediate',
    editKeyHash: await hashEditKey(editKey),
    now: new Date().toISOString(),
  };
}

/** A new quiz owned by the caller, who receives its edit key (once). */
export async function createOwnedQuiz(db: D1Database, text: string, options: QuizOptions): Promise<{ quiz: NewQuiz; editKey: string }> {
  const editKey = newEditKey();
  const quiz = await prepare(text, options, editKey);
  await insertQuiz(db, quiz);
  return { quiz, editKey };
}

/** The shared quiz of this article text, if one was made. */
export async function findSharedQuizFor(db: D1Database, text: string): Promise<StoredQuiz | null> {
  return findSharedQuiz(db, await articleHash(text));
}

/**
 * Generates the shared quiz of this article text, unless a concurrent request stored one first, and
 * returns the stored one (`created` when it is ours). Its edit key is discarded unseen, so no caller can
 * change it or read its answer key.
 */
export async function createSharedQuiz(
  db: D1Database,
  text: string,
  options: Pick<QuizOptions, 'title'> = {},
): Promise<{ quiz: StoredQuiz; created: boolean }> {
  const prepared = await prepare(text, options, newEditKey());
  const quiz = await insertSharedQuiz(db, prepared);
  return { quiz, created: quiz.id === prepared.id };
}
