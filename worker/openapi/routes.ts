/**
 * @module
 * What each route of the API takes and answers, described with the schemas that validate it. The
 * OpenAPI document (`/openapi.json`) and the reference page (`/docs`) are both generated from this list,
 * and a test checks that it names every route the app serves.
 */
import type { z } from 'zod';
import {
  AttemptRequestSchema,
  AttemptResultSchema,
  CheckRequestSchema,
  CheckResponseSchema,
  CreateQuizRequestSchema,
  CreateQuizResponseSchema,
  EmbedRequestSchema,
  EmbedResponseSchema,
  KeyedQuizSchema,
  PublicQuizSchema,
  StatsSchema,
} from '../../questions/schema';
import { CLASSROOM_API_ROUTES, CLASSROOM_PAGE_ROUTES } from './classroom-routes';
import type { ErrorCodeName } from './error-codes';
import * as ex from './examples';

export interface JsonContent {
  schema: z.ZodType;
  example: unknown;
}

export interface RouteDoc {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** OpenAPI form: `/api/quizzes/{id}`. */
  path: string;
  operationId: string;
  tag: 'Quizzes' | 'Answers' | 'Embedding' | 'Classroom' | 'Pages' | (string & {});
  summary: string;
  description: string;
  /** Needs the quiz's edit key as a bearer token. */
  owner?: boolean;
  /** Subject to a per-client rate limit. */
  rateLimited?: boolean;
  requestBody?: JsonContent;
  requestHeaders?: { name: string; description: string }[];
  /** The success response: JSON with a schema, or another media type. */
  success: { status: number; description: string; json?: JsonContent; mediaType?: string };
  errors: ErrorCodeName[];
}

const QUIZ_ERRORS: ErrorCodeName[] = ['quiz_not_found'];
const BODY_ERRORS: ErrorCodeName[] = ['invalid_json', 'invalid_request', 'payload_too_large', 'unsupported_media_type'];
const CREATE_ERRORS: ErrorCodeName[] = [...BODY_ERRORS, 'text_too_short', 'no_sentences', 'not_english', 'no_questions', 'rate_limited'];

export const API_ROUTES: RouteDoc[] = [
  {
    method: 'post',
    path: '/api/quizzes',
    operationId: 'createQuiz',
    tag: 'Quizzes',
    summary: 'Create a quiz from an article',
    description:
      'Generates questions from the article text and stores the quiz. The response carries the public quiz and its edit key, shown only this once: keep it to read the answer key and edit the quiz. The body may be sent as `text/plain` too, so a browser can post it cross-origin without a CORS preflight.',
    rateLimited: true,
    requestBody: { schema: CreateQuizRequestSchema, example: ex.createQuizRequest },
    success: { status: 201, description: 'The quiz was created.', json: { schema: CreateQuizResponseSchema, example: ex.createQuizResponse } },
    errors: CREATE_ERRORS,
  },
  {
    method: 'get',
    path: '/api/quizzes/{id}',
    operationId: 'getQuiz',
    tag: 'Quizzes',
    summary: 'Read a quiz as readers see it',
    description:
      'The questions without answers, accepted spellings or explanations. Sent with an ETag; a request with a matching `If-None-Match` gets 304.',
    success: { status: 200, description: 'The public quiz.', json: { schema: PublicQuizSchema, example: ex.publicQuiz } },
    errors: QUIZ_ERRORS,
  },
  {
    method: 'get',
    path: '/api/quizzes/{id}/answer-key',
    operationId: 'getAnswerKey',
    tag: 'Quizzes',
    summary: 'Read the full quiz with its answers',
    description: 'For the holder of the edit key: every question with its answer, accepted spellings, explanation and difficulty.',
    owner: true,
    success: { status: 200, description: 'The keyed quiz.', json: { schema: KeyedQuizSchema, example: ex.keyedQuiz } },
    errors: ['unauthorized', 'forbidden', 'quiz_not_found'],
  },
  {
    method: 'post',
    path: '/api/quizzes/{id}/attempts',
    operationId: 'submitAttempt',
    tag: 'Answers',
    summary: "Score and record one reader's answers",
    description:
      'Scores the answers on the server and stores the attempt before answering; the stats are updated in the same transaction. Unanswered questions count as wrong. With an `Idempotency-Key`, a replay returns the first result (header `Idempotent-Replayed: true`) and stores nothing new.',
    rateLimited: true,
    requestHeaders: [{ name: 'Idempotency-Key', description: 'Optional, 1 to 128 visible ASCII characters, unique per attempt.' }],
    requestBody: { schema: AttemptRequestSchema, example: ex.attemptRequest },
    success: { status: 201, description: 'The attempt was scored and stored.', json: { schema: AttemptResultSchema, example: ex.attemptResult } },
    errors: [...BODY_ERRORS, 'invalid_answers', 'invalid_idempotency_key', 'idempotency_key_reused', 'quiz_changed', 'quiz_not_found', 'rate_limited'],
  },
  {
    method: 'post',
    path: '/api/quizzes/{id}/check',
    operationId: 'checkAnswer',
    tag: 'Answers',
    summary: 'Check one answer',
    description:
      'Says whether one answer is right and gives the right answer and its sentence, for feedback after each question. Records nothing. A quiz whose feedback is held to the end answers 403 `feedback_at_end`.',
    rateLimited: true,
    requestBody: { schema: CheckRequestSchema, example: ex.checkRequest },
    success: { status: 200, description: 'Feedback on the answer.', json: { schema: CheckResponseSchema, example: ex.checkResponse } },
    errors: [...BODY_ERRORS, 'invalid_answers', 'feedback_at_end', 'quiz_not_found', 'rate_limited'],
  },
  {
    method: 'get',
    path: '/api/quizzes/{id}/stats',
    operationId: 'getStats',
    tag: 'Answers',
    summary: 'Read the aggregate results of a quiz',
    description: 'How many attempts the current version of the quiz has, and per question how many readers answered it and how many got it right. Safe to show to readers.',
    success: { status: 200, description: 'The stats.', json: { schema: StatsSchema, example: ex.stats } },
    errors: QUIZ_ERRORS,
  },
  {
    method: 'post',
    path: '/api/embed',
    operationId: 'embedQuiz',
    tag: 'Embedding',
    summary: 'Get the shared quiz of an article',
    description:
      'What `<article-quiz article="#story">` calls: the one quiz of this article text (compared after normalising white space, quotes and accents), generated on first use (201) and found afterwards (200). No edit key is ever returned: nobody owns a shared quiz.',
    rateLimited: true,
    requestBody: { schema: EmbedRequestSchema, example: ex.embedRequest },
    success: { status: 200, description: 'The shared quiz (201 when this request created it).', json: { schema: EmbedResponseSchema, example: ex.embedResponse } },
    errors: CREATE_ERRORS,
  },
  ...CLASSROOM_API_ROUTES,
];

