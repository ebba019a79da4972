/**
 * @module
 * The one source of truth for the shapes of article-quiz. The stored question carries its answer and
 * explanation; every public shape is derived from it by omission, and every request and response shape of
 * the v1 API is declared here, so the Worker, the widget (types only) and the tests cannot drift apart.
 */
import { z } from 'zod';
import { LIMITS } from './limits';
import { foldText } from './text/fold';

export const QUESTION_TYPES = ['multiple_choice', 'true_false', 'fill_blank'] as const;
export const QuestionTypeSchema = z.enum(QUESTION_TYPES);
export type QuestionType = z.infer<typeof QuestionTypeSchema>;

export const DIFFICULTIES = ['easy', 'medium', 'hard'] as const;
export const DifficultySchema = z.enum(DIFFICULTIES);
export type Difficulty = z.infer<typeof DifficultySchema>;

export const IdSchema = z
  .string()
  .min(1)
  .max(LIMITS.id)
  .regex(/^[A-Za-z0-9_-]+$/, 'must contain only letters, digits, "_" and "-"');

export const ChoiceSchema = z.strictObject({
  id: IdSchema,
  text: z.string().trim().min(1).max(LIMITS.choiceText),
});
export type Choice = z.infer<typeof ChoiceSchema>;

/** The two choices every `true_false` question has, in this order. */
export const TRUE_FALSE_CHOICES: readonly Choice[] = [
  { id: 'true', text: 'True' },
  { id: 'false', text: 'False' },
];

const QuestionFields = z.strictObject({
  id: IdSchema,
  type: QuestionTypeSchema,
  prompt: z.string().trim().min(1).max(LIMITS.prompt),
  choices: z.array(ChoiceSchema).min(LIMITS.choicesMin).max(LIMITS.choicesMax).optional(),
  /** The correct choice id; for `fill_blank` the canonical answer text. */
  answer: z.string().trim().min(1).max(LIMITS.answer),
  /** Other spellings accepted for a `fill_blank` answer. */
  accepted: z.array(z.string().trim().min(1).max(LIMITS.answer)).max(LIMITS.acceptedMax).optional(),
  /** The article sentence the question came from, verbatim. */
  explanation: z.string().trim().min(1).max(LIMITS.explanation),
  difficulty: DifficultySchema.optional(),
});

/** Fields that only the quiz's owner and a reader who has answered may see. */
const SECRET_FIELDS = { answer: true, accepted: true, explanation: true, difficulty: true } as const;
export const SECRET_FIELD_NAMES = Object.keys(SECRET_FIELDS) as (keyof typeof SECRET_FIELDS)[];

function checkQuestion(q: z.infer<typeof QuestionFields>, ctx: z.RefinementCtx): void {
  const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
  if (q.type === 'fill_blank') {
    if (q.choices !== undefined) issue(['choices'], 'a fill_blank question has no choices');
    return;
  }
  if (q.accepted !== undefined) issue(['accepted'], `only fill_blank questions have accepted spellings`);
  if (q.choices === undefined) {
    issue(['choices'], `a ${q.type} question needs choices`);
    return;
  }
  if (q.type === 'true_false') {
    const ok =
      q.choices.length === 2 && q.choices.every((c, i) => c.id === TRUE_FALSE_CHOICES[i]?.id);
    if (!ok) issue(['choices'], 'a true_false question has exactly the choices "true" and "false"');
  }
  const ids = new Set<string>();
  const texts = new Set<string>();
  q.choices.forEach((c, i) => {
    if (ids.has(c.id)) issue(['choices', i, 'id'], `duplicate choice id "${c.id}"`);
    const folded = foldText(c.text);
    if (texts.has(folded)) issue(['choices', i, 'text'], `duplicate choice text "${c.text}"`);
    ids.add(c.id);
    texts.add(folded);
  });
  if (!ids.has(q.answer)) issue(['answer'], `answer "${q.answer}" is not the id of one of the choices`);
}

