import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { EmbedResponseSchema } from '../../questions/schema';
import { api, expectError, postJson, seedArticle } from './helpers';

describe('POST /api/embed', () => {
  it('creates the shared quiz of an article once, then returns the same quiz, never with an edit key', async () => {
    const text = `${seedArticle}\nEmbed test one.`;
    const first = await postJson('/api/embed', { text });
    expect(first.status).toBe(201);
    const firstBody = await first.json();
    expect(JSON.stringify(firstBody)).not.toMatch(/editKey/i);
    const { quiz } = EmbedResponseSchema.parse(firstBody);
    const again = await postJson('/api/embed', { text });
    expect(again.status).toBe(200);
    expect(EmbedResponseSchema.parse(await again.json()).quiz.id).toBe(quiz.id);
  });

  it('maps text that differs only in white space, quotes and accents to the same quiz', async () => {
    const base = `${seedArticle}\nEmbed test two.`;
    const a = EmbedResponseSchema.parse(await (await postJson('/api/embed', { text: base })).json());
    const altered = base.replace(/\n\n/g, '\n   \n').replace(/“|”/g, '"').replace(/González/g, 'Gonzalez');
    const b = EmbedResponseSchema.parse(await (await postJson('/api/embed', { text: altered })).json());
    expect(b.quiz.id).toBe(a.quiz.id);
  });

  it('keeps one quiz per article when many readers arrive at once', async () => {
    const text = `${seedArticle}\nEmbed test three.`;
    const responses = await Promise.all(Array.from({ length: 10 }, () => postJson('/api/embed', { text })));
    const ids = await Promise.all(responses.map(async (r) => EmbedResponseSchema.parse(await r.json()).quiz.id));
    expect(new Set(ids).size).toBe(1);
    const row = await env.DB.prepare('SELECT COUNT(*) AS n FROM quizzes WHERE shared = 1 AND id = ?').bind(ids[0]).first<{ n: number }>();
    expect(row?.n).toBe(1);
  });

  it('does not hand out the shared quiz to owners: an owned quiz of the same text is another quiz', async () => {
    const text = `${seedArticle}\nEmbed test four.`;
    const shared = EmbedResponseSchema.parse(await (await postJson('/api/embed', { text })).json());
    const owned = await postJson('/api/quizzes', { text });
    const ownedBody = (await owned.json()) as { quiz: { id: string } };
    expect(ownedBody.quiz.id).not.toBe(shared.quiz.id);
    const forbidden = await api(`/api/quizzes/${shared.quiz.id}/answer-key`, { headers: { Authorization: 'Bearer anything' } });
    await expectError(forbidden, 403, 'forbidden');
  });

  it('returns the errors of quiz creation for bad input', async () => {
    await expectError(await postJson('/api/embed', {}), 400, 'invalid_request');
    await expectError(await postJson('/api/embed', { text: 'Too short.' }), 422, 'text_too_short');
    await expectError(await postJson('/api/embed', { text: seedArticle, count: 5 }), 400, 'invalid_request');
  });
});
