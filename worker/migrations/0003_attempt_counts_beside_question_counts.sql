-- The count of a version's attempts moves from the quizzes row into question_stats, as the row whose
-- question_id is '' (db/attempts.ts ATTEMPTS_ROW). An attempt then writes one small counter row instead
-- of rewriting its quiz's row, which holds the whole article and questions.
INSERT INTO question_stats (quiz_id, quiz_version, question_id, answered, correct)
SELECT id, version, '', attempts, 0 FROM quizzes WHERE attempts > 0
ON CONFLICT (quiz_id, quiz_version, question_id) DO NOTHING;

ALTER TABLE quizzes DROP COLUMN attempts;
