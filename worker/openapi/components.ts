/**
 * @module
 * The zod schemas the API document names as components. They are the schemas that validate requests
 * and type responses (questions/schema.ts), registered here under their contract names.
 */
import { z } from 'zod';
import {
  AttemptRequestSchema,
  AttemptResultSchema,
  CheckRequestSchema,
  ChoiceSchema,
  CreateQuizRequestSchema,
  CreateQuizResponseSchema,
  EmbedRequestSchema,
  EmbedResponseSchema,
  ErrorBodySchema,
  KeyedQuizSchema,
  PublicQuestionSchema,
  PublicQuizSchema,
  QuestionResultSchema,
  QuestionSchema,
  StatsSchema,
} from '../../questions/schema';

export const components = z.registry<{ id: string; description?: string }>();

const named: [z.ZodType, string, string][] = [
  [ChoiceSchema, 'Choice', 'One choice of a multiple_choice or true_false question.'],
  [PublicQuestionSchema, 'PublicQuestion', 'A question as readers see it: no answer, no explanation.'],
  [PublicQuizSchema, 'PublicQuiz', 'A quiz as readers see it.'],
  [QuestionSchema, 'Question', 'A question with its answer key: the correct choice id (or, for fill_blank, the canonical text), accepted spellings and the article sentence it came from.'],
  [KeyedQuizSchema, 'KeyedQuiz', 'The full quiz, for its owner.'],
  [CreateQuizRequestSchema, 'CreateQuizRequest', 'An article to turn into a quiz.'],
  [CreateQuizResponseSchema, 'CreateQuizResponse', 'The new quiz and its edit key, shown this once.'],
  [EmbedRequestSchema, 'EmbedRequest', 'An article whose shared quiz the widget wants.'],
  [EmbedResponseSchema, 'EmbedResponse', 'The shared quiz of an article.'],
  [AttemptRequestSchema, 'AttemptRequest', "One reader's answers: question id → choice id, or typed text for fill_blank."],
  [QuestionResultSchema, 'QuestionResult', 'Whether one answer was right, with the right answer and its sentence.'],
  [AttemptResultSchema, 'AttemptResult', 'A scored and stored attempt.'],
  [CheckRequestSchema, 'CheckRequest', 'One answer to check.'],
  [StatsSchema, 'Stats', 'Aggregate results of the current version of a quiz.'],
  [ErrorBodySchema, 'Error', 'Every error the API answers with.'],
];
for (const [schema, id, description] of named) components.add(schema, { id, description });

/** The id a schema is registered under. */
export function componentId(schema: z.ZodType): string {
  const meta = components.get(schema);
  if (meta === undefined) throw new Error('schema is not a registered API component');
  return meta.id;
}
