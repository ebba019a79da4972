/**
 * @module
 * The classroom pages and their assets: the teacher page `/teach` (with `/teach.js`), the student page
 * `/play/CODE`, the join form `/play`, their stylesheet, and the sample texts the teacher page offers.
 */
import { Hono } from 'hono';
import { normalizeJoinCode } from '../../questions/classroom-schema';
import { publicClass } from '../class-lookup';
import type { AppEnv } from '../env';
import { TEACHER_JS } from '../generated/widget-bundle';
import { CLASSROOM_CSS } from '../pages/classroom-css';
import { classClosedPage, joinPage, playPage } from '../pages/play';
import { setPageHeaders } from '../pages/security-headers';
import { teachPage } from '../pages/teach';
import { enforceRateLimit } from '../rate-limit';
import { SAMPLES } from '../samples';
import { sendAsset } from '../http-cache';

export const classroomPageRoutes = new Hono<AppEnv>()
  .get('/teach', (c) => {
    setPageHeaders(c);
    // The private link carries the edit key in its fragment, which browsers never send; no Referer at all
    // keeps even the page's own address out of other servers' logs.
    c.header('Referrer-Policy', 'no-referrer');
    c.header('Cache-Control', 'no-cache');
    return c.html(teachPage());
  })
  .get('/teach.js', (c) => sendAsset(c, 'text/javascript; charset=utf-8', TEACHER_JS))
  .get('/classroom.css', (c) => sendAsset(c, 'text/css; charset=utf-8', CLASSROOM_CSS))
  .get('/play', (c) => {
    setPageHeaders(c);
    const typed = c.req.query('code');
    if (typed === undefined) return c.html(joinPage());
    const code = normalizeJoinCode(typed);
    if (code === undefined) return c.html(joinPage('That is not a class code: it has six letters and digits.'), 400);
    return c.redirect(`/play/${code}`, 303);
  })
  .get('/play/:code', async (c) => {
    await enforceRateLimit(c.env, 'CHECK_LIMITER', c.req.raw);
    setPageHeaders(c);
    c.header('Cache-Control', 'no-store');
    const klass = await publicClass(c.env.DB, c.req.param('code'));
    if (klass === null) return c.html(joinPage('No class has this code; check it with your teacher.'), 404);
    return c.html(klass.open ? playPage(klass) : classClosedPage(klass));
  })
  .get('/api/samples', (c) => {
    c.header('Cache-Control', 'public, max-age=300');
    return c.json({ samples: SAMPLES.map(({ slug, headline, text }) => ({ slug, headline, text })) });
  });
