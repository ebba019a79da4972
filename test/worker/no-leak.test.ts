import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CreateQuizResponseSchema,
  EmbedResponseSchema,
  PublicQuizSchema,
  StatsSchema,
  type KeyedQuiz,
} from '../../questions/schema';
import { answerKey, api, expectNoAnswerIn, postJson } from './helpers';

const people = ['Ana Torres', 'Marcus Lee', 'Priya Nair', 'Jonas Berg', 'Lucía Gómez', 'Kwame Mensah', 'Sofia Rossi'];
const places = ['Lisbon', 'Nairobi', 'Quito', 'Osaka', 'Toronto', 'Kraków', 'Perth'];
const orgs = ['the city council', 'the Ministry of Health', 'Northwind Energy', 'the school board', 'the National Weather Service'];
const verbs = ['announced', 'approved', 'rejected', 'delayed', 'opened', 'criticised'];
const things = ['a new bridge', 'the budget', 'a water plan', 'the stadium project', 'a rail link', 'the tax increase'];

const sentence = fc.oneof(
  fc.tuple(fc.constantFrom(...people), fc.constantFrom(...verbs), fc.constantFrom(...things), fc.constantFrom(...places)).map(
    ([p, v, t, l]) => `${p} ${v} ${t} in ${l} on Tuesday.`,
  ),
  fc.tuple(fc.constantFrom(...orgs), fc.integer({ min: 2, max: 950 }), fc.constantFrom('percent', 'million dollars', 'people', 'kilometres')).map(
    ([o, n, u]) => `${o[0]?.toUpperCase()}${o.slice(1)} said the figure reached ${n} ${u} last year.`,
  ),
  fc.tuple(fc.constantFrom(...people), fc.constantFrom('We will not give up.', 'This is a good day for the city.', 'The numbers do not add up.')).map(
    ([p, q]) => `“${q}” ${p} told reporters.`,
  ),
  fc.tuple(fc.constantFrom(...places), fc.integer({ min: 1900, max: 2024 })).map(([l, y]) => `The museum in ${l} was founded in ${y}.`),
);

const article = fc.array(sentence, { minLength: 8, maxLength: 25 }).map((s) => s.join(' '));

async function checkPublicResponses(body: unknown, key: KeyedQuiz): Promise<void> {
  expectNoAnswerIn(body, key);
  expectNoAnswerIn(PublicQuizSchema.parse(await (await api(`/api/quizzes/${key.id}`)).json()), key);
  expectNoAnswerIn(StatsSchema.parse(await (await api(`/api/quizzes/${key.id}/stats`)).json()), key);
  // Error responses name fields and ids, never answers.
  expectNoAnswerIn(await (await postJson(`/api/quizzes/${key.id}/attempts`, { answers: { nope: 'x' } })).json(), key);
  const q = key.questions[0];
  if (q?.choices !== undefined) {
    expectNoAnswerIn(await (await postJson(`/api/quizzes/${key.id}/attempts`, { answers: { [q.id]: 'not-a-choice' } })).json(), key);
  }
}

describe('no answer leaks, for quizzes generated from random articles', () => {
  it('reveals no answer or explanation in any public response before the reader has answered', async () => {
    await fc.assert(
      fc.asyncProperty(article, fc.boolean(), async (text, endFeedback) => {
        const res = await postJson('/api/quizzes', { text, ...(endFeedback ? { feedback: 'end' } : {}) });
        if (res.status === 422) return; // text that yields no quiz gets no quiz
        expect(res.status).toBe(201);
        const created = CreateQuizResponseSchema.parse(await res.json());
        const key = await answerKey(created.quiz.id, created.editKey);
        await checkPublicResponses(created, key);
        if (endFeedback) {
          for (const q of key.questions) {
            const check = await postJson(`/api/quizzes/${key.id}/check`, { questionId: q.id, answer: q.answer });
            expect(check.status).toBe(403);
            expectNoAnswerIn(await check.json(), key);
          }
        }
      }),
      { numRuns: 25 },
    );
  }, 120_000);

  it('reveals nothing through the shared quiz of an article either', async () => {
    await fc.assert(
      fc.asyncProperty(article, async (text) => {
        const res = await postJson('/api/embed', { text });
        if (res.status === 422) return;
        const { quiz } = EmbedResponseSchema.parse(await res.json());
        expect(JSON.stringify(quiz)).not.toMatch(/"(answer|accepted|explanation|difficulty|editKey)"/);
      }),
      { numRuns: 10 },
    );
  }, 60_000);
});
