// The graph as a reader sees it on the first view, measured from the live cy instance: every label
// legible (≥ 10 px on screen and drawn), every node inside the canvas and not under anything, at
// most a few overlapping label boxes. Plus stable colours across an import, and selection as a
// focus from every entry point. Screenshots go to test-output/ (gitignored) for people to look at.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { loadAllDatasets } from '../../scripts/lib/load-all';
import { buildFactRows } from '../../src/graph/factRows';
import { buildGraphModel } from '../../src/graph/model';
import { clickNode, openApp, waitForGraph, type AppPage } from './browser';
import { readGraph, summarise, waitForSettledFit } from './legibility';

const model = buildGraphModel(loadAllDatasets('data'));
const OUT = 'test-output';
mkdirSync(OUT, { recursive: true });
const SECOND = ['document.json', 'facts.json', 'source.txt'].map((f) => join('tests/fixtures/second-article', f));

let app: AppPage | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

/** The first view is settled when the panels around the canvas are in and the graph is fitted to it. */
async function settled(page: Page) {
  await waitForGraph(page);
  await waitForSettledFit(page);
}

const VIEWS = [
  { width: 1440, height: 900, lang: 'en' },
  { width: 1366, height: 768, lang: 'en' },
  { width: 1366, height: 768, lang: 'fa' },
  { width: 1920, height: 1080, lang: 'fa' },
] as const;

describe('first view, every label legible', () => {
  for (const view of VIEWS) {
    it(`${view.width}×${view.height} ${view.lang}: all ${model.nodes.length} nodes labelled at ≥ 10 px, inside the canvas, uncovered, ≤ 3 label overlaps`, async () => {
      app = await openApp(`?lang=${view.lang}`, { width: view.width, height: view.height });
      const { page } = app;
      await settled(page);
      const reading = await readGraph(page);
      await page.screenshot({ path: join(OUT, `legibility-${view.width}x${view.height}-${view.lang}.png`) });
      console.log(summarise(`${view.width}×${view.height} ${view.lang}`, reading));
      expect(reading.nodes).toHaveLength(model.nodes.length);
      for (const node of reading.nodes) {
        expect(node.label, node.id).not.toBe('');
        expect(node.px, `${node.id}'s label on screen`).toBeGreaterThanOrEqual(10);
        expect(node.inside, `${node.id} inside the canvas`).toBe(true);
        expect(node.coveredBy, `${node.id} not under an overlay`).toBeNull();
      }
      expect(reading.overlaps.length, reading.overlaps.map((p) => p.join(' / ')).join('; ')).toBeLessThanOrEqual(3);
      // Events are labelled by their short canvas labels, in the page's language.
      const label = await page.evaluate(() => window.kavosh!.cy!.getElementById('demir-fighter-invitation').style('label') as string);
      const event = model.eventById.get('demir-fighter-invitation')!;
      expect(label.length).toBeLessThan((view.lang === 'fa' ? event.label.fa : event.label.en).length);
      // The loaded article is named on screen.
      const title = model.dataset.documents[0]!.title[view.lang];
      await expect.poll(() => page.getByTestId('loaded-articles').textContent()).toContain(title);
      expect(app.problems, app.problems.join('\n')).toEqual([]);
    });
  }
});

const nodeColours = (page: Page, ids: string[]) =>
  page.evaluate((list) => Object.fromEntries(list.map((id) => [id, window.kavosh!.cy!.getElementById(id).style('background-color') as string])), ids);

describe('stable colours', () => {
  it('keeps every country’s colour (and its actors’) when the second article is imported', async () => {
    app = await openApp('', { width: 1440, height: 900 });
    const { page } = app;
    const ids = [...model.dataset.entities.filter((e) => e.kind === 'country').map((e) => e.id), 'karim-valiyev', 'ismail-gunaydin'];
    const before = await nodeColours(page, ids);
    expect(new Set(Object.values(before).slice(0, 6)).size).toBe(6);
    await page.getByTestId('import-input').setInputFiles(SECOND);
    await expect.poll(() => page.evaluate(() => window.kavosh!.cy!.nodes().length), { timeout: 15_000 }).toBe(model.nodes.length + 4);
    await waitForGraph(page);
    await expect.poll(() => page.evaluate(() => window.kavosh!.cy!.getElementById('georgia').nonempty())).toBe(true);
    expect(await nodeColours(page, ids)).toEqual(before);
    expect(app.problems, app.problems.join('\n')).toEqual([]);
  });
});

interface FocusState {
  selectedId: string | null;
  hoveredId: string | null;
  chosen: string[];
  /** Distance of the selected node from the canvas centre, in px. */
  offCentre: number;
  /** Neighbours of the selection that are highlighted and not faded / all neighbours. */
  hoodLit: boolean;
  /** Nodes outside the neighbourhood that are not faded. */
  unfadedOutside: number;
  labelPx: number;
}

