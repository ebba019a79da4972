/**
 * @module
 * Writing an owner's edits to the `quizzes` table. Changing the questions raises the version and starts
 * the attempt count of the new version at zero: attempts and per-question counters are kept per version
 * (they carry `quiz_version`), so stats always describe the questions as they are now.
 */
import type { Question } from '../../questions/schema';

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
      `UPDATE quizzes SET questions = ?, title = COALESCE(?, title), version = version + 1, attempts = 0, updated_at = ?
       WHERE id = ?${guard} RETURNING version`,
    )
    .bind(JSON.stringify(edit.questions), edit.title ?? null, edit.now, quizId, ...(edit.expectedVersion === undefined ? [] : [edit.expectedVersion]))
    .first<{ version: number }>();
  return row?.version ?? null;
}

/** Renames a quiz. The questions, and so the version and its stats, stay as they are. */
export async function saveTitle(db: D1Database, quizId: string, title: string, now: string): Promise<void> {
  await db.prepare('UPDATE quizzes SET title = ?, updated_at = ? WHERE id = ?').bind(title, now, quizId).run();
}
