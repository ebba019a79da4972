/**
 * @module
 * A class's results as CSV: one row per attempt with the name, time, score and, per question of the
 * current version, whether it was right (1, 0, or empty when unanswered) and what was answered.
 *
 * @example
 * ```ts
 * const csv = resultsToCsv(results); // opens in a spreadsheet, one student per row
 * ```
 */
import { answerText, answeredQuestion } from '../class-results';
import type { ClassResults } from '../classroom-schema';
import { toCsv, type CsvCell } from './csv';

export function resultsToCsv(results: ClassResults): string {
  const { questions, version } = results.quiz;
  const header: CsvCell[] = ['name', 'submitted_at', 'score', 'total', 'percent', 'quiz_version'];
  questions.forEach((q, i) => header.push(`Q${i + 1} right (${q.id})`, `Q${i + 1} answer`));
  const rows: CsvCell[][] = [header];
  for (const attempt of results.attempts) {
    const percent = attempt.total === 0 ? 0 : Math.round((attempt.score / attempt.total) * 100);
    const row: CsvCell[] = [attempt.name, attempt.createdAt, attempt.score, attempt.total, percent, attempt.quizVersion];
    for (const q of questions) {
      // Attempts on an older version are compared by question id; a question they never had stays empty.
      const answered = answeredQuestion(attempt, q.id);
      const sameVersion = attempt.quizVersion === version;
      row.push(answered ? (attempt.correct.includes(q.id) ? 1 : 0) : null);
      row.push(answered ? (sameVersion ? answerText(q, attempt.answers[q.id] ?? '') : (attempt.answers[q.id] ?? '')) : null);
    }
    rows.push(row);
  }
  return toCsv(rows);
}
