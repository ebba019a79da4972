/**
 * @module
 * The API reference page (`/docs`), rendered from the same route list as `/openapi.json`.
 */
import { html } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import { LIMITS } from '../../questions/limits';
import { ERROR_CODES } from '../openapi/error-codes';
import { API_ROUTES, PAGE_ROUTES, type RouteDoc } from '../openapi/routes';

function pretty(value: unknown): string {
  return JSON.stringify(value, null, 2);
}

function routeSection(route: RouteDoc, origin: string) {
  const body = route.requestBody;
  const curlPath = route.path.replace('{id}', 'QUIZ_ID');
  const curl = [
    `curl -X ${route.method.toUpperCase()} ${origin}${curlPath}`,
    route.owner ? '  -H "Authorization: Bearer $EDIT_KEY"' : '',
    body ? `  -H "Content-Type: application/json" -d '${JSON.stringify(body.example).replace(/'/g, "'\\''")}'` : '',
  ]
    .filter(Boolean)
    .join(' \\\n');
  return html`<section class="route" id="${route.operationId}">
    <h3><span class="method method-${route.method}">${route.method.toUpperCase()}</span> <code>${route.path}</code></h3>
    <p><strong>${route.summary}.</strong> ${route.description}</p>
    ${route.owner ? html`<p class="note">Needs the quiz's edit key: <code>Authorization: Bearer &lt;editKey&gt;</code>.</p>` : ''}
    ${route.rateLimited ? html`<p class="note">Rate limited per client: 429 <code>rate_limited</code> with <code>Retry-After</code>.</p>` : ''}
    ${body ? html`<h4>Request body</h4><pre><code>${pretty(body.example)}</code></pre>` : ''}
    <h4>Response ${route.success.status}</h4>
    ${route.success.json ? html`<pre><code>${pretty(route.success.json.example)}</code></pre>` : html`<p>${route.success.description}</p>`}
    ${route.errors.length > 0
      ? html`<h4>Errors</h4><ul>${route.errors.map((code) => html`<li><code>${ERROR_CODES[code].status} ${code}</code>: ${ERROR_CODES[code].meaning}</li>`)}</ul>`
      : ''}
    ${route.tag === 'Pages' ? '' : html`<h4>Example</h4><pre><code>${curl}</code></pre>`}
  </section>`;
}

export function docsPage(origin: string): HtmlEscapedString | Promise<HtmlEscapedString> {
  return html`<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>API reference · article-quiz</title>
    <link rel="icon" href="/favicon.svg" type="image/svg+xml">
    <link rel="stylesheet" href="/pages.css">
  </head>
  <body>
    <header class="masthead"><a href="/">article-quiz</a> <span>API reference</span></header>
    <main class="docs">
      <h1>API reference</h1>
      <p>
        JSON over HTTPS. The machine-readable description is <a href="/openapi.json">/openapi.json</a> (OpenAPI 3.1),
        generated from the same schemas that validate requests.
      </p>
      <h2>Conventions</h2>
      <ul>
        <li>Every error is <code>{"error": {"code": "snake_case_code", "message": "human sentence"}}</code>, with a 4xx status for the caller's mistakes.</li>
        <li>Bodies are JSON (<code>application/json</code>, or <code>text/plain</code> to spare browsers a CORS preflight), at most ${LIMITS.bodyBytes} bytes; unknown fields are rejected with a 400 that names them.</li>
        <li>Public routes allow any origin, without credentials. Owner routes need <code>Authorization: Bearer &lt;editKey&gt;</code>: 401 without it, 403 with another quiz's key.</li>
        <li>Readers never receive an answer, accepted spelling or explanation before they have answered.</li>
      </ul>
      <nav aria-label="Routes"><ul>${[...API_ROUTES, ...PAGE_ROUTES].map(
        (r) => html`<li><a href="#${r.operationId}"><code>${r.method.toUpperCase()} ${r.path}</code></a> ${r.summary}</li>`,
      )}</ul></nav>
      <h2>Routes</h2>
      ${API_ROUTES.map((r) => routeSection(r, origin))}
      <h2>Pages and files</h2>
      ${PAGE_ROUTES.map((r) => routeSection(r, origin))}
      <h2>Error codes</h2>
      <table>
        <thead><tr><th scope="col">Status</th><th scope="col">Code</th><th scope="col">Meaning</th></tr></thead>
        <tbody>${Object.entries(ERROR_CODES).map(([code, e]) => html`<tr><td>${e.status}</td><td><code>${code}</code></td><td>${e.meaning}</td></tr>`)}</tbody>
      </table>
    </main>
  </body>
</html>`;
}
