// Cytoscape's empty overlay canvases (drag layer, selection-box layer) are hidden and never
// cleared while they hold nothing (src/cytoscape/emptyLayers.ts): each visible canvas of the stack
// is shipped and composited in every frame that draws the graph. A filter change and a selection
// on the article leave them hidden and untouched; dragging a node shows the drag layer while it
// holds the node and hides it again once the node is dropped.
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { openApp, settled, type AppPage } from './browser';

const layers = (page: Page) =>
  page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll<HTMLCanvasElement>('.graph-canvas canvas[data-id]')].map((c) => [c.dataset.id!, getComputedStyle(c).visibility]),
    ),
  );

describe("Cytoscape's empty overlay layers on the article", () => {
  let app: AppPage | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('stay hidden and uncleared through a filter change and a selection', async () => {
    app = await openApp('');
    const { page } = app;
    await settled(page);
    // The module that hides them loads after the first paint.
    await expect.poll(() => layers(page), { timeout: 20_000 }).toEqual({ 'layer0-selectbox': 'hidden', 'layer1-drag': 'hidden', 'layer2-node': 'visible' });
    const touched = await page.evaluate(async () => {
      const cy = window.kavosh!.cy!;
      const r = (cy as unknown as { renderer(): { data: { contexts: CanvasRenderingContext2D[] } } }).renderer();
      // Calls that reach the browser's canvas (under the app's own wrappers), per layer.
      const calls: string[] = [];
      const proto = CanvasRenderingContext2D.prototype;
      const saved = { clearRect: proto.clearRect };
      proto.clearRect = function (this: CanvasRenderingContext2D, ...args: [number, number, number, number]) {
        calls.push(`${r.data.contexts.indexOf(this)}:clearRect`);
        return saved.clearRect.apply(this, args);
      };
      let draws = 0;
      cy.on('render', () => (draws += 1));
      const store = window.kavosh!.store;
      const kind = store.getState().model!.dataset.events[0]!.kind;
      store.getState().toggleKind('hiddenEventKinds', kind);
      await window.kavosh!.settled();
      store.getState().select(store.getState().model!.nodes[0]!.id);
      await window.kavosh!.settled();
      proto.clearRect = saved.clearRect;
      return { calls, draws };
    });
    expect(touched.draws).toBeGreaterThan(0);
    // The node layer (index 2) is cleared for each frame drawn; the empty layers never.
    expect(touched.calls.filter((c) => c === '2:clearRect').length).toBeGreaterThan(0);
    expect(touched.calls.filter((c) => c !== '2:clearRect')).toEqual([]);
    expect(await layers(page)).toEqual({ 'layer0-selectbox': 'hidden', 'layer1-drag': 'hidden', 'layer2-node': 'visible' });
  });

  it('show the drag layer while a node is dragged, and hide it after the drop', async () => {
    app = await openApp('');
    const { page } = app;
    await settled(page);
    // Hidden first (the module loads after the first paint), so "shown while dragged" means something.
    await expect.poll(async () => (await layers(page))['layer1-drag'], { timeout: 20_000 }).toBe('hidden');
    const start = await page.evaluate(() => {
      const cy = window.kavosh!.cy!;
      const node = cy.getElementById('karim-valiyev');
      const box = cy.container()!.getBoundingClientRect();
      const p = node.renderedPosition();
      return { x: box.left + p.x, y: box.top + p.y, model: node.position() };
    });
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    for (let i = 1; i <= 6; i++) await page.mouse.move(start.x + i * 8, start.y + i * 5);
    // While held, the dragged node is drawn on the drag layer, and that layer is shown.
    await expect.poll(async () => (await layers(page))['layer1-drag']).toBe('visible');
    const onDragLayer = await page.evaluate(() => {
      const canvas = document.querySelector<HTMLCanvasElement>('canvas[data-id="layer1-drag"]')!;
      const copy = document.createElement('canvas');
      copy.width = canvas.width;
      copy.height = canvas.height;
      const ctx = copy.getContext('2d', { willReadFrequently: true })!;
      ctx.drawImage(canvas, 0, 0);
      const alpha = ctx.getImageData(0, 0, copy.width, copy.height).data;
      let opaque = 0;
      for (let i = 3; i < alpha.length; i += 4) if (alpha[i]! > 0) opaque += 1;
      return opaque;
    });
    expect(onDragLayer).toBeGreaterThan(50);
    await page.mouse.up();
    await settled(page);
    // The module that hides them loads after the first paint.
    await expect.poll(() => layers(page), { timeout: 20_000 }).toEqual({ 'layer0-selectbox': 'hidden', 'layer1-drag': 'hidden', 'layer2-node': 'visible' });
    const moved = await page.evaluate(() => window.kavosh!.cy!.getElementById('karim-valiyev').position());
    expect(Math.hypot(moved.x - start.model.x, moved.y - start.model.y)).toBeGreaterThan(5);
  });
});
