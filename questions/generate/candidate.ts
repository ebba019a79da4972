/**
 * @module
 * A question before selection: its stem, its answer, its ranked wrong options, the sentences it rests on
 * and how good its template is. Templates make many; the selection keeps the best that fit together.
 */
import type { QuestionType } from '../schema';
import { TRUE_FALSE_LEAD, CLOZE_LEAD, WHO_SAID_LEAD } from '../checks/shape';
import type { Option } from './distractors';

export type Template = 'who-said' | 'wh-subject' | 'how-many' | 'concept' | 'role' | 'cloze' | 'true-false';

export interface Candidate {
  template: Template;
  type: QuestionType;
  /** Consecutive sentence indices; the explanation is their verbatim span. */
  sentences: number[];
  prompt: string;
  /** The correct option or typed answer; for true/false the statement's truth decides. */
  answer: string;
  /** Wrong options, best first (multiple choice only). */
  options: Option[];
  /** Other spellings (fill_blank only). */
  accepted: string[];
  /** True/false: the same statement with one fact swapped, and what was swapped in. */
  falsePrompt?: string;
  falseSwap?: Option;
  /** What the question asks about, to keep one fact from being asked twice ("e3", "n:51 percent"). */
  focus: string;
  /** How good the template's questions are, 0 to 1. */
  quality: number;
  /** It asks who said something (a quote, or what someone said): a quiz has few of these. */
  aboutSpeech?: boolean;
}

export { TRUE_FALSE_LEAD, CLOZE_LEAD, WHO_SAID_LEAD };

/**
 * The same question with a typed answer, for answers a reader can spell (names of up to three words, numbers,
 * terms): it needs no wrong options, so it also serves articles with too few of them.
 */
export function typedVariant(c: Candidate, accepted: readonly string[]): Candidate | undefined {
  if (c.answer.split(/\s+/).length > 3) return undefined;
  return { ...c, type: 'fill_blank', options: [], accepted: [...accepted], quality: c.quality * 0.85 };
}

/** A stem that reports speech ("…, _____ said", "Who visited the area and said …?") asks who said something. */
export const REPORTS_SPEECH = /\b(?:said|says|told|tells)\b/;

/** Fewest wrong options a multiple-choice question may have: three options beat a padded fourth. */
export const MIN_WRONG = 2;
export const MAX_WRONG = 3;
/** Wrong options looked at per question: the best few, so long articles do not cost quadratic time. */
export const OPTIONS_CONSIDERED = 6;
