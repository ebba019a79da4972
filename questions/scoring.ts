/**
 * @module
 * Scoring one reader's answers against the answer key. Runs on the server only: the key never travels.
 *
 * @example
 * ```ts
 * const { score, total, results } = scoreAnswers(quiz, { q1: 'b', q2: 'Caracas' });
 * ```
 */
import { matchesAnswer } from './answer-match';
import type { KeyedQuiz, Question, QuestionResult } from './schema';

/** Answers that do not fit the quiz: an unknown question id, or a choice the question does not have. */
export class InvalidAnswersError extends Error {
  override readonly name = 'InvalidAnswersError';
  constructor(readonly problems: readonly string[]) {
    super(problems.join('; '));
  }
}

export interface ScoredAnswers {
  score: number;
  total: number;
  results: QuestionResult[];
  /** Per question, whether the reader answered it at all (for the stats). */
  answered: Record<string, boolean>;
}

/** Whether one response answers one question correctly. The response must already fit the question. */
export function isCorrect(question: Question, response: string): boolean {
  if (question.type === 'fill_blank') return matchesAnswer(response, question);
  return response === question.answer;
}

/** The problem with a response to a question, or undefined when it fits (a choice id the question has). */
export function responseProblem(question: Question, response: string): string | undefined {
  if (question.type === 'fill_blank') return undefined;
  if (question.choices?.some((c) => c.id === response)) return undefined;
  return `answers.${question.id}: "${response.slice(0, 40)}" is not a choice of this question`;
}

/**
 * Scores `answers` (question id → choice id or typed text). Unanswered questions count as wrong; an empty
 * typed answer counts as unanswered. Throws `InvalidAnswersError` when an answer does not fit the quiz.
 */
export function scoreAnswers(quiz: KeyedQuiz, answers: Readonly<Record<string, string>>): ScoredAnswers {
  const byId = new Map(quiz.questions.map((q) => [q.id, q]));
  const problems: string[] = [];
  for (const [questionId, response] of Object.entries(answers)) {
    const question = byId.get(questionId);
    if (question === undefined) problems.push(`answers.${questionId}: this quiz has no such question`);
    else {
      const problem = responseProblem(question, response);
      if (problem !== undefined) problems.push(problem);
    }
  }
  if (problems.length > 0) throw new InvalidAnswersError(problems);

  const answered: Record<string, boolean> = {};
  const results = quiz.questions.map((q): QuestionResult => {
    const response = answers[q.id];
    const given = response !== undefined && response.trim() !== '';
    answered[q.id] = given;
    return { questionId: q.id, correct: given && isCorrect(q, response), answer: q.answer, explanation: q.explanation };
  });
  return { score: results.filter((r) => r.correct).length, total: results.length, results, answered };
}
