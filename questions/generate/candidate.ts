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
}

export { TRUE_FALSE_LEAD, CLOZE_LEAD, WHO_SAID_LEAD };

/** Fewest wrong options a multiple-choice question may have: three options beat a padded fourth. */
export const MIN_WRONG = 2;
export const MAX_WRONG = 3;