/** A question as stored and as its owner sees it: with answer and explanation. */
export const QuestionSchema = QuestionFields.superRefine(checkQuestion);
export type Question = z.infer<typeof QuestionSchema>;

/** A question as a reader sees it before answering. */
export const PublicQuestionSchema = QuestionFields.omit(SECRET_FIELDS);
export type PublicQuestion = z.infer<typeof PublicQuestionSchema>;

function uniqueQuestionIds(questions: { id: string }[], ctx: z.RefinementCtx): void {
  const seen = new Set<string>();
  questions.forEach((q, i) => {
    if (seen.has(q.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `duplicate question id "${q.id}"` });
    seen.add(q.id);
  });
}

export const TitleSchema = z.string().trim().min(1).max(LIMITS.title);

/**
 * When a reader learns whether an answer was right: after each question, or only when the whole attempt
 * is submitted (tests in class). In `end` mode the per-question check reveals nothing.
 */
export const FeedbackModeSchema = z.enum(['immediate', 'end']);
export type FeedbackMode = z.infer<typeof FeedbackModeSchema>;

/** The full quiz, as its owner reads it from `GET /api/quizzes/{id}/answer-key`. */
export const KeyedQuizSchema = z.strictObject({
  id: IdSchema,
  title: TitleSchema,
  questions: z.array(QuestionSchema).min(1).max(LIMITS.questionsMax).superRefine(uniqueQuestionIds),
  feedback: FeedbackModeSchema.optional(),
});
export type KeyedQuiz = z.infer<typeof KeyedQuizSchema>;

/** The quiz as readers see it. Strict, so a leaked field fails to parse. */
export const PublicQuizSchema = z.strictObject({
  id: IdSchema,
  title: TitleSchema,
  questions: z.array(PublicQuestionSchema),
  /** Present only when feedback is held until the end; absent means immediate feedback. */
  feedback: z.literal('end').optional(),
});
export type PublicQuiz = z.infer<typeof PublicQuizSchema>;

/** Drops everything a reader may not see before answering. */
export function toPublicQuestion(q: Question): PublicQuestion {
  const { id, type, prompt, choices } = q;
  return choices === undefined ? { id, type, prompt } : { id, type, prompt, choices: choices.map((c) => ({ ...c })) };
}

export function toPublicQuiz(quiz: KeyedQuiz): PublicQuiz {
  const pub: PublicQuiz = { id: quiz.id, title: quiz.title, questions: quiz.questions.map(toPublicQuestion) };
  if (quiz.feedback === 'end') pub.feedback = 'end';
  return pub;
}

// Requests and responses of the v1 API.

export const CreateQuizRequestSchema = z.strictObject({
  text: z.string().trim().min(1, 'text must not be empty').max(LIMITS.textMaxChars),
  title: TitleSchema.optional(),
  count: z.int().min(LIMITS.countMin).max(LIMITS.countMax).optional(),
  types: z.array(QuestionTypeSchema).min(1).max(QUESTION_TYPES.length).optional(),
  feedback: FeedbackModeSchema.optional(),
});
export type CreateQuizRequest = z.infer<typeof CreateQuizRequestSchema>;

export const CreateQuizResponseSchema = z.strictObject({
  quiz: PublicQuizSchema,
  editKey: z.string(),
});
export type CreateQuizResponse = z.infer<typeof CreateQuizResponseSchema>;

/** `POST /api/embed`: the shared quiz of an article, for the zero-configuration widget. */
export const EmbedRequestSchema = CreateQuizRequestSchema.pick({ text: true, title: true });
export type EmbedRequest = z.infer<typeof EmbedRequestSchema>;

export const EmbedResponseSchema = z.strictObject({ quiz: PublicQuizSchema });
export type EmbedResponse = z.infer<typeof EmbedResponseSchema>;

