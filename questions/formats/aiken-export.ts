/**
 * @module
 * Aiken export (Moodle's one-line multiple-choice format). Aiken knows only questions with lettered
 * choices: `multiple_choice` and `true_false` are exported, `fill_blank` questions are left out and
 * named in `omitted`. Aiken has no escapes and no explanations; text is kept on one line.
 *
 * @example
 * ```ts
 * toAiken(quiz).text; // "Who won?\nA. Ana\nB. Ben\nANSWER: A\n"
 * ```
 */
import type { KeyedQuiz, Question } from '../schema';

const LETTERS = 'ABCDEFGHIJ';

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function questionToAiken(q: Question): string {
  const choices = q.choices ?? [];
  const lines = [oneLine(q.prompt), ...choices.map((c, i) => `${LETTERS[i]}. ${oneLine(c.text)}`)];
  const right = choices.findIndex((c) => c.id === q.answer);
  lines.push(`ANSWER: ${LETTERS[right] ?? 'A'}`);
  return lines.join('\n');
}

export interface FormatOutput {
  text: string;
  /** Ids of the questions the format cannot hold. */
  omitted: string[];
}

export function toAiken(quiz: KeyedQuiz): FormatOutput {
  const kept = quiz.questions.filter((q) => q.type !== 'fill_blank');
  return {
    text: kept.length === 0 ? '' : `${kept.map(questionToAiken).join('\n\n')}\n`,
    omitted: quiz.questions.filter((q) => q.type === 'fill_blank').map((q) => q.id),
  };
}
