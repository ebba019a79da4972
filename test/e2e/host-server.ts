/**
 * @module
 * A publisher's web server for the widget's browser tests: serves host pages from its own origin on the
 * loopback interface, so the widget runs cross-origin as it does on a news site, under the page's CSP.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './browser';

export interface HostServer {
  origin: string;
  /** Serves `html` at `path` with the given Content-Security-Policy; returns the page's URL. */
  serve(path: string, html: string, csp: string): string;
  close(): Promise<void>;
}

export async function startHostServer(): Promise<HostServer> {
  const pages = new Map<string, { html: string; csp: string }>();
  const server: Server = createServer((req, res) => {
    const page = pages.get(req.url ?? '');
    if (page === undefined) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': page.csp, 'Cache-Control': 'no-store' });
    res.end(page.html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://localhost:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    serve(path, html, csp) {
      pages.set(path, { html, csp });
      return origin + path;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * Registers the hooks of a widget test file: Chromium and a publisher's server, started before its tests
 * and closed after them. The returned object holds both once the tests run.
 */
export function usePublisherPages(): { browser: Browser; host: HostServer } {
  const session = {} as { browser: Browser; host: HostServer };
  beforeAll(async () => {
    session.browser = await launchChromium();
    session.host = await startHostServer();
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.host?.close();
  });
  return session;
}
