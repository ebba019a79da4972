import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ErrorBodySchema } from '../../questions/schema';
import { ERROR_CODES } from '../../worker/openapi/error-codes';
import { api, createQuiz, seedArticle } from './helpers';

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'] as const;

const segment = fc.oneof(
  fc.constantFrom('api', 'quizzes', 'attempts', 'stats', 'check', 'answer-key', 'embed', 'widget.js', '', '..', '%00', '%ZZ', '%E0%A4%A'),
  fc.string({ maxLength: 20 }).map(encodeURIComponent),
  fc.string({ unit: 'grapheme', maxLength: 10 }).map(encodeURIComponent),
  fc.constant('x'.repeat(3000)),
);

const headerValue = fc.stringMatching(/^[\x20-\x7e]{0,200}$/);

const contentType = fc.constantFrom(
  undefined,
  'application/json',
  'application/json; charset=utf-8',
  'text/plain;charset=UTF-8',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/xml',
  'image/png',
  '',
);

const jsonBody = fc.oneof(
  fc.json({ maxDepth: 4 }),
  fc.anything({ maxDepth: 3 }).map((v) => JSON.stringify(v) ?? 'undefined'),
  fc.record({ text: fc.oneof(fc.string(), fc.constant(seedArticle), fc.integer()), count: fc.anything(), title: fc.anything() }, { requiredKeys: [] }).map((v) => JSON.stringify(v)),
  fc.record({ answers: fc.oneof(fc.dictionary(fc.string({ maxLength: 70 }), fc.oneof(fc.string(), fc.integer(), fc.constant(null))), fc.anything()), name: fc.anything() }, { requiredKeys: [] }).map((v) => JSON.stringify(v)),
  fc.record({ questionId: fc.anything(), answer: fc.anything() }, { requiredKeys: [] }).map((v) => JSON.stringify(v)),
  fc.constantFrom('', '{', '[', 'null', '"', '{"text":', '\u0000', '{"text":"' + 'a'.repeat(300_000) + '"}'),
);

const invalidUtf8 = fc.uint8Array({ minLength: 1, maxLength: 64 }).map((bytes) => new Uint8Array([0x7b, 0xff, 0xfe, ...bytes]));

/** Any request a caller could send, aimed at our routes most of the time. */
function requestArbitrary(quizId: string) {
  const path = fc.oneof(
    fc.array(segment, { maxLength: 5 }).map((parts) => `/${parts.join('/')}`),
    fc.constantFrom('/api/quizzes', '/api/embed', `/api/quizzes/${quizId}`, `/api/quizzes/${quizId}/attempts`, `/api/quizzes/${quizId}/check`, `/api/quizzes/${quizId}/stats`, `/api/quizzes/${quizId}/answer-key`),
    segment.map((s) => `/api/quizzes/${s}/attempts`),
  );
  return fc.record({
    method: fc.constantFrom(...METHODS),
    path,
    query: fc.option(fc.string({ maxLength: 30 }).map((q) => `?${encodeURIComponent(q)}=${encodeURIComponent(q)}`), { nil: '' }),
    contentType,
    authorization: fc.option(fc.oneof(headerValue, headerValue.map((v) => `Bearer ${v}`)), { nil: undefined }),
    idempotencyKey: fc.option(headerValue, { nil: undefined }),
    body: fc.option(fc.oneof(jsonBody, invalidUtf8), { nil: undefined }),
  });
}

describe('fuzzing every route', () => {
  it('never answers a caller with a 5xx, and every 4xx carries the error JSON', async () => {
    const { quiz } = await createQuiz();
    await fc.assert(
      fc.asyncProperty(requestArbitrary(quiz.id), async (r) => {
        const headers: Record<string, string> = {};
        if (r.contentType !== undefined) headers['Content-Type'] = r.contentType;
        if (r.authorization !== undefined) headers.Authorization = r.authorization;
        if (r.idempotencyKey !== undefined) headers['Idempotency-Key'] = r.idempotencyKey;
        const hasBody = r.body !== undefined && r.method !== 'GET' && r.method !== 'HEAD';
        const started = Date.now();
        const res = await api(`${r.path}${r.query}`, { method: r.method, headers, body: hasBody ? r.body : undefined });
        const text = await res.text();
        const elapsed = Date.now() - started;
        expect(elapsed, `${r.method} ${r.path} took ${elapsed} ms`).toBeLessThan(5_000);
        expect(res.status, `${r.method} ${r.path} → ${res.status} ${text.slice(0, 200)}`).toBeLessThan(500);
        if (res.status >= 400 && r.method !== 'HEAD') {
          const { error } = ErrorBodySchema.parse(JSON.parse(text));
          // Every code is documented, with the status it is sent with.
          expect(ERROR_CODES[error.code as keyof typeof ERROR_CODES]?.status, error.code).toBe(res.status);
        }
      }),
      { numRuns: 300 },
    );
  }, 120_000);
});
