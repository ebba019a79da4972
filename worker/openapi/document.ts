/**
 * @module
 * Builds the OpenAPI 3.1 document of the API from the route list and the zod schemas (JSON Schema
 * 2020-12, which OpenAPI 3.1 uses as is). Built once per isolate.
 */
import { z } from 'zod';
import { LIMITS } from '../../questions/limits';
import { ErrorBodySchema } from '../../questions/schema';
import { componentId, components } from './components';
import { ERROR_CODES, type ErrorCodeName } from './error-codes';
import { errorExample } from './examples';
import { API_ROUTES, PAGE_ROUTES, type RouteDoc } from './routes';

type Json = Record<string, unknown>;

const ref = (schema: z.ZodType): Json => ({ $ref: `#/components/schemas/${componentId(schema)}` });

function componentSchemas(): Json {
  const { schemas } = z.toJSONSchema(components, {
    target: 'draft-2020-12',
    uri: (id) => `#/components/schemas/${id}`,
    unrepresentable: 'any',
  });
  const out: Json = {};
  for (const [id, schema] of Object.entries(schemas)) {
    const { $schema: _schema, $id: _id, ...rest } = schema as Json;
    out[id] = rest;
  }
  return out;
}

function errorResponses(codes: readonly ErrorCodeName[]): Json {
  const byStatus = new Map<number, ErrorCodeName[]>();
  for (const code of [...codes, 'internal_error', 'storage_unavailable'] as ErrorCodeName[]) {
    const { status } = ERROR_CODES[code];
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }
  const responses: Json = {};
  for (const [status, list] of [...byStatus].sort(([a], [b]) => a - b)) {
    const headers: Json = {};
    if (status === 429 || status === 503) {
      headers['Retry-After'] = { description: 'Seconds to wait before trying again.', schema: { type: 'integer' } };
    }
    responses[String(status)] = {
      description: list.map((code) => `\`${code}\`: ${ERROR_CODES[code].meaning}`).join(' '),
      ...(Object.keys(headers).length > 0 ? { headers } : {}),
      content: {
        'application/json': {
          schema: ref(ErrorBodySchema),
          examples: Object.fromEntries(list.map((code) => [code, { value: errorExample(code, ERROR_CODES[code].meaning) }])),
        },
      },
    };
  }
  return responses;
}

const PATH_PARAMETERS: Record<string, string> = {
  id: 'The quiz id.',
  questionId: 'The id of a question of the quiz.',
  code: 'The join code of a class (case-insensitive).',
  format: 'gift, aiken or markdown.',
  hash: 'The version of the widget build.',
};

function operation(route: RouteDoc): Json {
  const parameters: Json[] = [];
  for (const match of route.path.matchAll(/\{(\w+)\}/g)) {
    const name = match[1] ?? 'id';
    parameters.push({ name, in: 'path', required: true, description: PATH_PARAMETERS[name] ?? 'The quiz id.', schema: { type: 'string', maxLength: LIMITS.id } });
  }
  for (const header of route.requestHeaders ?? []) {
    parameters.push({ name: header.name, in: 'header', required: false, description: header.description, schema: { type: 'string' } });
  }
  const op: Json = {
    operationId: route.operationId,
    tags: [route.tag],
    summary: route.summary,
    description: route.description + (route.rateLimited ? ' Rate limited per client (429 with Retry-After).' : ''),
  };
  if (parameters.length > 0) op.parameters = parameters;
  if (route.owner) op.security = [{ editKey: [] }];
  if (route.requestBody !== undefined) {
    const media = { schema: ref(route.requestBody.schema), example: route.requestBody.example };
    op.requestBody = { required: true, content: { 'application/json': media, 'text/plain': media } };
  }
  const { success } = route;
  const successContent =
    success.json !== undefined
      ? { 'application/json': { schema: ref(success.json.schema), example: success.json.example } }
      : { [success.mediaType ?? 'application/octet-stream']: {} };
  const responses: Json = { [String(success.status)]: { description: success.description, content: successContent } };
  if (route.operationId === 'getQuiz') responses['304'] = { description: 'Not modified: the If-None-Match ETag is current.' };
  if (route.operationId === 'embedQuiz') responses['201'] = { description: 'The shared quiz, created by this request.', content: successContent };
  if (route.errors.length > 0 || route.tag !== 'Pages') Object.assign(responses, errorResponses(route.errors));
  op.responses = responses;
  return op;
}

let built: Json | undefined;

/** The OpenAPI 3.1 document; `serverUrl` is the origin the document is served from. */
export function openApiDocument(serverUrl: string): Json {
  built ??= {
    openapi: '3.1.0',
    info: {
      title: 'article-quiz API',
      version: '1.0.0',
      summary: 'Turn an article into a quiz whose answers never leave the server.',
      description:
        'Every error is `{"error": {"code": "snake_case_code", "message": "human sentence"}}` with a 4xx status for the caller\'s mistakes. Public routes send `Access-Control-Allow-Origin: *` (no credentials). Request bodies are limited to ' +
        `${LIMITS.bodyBytes} bytes and objects are strict: unknown fields are a 400 that names them.`,
      license: { name: 'MIT', identifier: 'MIT' },
    },
    tags: [
      { name: 'Quizzes', description: 'Creating quizzes and reading them.' },
      { name: 'Answers', description: "Readers' answers, scored on the server." },
      { name: 'Embedding', description: 'What the widget calls.' },
      { name: 'Classroom', description: "Teachers' editing, classes, results and formats; students join with a code." },
      { name: 'Pages', description: 'Pages and files for browsers.' },
    ],
    paths: paths([...API_ROUTES, ...PAGE_ROUTES]),
    components: {
      schemas: componentSchemas(),
      securitySchemes: {
        editKey: { type: 'http', scheme: 'bearer', description: 'The edit key returned once when the quiz was created.' },
      },
    },
  };
  return { ...built, servers: [{ url: serverUrl }] };
}

function paths(routes: RouteDoc[]): Json {
  const out: Record<string, Json> = {};
  for (const route of routes) {
    out[route.path] = { ...(out[route.path] ?? {}), [route.method]: operation(route) };
  }
  return out;
}
