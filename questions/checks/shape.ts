/**
 * @module
 * Reading a generated question back: its template from the fixed lead-ins of its prompt, its stem, and the
 * text of its correct answer. The checks read questions only through this, so they work on any stored quiz.
 */
import type { Question } from '../schema';

export type Shape = 'true-false' | 'cloze' | 'who-said' | 'wh';

export const TRUE_FALSE_LEAD = 'True or false: ';
export const CLOZE_LEAD = 'Fill in the blank: ';
export const WHO_SAID_LEAD = 'Who said: ';
export const BLANK_RE = /_{3,}/g;

export function shapeOf(q: Question): Shape {
  if (q.type === 'true_false') return 'true-false';
  if (BLANK_RE.test(q.prompt)) {
    BLANK_RE.lastIndex = 0;
    return 'cloze';
  }
  if (q.prompt.startsWith(WHO_SAID_LEAD)) return 'who-said';
  return 'wh';
}

/** The prompt without its lead-in. */
export function stemOf(q: Question): string {
  for (const lead of [TRUE_FALSE_LEAD, CLOZE_LEAD]) if (q.prompt.startsWith(lead)) return q.prompt.slice(lead.length);
  return q.prompt;
}

/** The correct answer as text ('True'/'False' for true/false questions). */
export function correctText(q: Question): string {
  if (q.type === 'fill_blank') return q.answer;
  return q.choices?.find((c) => c.id === q.answer)?.text ?? '';
}

export function wrongOptions(q: Question): string[] {
  if (q.type !== 'multiple_choice') return [];
  return (q.choices ?? []).filter((c) => c.id !== q.answer).map((c) => c.text);
}
