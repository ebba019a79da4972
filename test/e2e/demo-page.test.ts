import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { collectPageErrors, launchChromium } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('the demo page', () => {
  it('shows the seed article with a quiz element under it', async () => {
    const page = await browser.newPage();
    const errors = collectPageErrors(page);
    await page.goto(inject('baseUrl'));
    await expect(page.locator('article#story h1').textContent()).resolves.toContain('Venezuela');
    await expect(page.locator('article-quiz').count()).resolves.toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });
});
