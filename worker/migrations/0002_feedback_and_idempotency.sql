-- When a reader sees whether an answer was right: after each question ('immediate') or only once the
-- attempt is submitted ('end', for tests in class).
ALTER TABLE quizzes ADD COLUMN feedback TEXT NOT NULL DEFAULT 'immediate';

-- A client may send an Idempotency-Key with an attempt; a replay returns the stored result.
ALTER TABLE attempts ADD COLUMN idempotency_key TEXT;
-- The JSON response the attempt was answered with, for replays.
ALTER TABLE attempts ADD COLUMN result TEXT;
CREATE UNIQUE INDEX attempts_idempotency ON attempts (quiz_id, idempotency_key) WHERE idempotency_key IS NOT NULL;
