import { describe, expect, it } from 'vitest';
import {
  AttemptResultSchema,
  CheckResponseSchema,
  CreateQuizResponseSchema,
  EmbedResponseSchema,
  PublicQuizSchema,
  StatsSchema,
} from '../../questions/schema';
import { answerKey, answersFor, api, expectNoAnswerIn, postJson, seedArticle } from './helpers';

// Every public response, parsed with its public schema (strict: an extra field fails) and searched for
// any part of the answer key.
describe('the public contract', () => {
  it('never carries an answer or explanation in a response a reader sees before answering', async () => {
    const created = await postJson('/api/quizzes', { text: seedArticle });
    const createdBody = CreateQuizResponseSchema.parse(await created.json());
    const key = await answerKey(createdBody.quiz.id, createdBody.editKey);
    expectNoAnswerIn(createdBody, key);

    const publicQuiz = PublicQuizSchema.parse(await (await api(`/api/quizzes/${key.id}`)).json());
    expectNoAnswerIn(publicQuiz, key);

    const stats = StatsSchema.parse(await (await api(`/api/quizzes/${key.id}/stats`)).json());
    expectNoAnswerIn(stats, key);

    const embedded = EmbedResponseSchema.parse(await (await postJson('/api/embed', { text: `${seedArticle}\nContract.` })).json());
    expect(keysOf(embedded)).not.toContain('editKey');
    PublicQuizSchema.parse(embedded.quiz);
  });

  it('parses the responses to answers with their schemas', async () => {
    const { quiz, editKey } = CreateQuizResponseSchema.parse(await (await postJson('/api/quizzes', { text: seedArticle })).json());
    const key = await answerKey(quiz.id, editKey);
    const q = key.questions[0];
    CheckResponseSchema.parse(await (await postJson(`/api/quizzes/${quiz.id}/check`, { questionId: q?.id, answer: q?.answer })).json());
    AttemptResultSchema.parse(await (await postJson(`/api/quizzes/${quiz.id}/attempts`, { answers: answersFor(key) })).json());
  });
});

function keysOf(value: object): string[] {
  return Object.keys(value);
}
