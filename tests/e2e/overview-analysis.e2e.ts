// The analysis under the overview renderer, in Chromium on the 10k synthetic corpus: zoomed out,
// the overview (not Cytoscape) draws the graph, and a neighbourhood focus that dims the rest must
// dim it there too — read from the overview canvas's own pixels — and clearing it must undo that.
import type { NodeSingular } from 'cytoscape';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { openApp, settled, type AppPage } from './browser';
import { serveCorpus } from './corpusServer';

/** Pixels of the overview canvas that stand out from its background (#fbfbfc) by more than 60 in a channel. */
const strongPixels = (page: Page) =>
  page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('canvas.graph-overview')!;
    // Read through a copy: reading the overview's own context again and again makes Chrome warn.
    const copy = document.createElement('canvas');
    copy.width = canvas.width;
    copy.height = canvas.height;
    const ctx = copy.getContext('2d', { willReadFrequently: true })!;
    ctx.drawImage(canvas, 0, 0);
    const { data } = ctx.getImageData(0, 0, copy.width, copy.height);
    let n = 0;
    for (let i = 0; i < data.length; i += 4)
      if (Math.abs(data[i]! - 0xfb) > 60 || Math.abs(data[i + 1]! - 0xfb) > 60 || Math.abs(data[i + 2]! - 0xfc) > 60) n += 1;
    return n;
  });

describe('the overview renderer draws the analysis', () => {
  const corpus = serveCorpus('10k');
  let app: AppPage | undefined;
  afterAll(async () => {
    await app?.close();
  });

  it('dims outside a focus at overview zoom, and brightens again when the focus is cleared', async () => {
    app = await openApp('', undefined, { waitForGraph: false });
    const { page } = app;
    await page.goto(`${corpus.url()}?data=bench-data/10k/&layout=layout.json`);
    await page.waitForFunction(() => document.body.dataset.graphReady === 'true', undefined, { timeout: 180_000 });
    await settled(page);
    // Zoomed out on 10k elements: the overview draws, Cytoscape's canvases are hidden.
    await expect.poll(() => page.evaluate(() => document.querySelector<HTMLCanvasElement>('canvas.graph-overview')?.style.display)).toBe('block');
    const plain = await strongPixels(page);
    expect(plain).toBeGreaterThan(2000);
    // The best-connected actor: its neighbourhood is a small part of the picture.
    const centre = await page.evaluate(() => {
      const cy = window.kavosh!.cy!;
      const model = window.kavosh!.store.getState().model!;
      const actors = cy.nodes().filter((n) => model.entityById.has(n.id())).toArray() as NodeSingular[];
      return actors.reduce((best, n) => (n.degree(false) > best.degree(false) ? n : best)).id();
    });
    await page.evaluate((id) => window.kavosh!.store.getState().setAnalysis({ focus: id, depth: 1, outside: 'dim' }), centre);
    await expect.poll(() => strongPixels(page), { timeout: 60_000 }).toBeLessThan(plain * 0.5);
    await settled(page);
    // Still zoomed out, still the overview: what it shows is its own dimmed picture, not nothing.
    expect(await page.evaluate(() => document.querySelector<HTMLCanvasElement>('canvas.graph-overview')?.style.display)).toBe('block');
    const dimmed = await strongPixels(page);
    expect(dimmed).toBeGreaterThan(0);
    // Cleared: the whole picture stands out again (the canvas may have been refitted meanwhile, as
    // the analysis panel's link changed, so compare with the dimmed picture, not pixel for pixel).
    await page.evaluate(() => window.kavosh!.store.getState().setAnalysis({ focus: null }));
    await expect.poll(() => strongPixels(page), { timeout: 60_000 }).toBeGreaterThan(dimmed * 3);
    expect(app.problems, app.problems.join('\n')).toEqual([]);
  }, 300_000);
});