/** Routes that serve pages and files rather than JSON. */
export const PAGE_ROUTES: RouteDoc[] = [
  { method: 'get', path: '/', operationId: 'demoPage', tag: 'Pages', summary: 'Demo page', description: 'A sample article with its quiz embedded.', success: { status: 200, description: 'HTML.', mediaType: 'text/html' }, errors: [] },
  { method: 'get', path: '/widget.js', operationId: 'widgetScript', tag: 'Pages', summary: 'The widget', description: 'The `<article-quiz>` element as one ES module with Lit inside.', success: { status: 200, description: 'JavaScript.', mediaType: 'text/javascript' }, errors: [] },
  { method: 'get', path: '/v/{hash}/widget.js', operationId: 'widgetScriptVersioned', tag: 'Pages', summary: 'The widget, under a versioned URL', description: 'The same module under a URL that changes with every release, cached for a year (`immutable`). The demo page uses it.', success: { status: 200, description: 'JavaScript.', mediaType: 'text/javascript' }, errors: ['not_found'] },
  { method: 'get', path: '/openapi.json', operationId: 'openApiDocument', tag: 'Pages', summary: 'This API document', description: 'OpenAPI 3.1, generated from the schemas that validate requests.', success: { status: 200, description: 'JSON.', mediaType: 'application/json' }, errors: [] },
  { method: 'get', path: '/docs', operationId: 'referencePage', tag: 'Pages', summary: 'API reference page', description: 'This document as a page.', success: { status: 200, description: 'HTML.', mediaType: 'text/html' }, errors: [] },
  { method: 'get', path: '/pages.css', operationId: 'pagesStylesheet', tag: 'Pages', summary: 'Stylesheet of the pages', description: 'The styles of the demo, reference and teacher pages.', success: { status: 200, description: 'CSS.', mediaType: 'text/css' }, errors: [] },
  { method: 'get', path: '/favicon.svg', operationId: 'favicon', tag: 'Pages', summary: 'Icon', description: 'The icon of the pages.', success: { status: 200, description: 'SVG.', mediaType: 'image/svg+xml' }, errors: [] },
  { method: 'get', path: '/healthz', operationId: 'health', tag: 'Pages', summary: 'Health check', description: 'Answers `{"ok": true}` without touching storage.', success: { status: 200, description: 'JSON.', mediaType: 'application/json' }, errors: [] },
  ...CLASSROOM_PAGE_ROUTES,
];
