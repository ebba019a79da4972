/**
 * @module
 * Reading the attempts of a class for its teacher, oldest first, as `ClassAttempt`s.
 */
import type { ClassAttempt } from '../../questions/classroom-schema';
import { LIMITS } from '../../questions/limits';

interface AttemptRow {
  id: string;
  name: string | null;
  score: number;
  total: number;
  quiz_version: number;
  created_at: string;
  answers: string;
  correct: string;
}

function fromRow(row: AttemptRow): ClassAttempt {
  return {
    id: row.id,
    name: row.name ?? '',
    score: row.score,
    total: row.total,
    quizVersion: row.quiz_version,
    createdAt: row.created_at,
    // Both columns are written only by recordAttempt, from validated answers.
    answers: JSON.parse(row.answers) as Record<string, string>,
    correct: JSON.parse(row.correct) as string[],
  };
}

export async function readClassAttempts(db: D1Database, code: string): Promise<ClassAttempt[]> {
  const { results } = await db
    .prepare(
      `SELECT id, name, score, total, quiz_version, created_at, answers, correct FROM attempts
       WHERE class_code = ? ORDER BY created_at, id LIMIT ?`,
    )
    .bind(code, LIMITS.classAttemptsMax)
    .all<AttemptRow>();
  return results.map(fromRow);
}
