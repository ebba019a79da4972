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
  OwnedQuiz,
  PublicQuiz,
  QuestionPatch,
  QuizPatch,
  ReplaceQuestionsRequest,
  Stats,
} from '../questions/schema';
import type {
  ClassInfo,
  ClassList,
  ClassResults,
  CreateClassRequest,
  ExportFormat,
  ImportRequest,
  ImportResponse,
  PublicClass,
  UpdateClassRequest,
} from '../questions/classroom-schema';

export type {
  ClassInfo,
  ClassList,
  ClassResults,
  CreateClassRequest,
  ExportFormat,
  ImportRequest,
  ImportResponse,
  OwnedQuiz,
  PublicClass,
  QuestionPatch,
  QuizPatch,
  ReplaceQuestionsRequest,
  UpdateClassRequest,
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
  /** The class a join code names (public). */
  getClassByCode(code: string): Promise<PublicClass>;
  /** A quiz from a GIFT file, without an article. */
  importQuiz(request: ImportRequest): Promise<ImportResponse>;
  /** The routes of a quiz's owner, who holds its edit key. */
  owner(id: string, editKey: string): QuizOwnerClient;
}

/** What the holder of a quiz's edit key can do with it. */
export interface QuizOwnerClient {
  getQuestions(): Promise<OwnedQuiz>;
  /** Replaces every question; with `ifVersion`, fails with 412 `version_mismatch` if the quiz has moved on. */
  replaceQuestions(request: ReplaceQuestionsRequest, options?: { ifVersion?: number }): Promise<OwnedQuiz>;
  patchQuestion(questionId: string, patch: QuestionPatch): Promise<OwnedQuiz>;
  updateQuiz(patch: QuizPatch): Promise<OwnedQuiz>;
  createClass(request?: CreateClassRequest): Promise<ClassInfo>;
  listClasses(): Promise<ClassList>;
  getClass(code: string): Promise<ClassInfo>;
  updateClass(code: string, patch: UpdateClassRequest): Promise<ClassInfo>;
  getClassResults(code: string): Promise<ClassResults>;
  /** The quiz as a GIFT, Aiken or Markdown file. */
  exportQuiz(format: ExportFormat): Promise<string>;
}

function isErrorBody(value: unknown): value is ErrorBody {
  const error = (value as { error?: { code?: unknown; message?: unknown } } | null)?.error;
  return typeof error?.code === 'string' && typeof error.message === 'string';
}

export function createClient(options: ClientOptions): ArticleQuizClient {
  const base = options.api.replace(/\/+$/, '');
  const doFetch = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));

  async function call<T>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}, as: 'json' | 'text' = 'json'): Promise<T> {
    const init: RequestInit = { method, headers: { ...headers } };
    if (body !== undefined) {
      init.body = JSON.stringify(body);
      (init.headers as Record<string, string>)['Content-Type'] = 'application/json';
    }
    const res = await doFetch(`${base}${path}`, init);
    const text = await res.text();
    if (res.ok && as === 'text') return text as T;
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
    getClassByCode: (code) => call('GET', `/api/classes/${encodeURIComponent(code)}`),
    importQuiz: (request) => call('POST', '/api/quizzes/import', request),
    owner(id, editKey) {
      const auth = { Authorization: `Bearer ${editKey}` };
      const cls = (code: string) => `${quiz(id)}/classes/${encodeURIComponent(code)}`;
      return {
        getQuestions: () => call('GET', `${quiz(id)}/questions`, undefined, auth),
        replaceQuestions: (request, { ifVersion } = {}) =>
          call('PUT', `${quiz(id)}/questions`, request, ifVersion === undefined ? auth : { ...auth, 'If-Match': `"v${ifVersion}"` }),
        patchQuestion: (questionId, patch) => call('PATCH', `${quiz(id)}/questions/${encodeURIComponent(questionId)}`, patch, auth),
        updateQuiz: (patch) => call('PATCH', quiz(id), patch, auth),
        createClass: (request = {}) => call('POST', `${quiz(id)}/classes`, request, auth),
        listClasses: () => call('GET', `${quiz(id)}/classes`, undefined, auth),
        getClass: (code) => call('GET', cls(code), undefined, auth),
        updateClass: (code, patch) => call('PATCH', cls(code), patch, auth),
        getClassResults: (code) => call('GET', `${cls(code)}/results`, undefined, auth),
        exportQuiz: (format) => call('GET', `${quiz(id)}/export/${format}`, undefined, auth, 'text'),
      };
    },
  };
}
