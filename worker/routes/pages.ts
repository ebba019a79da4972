/**
 * @module
 * What a browser loads from the Worker: the demo page, its stylesheet and the widget bundle.
 */
import { Hono } from 'hono';
import { WIDGET_JS } from '../generated/widget-bundle';
import { createSharedQuiz, findSharedQuizFor } from '../create-quiz';
import type { AppEnv } from '../env';
import { demoPage } from '../pages/demo';
import { PAGES_CSS } from '../pages/pages-css';
import { setPageHeaders } from '../pages/security-headers';
import { SAMPLES } from '../samples';

const FAVICON_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#0b57d0"/>' +
  '<path d="M9 17l5 5 9-12" stroke="#fff" stroke-width="4" fill="none" stroke-linecap="round" stroke-linejoin="round"/></svg>';

export const pageRoutes = new Hono<AppEnv>()
  .get('/', async (c) => {
    const sample = SAMPLES[0];
    if (sample === undefined) throw new Error('no sample article is bundled');
    const quiz = (await findSharedQuizFor(c.env.DB, sample.text)) ?? (await createSharedQuiz(c.env.DB, sample.text)).quiz;
    setPageHeaders(c);
    return c.html(demoPage(sample, quiz.id));
  })
  .get('/pages.css', (c) => {
    c.header('Content-Type', 'text/css; charset=utf-8');
    c.header('Cache-Control', 'public, max-age=300');
    return c.body(PAGES_CSS);
  })
  .get('/widget.js', (c) => {
    c.header('Content-Type', 'text/javascript; charset=utf-8');
    c.header('Cache-Control', 'public, max-age=300');
    c.header('Access-Control-Allow-Origin', '*');
    return c.body(WIDGET_JS);
  })
  .get('/favicon.svg', (c) => {
    c.header('Content-Type', 'image/svg+xml');
    c.header('Cache-Control', 'public, max-age=86400');
    return c.body(FAVICON_SVG);
  })
  .get('/healthz', (c) => c.json({ ok: true }));
