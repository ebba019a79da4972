/**
 * @module
 * What a browser loads from the Worker: the demo page, its stylesheet and the widget bundle.
 */
import { Hono, type Context } from 'hono';
import { ApiError } from '../errors';
import { WIDGET_HASH, WIDGET_JS } from '../generated/widget-bundle';
import { matchesEtag, sendAsset } from '../http-cache';
import type { AppEnv } from '../env';
import { openApiDocument } from '../openapi/document';
import { demoPage } from '../pages/demo';
import { docsPage } from '../pages/docs';
import { PAGES_CSS } from '../pages/pages-css';
import { setPageHeaders } from '../pages/security-headers';
import { SAMPLES } from '../samples';

/** The path of this build's widget under its versioned, long-cached URL. */
export const WIDGET_PATH = `/v/${WIDGET_HASH}/widget.js`;

function sendWidget(c: Context, cacheControl: string): Response {
  const etag = `"${WIDGET_HASH}"`;
  c.header('ETag', etag);
  c.header('Cache-Control', cacheControl);
  c.header('Access-Control-Allow-Origin', '*');
  if (matchesEtag(c.req.header('If-None-Match'), etag)) return c.body(null, 304);
  c.header('Content-Type', 'text/javascript; charset=utf-8');
  return c.body(WIDGET_JS);
}

const FAVICON_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#0b57d0"/>' +
  '<path d="M9 17l5 5 9-12" stroke="#fff" stroke-width="4" fill="none" stroke-linecap="round" stroke-linejoin="round"/></svg>';

export const pageRoutes = new Hono<AppEnv>()
  .get('/', (c) => {
    const sample = SAMPLES[0];
    if (sample === undefined) throw new Error('no sample article is bundled');
    setPageHeaders(c);
    return c.html(demoPage(sample, WIDGET_PATH));
  })
  .get('/pages.css', (c) => sendAsset(c, 'text/css; charset=utf-8', PAGES_CSS))
  // The stable URL, for embed snippets: cached briefly and revalidated, so a new release reaches pages soon.
  .get('/widget.js', (c) => sendWidget(c, 'public, max-age=300, stale-while-revalidate=86400'))
  // The versioned URL changes with every build, so browsers and CDNs may keep it for a year.
  .get('/v/:hash/widget.js', (c) => {
    if (c.req.param('hash') !== WIDGET_HASH) {
      throw new ApiError(404, 'not_found', 'No widget with this version is served here; use /widget.js.');
    }
    return sendWidget(c, 'public, max-age=31536000, immutable');
  })
  .get('/favicon.svg', (c) => sendAsset(c, 'image/svg+xml', FAVICON_SVG, 'public, max-age=86400'))
  .get('/openapi.json', (c) => {
    c.header('Access-Control-Allow-Origin', '*');
    c.header('Cache-Control', 'public, max-age=300');
    return c.json(openApiDocument(new URL(c.req.url).origin));
  })
  .get('/docs', (c) => {
    setPageHeaders(c);
    return c.html(docsPage(new URL(c.req.url).origin));
  })
  .get('/healthz', (c) => c.json({ ok: true }));
