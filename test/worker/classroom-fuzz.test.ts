import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ErrorBodySchema } from '../../questions/schema';
import { ERROR_CODES } from '../../worker/openapi/error-codes';
import { CLASSROOM_QUESTIONS } from '../fixtures/classroom-quiz';
import { call, classroomQuiz, openClass } from './classroom-helpers';

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

/** Bodies shaped like the classroom requests, with every field possibly wrong. */
const body = fc.oneof(
  fc.json({ maxDepth: 4 }),
  fc.record({ questions: fc.oneof(fc.constant(CLASSROOM_QUESTIONS), fc.array(fc.anything({ maxDepth: 3 }), { maxLength: 3 })), title: fc.anything() }, { requiredKeys: [] }).map((v) => JSON.stringify(v)),
  fc.record({ prompt: fc.anything(), type: fc.anything(), choices: fc.anything(), answer: fc.anything(), accepted: fc.anything() }, { requiredKeys: [] }).map((v) => JSON.stringify(v)),
  fc.record({ open: fc.anything(), allowRetries: fc.anything(), label: fc.anything(), feedback: fc.anything() }, { requiredKeys: [] }).map((v) => JSON.stringify(v)),
  fc.record({ format: fc.constantFrom('gift', 'aiken', 1), text: fc.oneof(fc.string(), fc.constantFrom('::a::b{=c ~d}', '{', '::x::{#1..2}', '\\{=}'.repeat(50))), title: fc.anything() }, { requiredKeys: [] }).map((v) => JSON.stringify(v)),
  fc.record({ answers: fc.dictionary(fc.string({ maxLength: 5 }), fc.string()), name: fc.anything(), classCode: fc.anything() }, { requiredKeys: [] }).map((v) => JSON.stringify(v)),
  fc.constantFrom('', '{', 'null', '[]', '"x"'),
);

describe('fuzzing the classroom routes', () => {
  it('never answers with a 5xx, and every 4xx carries the error JSON with a documented code', async () => {
    const quiz = await classroomQuiz();
    const code = await openClass(quiz);
    const segment = fc.oneof(fc.constantFrom(code, code.toLowerCase(), 'ZZZZZZ', 'q1', 'q9', '', '%00', 'x'.repeat(300)), fc.string({ maxLength: 12 }).map(encodeURIComponent));
    const path = fc.oneof(
      fc.constantFrom(
        `/api/quizzes/${quiz.id}`,
        `/api/quizzes/${quiz.id}/questions`,
        `/api/quizzes/${quiz.id}/questions/q1`,
        `/api/quizzes/${quiz.id}/classes`,
        `/api/quizzes/${quiz.id}/classes/${code}`,
        `/api/quizzes/${quiz.id}/classes/${code}/results`,
        `/api/quizzes/${quiz.id}/classes/${code}/results.csv`,
        `/api/quizzes/${quiz.id}/export/gift`,
        `/api/quizzes/${quiz.id}/attempts`,
        '/api/quizzes/import',
        `/api/classes/${code}`,
        `/play/${code}`,
        '/play',
      ),
      segment.map((s) => `/api/quizzes/${quiz.id}/questions/${s}`),
      segment.map((s) => `/api/quizzes/${quiz.id}/classes/${s}/results`),
      segment.map((s) => `/api/quizzes/${quiz.id}/export/${s}`),
      segment.map((s) => `/api/classes/${s}`),
      segment.map((s) => `/play/${s}`),
      segment.map((s) => `/play?code=${s}`),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          method: fc.constantFrom(...METHODS),
          path,
          key: fc.constantFrom(quiz.key, undefined, 'wrong-key', ''),
          ifMatch: fc.option(fc.constantFrom('"v2"', '"v999"', '*', 'garbage', '"v99999999999999"'), { nil: undefined }),
          body: fc.option(body, { nil: undefined }),
        }),
        async (r) => {
          const headers: Record<string, string> = { 'Content-Type': 'application/json' };
          if (r.key !== undefined) headers.Authorization = `Bearer ${r.key}`;
          if (r.ifMatch !== undefined) headers['If-Match'] = r.ifMatch;
          const hasBody = r.body !== undefined && r.method !== 'GET';
          const res = await call(r.path, { method: r.method, headers, redirect: 'manual', ...(hasBody ? { body: r.body } : {}) });
          const text = await res.text();
          expect(res.status, `${r.method} ${r.path} → ${res.status} ${text.slice(0, 200)}`).toBeLessThan(500);
          const isJson = (res.headers.get('Content-Type') ?? '').startsWith('application/json');
          if (res.status >= 400 && isJson) {
            const { error } = ErrorBodySchema.parse(JSON.parse(text));
            // Every code is documented, with the status it is answered with.
            expect(ERROR_CODES[error.code as keyof typeof ERROR_CODES]?.status, error.code).toBe(res.status);
          }
          if (res.status >= 400 && !isJson) expect(r.path.startsWith('/play'), `${r.path}: ${res.status} is not JSON`).toBe(true);
        },
      ),
      { numRuns: 250 },
    );
  }, 120_000);
});
