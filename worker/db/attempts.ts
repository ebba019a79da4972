/**
 * @module
 * Attempts and the per-question counters behind the stats. An attempt and its counter updates are one
 * D1 `batch()` (a transaction), so the stats always equal the attempts that were stored.
 */
import type { AttemptResult, Stats } from '../../questions/schema';
import { classRuleError } from './classes';

export interface NewAttempt {
  quizId: string;
  quizVersion: number;
  name: string | null;
  answers: Record<string, string>;
  /** Per question id: answered at all, and answered correctly. */
  outcomes: { questionId: string; answered: boolean; correct: boolean }[];
  /** The response the attempt is answered with (its id, score and total), kept for replays. */
  result: AttemptResult;
  idempotencyKey: string | null;
  now: string;
  /** The class answered in, with the folded display name that its rules compare. */
  classCode?: string;
  nameKey?: string;
}

export interface ReplayedAttempt {
  answers: Record<string, string>;
  result: AttemptResult;
}

/** The attempt stored earlier under this idempotency key, if any. */
export async function findAttemptByIdempotencyKey(db: D1Database, quizId: string, key: string): Promise<ReplayedAttempt | null> {
  const row = await db
    .prepare('SELECT answers, result FROM attempts WHERE quiz_id = ? AND idempotency_key = ?')
    .bind(quizId, key)
    .first<{ answers: string; result: string }>();
  if (row === null) return null;
  return { answers: JSON.parse(row.answers) as Record<string, string>, result: JSON.parse(row.result) as AttemptResult };
}

/** Whether a D1 error is the unique index on idempotency keys refusing a second attempt with one key. */
export function isDuplicateIdempotencyKey(error: unknown): boolean {
  return error instanceof Error && /UNIQUE constraint failed: attempts\.quiz_id, attempts\.idempotency_key/.test(error.message);
}

// Four bound parameters a row; D1 allows 100 a statement.
const COUNTER_ROWS_PER_STATEMENT = 24;

/** Stores the attempt and updates the counters of its quiz version, all or nothing. */
export async function recordAttempt(db: D1Database, attempt: NewAttempt): Promise<void> {
  const correctIds = attempt.outcomes.filter((o) => o.correct).map((o) => o.questionId);
  const statements: D1PreparedStatement[] = [
    db
      .prepare(
        `INSERT INTO attempts (id, quiz_id, quiz_version, name, answers, correct, score, total, result, idempotency_key, created_at,
           class_code, name_key)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .bind(
        attempt.result.id,
        attempt.quizId,
        attempt.quizVersion,
        attempt.name,
        JSON.stringify(attempt.answers),
        JSON.stringify(correctIds),
        attempt.result.score,
        attempt.result.total,
        JSON.stringify(attempt.result),
        attempt.idempotencyKey,
        attempt.now,
        attempt.classCode ?? null,
        attempt.nameKey ?? null,
      ),
    db.prepare('UPDATE quizzes SET attempts = attempts + 1 WHERE id = ? AND version = ?').bind(attempt.quizId, attempt.quizVersion),
  ];
  const answered = attempt.outcomes.filter((o) => o.answered);
  for (let start = 0; start < answered.length; start += COUNTER_ROWS_PER_STATEMENT) {
    const rows = answered.slice(start, start + COUNTER_ROWS_PER_STATEMENT);
    statements.push(
      db
        .prepare(
          `INSERT INTO question_stats (quiz_id, quiz_version, question_id, answered, correct)
           VALUES ${rows.map(() => '(?, ?, ?, 1, ?)').join(', ')}
           ON CONFLICT (quiz_id, quiz_version, question_id)
           DO UPDATE SET answered = answered + 1, correct = correct + excluded.correct`,
        )
        .bind(...rows.flatMap((o) => [attempt.quizId, attempt.quizVersion, o.questionId, o.correct ? 1 : 0])),
    );
  }
  try {
    await db.batch(statements);
  } catch (error) {
    // The rules of a class are checked inside the batch (migration 0010), so a refusal stores nothing.
    throw classRuleError(error, attempt.name) ?? error;
  }
}

/**
 * Aggregate stats of a quiz's current version, in the order of `questionIds`. The count of attempts and
 * the counters are read in one batch, so they agree with each other.
 */
export async function readStats(db: D1Database, quizId: string, questionIds: readonly string[]): Promise<Stats> {
  const [quizRows, counterRows] = await db.batch([
    db.prepare('SELECT attempts FROM quizzes WHERE id = ?').bind(quizId),
    db
      .prepare(
        `SELECT question_id, answered, correct FROM question_stats
         WHERE quiz_id = ?1 AND quiz_version = (SELECT version FROM quizzes WHERE id = ?1)`,
      )
      .bind(quizId),
  ]);
  const attempts = (quizRows?.results[0] as { attempts: number } | undefined)?.attempts ?? 0;
  const counters = (counterRows?.results ?? []) as { question_id: string; answered: number; correct: number }[];
  const byId = new Map(counters.map((r) => [r.question_id, r]));
  return {
    attempts,
    questions: questionIds.map((questionId) => ({
      questionId,
      answered: byId.get(questionId)?.answered ?? 0,
      correct: byId.get(questionId)?.correct ?? 0,
    })),
  };
}
