/**
 * @module
 * How a class did, computed from its attempts: per question of the current version, how many answered,
 * how many got it right, and the wrong answers given most often (choice texts, or typed answers grouped
 * regardless of case and accents and shown in their most common spelling).
 *
 * @example
 * ```ts
 * summarizeQuestions(quiz.questions, attempts.filter((a) => a.quizVersion === version));
 * ```
 */
import type { ClassAttempt, QuestionSummary } from './classroom-schema';
import { LIMITS } from './limits';
import type { Question } from './schema';
import { foldAnswer } from './text/fold';

/** Whether an attempt answered a question at all (an empty typed answer counts as unanswered). */
export function answeredQuestion(attempt: Pick<ClassAttempt, 'answers'>, questionId: string): boolean {
  const response = attempt.answers[questionId];
  return response !== undefined && response.trim() !== '';
}

/** What a student answered, as the student saw it: a choice's text, or what they typed. */
export function answerText(question: Question, response: string): string {
  return question.choices?.find((c) => c.id === response)?.text ?? response.trim();
}

function wrongAnswers(question: Question, responses: readonly string[]): QuestionSummary['wrongAnswers'] {
  const groups = new Map<string, { count: number; spellings: Map<string, number> }>();
  for (const response of responses) {
    const shown = answerText(question, response);
    const key = question.choices === undefined ? foldAnswer(shown) : response;
    const group = groups.get(key) ?? { count: 0, spellings: new Map<string, number>() };
    group.count += 1;
    group.spellings.set(shown, (group.spellings.get(shown) ?? 0) + 1);
    groups.set(key, group);
  }
  return [...groups.values()]
    .map((g) => ({
      answer: [...g.spellings.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? '',
      count: g.count,
    }))
    .sort((a, b) => b.count - a.count || a.answer.localeCompare(b.answer))
    .slice(0, LIMITS.wrongAnswersShown);
}

/** Per question, in quiz order, over `attempts` (which should all be of the questions' version). */
export function summarizeQuestions(
  questions: readonly Question[],
  attempts: readonly Pick<ClassAttempt, 'answers' | 'correct'>[],
): QuestionSummary[] {
  return questions.map((question) => {
    let answered = 0;
    let correct = 0;
    const wrong: string[] = [];
    for (const attempt of attempts) {
      if (!answeredQuestion(attempt, question.id)) continue;
      answered += 1;
      if (attempt.correct.includes(question.id)) correct += 1;
      else wrong.push(attempt.answers[question.id] ?? '');
    }
    return { questionId: question.id, answered, correct, wrongAnswers: wrongAnswers(question, wrong) };
  });
}
