// Zoom and pan in links, in Chromium on the article: a fresh load writes no viewport; zooming with
// the toolbar adds `zoom=` and `at=`; the link opened in a new page shows the same zoom and the
// same point in the middle; Fit takes them out again. And the legend's open/closed state is kept.
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { expectUrl, openApp, settled, type AppPage } from './browser';

const SLOW = 180_000;
const apps: AppPage[] = [];
afterEach(async () => {
  for (const a of apps.splice(0)) await a.close();
});
const noProblems = (a: AppPage) => expect(a.problems, a.problems.join('\n')).toEqual([]);

/** Zoom and the model point at the canvas centre, as the app reads them. */
const view = (page: Page) =>
  page.evaluate(() => {
    const cy = window.kavosh!.cy!;
    const zoom = cy.zoom();
    const pan = cy.pan();
    return { zoom, x: (cy.width() / 2 - pan.x) / zoom, y: (cy.height() / 2 - pan.y) / zoom };
  });
const param = (page: Page, key: string) => new URL(page.url()).searchParams.get(key);

describe('the viewport in links', () => {
  it('is written after a toolbar zoom (not on a fresh load), reopens at the same view, and Fit removes it', async () => {
    const first = await openApp('?s=turkey');
    apps.push(first);
    const { page } = first;
    await settled(page);
    expect(param(page, 'zoom')).toBeNull();
    expect(param(page, 'at')).toBeNull();
    const before = (await view(page)).zoom;
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(() => param(page, 'zoom')).not.toBeNull();
    await settled(page);
    const seen = await view(page);
    expect(seen.zoom).toBeGreaterThan(before * 1.5);
    // Rounded: three significant digits of zoom, whole model units for the point.
    expect(Number(param(page, 'zoom'))).toBeCloseTo(seen.zoom, 2);
    expect(param(page, 'at')).toBe(`${Math.round(seen.x)}~${Math.round(seen.y)}`);
    const link = new URL(page.url()).search;
    expect(link).toContain('s=turkey');

    const second = await openApp(link);
    apps.push(second);
    const again = second.page;
    await expect.poll(async () => Math.abs((await view(again)).zoom / seen.zoom - 1), { timeout: 30_000 }).toBeLessThan(0.01);
    await settled(again);
    const opened = await view(again);
    expect(Math.abs(opened.x - seen.x)).toBeLessThan(2);
    expect(Math.abs(opened.y - seen.y)).toBeLessThan(2);
    // Opening the link keeps it as it was.
    expect(param(again, 'zoom')).toBe(param(page, 'zoom'));
    expect(param(again, 'at')).toBe(param(page, 'at'));

    await again.getByRole('button', { name: 'Fit' }).click();
    await expectUrl(again, 's=turkey', 'zoom=');
    expect(param(again, 'at')).toBeNull();
    noProblems(first);
    noProblems(second);
  }, SLOW);

  it('remembers whether the legend is open across visits', async () => {
    const app = await openApp('');
    apps.push(app);
    const { page } = app;
    const legend = page.locator('details.legend');
    await expect.poll(() => legend.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    await legend.locator('summary').click();
    await expect.poll(() => legend.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    // The choice is written in the details' toggle event, a task after the click: wait for it.
    await expect.poll(() => storedLegendOpen(page)).toBe('0');
    // A new visit in the same browser profile (same storage).
    await page.reload();
    await page.waitForFunction(() => document.body.dataset.graphReady === 'true', undefined, { timeout: 150_000 });
    await expect.poll(() => page.locator('details.legend').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    await page.locator('details.legend summary').click();
    await expect.poll(() => storedLegendOpen(page)).toBe('1');
    await page.reload();
    await page.waitForFunction(() => document.body.dataset.graphReady === 'true', undefined, { timeout: 150_000 });
    await expect.poll(() => page.locator('details.legend').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    noProblems(app);
  }, SLOW);
});

/** What the app stored for the legend ('1' open, '0' closed), as the next visit reads it. */
const storedLegendOpen = (page: Page) => page.evaluate(() => localStorage.getItem('kavosh.legendOpen'));
