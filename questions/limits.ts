/**
 * @module
 * Every size limit of the product, in one place. The schema, the Worker and the README read them from here.
 */

export const LIMITS = {
  /** Largest request body the Worker reads, in bytes. */
  bodyBytes: 256 * 1024,
  /** Article text, in characters after trimming. */
  textMinChars: 200,
  textMaxChars: 100_000,
  title: 200,
  /** Questions a caller may ask for, and the default. */
  countMin: 3,
  countMax: 20,
  countDefault: 10,
  /** Questions a stored quiz may hold (teachers may add to a generated quiz). */
  questionsMax: 50,
  choicesMin: 2,
  choicesMax: 6,
  id: 64,
  prompt: 1_000,
  choiceText: 300,
  answer: 300,
  acceptedMax: 20,
  explanation: 2_000,
  /** A reader's typed answer or chosen id. */
  response: 300,
  name: 80,
  /** A class's label ("Period 3"), chosen by its teacher. */
  classLabel: 80,
  /** A join code as typed (6 characters, with spaces or dashes a person may add). */
  joinCodeTyped: 16,
  /** Classes one quiz may have, and attempts one class may collect. */
  classesPerQuizMax: 100,
  classAttemptsMax: 1_000,
  /** Most frequent wrong answers shown per question in class results. */
  wrongAnswersShown: 3,
  /** Text of a quiz file to import (GIFT), in characters. */
  importMaxChars: 200_000,
  /** Retry-After of a 429: the longest period a Workers rate limiter can have (limits: wrangler.toml). */
  retryAfterSeconds: 60,
  /** Retry-After of a 503 when storage fails. */
  storageRetryAfterSeconds: 5,
} as const;
