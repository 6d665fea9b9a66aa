import { afterEach, describe, expect, it } from 'vitest';
import { clickNode, expectSelected, expectVisibleNodes, openApp, settled, visibleNodeIds, waitForGraph, type AppPage } from './browser';
import { probeLoop } from './loopProbe';
import { loadAllDatasets } from '../../scripts/lib/load-all';
import { buildGraphModel } from '../../src/graph/model';
import { computeVisibility, EMPTY_FILTERS, NO_TIME_FILTER } from '../../src/graph/filter';

const model = buildGraphModel(loadAllDatasets('data'));

/** Init script: records every size the graph's stage takes from the moment it exists. */
function recordGraphSizes() {
  const sizes: string[] = [];
  (window as unknown as { graphSizes: string[] }).graphSizes = sizes;
  const watch = new MutationObserver(() => {
    const stage = document.querySelector('.graph-stage');
    if (!stage) return;
    watch.disconnect();
    new ResizeObserver(([entry]) => {
      const size = `${Math.round(entry!.contentRect.width)}x${Math.round(entry!.contentRect.height)}`;
      if (sizes[sizes.length - 1] !== size) sizes.push(size);
    }).observe(stage);
  });
  watch.observe(document, { childList: true, subtree: true });
}
const graphSizes = (a: AppPage) => a.page.evaluate(() => (window as unknown as { graphSizes: string[] }).graphSizes);
let app: AppPage | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

describe('explorer in Chromium', () => {
  it('shows every node of the dataset after load, without console errors', async () => {
    app = await openApp('', undefined, { initScript: recordGraphSizes });
    const count = await app.page.evaluate(() => window.kavosh!.cy!.nodes().length);
    expect(count).toBe(model.nodes.length);
    await expectVisibleNodes(app.page, model.nodes.map((n) => n.id));
    await expect.poll(() => app!.page.getByTestId('shown-count').textContent()).toContain(`${model.nodes.length} of ${model.nodes.length}`);
    // The graph keeps one size while the header's controls, the web font and the timeline arrive:
    // each change of size would reallocate and redraw its canvases (and move what a person reads).
    await app.page.getByRole('slider', { name: 'Window start' }).waitFor();
    await settled(app.page);
    expect(await graphSizes(app)).toHaveLength(1);
    // In Persian too, where the toolbar is set in the web font.
    await app.page.goto(`${app.page.url().split('?')[0]}?lang=fa`);
    await waitForGraph(app.page);
    await app.page.getByRole('slider', { name: 'آغاز بازه' }).waitFor();
    await settled(app.page);
    expect(await graphSizes(app)).toHaveLength(1);
    expect(app.problems, app.problems.join('\n')).toEqual([]);
  });

  it('filtering by a country keeps its facts and their counterparts, as the rule says', async () => {
    app = await openApp();
    await app.page.locator('[data-country="pakistan"] input').check();
    const expected = [...computeVisibility(model, { ...EMPTY_FILTERS, countries: ['pakistan'] }, NO_TIME_FILTER).nodes].sort();
    await expectVisibleNodes(app.page, expected);
    const visible = await visibleNodeIds(app.page);
    // Pakistan appears only through Demir's invitation: the invitation's counterparts stay.
    expect(visible).toContain('pakistan');
    expect(visible).toContain('demir-fighter-invitation');
    expect(visible).toContain('ismail-demir');
    expect(visible).not.toContain('gulen-movement');
    expect(visible.length).toBeLessThan(model.nodes.length);
    await app.page.getByRole('button', { name: 'Reset filters' }).click();
    await expectVisibleNodes(app.page, model.nodes.map((n) => n.id));
    expect(app.problems, app.problems.join('\n')).toEqual([]);
  });

  it('clicking a node on the canvas shows its Persian quote, right to left', async () => {
    app = await openApp();
    await clickNode(app.page, 'karim-valiyev');
    await expectSelected(app.page, 'karim-valiyev');
    const quote = app.page.locator('.details .quote').first();
    const entity = model.entityById.get('karim-valiyev')!;
    await expect.poll(() => quote.textContent()).toBe(entity.evidence[0]!.quote);
    expect(await quote.getAttribute('dir')).toBe('rtl');
    expect(await quote.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
    expect(app.problems, app.problems.join('\n')).toEqual([]);
  });

  it('finds a Persian name typed with ZWNJ and a Latin spelling the data spells otherwise', async () => {
    app = await openApp();
    const search = app.page.getByRole('combobox', { name: 'Search names and aliases' });
    await search.fill('گفت\u200cوگو');
    await expect.poll(() => app!.page.locator('[role="option"][data-id]').count()).toBeGreaterThan(0);
    await search.fill('Gunaydin');
    const first = app.page.locator('[role="option"][data-id]').first();
    await expect.poll(() => first.getAttribute('data-id')).toBe('ismail-gunaydin');
    await search.press('Enter');
    await expectSelected(app.page, 'ismail-gunaydin');
    expect(app.problems, app.problems.join('\n')).toEqual([]);
  });

  it('an idle graph runs no frames of its own, and still draws a click and a zoom at once', async () => {
    app = await openApp();
    const { page } = app;
    const { framesInTwoPageFrames: loopFramesInTwoPageFrames, draws } = await probeLoop(page);
    await expect.poll(loopFramesInTwoPageFrames).toBe(0);

    const before = await draws();
    await clickNode(page, 'karim-valiyev');
    await expectSelected(page, 'karim-valiyev');
    await expect.poll(() => page.evaluate(() => window.kavosh!.cy!.getElementById('karim-valiyev').hasClass('chosen'))).toBe(true);
    await expect.poll(draws).toBeGreaterThan(before);
    await expect.poll(loopFramesInTwoPageFrames).toBe(0);

    const zoom = await page.evaluate(() => window.kavosh!.cy!.zoom());
    const drawn = await draws();
    const box = (await page.locator('.graph-canvas canvas').first().boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, -300);
    await expect.poll(() => page.evaluate(() => window.kavosh!.cy!.zoom())).toBeGreaterThan(zoom);
    await expect.poll(draws).toBeGreaterThan(drawn);
    expect(app.problems, app.problems.join('\n')).toEqual([]);
  });
});
