import { SELF } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';

describe('smoke', () => {
  it('serves healthz', async () => {
    const res = await SELF.fetch('http://example.com/healthz');
    expect(res.status).toBe(200);
  });
  it('creates a quiz', async () => {
    const text = await (await SELF.fetch('http://example.com/')).text();
    expect(text).toContain('article-quiz');
  });
});
