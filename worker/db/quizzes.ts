/**
 * @module
 * The `quizzes` table: rows in, domain objects out, in one place.
 */
import type { FeedbackMode, KeyedQuiz, Question } from '../../questions/schema';

export interface StoredQuiz extends KeyedQuiz {
  feedback: FeedbackMode;
  version: number;
  articleHash: string;
  editKeyHash: string;
  createdAt: string;
  updatedAt: string;
}

interface QuizRow {
  id: string;
  title: string;
  questions: string;
  feedback: string;
  version: number;
  article_hash: string;
  edit_key_hash: string;
  created_at: string;
  updated_at: string;
}

function fromRow(row: QuizRow): StoredQuiz {
  return {
    id: row.id,
    title: row.title,
    // Written only by insertQuiz/updates after validation against QuestionSchema.
    questions: JSON.parse(row.questions) as Question[],
    feedback: row.feedback === 'end' ? 'end' : 'immediate',
    version: row.version,
    articleHash: row.article_hash,
    editKeyHash: row.edit_key_hash,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

const COLUMNS = 'id, title, questions, feedback, version, article_hash, edit_key_hash, created_at, updated_at';

export async function findQuiz(db: D1Database, id: string): Promise<StoredQuiz | null> {
  const row = await db.prepare(`SELECT ${COLUMNS} FROM quizzes WHERE id = ?`).bind(id).first<QuizRow>();
  return row === null ? null : fromRow(row);
}

export interface NewQuiz {
  id: string;
  title: string;
  article: string;
  articleHash: string;
  questions: Question[];
  feedback: FeedbackMode;
  editKeyHash: string;
  now: string;
}

function insertStatement(db: D1Database, quiz: NewQuiz, shared: boolean): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO quizzes (id, title, article, article_hash, questions, feedback, edit_key_hash, shared, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)${shared ? ' ON CONFLICT DO NOTHING' : ''}`,
    )
    .bind(
      quiz.id,
      quiz.title,
      quiz.article,
      quiz.articleHash,
      JSON.stringify(quiz.questions),
      quiz.feedback,
      quiz.editKeyHash,
      shared ? 1 : 0,
      quiz.now,
      quiz.now,
    );
}

export async function insertQuiz(db: D1Database, quiz: NewQuiz): Promise<void> {
  await insertStatement(db, quiz, false).run();
}

/** The shared quiz of an article (made by the zero-configuration embed), if there is one. */
export async function findSharedQuiz(db: D1Database, articleHash: string): Promise<StoredQuiz | null> {
  const row = await db
    .prepare(`SELECT ${COLUMNS} FROM quizzes WHERE article_hash = ? AND shared = 1`)
    .bind(articleHash)
    .first<QuizRow>();
  return row === null ? null : fromRow(row);
}

/**
 * Stores `quiz` as the shared quiz of its article unless another request stored one first, and returns
 * whichever is stored. The unique index on shared article hashes makes the race harmless.
 */
export async function insertSharedQuiz(db: D1Database, quiz: NewQuiz): Promise<StoredQuiz> {
  const [, found] = await db.batch([
    insertStatement(db, quiz, true),
    db.prepare(`SELECT ${COLUMNS} FROM quizzes WHERE article_hash = ? AND shared = 1`).bind(quiz.articleHash),
  ]);
  const row = found?.results[0] as QuizRow | undefined;
  if (row === undefined) throw new Error('shared quiz vanished between insert and select');
  return fromRow(row);
}
