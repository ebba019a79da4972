import SwaggerParser from '@apidevtools/swagger-parser';
import Ajv2020 from 'ajv/dist/2020.js';
import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, inject, it } from 'vitest';

type Doc = {
  paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema?: unknown }> }> }>>;
  components: { schemas: Record<string, unknown> };
};

const base = inject('baseUrl');
const DOC_ID = 'https://article-quiz.test/openapi.json';
let doc: Doc;
let ajv: InstanceType<typeof Ajv2020>;

beforeAll(async () => {
  doc = (await (await fetch(`${base}/openapi.json`)).json()) as Doc;
  ajv = new Ajv2020({ strict: false, allErrors: true });
  // The components, under an id, so that their internal `#/components/schemas/...` references resolve.
  ajv.addSchema({ $id: DOC_ID, components: doc.components });
});

/** Validates a real response against what the document says `method path` answers with that status. */
async function expectDocumented(method: string, path: string, res: Response): Promise<unknown> {
  const operation = doc.paths[path]?.[method];
  expect(operation, `${method} ${path} is documented`).toBeDefined();
  const response = operation?.responses[String(res.status)];
  expect(response, `${method} ${path} documents status ${res.status}`).toBeDefined();
  if (res.status === 304) return undefined;
  const schema = response?.content?.['application/json']?.schema as { $ref?: string } | undefined;
  const body = schema === undefined ? await res.text() : await res.json();
  if (schema?.$ref !== undefined) {
    const validate = ajv.getSchema(`${DOC_ID}${schema.$ref}`);
    expect(validate, `schema ${schema.$ref}`).toBeDefined();
    const ok = validate?.(body);
    expect(ok, `${method} ${path} ${res.status}: ${JSON.stringify(validate?.errors)}`).toBe(true);
  }
  return body;
}

function post(path: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${base}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) });
}

describe('the OpenAPI document', () => {
  it('is a valid OpenAPI 3.1 document by an independent parser', async () => {
    const parsed = (await SwaggerParser.validate(structuredClone(doc) as never)) as { openapi: string };
    expect(parsed.openapi).toBe('3.1.0');
  });

  it('matches the real responses of every route', async () => {
    const article = `${await readFile('questions/samples/venezuela-election-2024.txt', 'utf8')}\nOpenAPI test.`;
    const created = await post('/api/quizzes', { text: article });
    const { quiz, editKey } = (await expectDocumented('post', '/api/quizzes', created)) as { quiz: { id: string; questions: { id: string; choices?: { id: string }[] }[] }; editKey: string };
    await expectDocumented('post', '/api/quizzes', await post('/api/quizzes', { text: 'short' }));
    await expectDocumented('post', '/api/quizzes', await post('/api/quizzes', { nope: 1 }));

    const id = quiz.id;
    const read = await fetch(`${base}/api/quizzes/${id}`);
    const etag = read.headers.get('etag') ?? '';
    await expectDocumented('get', '/api/quizzes/{id}', read);
    await expectDocumented('get', '/api/quizzes/{id}', await fetch(`${base}/api/quizzes/${id}`, { headers: { 'If-None-Match': etag } }));
    await expectDocumented('get', '/api/quizzes/{id}', await fetch(`${base}/api/quizzes/nosuchquiz`));

    await expectDocumented('get', '/api/quizzes/{id}/answer-key', await fetch(`${base}/api/quizzes/${id}/answer-key`, { headers: { Authorization: `Bearer ${editKey}` } }));
    await expectDocumented('get', '/api/quizzes/{id}/answer-key', await fetch(`${base}/api/quizzes/${id}/answer-key`));
    await expectDocumented('get', '/api/quizzes/{id}/answer-key', await fetch(`${base}/api/quizzes/${id}/answer-key`, { headers: { Authorization: 'Bearer wrong' } }));

    const q = quiz.questions[0];
    const answer = q?.choices?.[0]?.id ?? 'x';
    await expectDocumented('post', '/api/quizzes/{id}/check', await post(`/api/quizzes/${id}/check`, { questionId: q?.id, answer }));
    await expectDocumented('post', '/api/quizzes/{id}/check', await post(`/api/quizzes/${id}/check`, { questionId: 'q999', answer }));
    await expectDocumented('post', '/api/quizzes/{id}/attempts', await post(`/api/quizzes/${id}/attempts`, { answers: { [q?.id ?? 'q1']: answer } }));
    await expectDocumented('post', '/api/quizzes/{id}/attempts', await post(`/api/quizzes/${id}/attempts`, { answers: [] }));
    await expectDocumented('get', '/api/quizzes/{id}/stats', await fetch(`${base}/api/quizzes/${id}/stats`));
    await expectDocumented('post', '/api/embed', await post('/api/embed', { text: article }));
    await expectDocumented('post', '/api/embed', await post('/api/embed', { text: '' }));

    for (const path of ['/', '/widget.js', '/openapi.json', '/docs', '/healthz']) await expectDocumented('get', path, await fetch(`${base}${path}`));
  });
});
