// Panning and zooming under the overview renderer, in Chromium on the 10k synthetic corpus: while
// the viewport moves, the overview shows its last full frame moved (src/cytoscape/overviewFrame.ts)
// and draws the exact one in slices. Once the app says it is settled, the screen must show exactly
// what a full frame drawn afresh at that viewport shows, pixel for pixel. The drag must pan: with
// Cytoscape's canvases hidden (visibility) it ignored every press under the overview.
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { openApp, settled, type AppPage } from './browser';
import { serveCorpus } from './corpusServer';

/** Keeps a copy of the overview canvas's pixels in the page under `name`; returns how many differ from 'before' there. */
const snapshot = (page: Page, name: string) =>
  page.evaluate((key) => {
    const canvas = document.querySelector<HTMLCanvasElement>('canvas.graph-overview')!;
    // Read through a copy: reading the overview's own context again and again makes Chrome warn.
    const copy = document.createElement('canvas');
    copy.width = canvas.width;
    copy.height = canvas.height;
    const ctx = copy.getContext('2d', { willReadFrequently: true })!;
    ctx.drawImage(canvas, 0, 0);
    const pixels = new Uint32Array(ctx.getImageData(0, 0, copy.width, copy.height).data.buffer);
    const kept = (Reflect.get(window, 'overviewSnapshots') as Record<string, Uint32Array> | undefined) ?? {};
    kept[key] = pixels;
    Reflect.set(window, 'overviewSnapshots', kept);
    return pixels.length;
  }, name);

/** How many pixels differ between two kept snapshots (all of them if the sizes differ). */
const differing = (page: Page, a: string, b: string) =>
  page.evaluate(([x, y]) => {
    const kept = Reflect.get(window, 'overviewSnapshots') as Record<string, Uint32Array>;
    const p = kept[x!]!;
    const q = kept[y!]!;
    if (p.length !== q.length) return Math.max(p.length, q.length);
    let n = 0;
    for (let i = 0; i < p.length; i++) if (p[i] !== q[i]) n += 1;
    return n;
  }, [a, b] as const);

/** The overview draws (not Cytoscape), and the viewport, for the assertions' messages. */
const state = (page: Page) =>
  page.evaluate(() => {
    const cy = window.kavosh!.cy!;
    const overview = cy.container()!.querySelector<HTMLCanvasElement>('canvas.graph-overview')!;
    return { overview: overview.style.display === 'block', zoom: cy.zoom(), pan: cy.pan() };
  });

/** A point of the canvas (page coordinates) on the background, as far as can be from every node. */
const backgroundPoint = (page: Page) =>
  page.evaluate(() => {
    const cy = window.kavosh!.cy!;
    const rect = cy.container()!.getBoundingClientRect();
    const nodes = cy.nodes().map((n) => n.renderedPosition());
    let best = { x: rect.width / 2, y: rect.height / 2, d: -1 };
    for (let gx = 2; gx <= 8; gx++)
      for (let gy = 2; gy <= 8; gy++) {
        const x = (rect.width * gx) / 10;
        const y = (rect.height * gy) / 10;
        const d = Math.min(...nodes.map((p) => Math.hypot(p.x - x, p.y - y)));
        if (d > best.d) best = { x, y, d };
      }
    return { x: rect.left + best.x, y: rect.top + best.y };
  });

describe('panning and zooming under the overview', () => {
  const corpus = serveCorpus('10k');
  let app: AppPage | undefined;
  afterAll(async () => {
    await app?.close();
  });

  it('settles on exactly the picture a fresh full frame draws at the new viewport', async () => {
    app = await openApp('', undefined, { waitForGraph: false });
    const { page } = app;
    // One step of the exact frame per animation frame: it takes several frames after the last
    // input (at 10k elements it would otherwise often be done within the two the settled signal waits anyway).
    await page.goto(`${corpus.url()}?data=bench-data/10k/&layout=layout.json&overviewSlice=0`);
    await page.waitForFunction(() => document.body.dataset.graphReady === 'true', undefined, { timeout: 180_000 });
    await settled(page);
    const start = await state(page);
    expect(start.overview).toBe(true);
    await snapshot(page, 'before');

    // Drag the background (a point far from every node: a press on a node would drag the node),
    // then zoom in and out with the wheel, as a reader would.
    const box = (await page.locator('.graph-canvas canvas.graph-overview').boundingBox())!;
    const from = await backgroundPoint(page);
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    for (let i = 1; i <= 12; i++) await page.mouse.move(from.x + i * 9, from.y + i * 4);
    await page.mouse.up();
    // The drag panned (a link then carries the view, its zoom rounded to three digits: a hair off).
    const dragged = await state(page);
    expect(dragged.zoom / start.zoom).toBeCloseTo(1, 2);
    expect(Math.abs(dragged.pan.x - start.pan.x - 12 * 9)).toBeLessThan(6);
    expect(Math.abs(dragged.pan.y - start.pan.y - 12 * 4)).toBeLessThan(6);
    for (let i = 0; i < 4; i++) await page.mouse.wheel(0, -100);
    for (let i = 0; i < 2; i++) await page.mouse.wheel(0, 100);
    // Off the canvas: no node stays hovered under the pointer.
    await page.mouse.move(box.x + box.width / 2, Math.max(1, box.y - 20));
    await settled(page);
    const moved = await state(page);
    expect(moved.overview).toBe(true);
    expect(moved.zoom).not.toBe(start.zoom);
    expect(moved.pan).not.toEqual(start.pan);
    // The press did not make the keyboard pick a start node (its focus ring).
    expect(await page.locator('.graph-focus-ring').count()).toBe(0);
    await snapshot(page, 'settled');
    expect(await differing(page, 'before', 'settled')).toBeGreaterThan(1000);

    // A fresh full frame at the same viewport: a hover and its end each change the picture, so
    // each is drawn in full; afterwards the state is what it was.
    const id = await page.evaluate(() => {
      const cy = window.kavosh!.cy!;
      const onScreen = cy.nodes().filter((n) => {
        const p = n.renderedPosition();
        return p.x > 50 && p.y > 50 && p.x < cy.width() - 50 && p.y < cy.height() - 50;
      });
      return onScreen[0]!.id();
    });
    await page.evaluate((node) => window.kavosh!.store.getState().hover(node), id);
    await settled(page);
    await snapshot(page, 'hovered');
    expect(await differing(page, 'settled', 'hovered')).toBeGreaterThan(0);
    await page.evaluate(() => window.kavosh!.store.getState().hover(null));
    await settled(page);
    expect(await state(page)).toEqual(moved);
    await snapshot(page, 'fresh');
    expect(await differing(page, 'settled', 'fresh')).toBe(0);
    expect(app.problems, app.problems.join('\n')).toEqual([]);
  }, 300_000);
});
