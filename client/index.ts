/**
 * @module
 * A small typed client of the article-quiz API, for Node 18+ and browsers (it needs only `fetch`).
 *
 * @example
 * ```ts
 * import { createClient } from 'article-quiz/client';
 *
 * const quizzes = createClient({ api: 'https://quiz.example.com' });
 * const { quiz, editKey } = await quizzes.createQuiz({ text: article, count: 8 });
 * const result = await quizzes.submitAttempt(quiz.id, { answers: { q1: 'b' } });
 * console.log(`${result.score} of ${result.total}`);
 * ```
 */
import type {
  AttemptRequest,
  AttemptResult,
  CheckRequest,
  CheckResponse,
  CreateQuizRequest,
  CreateQuizResponse,
  EmbedRequest,
  EmbedResponse,
  ErrorBody,
  KeyedQuiz,
  PublicQuiz,
  Stats,
} from '../questions/schema';

export type {
  AttemptRequest,
  AttemptResult,
  CheckRequest,
  CheckResponse,
  CreateQuizRequest,
  CreateQuizResponse,
  EmbedRequest,
  EmbedResponse,
  KeyedQuiz,
  PublicQuiz,
  Stats,
};

/** An error answer of the API, with its status and `snake_case` code. */
export class ArticleQuizError extends Error {
  override readonly name = 'ArticleQuizError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** Seconds to wait before retrying, for 429 and 503. */
    readonly retryAfter?: number,
  ) {
    super(message);
  }
}

export interface ClientOptions {
  /** Origin of the Worker, e.g. `https://quiz.example.com`. */
  api: string;
  /** A `fetch` to use instead of the global one. */
  fetch?: typeof fetch;
}

export interface ArticleQuizClient {
  createQuiz(request: CreateQuizRequest): Promise<CreateQuizResponse>;
  getQuiz(id: string): Promise<PublicQuiz>;
  getAnswerKey(id: string, editKey: string): Promise<KeyedQuiz>;
  submitAttempt(id: string, request: AttemptRequest, options?: { idempotencyKey?: string }): Promise<AttemptResult>;
  checkAnswer(id: string, request: CheckRequest): Promise<CheckResponse>;
  getStats(id: string): Promise<Stats>;
  embed(request: EmbedRequest): Promise<EmbedResponse>;
}

function isErrorBody(value: unknown): value is ErrorBody {
  const error = (value as { error?: { code?: unknown; message?: unknown } } | null)?.error;
  return typeof error?.code === 'string' && typeof error.message === 'string';
}

export function createClient(options: ClientOptions): ArticleQuizClient {
  const base = options.api.replace(/\/+$/, '');
  const doFetch = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));

  async function call<T>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<T> {
    const init: RequestInit = { method, headers: { ...headers } };
    if (body !== undefined) {
      init.body = JSON.stringify(body);
      (init.headers as Record<string, string>)['Content-Type'] = 'application/json';
    }
    const res = await doFetch(`${base}${path}`, init);
    const text = await res.text();
    let parsed: unknown;
    try {
      parsed = text === '' ? undefined : JSON.parse(text);
    } catch {
      parsed = undefined;
    }
    if (!res.ok) {
      const retryAfter = Number(res.headers.get('Retry-After') ?? '') || undefined;
      if (isErrorBody(parsed)) throw new ArticleQuizError(res.status, parsed.error.code, parsed.error.message, retryAfter);
      throw new ArticleQuizError(res.status, 'http_error', `The API answered ${res.status} ${res.statusText}.`, retryAfter);
    }
    return parsed as T;
  }

  const quiz = (id: string) => `/api/quizzes/${encodeURIComponent(id)}`;
  return {
    createQuiz: (request) => call('POST', '/api/quizzes', request),
    getQuiz: (id) => call('GET', quiz(id)),
    getAnswerKey: (id, editKey) => call('GET', `${quiz(id)}/answer-key`, undefined, { Authorization: `Bearer ${editKey}` }),
    submitAttempt: (id, request, { idempotencyKey } = {}) =>
      call('POST', `${quiz(id)}/attempts`, request, idempotencyKey === undefined ? {} : { 'Idempotency-Key': idempotencyKey }),
    checkAnswer: (id, request) => call('POST', `${quiz(id)}/check`, request),
    getStats: (id) => call('GET', `${quiz(id)}/stats`),
    embed: (request) => call('POST', '/api/embed', request),
  };
}
