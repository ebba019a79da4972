import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './browser';

interface Declaration {
  tagName?: string;
  attributes?: { name: string; description?: string }[];
  events?: { name: string; description?: string }[];
  cssParts?: { name: string; description?: string }[];
  cssProperties?: { name: string; description?: string }[];
}

const manifestText = readFileSync('custom-elements.json', 'utf8');
const manifest = JSON.parse(manifestText) as { modules: { declarations?: Declaration[] }[] };
const element = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'article-quiz') as Declaration;
const names = (list: { name: string; description?: string }[] | undefined) => {
  for (const item of list ?? []) expect(item.description, item.name).toBeTruthy();
  return (list ?? []).map((i) => i.name).sort();
};
const unique = (values: Iterable<string>) => [...new Set(values)].sort();

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('custom-elements.json', () => {
  it('is what the analyzer makes of the current source', () => {
    // The analyzer resolves its output folder against the working directory.
    const out = 'test-results/manifest-check';
    try {
      execFileSync(process.execPath, ['node_modules/@custom-elements-manifest/analyzer/cem.js', 'analyze', '--config', 'custom-elements-manifest.config.mjs'], {
        stdio: 'ignore',
        env: { ...process.env, CEM_OUTDIR: out },
      });
      expect(readFileSync(join(out, 'custom-elements.json'), 'utf8'), 'run `npm run manifest`').toBe(manifestText);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('documents every event the widget defines', () => {
    const defined = readdirSync('widget/events').map((file) => /super\('([a-z-]+)'/.exec(readFileSync(join('widget/events', file), 'utf8'))?.[1] ?? file);
    expect(names(element.events)).toEqual(unique(defined));
  });

  it('documents every part and custom property the styles and template use', () => {
    const template = readFileSync('widget/article-quiz.ts', 'utf8');
    const parts = [...template.matchAll(/part="([^"]+)"/g)].flatMap((m) => (m[1] ?? '').split(' '));
    expect(names(element.cssParts)).toEqual(unique(parts));
    const styles = readFileSync('widget/article-quiz.styles.ts', 'utf8');
    expect(names(element.cssProperties)).toEqual(unique([...styles.matchAll(/--article-quiz-[a-z-]+/g)].map((m) => m[0])));
  });

  it('documents every attribute the element observes', async () => {
    const page = await browser.newPage();
    await page.goto(inject('baseUrl'));
    const observed = await page.evaluate(async () => {
      await customElements.whenDefined('article-quiz');
      return (customElements.get('article-quiz') as unknown as { observedAttributes: string[] }).observedAttributes;
    });
    expect(names(element.attributes)).toEqual(unique(observed));
    await page.close();
  });
});
