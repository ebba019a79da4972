-- Quizzes, the attempts readers make, and per-question counters kept in step with the attempts.

CREATE TABLE quizzes (
  id            TEXT PRIMARY KEY,
  title         TEXT NOT NULL,
  -- The article the quiz was generated from ('' for a quiz written by hand).
  article       TEXT NOT NULL,
  -- SHA-256 of the normalised article text, hex.
  article_hash  TEXT NOT NULL,
  -- The questions with their answers and explanations: JSON of Question[] (questions/schema.ts).
  questions     TEXT NOT NULL,
  -- SHA-256 of the edit key, hex. The key itself is never stored.
  edit_key_hash TEXT NOT NULL,
  -- 1 for a quiz made by the zero-configuration embed: one per article, and no one holds its edit key.
  shared        INTEGER NOT NULL DEFAULT 0,
  -- Raised by every edit; attempts and counters record the version they belong to.
  version       INTEGER NOT NULL DEFAULT 1,
  attempts      INTEGER NOT NULL DEFAULT 0,
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL
);

CREATE INDEX quizzes_article_hash ON quizzes (article_hash);
-- The same article text always maps to the same shared quiz, however many readers arrive at once.
CREATE UNIQUE INDEX quizzes_shared_article ON quizzes (article_hash) WHERE shared = 1;

CREATE TABLE attempts (
  id            TEXT PRIMARY KEY,
  quiz_id       TEXT NOT NULL REFERENCES quizzes (id) ON DELETE CASCADE,
  quiz_version  INTEGER NOT NULL,
  name          TEXT,
  -- JSON object: question id -> the reader's answer.
  answers       TEXT NOT NULL,
  -- JSON array of the question ids answered correctly.
  correct       TEXT NOT NULL,
  score         INTEGER NOT NULL,
  total         INTEGER NOT NULL,
  created_at    TEXT NOT NULL
);

CREATE INDEX attempts_quiz ON attempts (quiz_id, created_at);

CREATE TABLE question_stats (
  quiz_id       TEXT NOT NULL REFERENCES quizzes (id) ON DELETE CASCADE,
  quiz_version  INTEGER NOT NULL,
  question_id   TEXT NOT NULL,
  answered      INTEGER NOT NULL DEFAULT 0,
  correct       INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (quiz_id, quiz_version, question_id)
);
