import type { TestProject } from 'vitest/node';
import type {} from 'vitest';
import { startDevServer } from '../../scripts/dev-server.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

// One `wrangler dev` with a fresh local D1 for the whole e2e project.
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await startDevServer();
  project.provide('baseUrl', server.url);
  return () => server.stop();
}
