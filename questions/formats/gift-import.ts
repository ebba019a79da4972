/**
 * @module
 * Moodle GIFT import: a GIFT file (from Moodle, another tool, or our own export) becomes questions. The
 * file is read by `gift-pegjs`, a complete GIFT grammar; what article-quiz can represent is kept
 * (multiple choice with one right answer, true/false, short answer), everything else is reported in
 * `skipped` with the reason, so a teacher knows what did not come across.
 *
 * @example
 * ```ts
 * const { title, questions, skipped } = fromGift('::q1::Who won?{=Ana ~Ben}');
 * ```
 */
import { parse, type GIFTQuestion, type TextChoice, type TextFormat } from 'gift-pegjs';
import { LIMITS } from '../limits';
import { IdSchema, QuestionSchema, TRUE_FALSE_CHOICES, type Question } from '../schema';
import type { SkippedQuestion } from '../classroom-schema';

/** A file that is not GIFT; `message` names the line and column. */
export class GiftSyntaxError extends Error {
  override readonly name = 'GiftSyntaxError';
}

export interface ImportedQuiz {
  /** From the file's first comment line (as our export writes it), if it has one. */
  title: string | undefined;
  questions: Question[];
  skipped: SkippedQuestion[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Plain text of a GIFT text: HTML tags dropped and entities decoded for `[html]`, white space tidied. */
function plain(text: TextFormat | null | undefined): string {
  if (text === null || text === undefined) return '';
  let value = text.text;
  if (text.format === 'html') {
    value = value
      .replace(/<br\s*\/?>/gi, '\n')
      .replace(/<[^>]*>/g, '')
      .replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, (entity, name: string) => {
        if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16) || 0xfffd);
        if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)) || 0xfffd);
        return ENTITIES[name.toLowerCase()] ?? entity;
      });
  }
  return value.replace(/[ \t]+/g, ' ').replace(/\s*\n\s*/g, '\n').trim();
}

const CHOICE_IDS = 'abcdefghij';

type Draft = Omit<Question, 'id'>;

function explanationOf(global: TextFormat | null, fallbacks: (TextFormat | null | undefined)[], answerText: string): string {
  for (const candidate of [global, ...fallbacks]) {
    const text = plain(candidate);
    if (text !== '') return text;
  }
  return `The answer is: ${answerText}.`;
}

function fromChoiceQuestion(q: Extract<GIFTQuestion, { type: 'MC' }>): Draft | string {
  const choices: TextChoice[] = q.choices;
  const right = choices.filter((c) => c.isCorrect || c.weight === 100);
  if (right.length !== 1 || choices.some((c) => c.weight !== null && c.weight > 0 && c.weight < 100)) {
    return 'multiple choice with more than one right answer or with partial credit';
  }
  const rightIndex = choices.findIndex((c) => c === right[0]);
  const rightText = plain(right[0]?.text);
  return {
    type: 'multiple_choice',
    prompt: plain(q.stem),
    choices: choices.map((c, i) => ({ id: CHOICE_IDS[i] ?? `c${i + 1}`, text: plain(c.text) })),
    answer: CHOICE_IDS[rightIndex] ?? `c${rightIndex + 1}`,
    explanation: explanationOf(q.globalFeedback, [right[0]?.feedback], rightText),
  };
}

function fromTrueFalse(q: Extract<GIFTQuestion, { type: 'TF' }>): Draft {
  const answer = q.isTrue ? 'true' : 'false';
  return {
    type: 'true_false',
    prompt: plain(q.stem),
    choices: TRUE_FALSE_CHOICES.map((c) => ({ ...c })),
    answer,
    explanation: explanationOf(q.globalFeedback, [q.isTrue ? q.trueFeedback : q.falseFeedback], q.isTrue ? 'True' : 'False'),
  };
}

function fromShortAnswer(q: Extract<GIFTQuestion, { type: 'Short' }>): Draft | string {
  const answers = q.choices.filter((c) => c.isCorrect || c.weight === 100).map((c) => plain(c.text)).filter((a) => a !== '');
  const [answer, ...accepted] = answers;
  if (answer === undefined) return 'a short answer question without a fully right answer';
  return {
    type: 'fill_blank',
    prompt: plain(q.stem),
    answer,
    ...(accepted.length > 0 ? { accepted: accepted.slice(0, LIMITS.acceptedMax) } : {}),
    explanation: explanationOf(q.globalFeedback, [q.choices[0]?.feedback], answer),
  };
}

function draftOf(q: GIFTQuestion): Draft | string | null {
  switch (q.type) {
    case 'Category':
      return null;
    case 'MC':
      return fromChoiceQuestion(q);
    case 'TF':
      return fromTrueFalse(q);
    case 'Short':
      return fromShortAnswer(q);
    case 'Description':
      return 'a description, not a question';
    case 'Numerical':
      return 'numerical questions are not supported';
    case 'Essay':
      return 'essay questions are not supported';
    case 'Matching':
      return 'matching questions are not supported';
    default:
      return 'this kind of question is not supported';
  }
}

function firstComment(text: string): string | undefined {
  const match = /^\uFEFF?\s*\/\/[ \t]*(.+)$/m.exec(text);
  if (match === null || text.slice(0, match.index).trim() !== '') return undefined;
  const title = match[1]?.trim();
  return title === undefined || title === '' ? undefined : title.slice(0, LIMITS.title);
}

/** The GIFT title when it is a usable id not taken yet, else the first free `qN`. */
function uniqueId(title: string, taken: ReadonlySet<string>, n: number): string {
  if (IdSchema.safeParse(title).success && !taken.has(title)) return title;
  let k = n;
  while (taken.has(`q${k}`)) k++;
  return `q${k}`;
}

/** Reads a GIFT file. Throws `GiftSyntaxError` when it is not GIFT. */
export function fromGift(text: string): ImportedQuiz {
  let parsed: GIFTQuestion[];
  try {
    parsed = parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const location = (error as { location?: { start?: { line?: number; column?: number } } }).location?.start;
    const where = location?.line === undefined ? '' : ` at line ${location.line}, column ${location.column ?? 1}`;
    throw new GiftSyntaxError(`The text is not valid GIFT${where}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const questions: Question[] = [];
  const skipped: SkippedQuestion[] = [];
  const ids = new Set<string>();
  parsed.forEach((q, i) => {
    const title = q.type === 'Category' ? '' : (q.title ?? '');
    const draft = draftOf(q);
    if (draft === null) return;
    const skip = (reason: string) => skipped.push({ index: i + 1, title, reason });
    if (typeof draft === 'string') return skip(draft);
    if (questions.length >= LIMITS.questionsMax) return skip(`a quiz holds at most ${LIMITS.questionsMax} questions`);
    const checked = QuestionSchema.safeParse({ id: uniqueId(title.trim(), ids, questions.length + 1), ...draft });
    if (!checked.success) {
      const issue = checked.error.issues[0];
      return skip(`${issue?.path.join('.') || 'question'}: ${issue?.message ?? 'invalid'}`);
    }
    ids.add(checked.data.id);
    questions.push(checked.data);
  });
  return { title: firstComment(text), questions, skipped };
}
