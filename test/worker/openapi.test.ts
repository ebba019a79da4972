import { describe, expect, it } from 'vitest';
import { createApp } from '../../worker/app';
import { ERROR_CODES } from '../../worker/openapi/error-codes';
import { API_ROUTES, PAGE_ROUTES } from '../../worker/openapi/routes';
import { api } from './helpers';

const documented = [...API_ROUTES, ...PAGE_ROUTES];

describe('the API document', () => {
  it('describes every route the app serves, and no route it does not serve', () => {
    const served = new Set(
      createApp()
        .routes.filter((r) => r.method !== 'ALL' && r.method !== 'OPTIONS')
        .map((r) => `${r.method.toLowerCase()} ${r.path.replace(/:(\w+)/g, '{$1}')}`),
    );
    const described = new Set(documented.map((r) => `${r.method} ${r.path}`));
    expect([...served].filter((r) => !described.has(r))).toEqual([]);
    expect([...described].filter((r) => !served.has(r))).toEqual([]);
  });

  it('has examples that parse with the schemas they illustrate', () => {
    for (const route of documented) {
      if (route.requestBody) expect(() => route.requestBody?.schema.parse(route.requestBody.example), route.operationId).not.toThrow();
      if (route.success.json) expect(() => route.success.json?.schema.parse(route.success.json.example), route.operationId).not.toThrow();
    }
  });

  it('lists only error codes it defines, each with a 4xx or 5xx status', () => {
    for (const route of documented) for (const code of route.errors) expect(ERROR_CODES[code].status).toBeGreaterThanOrEqual(400);
  });

  it('is served at /openapi.json and as a page at /docs', async () => {
    const doc = (await (await api('/openapi.json')).json()) as { openapi: string; paths: Record<string, unknown> };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toContain('/api/quizzes/{id}/attempts');
    const page = await api('/docs');
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    const html = await page.text();
    for (const route of API_ROUTES) expect(html).toContain(route.path);
  });
});
