/**
 * @module
 * Text that cannot give a quiz, and why: too short, not English, no sentences, nothing to ask about. The
 * Worker answers these with a 422 whose code is the `reason`.
 */
import { LIMITS } from '../limits';
import type { Article } from './article';
import { ENGLISH_FUNCTION_WORDS } from './lexicon';

export type UnusableReason = 'text_too_short' | 'no_sentences' | 'not_english' | 'no_questions';

/** Text that cannot give a quiz; `message` says why in a sentence a caller can act on. */
export class UnusableTextError extends Error {
  override readonly name = 'UnusableTextError';
  constructor(
    readonly reason: UnusableReason,
    message: string,
  ) {
    super(message);
  }
}

/** Throws when the raw text is too short or not English; cheap, so it runs before any tagging. */
export function assertUsableText(text: string): void {
  const trimmed = text.trim();
  if (trimmed.length < LIMITS.textMinChars) {
    throw new UnusableTextError(
      'text_too_short',
      `The text is too short to quiz on: it has ${trimmed.length} characters and a quiz needs at least ${LIMITS.textMinChars}.`,
    );
  }
  const letters = trimmed.match(/\p{L}/gu)?.length ?? 0;
  const latin = trimmed.match(/[A-Za-zÀ-ÿ]/g)?.length ?? 0;
  const words = trimmed.toLowerCase().match(/[a-z']+/g) ?? [];
  const english = words.filter((w) => ENGLISH_FUNCTION_WORDS.has(w)).length;
  if (letters === 0 || latin / letters < 0.6 || (words.length >= 20 && english / words.length < 0.12)) {
    throw new UnusableTextError(
      'not_english',
      'The text does not look like English: questions can only be generated from English articles.',
    );
  }
}

/** Throws when the analysed text has no sentence a question could come from. */
export function assertHasSentences(article: Article): void {
  const real = article.sentences.filter(
    (s) => s.tokens.length >= 5 && s.tokens.some((t) => t.tags.has('Verb')) && /[.!?…"'”’)]$/.test(s.text),
  );
  if (real.length === 0) {
    throw new UnusableTextError(
      'no_sentences',
      'The text has no sentences to ask about: send the paragraphs of an article, not a list, headings or single words.',
    );
  }
}
