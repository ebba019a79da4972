/**
 * @module
 * The widget's calls to the Worker. Bodies go out as JSON typed `text/plain` (which the Worker accepts),
 * so that most calls from another origin are simple requests without a CORS preflight. No cookies travel.
 */
import type { AttemptResult, CheckResponse, EmbedResponse, PublicQuiz, Stats } from '../questions/schema';

/** A failed call: the Worker's error code and status, or `network` / `timeout` with status 0. */
export class QuizApiError extends Error {
  override readonly name = 'QuizApiError';
  constructor(
    readonly code: string,
    message: string,
    readonly status: number,
  ) {
    super(message);
  }

  /** Whether trying the same request again may succeed. */
  get transient(): boolean {
    return this.status === 0 || this.status === 408 || this.status === 429 || this.status >= 500;
  }
}

export interface ClientOptions {
  /** The Worker's origin, without a trailing slash. */
  base: string;
  timeoutMs: number;
}

async function call<T>(options: ClientOptions, path: string, init: RequestInit = {}): Promise<T> {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), options.timeoutMs);
  try {
    let response: Response;
    let body: unknown;
    try {
      response = await fetch(options.base + path, { ...init, credentials: 'omit', signal: abort.signal });
      body = await response.json().catch(() => undefined);
    } catch {
      throw abort.signal.aborted
        ? new QuizApiError('timeout', 'The quiz server took too long to answer.', 0)
        : new QuizApiError('network', 'The quiz server could not be reached.', 0);
    }
    if (!response.ok) {
      const error = (body as { error?: { code?: unknown; message?: unknown } } | undefined)?.error;
      throw new QuizApiError(
        typeof error?.code === 'string' ? error.code : `http_${response.status}`,
        typeof error?.message === 'string' ? error.message : `The quiz server answered ${response.status}.`,
        response.status,
      );
    }
    if (body === undefined) throw new QuizApiError('invalid_response', 'The quiz server sent no JSON.', response.status);
    return body as T;
  } finally {
    clearTimeout(timer);
  }
}

const post = (body: unknown, headers: Record<string, string> = {}): RequestInit => ({
  method: 'POST',
  body: JSON.stringify(body),
  headers,
});

const quizPath = (id: string) => `/api/quizzes/${encodeURIComponent(id)}`;

export function fetchQuiz(options: ClientOptions, id: string): Promise<PublicQuiz> {
  return call(options, quizPath(id));
}

/** The one shared quiz of an article text, made on first use. */
export async function embedQuiz(options: ClientOptions, text: string, title?: string): Promise<PublicQuiz> {
  const body = await call<EmbedResponse>(options, '/api/embed', post(title ? { text, title } : { text }));
  return body.quiz;
}

export function checkAnswer(options: ClientOptions, quizId: string, questionId: string, answer: string): Promise<CheckResponse> {
  return call(options, `${quizPath(quizId)}/check`, post({ questionId, answer }));
}

export function fetchStats(options: ClientOptions, quizId: string): Promise<Stats> {
  return call(options, `${quizPath(quizId)}/stats`);
}

/** A fresh key for one attempt; works on plain-HTTP pages too, where `crypto.randomUUID` is missing. */
export function newIdempotencyKey(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Records one attempt. A lost response or a server fault is retried with the same idempotency key, so the
 * Worker stores the attempt once however often it arrives; the caller retries the same way after a failure.
 */
export async function submitAttempt(
  options: ClientOptions,
  quizId: string,
  answers: Record<string, string>,
  key: string,
  retryDelaysMs: readonly number[] = [400, 1600],
  seat?: { name: string; classCode: string },
): Promise<AttemptResult> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await call<AttemptResult>(options, `${quizPath(quizId)}/attempts`, post({ answers, ...seat }, { 'Idempotency-Key': key }));
    } catch (error) {
      const delay = retryDelaysMs[attempt];
      if (!(error instanceof QuizApiError) || !error.transient || delay === undefined) throw error;
      await pause(delay);
    }
  }
}