const focusState = (page: Page) =>
  page.evaluate((): FocusState => {
    const { cy, store } = window.kavosh!;
    const s = store.getState();
    const target = s.selectedId ? cy!.getElementById(s.selectedId) : null;
    const p = target?.renderedPosition() ?? { x: Infinity, y: Infinity };
    const hood = target ? target.closedNeighborhood() : cy!.collection();
    return {
      selectedId: s.selectedId,
      hoveredId: s.hoveredId,
      chosen: cy!.elements('.chosen').map((e) => e.id()),
      offCentre: Math.hypot(p.x - cy!.width() / 2, p.y - cy!.height() / 2),
      hoodLit: hood.nonempty() && hood.filter('.highlighted').not('.faded').length === hood.length,
      unfadedOutside: cy!.nodes().not(hood).filter((n) => !n.hasClass('faded')).length,
      labelPx: target ? parseFloat(target.style('font-size')) * cy!.zoom() : 0,
    };
  });

async function expectFocusOn(page: Page, id: string) {
  await expect.poll(() => focusState(page).then((f) => f.selectedId)).toBe(id);
  await expect.poll(() => focusState(page).then((f) => f.offCentre < 3), { timeout: 5_000 }).toBe(true);
  const f = await focusState(page);
  expect(f.hoveredId).toBeNull();
  expect(f.chosen).toEqual([id]);
  expect(f.hoodLit).toBe(true);
  expect(f.unfadedOutside).toBe(0);
  expect(f.labelPx).toBeGreaterThanOrEqual(10);
}

async function expectCleared(page: Page) {
  await expect.poll(() => focusState(page).then((f) => [f.selectedId, f.chosen.length])).toEqual([null, 0]);
  const faded = await page.evaluate(() => window.kavosh!.cy!.elements('.faded').length);
  expect(faded).toBe(0);
}

describe('selection is a focus, whatever the entry point', () => {
  it('canvas click, search, fact table and article all centre, light the neighbourhood and fade the rest; Escape clears', async () => {
    app = await openApp('', { width: 1366, height: 768 });
    const { page } = app;
    await settled(page);

    // Canvas: hover first, then click; the hover must not outlive the click.
    await clickNode(page, 'armenia');
    await expectFocusOn(page, 'armenia');
    await page.keyboard.press('Escape');
    await expectCleared(page);

    // Search, with the pointer left resting on another node (a stale hover must not win).
    const point = await page.evaluate(() => {
      const cy = window.kavosh!.cy!;
      const rect = cy.container()!.getBoundingClientRect();
      const p = cy.getElementById('turkey').renderedPosition();
      return { x: rect.left + p.x, y: rect.top + p.y };
    });
    await page.mouse.move(point.x, point.y);
    await expect.poll(() => page.evaluate(() => window.kavosh!.store.getState().hoveredId)).toBe('turkey');
    const search = page.getByRole('combobox', { name: 'Search names and aliases' });
    await search.fill('Gunaydin');
    await expect.poll(() => page.locator('[role="option"][data-id]').first().getAttribute('data-id')).toBe('ismail-gunaydin');
    await search.press('Enter');
    await expectFocusOn(page, 'ismail-gunaydin');
    await page.locator('.side-panel').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Escape');
    await expectCleared(page);

    // Fact table.
    await page.getByRole('tab', { name: 'Fact table' }).click();
    // The row's accessible name as the table builds it from the data (names spelled as curated).
    const rowName = buildFactRows(model, 'en').find((r) => r.id === 'military-intelligence-emphasis')!.accessibleName;
    expect(rowName).toContain('Günaydın');
    await page.getByRole('row', { name: rowName, exact: true }).click();
    await expectFocusOn(page, 'military-intelligence-emphasis');

    // Article.
    await page.getByRole('tab', { name: 'Article' }).click();
    const span = page.locator('.fact-span[data-facts="baku-intelligence-meeting"], .fact-span[data-facts^="baku-intelligence-meeting "]').first();
    await span.click();
    await expectFocusOn(page, 'baku-intelligence-meeting');
    expect(app.problems, app.problems.join('\n')).toEqual([]);
  });

  it('with reduced motion the focus is centred at once, and edge labels show the roles in Persian', async () => {
    app = await openApp('?lang=fa', { width: 1366, height: 768 });
    const { page } = app;
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await settled(page);
    await clickNode(page, 'karim-valiyev');
    await expectFocusOn(page, 'karim-valiyev');
    // Roles appear on the focused node's edges only, in the interface language.
    const labels = await page.evaluate(() => {
      const cy = window.kavosh!.cy!;
      const node = cy.getElementById('karim-valiyev');
      return {
        around: node.connectedEdges().map((e) => e.style('label') as string),
        elsewhere: cy.edges().not(node.connectedEdges()).filter((e) => (e.style('label') as string) !== '').length,
      };
    });
    expect(labels.around.every((l) => l !== '')).toBe(true);
    expect(labels.around.some((l) => /[\u0600-\u06FF]/.test(l))).toBe(true);
    expect(labels.elsewhere).toBe(0);
    expect(app.problems, app.problems.join('\n')).toEqual([]);
  });
});
