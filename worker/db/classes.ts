/**
 * @module
 * The `classes` table: rows in, `ClassInfo` out, in one place; and the translation of the class rules that
 * the database enforces (migration 0010) into answers a student can act on.
 */
import type { ClassInfo } from '../../questions/classroom-schema';
import { ApiError } from '../errors';

interface ClassRow {
  code: string;
  quiz_id: string;
  label: string;
  allow_retries: number;
  closed_at: string | null;
  created_at: string;
  attempts: number;
}

function fromRow(row: ClassRow): ClassInfo {
  return {
    code: row.code,
    quizId: row.quiz_id,
    label: row.label,
    open: row.closed_at === null,
    allowRetries: row.allow_retries === 1,
    attempts: row.attempts,
    createdAt: row.created_at,
    closedAt: row.closed_at,
  };
}

const SELECT_CLASS = `SELECT code, quiz_id, label, allow_retries, closed_at, created_at,
  (SELECT COUNT(*) FROM attempts WHERE attempts.class_code = classes.code) AS attempts
  FROM classes`;

export async function findClass(db: D1Database, code: string): Promise<ClassInfo | null> {
  const row = await db.prepare(`${SELECT_CLASS} WHERE code = ?`).bind(code).first<ClassRow>();
  return row === null ? null : fromRow(row);
}

/** The classes of a quiz, newest first. */
export async function listClasses(db: D1Database, quizId: string): Promise<ClassInfo[]> {
  const { results } = await db.prepare(`${SELECT_CLASS} WHERE quiz_id = ? ORDER BY created_at DESC, code`).bind(quizId).all<ClassRow>();
  return results.map(fromRow);
}

export async function countClasses(db: D1Database, quizId: string): Promise<number> {
  const row = await db.prepare('SELECT COUNT(*) AS n FROM classes WHERE quiz_id = ?').bind(quizId).first<{ n: number }>();
  return row?.n ?? 0;
}

export interface NewClass {
  code: string;
  quizId: string;
  label: string;
  allowRetries: boolean;
  now: string;
}

// While a class of a quiz is open, the quiz holds all feedback until the end: neither the per-question
// check nor the widget may show a student an answer before the attempt is in. Opening or reopening a
// class sets it in the same batch; db/quiz-edits.ts refuses to lift it while a class is open.
function holdFeedback(db: D1Database, code: string): D1PreparedStatement {
  return db
    .prepare(`UPDATE quizzes SET feedback = 'end' WHERE id = (SELECT quiz_id FROM classes WHERE code = ? AND closed_at IS NULL)`)
    .bind(code);
}

/** Stores a class (and holds its quiz's feedback until the end); false when its code is taken already. */
export async function insertClass(db: D1Database, klass: NewClass): Promise<boolean> {
  const [inserted] = await db.batch([
    db
      .prepare(
        `INSERT INTO classes (code, quiz_id, label, allow_retries, created_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (code) DO NOTHING`,
      )
      .bind(klass.code, klass.quizId, klass.label, klass.allowRetries ? 1 : 0, klass.now),
    db
      .prepare(`UPDATE quizzes SET feedback = 'end' WHERE id = ? AND EXISTS (SELECT 1 FROM classes WHERE code = ? AND quiz_id = ?)`)
      .bind(klass.quizId, klass.code, klass.quizId),
  ]);
  return inserted?.meta.changes === 1;
}

export interface ClassChanges {
  open?: boolean;
  allowRetries?: boolean;
  label?: string;
}

/** Applies `changes` to a class; closing stamps the time, reopening clears it. */
export async function updateClass(db: D1Database, code: string, changes: ClassChanges, now: string): Promise<void> {
  const sets: string[] = [];
  const values: (string | number | null)[] = [];
  if (changes.open !== undefined) {
    // Closing a closed class keeps the time it was first closed.
    sets.push(changes.open ? 'closed_at = NULL' : 'closed_at = COALESCE(closed_at, ?)');
    if (!changes.open) values.push(now);
  }
  if (changes.allowRetries !== undefined) {
    sets.push('allow_retries = ?');
    values.push(changes.allowRetries ? 1 : 0);
  }
  if (changes.label !== undefined) {
    sets.push('label = ?');
    values.push(changes.label);
  }
  if (sets.length === 0) return;
  await db.batch([db.prepare(`UPDATE classes SET ${sets.join(', ')} WHERE code = ?`).bind(...values, code), holdFeedback(db, code)]);
}

/** Whether someone has answered under this folded name in the class. */
export async function nameTaken(db: D1Database, code: string, nameKey: string): Promise<boolean> {
  const row = await db.prepare('SELECT 1 AS taken FROM attempts WHERE class_code = ? AND name_key = ? LIMIT 1').bind(code, nameKey).first();
  return row !== null;
}

export function classClosedError(): ApiError {
  return new ApiError(409, 'class_closed', 'This class is closed: your teacher is no longer accepting answers.');
}

export function nameTakenError(name: string): ApiError {
  return new ApiError(
    409,
    'name_taken',
    `Someone has already answered as "${name}" in this class; each name answers once unless your teacher allows retries.`,
  );
}

export function classFullError(): ApiError {
  return new ApiError(409, 'class_full', 'This class has collected as many answers as it can hold; ask your teacher to open a new class.');
}

/**
 * The answer for an error raised by the class rules inside the attempt batch (a race that the checks
 * before it could not see), or undefined for any other error.
 */
export function classRuleError(error: unknown, name: string | null): ApiError | undefined {
  const message = error instanceof Error ? error.message : String(error);
  if (message.includes('class_rule:class_closed')) return classClosedError();
  if (message.includes('class_rule:name_taken')) return nameTakenError(name ?? '');
  if (message.includes('class_rule:class_full')) return classFullError();
  return undefined;
}
