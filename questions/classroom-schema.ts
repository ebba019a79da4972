/**
 * @module
 * Shapes of the classroom: classes opened on a quiz, the join codes students type, the results their
 * teacher reads, and the import of a quiz file. Derived from `schema.ts`, so a question or an answer
 * has one definition everywhere.
 */
import { z } from 'zod';
import { LIMITS } from './limits';
import { FeedbackModeSchema, IdSchema, KeyedQuizSchema, PublicQuizSchema, TitleSchema } from './schema';

/** Characters of a join code: digits and capitals without the look-alikes 0/O, 1/I/L. */
export const JOIN_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const JOIN_CODE_LENGTH = 6;

export const JoinCodeSchema = z
  .string()
  .regex(/^[2-9A-HJKMNP-Z]{6}$/, `a join code is ${JOIN_CODE_LENGTH} characters from "${JOIN_CODE_ALPHABET}"`);
export type JoinCode = z.infer<typeof JoinCodeSchema>;

/**
 * A join code as a person might type it ("ab3-k7q", " AB3K7Q "), in its canonical form, or undefined
 * when it cannot be one.
 */
export function normalizeJoinCode(typed: string): JoinCode | undefined {
  const code = typed.replace(/[\s-]/g, '').toUpperCase();
  return JoinCodeSchema.safeParse(code).success ? code : undefined;
}

export const ClassLabelSchema = z.string().trim().max(LIMITS.classLabel);

/** A class as its teacher sees it. */
export const ClassSchema = z.strictObject({
  code: JoinCodeSchema,
  quizId: IdSchema,
  label: z.string(),
  open: z.boolean(),
  /** Whether one name may submit more than once. */
  allowRetries: z.boolean(),
  /** Attempts submitted in this class, over every version of the quiz. */
  attempts: z.int().min(0),
  createdAt: z.string(),
  closedAt: z.string().nullable(),
});
export type ClassInfo = z.infer<typeof ClassSchema>;

export const ClassListSchema = z.strictObject({ classes: z.array(ClassSchema) });
export type ClassList = z.infer<typeof ClassListSchema>;

export const CreateClassRequestSchema = z.strictObject({
  label: ClassLabelSchema.optional(),
  allowRetries: z.boolean().optional(),
});
export type CreateClassRequest = z.infer<typeof CreateClassRequestSchema>;

export const UpdateClassRequestSchema = z
  .strictObject({
    open: z.boolean().optional(),
    allowRetries: z.boolean().optional(),
    label: ClassLabelSchema.optional(),
  })
  .refine((patch) => Object.keys(patch).length > 0, 'change at least one of open, allowRetries, label');
export type UpdateClassRequest = z.infer<typeof UpdateClassRequestSchema>;

/** What a student may know of a class before joining: nothing about other students. */
export const PublicClassSchema = z.strictObject({
  code: JoinCodeSchema,
  quizId: IdSchema,
  title: TitleSchema,
  label: z.string(),
  open: z.boolean(),
});
export type PublicClass = z.infer<typeof PublicClassSchema>;

/** One student's attempt, as their teacher sees it. */
export const ClassAttemptSchema = z.strictObject({
  id: IdSchema,
  name: z.string(),
  score: z.int().min(0),
  total: z.int().min(0),
  /** The version of the quiz the student answered; older versions may have other questions. */
  quizVersion: z.int().min(1),
  createdAt: z.string(),
  /** Question id → what the student answered (a choice id, or typed text). */
  answers: z.record(z.string(), z.string()),
  /** Ids of the questions answered correctly. */
  correct: z.array(z.string()),
});
export type ClassAttempt = z.infer<typeof ClassAttemptSchema>;

export const WrongAnswerSchema = z.strictObject({
  /** The answer as a student saw it: a choice's text, or the most common spelling of a typed answer. */
  answer: z.string(),
  count: z.int().min(1),
});

/** How the class did on one question of the current version. */
export const QuestionSummarySchema = z.strictObject({
  questionId: z.string(),
  answered: z.int().min(0),
  correct: z.int().min(0),
  /** The wrong answers given most often, most frequent first. */
  wrongAnswers: z.array(WrongAnswerSchema),
});
export type QuestionSummary = z.infer<typeof QuestionSummarySchema>;

export const ClassResultsSchema = z.strictObject({
  class: ClassSchema,
  quiz: KeyedQuizSchema.extend({ version: z.int().min(1) }),
  /** Every attempt of the class, oldest first. */
  attempts: z.array(ClassAttemptSchema),
  /** Per question of the current version, over the attempts made on that version. */
  questions: z.array(QuestionSummarySchema),
});
export type ClassResults = z.infer<typeof ClassResultsSchema>;

// Formats teachers already use.

export const EXPORT_FORMATS = ['gift', 'aiken', 'markdown'] as const;
export const ExportFormatSchema = z.enum(EXPORT_FORMATS);
export type ExportFormat = z.infer<typeof ExportFormatSchema>;

export const ImportRequestSchema = z.strictObject({
  format: z.literal('gift'),
  text: z.string().trim().min(1, 'text must not be empty').max(LIMITS.importMaxChars),
  title: TitleSchema.optional(),
  feedback: FeedbackModeSchema.optional(),
});
export type ImportRequest = z.infer<typeof ImportRequestSchema>;

/** A question of an imported file that article-quiz cannot represent, and why. */
export const SkippedQuestionSchema = z.strictObject({ index: z.int().min(1), title: z.string(), reason: z.string() });
export type SkippedQuestion = z.infer<typeof SkippedQuestionSchema>;

export const ImportResponseSchema = z.strictObject({
  quiz: PublicQuizSchema,
  editKey: z.string(),
  skipped: z.array(SkippedQuestionSchema),
});
export type ImportResponse = z.infer<typeof ImportResponseSchema>;
