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
    expect(html).toMatch(/<script type="module" src="\/v\/[0-9a-f]{16}\/widget.js"><\/script>/);
    expect(html).not.toMatch(/<script>(?!<\/script>)/);
  });

  it('answers an unknown path with the error JSON', async () => {
    await expectError(await api('/no/such/page'), 404, 'not_found');
  });

  it('answers /healthz', async () => {
    expect(await (await api('/healthz')).json()).toEqual({ ok: true });
  });
});

describe('the widget script', () => {
  it('is served at /widget.js for a short while and revalidated by its ETag', async () => {
    const res = await api('/widget.js');
    expect(res.headers.get('cache-control')).toContain('max-age=300');
    const etag = res.headers.get('etag') ?? '';
    expect((await api('/widget.js', { headers: { 'If-None-Match': etag } })).status).toBe(304);
  });

  it('is served for a year under its versioned URL, which the demo page uses', async () => {
    const html = await (await api('/')).text();
    const path = /src="(\/v\/[0-9a-f]{16}\/widget.js)"/.exec(html)?.[1] ?? '';
    const res = await api(path);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await res.text()).toBe(await (await api('/widget.js')).text());
    await expectError(await api('/v/0000000000000000/widget.js'), 404, 'not_found');
  });
});

describe('articleView', () => {
  it('finds the subheadings of the seed article, a quoted one included, and keeps the paragraphs', async () => {
    const { articleView, SAMPLES } = await import('../../worker/samples');
    const view = articleView(SAMPLES[0]?.text ?? '');
    expect(view.date).toBe('2024-07-29');
    expect(view.blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual([
      'Maduro pledges to provide ‘peace, stability and justice’',
      'Peru recalls its ambassador from Caracas',
      'Venezuelan opposition claims election victory',
      'Congratulations from China',
    ]);
    expect(view.blocks.filter((b) => b.kind === 'paragraph')).toHaveLength(15);
  });
});
