/**
 * @module
 * Helpers for the classroom tests: calls into the Worker, a quiz with known questions and its key, and
 * the check that an error answer is the error JSON with the expected status and code.
 */
import { SELF } from 'cloudflare:test';
import { expect } from 'vitest';
import { ErrorBodySchema, type CreateQuizResponse, type Question } from '../../questions/schema';
import { SAMPLES } from '../../worker/samples';
import { CLASSROOM_QUESTIONS } from '../fixtures/classroom-quiz';

export function call(path: string, init: RequestInit & { key?: string; json?: unknown } = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  if (init.key !== undefined) headers.set('Authorization', `Bearer ${init.key}`);
  if (init.json !== undefined) headers.set('Content-Type', 'application/json');
  const { key: _key, json, ...rest } = init;
  return SELF.fetch(`http://example.com${path}`, { ...rest, headers, ...(json === undefined ? {} : { body: JSON.stringify(json) }) });
}

export async function expectError(response: Response, status: number, code: string): Promise<string> {
  const body: unknown = await response.json();
  expect({ status: response.status, body }).toMatchObject({ status, body: { error: { code } } });
  return ErrorBodySchema.parse(body).error.message;
}

export interface OwnedTestQuiz {
  id: string;
  key: string;
}

/** A quiz made from the sample article, its questions then replaced by the classroom fixture. */
export async function classroomQuiz(questions: Question[] = CLASSROOM_QUESTIONS): Promise<OwnedTestQuiz> {
  const text = SAMPLES[0]?.text ?? '';
  const created = await call('/api/quizzes', { method: 'POST', json: { text } });
  expect(created.status).toBe(201);
  const { quiz, editKey } = (await created.json()) as CreateQuizResponse;
  const replaced = await call(`/api/quizzes/${quiz.id}/questions`, { method: 'PUT', key: editKey, json: { questions } });
  expect(replaced.status).toBe(200);
  return { id: quiz.id, key: editKey };
}

export async function openClass(quiz: OwnedTestQuiz, body: Record<string, unknown> = {}): Promise<string> {
  const response = await call(`/api/quizzes/${quiz.id}/classes`, { method: 'POST', key: quiz.key, json: body });
  expect(response.status).toBe(201);
  return ((await response.json()) as { code: string }).code;
}

export function answerInClass(quizId: string, body: Record<string, unknown>): Promise<Response> {
  return call(`/api/quizzes/${quizId}/attempts`, { method: 'POST', json: body });
}

/** Answers to the classroom fixture: all right, or with the given question ids wrong. */
export function fixtureAnswers(wrong: string[] = []): Record<string, string> {
  const right: Record<string, string> = { q1: 'b', q2: 'false', q3: 'orinoco', q4: 'x1' };
  const wrongAnswers: Record<string, string> = { q1: 'a', q2: 'true', q3: 'Amazon', q4: 'x2' };
  return Object.fromEntries(Object.entries(right).map(([id, a]) => [id, wrong.includes(id) ? (wrongAnswers[id] ?? a) : a]));
}
