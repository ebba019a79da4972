/**
 * @module
 * The one error type of the Worker. Routes throw it; `app.onError` turns it into the error JSON of the
 * v1 contract: `{"error": {"code": "snake_case_code", "message": "human sentence"}}`.
 *
 * @example
 * ```ts
 * throw new ApiError(404, 'quiz_not_found', `No quiz has the id "${id}".`);
 * ```
 */
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ErrorBody } from '../questions/schema';

export class ApiError extends HTTPException {
  constructor(
    status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(status, { message });
  }
}

export function errorBody(code: string, message: string): ErrorBody {
  return { error: { code, message } };
}

/** Codes for HTTP errors raised outside our routes (Hono middleware, unknown paths). */
export function codeForStatus(status: number): string {
  switch (status) {
    case 400: return 'invalid_request';
    case 401: return 'unauthorized';
    case 403: return 'forbidden';
    case 404: return 'not_found';
    case 405: return 'method_not_allowed';
    case 413: return 'payload_too_large';
    case 415: return 'unsupported_media_type';
    case 422: return 'unprocessable_text';
    case 429: return 'rate_limited';
    default: return status >= 500 ? 'internal_error' : 'invalid_request';
  }
}

/**
 * Whether an error came from storage (D1) rather than from our code: such failures are worth a retry, so
 * they are answered 503 with Retry-After.
 */
export function isStorageError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  return /\bD1_|SQLITE_|Network connection lost|storage/i.test(`${error.name} ${error.message}`);
}
