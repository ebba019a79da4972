-- Classes: a teacher opens one on a quiz, students join it with its code and answer under a display name.

CREATE TABLE classes (
  -- The join code (questions/classroom-schema.ts): never reused, so it is the key.
  code          TEXT PRIMARY KEY,
  quiz_id       TEXT NOT NULL REFERENCES quizzes (id) ON DELETE CASCADE,
  label         TEXT NOT NULL DEFAULT '',
  allow_retries INTEGER NOT NULL DEFAULT 0,
  -- NULL while the class is open.
  closed_at     TEXT,
  created_at    TEXT NOT NULL
);

CREATE INDEX classes_quiz ON classes (quiz_id, created_at);

ALTER TABLE attempts ADD COLUMN class_code TEXT REFERENCES classes (code) ON DELETE CASCADE;
-- The display name folded (case, accents, spaces), so "Ana" and " ana" are one student of a class.
ALTER TABLE attempts ADD COLUMN name_key TEXT;

CREATE INDEX attempts_class ON attempts (class_code, name_key) WHERE class_code IS NOT NULL;

-- The rules of a class hold inside the batch that stores an attempt, whatever races before it: an
-- attempt in a closed class, a second one under the same name without retries, or one past the size
-- limit aborts the batch, so neither the attempt nor its counters are stored. worker/db/classes.ts
-- turns these messages into answers. An attempt sent again with its Idempotency-Key is exempt: it goes on
-- to meet the unique index on keys, and the caller gets the first attempt's result.
CREATE TRIGGER attempts_class_rules BEFORE INSERT ON attempts
WHEN NEW.class_code IS NOT NULL
  AND (NEW.idempotency_key IS NULL
       OR NOT EXISTS (SELECT 1 FROM attempts WHERE quiz_id = NEW.quiz_id AND idempotency_key = NEW.idempotency_key))
BEGIN
  SELECT RAISE(ABORT, 'class_rule:class_closed')
  WHERE NOT EXISTS (SELECT 1 FROM classes WHERE code = NEW.class_code AND closed_at IS NULL);
  SELECT RAISE(ABORT, 'class_rule:name_taken')
  WHERE (SELECT allow_retries FROM classes WHERE code = NEW.class_code) = 0
    AND EXISTS (SELECT 1 FROM attempts WHERE class_code = NEW.class_code AND name_key = NEW.name_key);
  SELECT RAISE(ABORT, 'class_rule:class_full')
  -- LIMITS.classAttemptsMax (questions/limits.ts); a test keeps the two equal.
  WHERE (SELECT COUNT(*) FROM attempts WHERE class_code = NEW.class_code) >= 1000;
END;
