import { describe, expect, it } from 'vitest';
import { api, expectError } from './helpers';

describe('the demo page', () => {
  it('shows the seed article and an <article-quiz> under it, with the security headers', async () => {
    const res = await api('/');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBeTruthy();
    const html = await res.text();
    expect(html).toContain('<article id="story">');
    expect(html).toContain('Gonzalez-Olachia');
    expect(html).toMatch(/<article-quiz[^>]*>/);
    expect(html).toContain('<script type="module" src="/widget.js"></script>');
    expect(html).not.toMatch(/<script>(?!<\/script>)/);
  });

  it('answers an unknown path with the error JSON', async () => {
    await expectError(await api('/no/such/page'), 404, 'not_found');
  });

  it('answers /healthz', async () => {
    expect(await (await api('/healthz')).json()).toEqual({ ok: true });
  });
});
