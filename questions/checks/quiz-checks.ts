/**
 * @module
 * Checks of a whole quiz: ids in order, no stem twice, at most one question per sentence, several types.
 */
import { foldText } from '../text/fold';
import type { Article } from '../generate/article';
import type { Question, QuestionType } from '../schema';

export function quizProblems(questions: readonly Question[], article: Article, types?: readonly QuestionType[]): string[] {
  const problems: string[] = [];
  questions.forEach((q, i) => {
    if (q.id !== `q${i + 1}`) problems.push(`question ${i + 1} has the id "${q.id}"`);
  });
  const stems = questions.map((q) => foldText(q.prompt));
  if (new Set(stems).size !== stems.length) problems.push('two questions have the same prompt');
  const spans = questions.map((q) => {
    const start = article.input.indexOf(q.explanation);
    return { id: q.id, start, end: start + q.explanation.length };
  });
  for (const a of spans) {
    for (const b of spans) {
      if (a.id < b.id && a.start < b.end && b.start < a.end) problems.push(`${a.id} and ${b.id} come from the same sentence`);
    }
  }
  const allowed = types ?? ['multiple_choice', 'true_false', 'fill_blank'];
  const used = new Set(questions.map((q) => q.type));
  if (allowed.length > 1 && questions.length >= 4 && used.size < 2) problems.push('the quiz has only one question type');
  for (const q of questions) if (!allowed.includes(q.type)) problems.push(`${q.id} has a type that was not asked for`);
  return problems;
}
