/**
 * @module
 * Every error code the API answers with, its status and what it means. The API document and the
 * reference page list them from here; a test checks that the Worker answers with no code missing here.
 */
import { CLASSROOM_ERROR_CODES } from './classroom-error-codes';

export interface ErrorCode {
  status: number;
  meaning: string;
}

export const ERROR_CODES = {
  invalid_json: { status: 400, meaning: 'The body is not valid JSON (or not UTF-8, or empty).' },
  invalid_request: { status: 400, meaning: 'The body does not have the documented shape; the message names the fields.' },
  invalid_answers: { status: 400, meaning: 'An answer names a question the quiz does not have, or a choice its question does not have.' },
  invalid_idempotency_key: { status: 400, meaning: 'The Idempotency-Key header is not 1 to 128 visible ASCII characters.' },
  unauthorized: { status: 401, meaning: 'The route needs the edit key as "Authorization: Bearer <editKey>".' },
  forbidden: { status: 403, meaning: 'The edit key does not belong to this quiz.' },
  feedback_at_end: { status: 403, meaning: 'The quiz shows answers only after the whole attempt is submitted.' },
  quiz_not_found: { status: 404, meaning: 'No quiz has this id.' },
  not_found: { status: 404, meaning: 'Nothing is served at this method and path.' },
  idempotency_key_reused: { status: 409, meaning: 'The Idempotency-Key was used before for other answers.' },
  quiz_changed: { status: 409, meaning: 'The quiz was edited while the reader answered; reload it.' },
  payload_too_large: { status: 413, meaning: 'The body is larger than the limit.' },
  unsupported_media_type: { status: 415, meaning: 'The body is not sent as JSON.' },
  text_too_short: { status: 422, meaning: 'The text is too short to quiz on.' },
  no_sentences: { status: 422, meaning: 'The text has no sentences to ask about.' },
  not_english: { status: 422, meaning: 'The text is not in English, the language questions are generated in.' },
  no_questions: { status: 422, meaning: 'No question passing the quality checks could be made from the text.' },
  rate_limited: { status: 429, meaning: 'Too many requests from this client; wait for Retry-After seconds.' },
  internal_error: { status: 500, meaning: 'A fault of the server; nothing a caller sends should cause it.' },
  storage_unavailable: { status: 503, meaning: 'Storage failed for a moment; retry after Retry-After seconds.' },
  ...CLASSROOM_ERROR_CODES,
} as const satisfies Record<string, ErrorCode>;

export type ErrorCodeName = keyof typeof ERROR_CODES;
