import { describe, expect, it } from 'vitest';
import { clientKey } from '../../worker/rate-limit';
import { answerKey, createQuiz, expectError, postJson, seedArticle } from './helpers';

/**
 * Sends requests until one is limited. The limiter counts in fixed windows, so the allowance may be met
 * once in each of two windows: twice the limit plus one request always reaches a 429.
 */
async function untilLimited(limit: number, send: () => Promise<Response>): Promise<{ limited: Response; allowed: number }> {
  for (let allowed = 0; allowed <= 2 * limit; allowed++) {
    const res = await send();
    if (res.status === 429) return { limited: res, allowed };
    expect(res.status).toBe(201);
  }
  throw new Error(`no 429 after ${2 * limit + 1} requests`);
}

// The limits are the ones in wrangler.toml, emulated by Miniflare.
describe('rate limits per client', () => {
  it('answers 429 rate_limited with Retry-After once a client has created too many quizzes', async () => {
    const client = { 'CF-Connecting-IP': '203.0.113.7' };
    const { limited, allowed } = await untilLimited(30, () => postJson('/api/quizzes', { text: seedArticle }, client));
    expect(allowed).toBeGreaterThanOrEqual(30);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    await expectError(limited, 429, 'rate_limited');
    // Another client is unaffected.
    expect((await postJson('/api/quizzes', { text: seedArticle }, { 'CF-Connecting-IP': '203.0.113.8' })).status).toBe(201);
  });

  it('limits attempts per client', async () => {
    const { quiz, editKey } = await createQuiz();
    const q = (await answerKey(quiz.id, editKey)).questions[0];
    const client = { 'CF-Connecting-IP': '198.51.100.9' };
    const answers = { [q?.id ?? 'q1']: q?.answer ?? '' };
    const { limited, allowed } = await untilLimited(120, () => postJson(`/api/quizzes/${quiz.id}/attempts`, { answers }, client));
    expect(allowed).toBeGreaterThanOrEqual(120);
    await expectError(limited, 429, 'rate_limited');
  });

  it('counts an IPv6 client by its /64', () => {
    expect(clientKey('2001:db8:1:2:aaaa::1')).toBe(clientKey('2001:db8:1:2:bbbb::2'));
    expect(clientKey('2001:db8:1:3::1')).not.toBe(clientKey('2001:db8:1:2::1'));
    expect(clientKey('2001:db8::5:0:0:1')).toBe(clientKey('2001:0db8:0000:0000:0001::'));
    expect(clientKey('2001:db8::5:0:0:1')).toBe('2001:db8:0:0::/64');
    expect(clientKey('192.0.2.1')).toBe('192.0.2.1');
    expect(clientKey(null)).toBe('unknown');
  });
});
