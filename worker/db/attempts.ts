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

// Two bound parameters a counter row plus the quiz id and version; D1 allows 100 a statement.
const COUNTER_ROWS_PER_STATEMENT = 49;

// Every statement of the batch applies only while the quiz still has the version that was scored against,
// so a scorer holding a stale copy of the quiz writes nothing and learns so from `changes`.
/** The counter row, among a version's question counters, that counts the version's attempts. */
export const ATTEMPTS_ROW = '';

const VERSION_HOLDS = 'EXISTS (SELECT 1 FROM quizzes WHERE id = ?1 AND version = ?2)';

/**
 * Stores the attempt and updates the counters of its quiz version, all or nothing. Returns false, having
 * stored nothing, when the quiz no longer has `quizVersion` (it was edited or deleted meanwhile).
 */
export async function recordAttempt(db: D1Database, attempt: NewAttempt): Promise<boolean> {
  const correctIds = attempt.outcomes.filter((o) => o.correct).map((o) => o.questionId);
  const statements: D1PreparedStatement[] = [
    db
      .prepare(
        `INSERT INTO attempts (quiz_id, quiz_version, id, name, answers, correct, score, total, result, idempotency_key, created_at,
           class_code, name_key)
         SELECT ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13 WHERE ${VERSION_HOLDS}`,
      )
      .bind(
        attempt.quizId,
        attempt.quizVersion,
        attempt.result.id,
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
  ];
  // The attempt itself counts in the row of ATTEMPTS_ROW, beside the questions it answered.
  const answered = [{ questionId: ATTEMPTS_ROW, correct: false }, ...attempt.outcomes.filter((o) => o.answered)];
  for (let start = 0; start < answered.length; start += COUNTER_ROWS_PER_STATEMENT) {
    const rows = answered.slice(start, start + COUNTER_ROWS_PER_STATEMENT);
    const values = rows.map((_, i) => `(?${3 + 2 * i}, ?${4 + 2 * i})`).join(', ');
    statements.push(
      db
        .prepare(
          `INSERT INTO question_stats (quiz_id, quiz_version, question_id, answered, correct)
           SELECT ?1, ?2, column1, 1, column2 FROM (VALUES ${values}) WHERE ${VERSION_HOLDS}
           ON CONFLICT (quiz_id, quiz_version, question_id)
           DO UPDATE SET answered = answered + 1, correct = correct + excluded.correct`,
        )
        .bind(attempt.quizId, attempt.quizVersion, ...rows.flatMap((o) => [o.questionId, o.correct ? 1 : 0])),
    );
  }
  let inserted: D1Result | undefined;
  try {
    [inserted] = await db.batch(statements);
  } catch (error) {
    // The rules of a class are checked inside the batch (migration 0010), so a refusal stores nothing.
    throw classRuleError(error, attempt.name) ?? error;
  }
  return (inserted?.meta.changes ?? 0) === 1;
}

/**
 * Aggregate stats of a quiz's current version, in the order of `questionIds`. The count of attempts is a
 * counter row like the questions' (ATTEMPTS_ROW), read in the same query, so they agree with each other.
 */
export async function readStats(db: D1Database, quizId: string, questionIds: readonly string[]): Promise<Stats> {
  const { results: counters } = await db
    .prepare(
      `SELECT question_id, answered, correct FROM question_stats
       WHERE quiz_id = ?1 AND quiz_version = (SELECT version FROM quizzes WHERE id = ?1)`,
    )
    .bind(quizId)
    .all<{ question_id: string; answered: number; correct: number }>();
  const byId = new Map(counters.map((r) => [r.question_id, r]));
  return {
    attempts: byId.get(ATTEMPTS_ROW)?.answered ?? 0,
    questions: questionIds.map((questionId) => ({
      questionId,
      answered: byId.get(questionId)?.answered ?? 0,
      correct: byId.get(questionId)?.correct ?? 0,
    })),
  };
}
