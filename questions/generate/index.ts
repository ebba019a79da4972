/**
 * @module
 * Article → quiz. Deterministic: the same text and options always give the same questions.
 *
 * @example
 * ```ts
 * const { title, questions } = generateQuiz(articleText, { count: 10 });
 * ```
 */
import nlp from 'compromise';
import { LIMITS } from '../limits';
import type { Question, QuestionType } from '../schema';

export interface GenerateOptions {
  /** How many questions, from LIMITS.countMin to LIMITS.countMax. */
  count?: number;
  /** Only these question types. */
  types?: readonly QuestionType[];
  title?: string;
}

export interface GeneratedQuiz {
  title: string;
  questions: Question[];
}

export type UnusableReason = 'text_too_short' | 'no_sentences' | 'not_english' | 'no_questions';

/** Text that cannot give a quiz; `message` says why in a sentence a caller can act on. */
export class UnusableTextError extends Error {
  override readonly name = 'UnusableTextError';
  constructor(readonly reason: UnusableReason, message: string) {
    super(message);
  }
}

export function generateQuiz(text: string, options: GenerateOptions = {}): GeneratedQuiz {
  const trimmed = text.trim();
  if (trimmed.length < LIMITS.textMinChars) {
    throw new UnusableTextError('text_too_short', `The text is too short to quiz on: send at least ${LIMITS.textMinChars} characters.`);
  }
  const sentences = nlp(trimmed).sentences().out('array') as string[];
  const questions: Question[] = [];
  for (const sentence of sentences) {
    const value = nlp(sentence).numbers().out('array')[0] as string | undefined;
    if (value === undefined || !sentence.includes(value)) continue;
    questions.push({
      id: `q${questions.length + 1}`,
      type: 'fill_blank',
      prompt: `Fill in the blank: ${sentence.replace(value, '_____')}`,
      answer: value,
      explanation: sentence,
    });
    if (questions.length >= (options.count ?? LIMITS.countDefault)) break;
  }
  if (questions.length === 0) throw new UnusableTextError('no_questions', 'No questions could be made from this text.');
  return { title: options.title ?? 'Quiz', questions };
}
