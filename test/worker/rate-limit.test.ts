import { describe, expect, it } from 'vitest';
import { clientKey } from '../../worker/rate-limit';
import { answerKey, createQuiz, expectError, postJson, seedArticle } from './helpers';

// The limits are the ones in wrangler.toml, emulated by Miniflare.
describe('rate limits per client', () => {
  it('answers 429 rate_limited with Retry-After once a client has created too many quizzes', async () => {
    const client = { 'CF-Connecting-IP': '203.0.113.7' };
    const statuses: number[] = [];
    for (let i = 0; i < 31; i++) statuses.push((await postJson('/api/quizzes', { text: seedArticle }, client)).status);
    expect(statuses.slice(0, 30)).toEqual(Array(30).fill(201));
    const limited = await postJson('/api/quizzes', { text: seedArticle }, client);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    await expectError(limited, 429, 'rate_limited');
    // Another client is unaffected.
    expect((await postJson('/api/quizzes', { text: seedArticle }, { 'CF-Connecting-IP': '203.0.113.8' })).status).toBe(201);
  });

  it('limits attempts per client', async () => {
    const { quiz, editKey } = await createQuiz();
    const q = (await answerKey(quiz.id, editKey)).questions[0];
    const client = { 'CF-Connecting-IP': '198.51.100.9' };
    let limited: Response | undefined;
    for (let i = 0; i < 130 && limited === undefined; i++) {
      const res = await postJson(`/api/quizzes/${quiz.id}/attempts`, { answers: { [q?.id ?? 'q1']: q?.answer ?? '' } }, client);
      if (res.status === 429) limited = res;
      else expect(res.status).toBe(201);
    }
    if (limited === undefined) throw new Error('never limited');
    await expectError(limited, 429, 'rate_limited');
  });

  it('counts an IPv6 client by its /64', () => {
    expect(clientKey('2001:db8:1:2:aaaa::1')).toBe(clientKey('2001:db8:1:2:bbbb::2'));
    expect(clientKey('2001:db8:1:3::1')).not.toBe(clientKey('2001:db8:1:2::1'));
    expect(clientKey('192.0.2.1')).toBe('192.0.2.1');
    expect(clientKey(null)).toBe('unknown');
  });
});
