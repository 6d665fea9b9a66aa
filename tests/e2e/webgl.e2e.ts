// `?webgl`: Cytoscape's WebGL renderer is not in the main chunk (scripts/lib/cytoscape-lean.ts);
// the page fetches it on demand. This checks the built app both ways: the default page never
// fetches it, and `?webgl` fetches it, draws with it and can be clicked.
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH, clickNode, expectSelected, settled, waitForGraph, watch } from './browser';

// Headless WebGL needs a software implementation: SwiftShader through ANGLE (as the bench uses).
const WEBGL_ARGS = [...CHROMIUM_ARGS, '--enable-unsafe-swiftshader', '--use-angle=swiftshader'];
// SwiftShader reports performance notes about reading pixels back (the WebGL renderer's picking);
// they are the software GPU's, not the app's.
const isDriverNote = (problem: string) => problem.startsWith('warning:') && problem.includes('GL Driver Message');

let browser: Browser;
beforeAll(async () => {
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: WEBGL_ARGS });
});
afterAll(async () => {
  await browser?.close();
});

const fetchedWebglChunk = (page: import('playwright-core').Page) =>
  page.evaluate(() => performance.getEntriesByType('resource').some((e) => e.name.includes('kavosh-cytoscape-webgl')));

describe('the WebGL renderer', () => {
  it('is fetched only for ?webgl, draws the graph with WebGL and picks a clicked node', async () => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    try {
      const page = await context.newPage();
      const problems: string[] = [];
      watch(page, problems);

      await page.goto(`${inject('baseUrl')}`);
      await waitForGraph(page);
      expect(await fetchedWebglChunk(page)).toBe(false);
      expect(await page.locator('canvas[data-id$="-webgl"]').count()).toBe(0);

      await page.goto(`${inject('baseUrl')}?webgl`);
      await waitForGraph(page);
      expect(await fetchedWebglChunk(page)).toBe(true);
      expect(await page.locator('canvas[data-id$="-webgl"]').count()).toBe(1);
      expect(await page.evaluate(() => (window.kavosh!.cy as unknown as { renderer(): { webgl?: boolean } }).renderer().webgl)).toBe(true);

      await clickNode(page, 'karim-valiyev');
      await expectSelected(page, 'karim-valiyev');
      await settled(page);
      expect(problems.filter((p) => !isDriverNote(p) && !p.includes('webgl rendering enabled'))).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
