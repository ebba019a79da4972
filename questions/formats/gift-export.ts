/**
 * @module
 * Moodle GIFT export. Every question keeps its id as the GIFT title, its choices, its right answer (and
 * for `fill_blank` every accepted spelling) and its explanation as general feedback. Characters GIFT
 * treats specially are escaped, so a prompt like "x = {1: 2}" survives a GIFT parser intact.
 *
 * @example
 * ```ts
 * toGift(quiz); // "// Title\n\n::q1::Who won?{\n=Ana\n~Ben\n####Ana won.\n}\n"
 * ```
 */
import type { KeyedQuiz, Question } from '../schema';

const SPECIAL = /[\\~=#{}:]/g;

/** Escapes GIFT's special characters (`~ = # { } :` and the backslash) and keeps text on one line. */
export function escapeGift(text: string): string {
  return text.replace(SPECIAL, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, '\\n');
}

function answerBlock(q: Question): string[] {
  const feedback = `####${escapeGift(q.explanation)}`;
  if (q.type === 'true_false') return [q.answer === 'true' ? 'TRUE' : 'FALSE', feedback];
  if (q.type === 'fill_blank') {
    return [q.answer, ...(q.accepted ?? [])].map((a) => `=${escapeGift(a)}`).concat(feedback);
  }
  return (q.choices ?? []).map((c) => `${c.id === q.answer ? '=' : '~'}${escapeGift(c.text)}`).concat(feedback);
}

function questionToGift(q: Question): string {
  // A true/false block stays on one line: some readers take "{\nTRUE" for a short answer.
  const [first, ...rest] = answerBlock(q);
  const head = `::${escapeGift(q.id)}::${escapeGift(q.prompt)}`;
  if (q.type === 'true_false') return `${head}{${first}${rest.join('')}}`;
  return `${head}{\n${[first, ...rest].join('\n')}\n}`;
}

/** The quiz as a GIFT file: its title as a comment, then one question per paragraph. */
export function toGift(quiz: KeyedQuiz): string {
  const title = `// ${quiz.title.replace(/\s+/g, ' ')}`;
  return `${[title, ...quiz.questions.map(questionToGift)].join('\n\n')}\n`;
}
