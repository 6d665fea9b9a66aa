// Pointing at nodes under the overview, in Chromium on the 10k synthetic corpus, zoomed out (the
// overview draws): Cytoscape's hit tests are answered from the overview's positions
// (src/cytoscape/overviewHitTest.ts). Hovering a node still hovers it, dragging it still moves it
// (and it is then found where it was dropped), clicking it still selects it; and none of this
// made Cytoscape look at every node: a hover checks the few near the pointer.
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { expectSelected, openApp, settled, type AppPage } from './browser';
import { serveCorpus } from './corpusServer';

/** A node on screen with no other node within 12 pixels, and where it is on the page. */
const lonelyNode = (page: Page) =>
  page.evaluate(() => {
    const cy = window.kavosh!.cy!;
    const rect = cy.container()!.getBoundingClientRect();
    const points = cy.nodes().map((n) => ({ id: n.id(), ...n.renderedPosition() }));
    const inside = points.filter((p) => p.x > 100 && p.y > 100 && p.x < cy.width() - 100 && p.y < cy.height() - 100);
    const lonely = inside.find((p) => points.every((q) => q.id === p.id || Math.hypot(q.x - p.x, q.y - p.y) > 12))!;
    return { id: lonely.id, x: rect.left + lonely.x, y: rect.top + lonely.y };
  });

/**
 * Counts the nodes Cytoscape's hit test checks from now on (its renderer's checkNodeHitAt(), which
 * findNearestElements() calls for each node it considers); `nodeChecks` reads the count.
 */
const countNodeChecks = (page: Page) =>
  page.evaluate(() => {
    const renderer = (window.kavosh!.cy as unknown as { renderer(): Record<string, unknown> }).renderer();
    const check = renderer.checkNodeHitAt as (...args: unknown[]) => boolean;
    Reflect.set(window, 'nodeChecks', 0);
    renderer.checkNodeHitAt = function (this: unknown, ...args: unknown[]) {
      Reflect.set(window, 'nodeChecks', (Reflect.get(window, 'nodeChecks') as number) + 1);
      return check.apply(this, args);
    };
  });
const nodeChecks = (page: Page) => page.evaluate(() => Reflect.get(window, 'nodeChecks') as number);

const overviewDraws = (page: Page) =>
  page.evaluate(() => window.kavosh!.cy!.container()!.querySelector<HTMLCanvasElement>('canvas.graph-overview')!.style.display === 'block');

const hovered = (page: Page) => page.evaluate(() => window.kavosh!.store.getState().hoveredId);

describe('pointing at nodes under the overview', () => {
  const corpus = serveCorpus('10k');
  let app: AppPage | undefined;
  afterAll(async () => {
    await app?.close();
  });

  it('hovers, drags and selects the node under the pointer, checking only the nodes near it', async () => {
    app = await openApp('', undefined, { waitForGraph: false });
    const { page } = app;
    await page.goto(`${corpus.url()}?data=bench-data/10k/&layout=layout.json`);
    await page.waitForFunction(() => document.body.dataset.graphReady === 'true', undefined, { timeout: 180_000 });
    await settled(page);
    expect(await overviewDraws(page)).toBe(true);
    const node = await lonelyNode(page);
    const nodes = await page.evaluate(() => window.kavosh!.cy!.nodes().length);

    // Hover: the node under the pointer, then none once the pointer is off it.
    await countNodeChecks(page);
    await page.mouse.move(node.x, node.y);
    await expect.poll(() => hovered(page), { timeout: 30_000 }).toBe(node.id);
    // One pointer move, one hit test: of the few nodes near the pointer, not of every node.
    expect(await nodeChecks(page)).toBeGreaterThan(0);
    expect(await nodeChecks(page)).toBeLessThan(nodes / 100);
    await page.mouse.move(node.x + 30, node.y + 30);
    await page.mouse.move(node.x + 60, node.y + 60);
    await expect.poll(() => hovered(page), { timeout: 30_000 }).not.toBe(node.id);

    // Drag it 40 pixels right: it moves (in cy and in the overview's picture), and is found there.
    const before = await page.evaluate((id) => window.kavosh!.cy!.getElementById(id).renderedPosition(), node.id);
    await page.mouse.move(node.x, node.y);
    await page.mouse.down();
    for (let i = 1; i <= 8; i++) await page.mouse.move(node.x + i * 5, node.y);
    await page.mouse.up();
    await expect.poll(() => page.evaluate((id) => window.kavosh!.cy!.getElementById(id).renderedPosition().x, node.id), { timeout: 30_000 }).toBeCloseTo(before.x + 40, 0);
    await settled(page);
    await page.mouse.move(node.x + 40, node.y + 40);
    await page.mouse.move(node.x + 40, node.y);
    await expect.poll(() => hovered(page), { timeout: 30_000 }).toBe(node.id);
    expect(await overviewDraws(page)).toBe(true);

    // A click where it now is selects it.
    await page.mouse.click(node.x + 40, node.y);
    await expectSelected(page, node.id);
    expect(app.problems, app.problems.join('\n')).toEqual([]);
  }, 300_000);
});
