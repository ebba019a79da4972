/**
 * @module
 * The quality checks of generated quizzes, runnable anywhere (Node tests, workerd tests, the quality report).
 *
 * @example
 * ```ts
 * const problems = checkQuiz(text, quiz.questions); // [] when every check passes
 * ```
 */
import { analyseArticle, type Article } from '../generate/article';
import type { Question, QuestionType } from '../schema';
import { QUESTION_CHECKS } from './question-checks';
import { quizProblems } from './quiz-checks';

export interface Problem {
  /** The question id, or "quiz". */
  where: string;
  check: string;
  message: string;
}

export function checkQuestion(q: Question, article: Article): Problem[] {
  const problems: Problem[] = [];
  for (const [check, run] of Object.entries(QUESTION_CHECKS)) {
    const message = run(q, article);
    if (message !== undefined) problems.push({ where: q.id, check, message });
  }
  return problems;
}

/** Every problem of a quiz generated from `text`; pass the analysis if you already have it. */
export function checkQuiz(
  text: string,
  questions: readonly Question[],
  options: { types?: readonly QuestionType[]; article?: Article } = {},
): Problem[] {
  const article = options.article ?? analyseArticle(text);
  return [
    ...questions.flatMap((q) => checkQuestion(q, article)),
    ...quizProblems(questions, article, options.types).map((message) => ({ where: 'quiz', check: 'quiz', message })),
  ];
}

export { statedElsewhere } from './also-true';
export { kindOf, sameKind } from './kinds';
export { correctText, shapeOf, stemOf } from './shape';
