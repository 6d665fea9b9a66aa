// The first selection right after a large graph is ready: its centring zooms in past the overview
// while the style warm-up (src/cytoscape/warmup.ts) is still running. Cytoscape must not draw
// until the warm-up is done (at 100k elements its first frame used to compute every element's
// style in one task: the tab froze for up to a minute); the overview keeps drawing meanwhile, and
// afterwards Cytoscape draws the zoomed-in view with the selection. Timing is left to the bench
// (scripts/bench/first-selection.ts); this proves the mechanism on a 5k synthetic corpus (large: past 3,000 elements).
import { afterEach, describe, expect, it } from 'vitest';
import { openApp, settled, type AppPage } from './browser';
import { serveCorpus } from './corpusServer';

interface Probe {
  warmAtSelect: boolean;
  renders: number;
  warmAtFirstRender: boolean | null;
}

describe('first selection after a large graph loads', () => {
  const corpus = serveCorpus('5k');
  let app: AppPage | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('keeps the overview until the styles are warm, then Cytoscape draws the selection', async () => {
    app = await openApp('', undefined, { waitForGraph: false });
    const { page } = app;
    await page.goto(`${corpus.url()}?data=bench-data/5k/&layout=layout.json`);
    // In the first frame after the graph is painted (the warm-up has only begun): the selection,
    // as the search box makes it, and a record of every frame Cytoscape draws from then on.
    const picked = (await (
      await page.waitForFunction(
        () => {
          if (document.body.dataset.graphReady !== 'true') return null;
          const { cy, store } = window.kavosh!;
          const warm = () => performance.getEntriesByName('kavosh:styles-warm', 'mark').length > 0;
          const probe: Probe = { warmAtSelect: warm(), renders: 0, warmAtFirstRender: null };
          Reflect.set(window, 'firstSelectionProbe', probe);
          cy!.on('render', () => {
            if (probe.renders++ === 0) probe.warmAtFirstRender = warm();
          });
          const m = store.getState().model!;
          const id = m.nodes.filter((n) => n.type === 'entity' && n.kind !== 'country').sort((a, b) => (m.incident.get(b.id)?.length ?? 0) - (m.incident.get(a.id)?.length ?? 0))[0]!.id;
          store.getState().select(id, true);
          return id;
        },
        undefined,
        { timeout: 150_000, polling: 'raf' },
      )
    ).jsonValue()) as string;
    const probe = () => page.evaluate(() => Reflect.get(window, 'firstSelectionProbe') as Probe);
    expect((await probe()).warmAtSelect).toBe(false);

    // Cytoscape takes over once the warm-up is done: its canvases shown, the overview's hidden.
    const drawing = () =>
      page.evaluate(() => {
        const container = window.kavosh!.cy!.container()!;
        const overview = container.querySelector<HTMLCanvasElement>('canvas.graph-overview')!;
        const own = container.firstElementChild as HTMLElement;
        return overview.style.display === 'none' && own.style.opacity !== '0' ? 'cytoscape' : 'overview';
      });
    await expect.poll(drawing, { timeout: 60_000 }).toBe('cytoscape');
    await settled(page);
    const after = await probe();
    expect(after.renders).toBeGreaterThan(0);
    // Not one Cytoscape frame before the styles were warm.
    expect(after.warmAtFirstRender).toBe(true);
    const view = await page.evaluate((id) => {
      const cy = window.kavosh!.cy!;
      return { zoom: cy.zoom(), chosen: cy.getElementById(id).hasClass('chosen'), selected: window.kavosh!.store.getState().selectedId };
    }, picked);
    expect(view.selected).toBe(picked);
    expect(view.chosen).toBe(true);
    expect(view.zoom).toBeGreaterThan(0.35); // past OVERVIEW_MAX_ZOOM: Cytoscape's own drawing
    expect(app.problems, app.problems.join('\n')).toEqual([]);
  }, 240_000);
});
