// A dataset whose every visible field holds HTML, script and bidi-override payloads is imported
// through the UI; every panel must show the payloads as text and nothing may run or be injected.
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, waitForGraph, type AppPage } from './browser';

const HOSTILE = ['document.json', 'facts.json', 'source.txt'].map((f) => join('tests/fixtures/hostile', f));
const IMG = '<img src=x onerror="window.__pwned=1">';
const SCRIPT = '<script>window.__pwned=2</script>';

let app: AppPage | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

/** Elements the payloads would create if any of them were parsed as HTML. */
const injected = (page: Page) =>
  page.evaluate(() => ({
    pwned: (window as unknown as Record<string, unknown>)['__pwned'],
    imgs: document.querySelectorAll('img[src="x"]').length,
    svgOnload: document.querySelectorAll('svg[onload]').length,
    scripts: [...document.querySelectorAll('script')].filter((s) => s.textContent?.includes('__pwned')).length,
  }));

describe('hostile text in Chromium', () => {
  it('renders payloads literally in details, search, article, fact table and timeline', async () => {
    app = await openApp();
    const { page } = app;
    await page.getByTestId('import-input').setInputFiles(HOSTILE);
    await expect.poll(() => page.evaluate(() => window.kavosh!.cy?.getElementById('evil-person').length ?? 0)).toBe(1);
    await waitForGraph(page);

    // Details: names, aliases, description and quotes are text.
    await page.evaluate(() => window.kavosh!.store.getState().select('evil-country'));
    await expect.poll(() => page.locator('#details-title').textContent()).toBe(IMG);
    await expect.poll(() => page.locator('.details .aliases').textContent()).toContain(SCRIPT);
    await expect.poll(() => page.locator('.details .quote').first().textContent()).toBe(IMG);
    await page.evaluate(() => window.kavosh!.store.getState().select('evil-meeting'));
    await expect.poll(() => page.locator('.details .translation').first().textContent()).toContain('<svg onload=');

    // Search results.
    await page.getByRole('combobox', { name: 'Search names and aliases' }).fill('<script>');
    await expect.poll(() => page.locator('[role="option"][data-id]').count()).toBeGreaterThan(0);
    await expect.poll(() => page.locator('[role="option"][data-id]').first().textContent()).toContain('<');

    // Article, fact table and timeline.
    await page.getByRole('tab', { name: 'Article' }).click();
    await expect.poll(() => page.locator('.article-view').textContent()).toContain(SCRIPT);
    await page.getByRole('tab', { name: 'Fact table' }).click();
    await expect.poll(() => page.locator('.fact-table').textContent()).toContain(IMG);
    await expect.poll(() => page.locator('.timeline').textContent()).toContain(IMG);

    // Node labels on the canvas are data, not markup.
    expect(await page.evaluate(() => window.kavosh!.cy!.getElementById('evil-country').style('label'))).toBe(IMG);

    expect(await injected(page)).toEqual({ pwned: undefined, imgs: 0, svgOnload: 0, scripts: 0 });
    expect(app.problems, app.problems.join('\n')).toEqual([]);
  });
});