export const AnswersSchema = z
  .record(IdSchema, z.string().max(LIMITS.response))
  .refine((a) => Object.keys(a).length >= 1, 'answer at least one question')
  .refine((a) => Object.keys(a).length <= LIMITS.questionsMax, `at most ${LIMITS.questionsMax} answers`);

export const AttemptRequestSchema = z.strictObject({
  answers: AnswersSchema,
  name: z.string().trim().min(1).max(LIMITS.name).optional(),
  /** The join code of the class the reader answers in; a class requires `name`. */
  classCode: z.string().trim().min(1).max(LIMITS.joinCodeTyped).optional(),
});
export type AttemptRequest = z.infer<typeof AttemptRequestSchema>;

export const QuestionResultSchema = z.strictObject({
  questionId: IdSchema,
  correct: z.boolean(),
  answer: z.string(),
  explanation: z.string(),
});
export type QuestionResult = z.infer<typeof QuestionResultSchema>;

/** `POST /api/quizzes/{id}/check`: feedback on one answer, recorded nowhere. */
export const CheckRequestSchema = z.strictObject({
  questionId: IdSchema,
  answer: z.string().max(LIMITS.response),
});
export type CheckRequest = z.infer<typeof CheckRequestSchema>;

export const CheckResponseSchema = QuestionResultSchema;
export type CheckResponse = z.infer<typeof CheckResponseSchema>;

export const AttemptResultSchema = z.strictObject({
  id: IdSchema,
  score: z.int().min(0),
  total: z.int().min(0),
  results: z.array(QuestionResultSchema),
});
export type AttemptResult = z.infer<typeof AttemptResultSchema>;

export const StatsSchema = z.strictObject({
  attempts: z.int().min(0),
  questions: z.array(
    z.strictObject({ questionId: IdSchema, answered: z.int().min(0), correct: z.int().min(0) }),
  ),
});
export type Stats = z.infer<typeof StatsSchema>;

export const ErrorBodySchema = z.strictObject({
  error: z.strictObject({
    code: z.string().regex(/^[a-z][a-z0-9_]*$/),
    message: z.string().min(1),
  }),
});
export type ErrorBody = z.infer<typeof ErrorBodySchema>;

// Owner edits: the editing API of the quiz's owner (the holder of its edit key).

/** The questions of a quiz as its owner edits them, with the version that every edit raises. */
export const OwnedQuizSchema = KeyedQuizSchema.extend({ version: z.int().min(1) });
export type OwnedQuiz = z.infer<typeof OwnedQuizSchema>;

/** Replaces every question (adding, deleting, reordering and editing at once); each is validated in full. */
export const ReplaceQuestionsRequestSchema = z.strictObject({
  title: TitleSchema.optional(),
  questions: KeyedQuizSchema.shape.questions,
});
export type ReplaceQuestionsRequest = z.infer<typeof ReplaceQuestionsRequestSchema>;

/**
 * Changes some fields of one question (never its id); `null` removes an optional field. The question that
 * results is validated in full, so an answer that is not one of the choices is still refused.
 */
export const QuestionPatchSchema = QuestionFields.omit({ id: true })
  .partial()
  .extend({
    choices: QuestionFields.shape.choices.unwrap().nullable().optional(),
    accepted: QuestionFields.shape.accepted.unwrap().nullable().optional(),
    difficulty: DifficultySchema.nullable().optional(),
  })
  .refine((patch) => Object.keys(patch).length > 0, 'change at least one field');
export type QuestionPatch = z.infer<typeof QuestionPatchSchema>;

/** Quiz-level settings the owner may change. While a class of the quiz is open, feedback stays `end`. */
export const QuizPatchSchema = z
  .strictObject({ title: TitleSchema.optional(), feedback: FeedbackModeSchema.optional() })
  .refine((patch) => Object.keys(patch).length > 0, 'change at least one setting');
export type QuizPatch = z.infer<typeof QuizPatchSchema>;
