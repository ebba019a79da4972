import { SELF } from 'cloudflare:test';
import { expect } from 'vitest';
import seedArticle from '../../questions/samples/venezuela-election-2024.txt?raw';
import {
  CreateQuizResponseSchema,
  ErrorBodySchema,
  KeyedQuizSchema,
  SECRET_FIELD_NAMES,
  type CreateQuizResponse,
  type KeyedQuiz,
} from '../../questions/schema';

export { seedArticle };
export const ORIGIN = 'http://quiz.test';

/** A random client address, so that tests are not rate limited as one client. */
export function randomClientIp(): string {
  return `10.${Array.from(crypto.getRandomValues(new Uint8Array(3))).join('.')}`;
}

export function api(path: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  if (!headers.has('CF-Connecting-IP')) headers.set('CF-Connecting-IP', randomClientIp());
  return SELF.fetch(`${ORIGIN}${path}`, { ...init, headers });
}

export function postJson(path: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return api(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** Asserts the status and the error JSON of the v1 contract, and returns the error. */
export async function expectError(res: Response, status: number, code: string): Promise<{ code: string; message: string }> {
  const text = await res.text();
  expect(res.status, text).toBe(status);
  expect(res.headers.get('content-type')).toMatch(/^application\/json/);
  const body = ErrorBodySchema.parse(JSON.parse(text));
  expect(body.error.code).toBe(code);
  expect(body.error.message.length).toBeGreaterThan(10);
  return body.error;
}

export async function createQuiz(body: Record<string, unknown> = {}): Promise<CreateQuizResponse> {
  const res = await postJson('/api/quizzes', { text: seedArticle, ...body });
  const text = await res.text();
  expect(res.status, text).toBe(201);
  return CreateQuizResponseSchema.parse(JSON.parse(text));
}

export async function answerKey(id: string, editKey: string): Promise<KeyedQuiz> {
  const res = await api(`/api/quizzes/${id}/answer-key`, { headers: { Authorization: `Bearer ${editKey}` } });
  expect(res.status).toBe(200);
  return KeyedQuizSchema.parse(await res.json());
}

/** Every key name anywhere in a JSON value. */
export function keysDeep(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const v of value) keysDeep(v, into);
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      into.add(k);
      keysDeep(v, into);
    }
  }
  return into;
}

/**
 * Asserts that a public JSON body reveals nothing of the answer key: no secret field names anywhere, no
 * explanation sentence (a true/false statement may quote its own sentence), and no question's typed
 * answer or accepted spelling in its own prompt.
 */
export function expectNoAnswerIn(body: unknown, key: KeyedQuiz): void {
  const keys = keysDeep(body);
  for (const secret of SECRET_FIELD_NAMES) expect(keys.has(secret), `field "${secret}" leaked`).toBe(false);
  const json = JSON.stringify(body);
  const prompts = new Map<string, string>();
  (function collect(value: unknown): void {
    if (Array.isArray(value)) value.forEach(collect);
    else if (value !== null && typeof value === 'object') {
      const o = value as Record<string, unknown>;
      if (typeof o.id === 'string' && typeof o.prompt === 'string') prompts.set(o.id, o.prompt.toLowerCase());
      Object.values(o).forEach(collect);
    }
  })(body);
  for (const q of key.questions) {
    if (q.type !== 'true_false') {
      expect(json.includes(JSON.stringify(q.explanation).slice(1, -1)), `explanation of ${q.id} leaked`).toBe(false);
    }
    const prompt = prompts.get(q.id);
    if (q.type === 'fill_blank' && prompt !== undefined) {
      for (const spelling of [q.answer, ...(q.accepted ?? [])]) {
        expect(prompt.includes(spelling.toLowerCase()), `answer "${spelling}" of ${q.id} is in its prompt`).toBe(false);
      }
    }
  }
}

/** Answers every question of a keyed quiz correctly, or wrongly where `wrong(q)` says so. */
export function answersFor(key: KeyedQuiz, wrong: (q: KeyedQuiz['questions'][number]) => boolean = () => false): Record<string, string> {
  const answers: Record<string, string> = {};
  for (const q of key.questions) {
    if (!wrong(q)) answers[q.id] = q.answer;
    else if (q.type === 'fill_blank') answers[q.id] = 'zzzz definitely wrong';
    else answers[q.id] = q.choices?.find((c) => c.id !== q.answer)?.id ?? q.answer;
  }
  return answers;
}
