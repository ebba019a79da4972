/**
 * @module
 * Generating a quiz from an article and storing it: for a caller who gets the edit key, or as the
 * shared quiz of that article, which no caller owns.
 */
import { generateQuiz, UnusableTextError, type GenerateOptions } from '../questions/generate';
import { articleFingerprint } from '../questions/text/normalize';
import { ApiError } from './errors';
import { hashEditKey, newEditKey, sha256Hex } from './edit-key';
import { newId } from './ids';
import { findSharedQuiz, insertQuiz, insertSharedQuiz, type NewQuiz, type StoredQuiz } from './db/quizzes';

async function prepare(text: string, options: GenerateOptions, editKey: string): Promise<NewQuiz> {
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
    articleHash: await sha256Hex(articleFingerprint(text)),
    questions: generated.questions,
    editKeyHash: await hashEditKey(editKey),
    now: new Date().toISOString(),
  };
}

/** A new quiz owned by the caller, who receives its edit key (once). */
export async function createOwnedQuiz(
  db: D1Database,
  text: string,
  options: GenerateOptions,
): Promise<{ quiz: NewQuiz; editKey: string }> {
  const editKey = newEditKey();
  const quiz = await prepare(text, options, editKey);
  await insertQuiz(db, quiz);
  return { quiz, editKey };
}

/** The one shared quiz of this article text, generated on first use. Nobody holds its edit key. */
export async function sharedQuizFor(db: D1Database, text: string): Promise<StoredQuiz> {
  const existing = await findSharedQuiz(db, await sha256Hex(articleFingerprint(text)));
  if (existing !== null) return existing;
  return insertSharedQuiz(db, await prepare(text, {}, newEditKey()));
}
