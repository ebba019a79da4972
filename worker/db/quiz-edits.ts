/**
 * @module
 * Writing an owner's edits to the `quizzes` table. Changing the questions raises the version and starts
 * the attempt count of the new version at zero: attempts and per-question counters are kept per version
 * (they carry `quiz_version`), so stats always describe the questions as they are now.
 */
import type { FeedbackMode, Question } from '../../questions/schema';

export interface QuestionsEdit {
  questions: Question[];
  title?: string;
  /** Only apply when the stored version is still this one (optimistic concurrency). */
  expectedVersion?: number;
  now: string;
}

/** Stores new questions; the new version, or null when `expectedVersion` no longer matches. */
export async function saveQuestions(db: D1Database, quizId: string, edit: QuestionsEdit): Promise<number | null> {
  const guard = edit.expectedVersion === undefined ? '' : ' AND version = ?';
  const row = await db
    .prepare(
      `UPDATE quizzes SET questions = ?, title = COALESCE(?, title), version = version + 1, updated_at = ?
       WHERE id = ?${guard} RETURNING version`,
    )
    .bind(JSON.stringify(edit.questions), edit.title ?? null, edit.now, quizId, ...(edit.expectedVersion === undefined ? [] : [edit.expectedVersion]))
    .first<{ version: number }>();
  return row?.version ?? null;
}

/**
 * Changes quiz-level settings. The questions, and so the version and its stats, stay as they are.
 * Returns false, changing nothing, when asked for immediate feedback while a class of the quiz is open.
 */
export async function saveSettings(
  db: D1Database,
  quizId: string,
  settings: { title?: string; feedback?: FeedbackMode },
  now: string,
): Promise<boolean> {
  const row = await db
    .prepare(
      `UPDATE quizzes SET title = COALESCE(?, title), feedback = COALESCE(?, feedback), updated_at = ?
       WHERE id = ? AND NOT (? = 'immediate' AND EXISTS (SELECT 1 FROM classes WHERE quiz_id = ? AND closed_at IS NULL))
       RETURNING id`,
    )
    .bind(settings.title ?? null, settings.feedback ?? null, now, quizId, settings.feedback ?? null, quizId)
    .first();
  return row !== null;
}
