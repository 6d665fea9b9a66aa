// The graph's context menu on a node, in Chromium on the article: right-click two actors to make
// them the ends of a path (the link and the evidence trail follow), the keyboard's context-menu key
// on the focused node, Escape handing focus back, placement on screen in both directions, axe.
// (The app's own links keep "~" literal: path=pakistan~azerbaijan.) The bundle exported with that
// path shown carries its evidence trail.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { readTrail } from '../../src/analysis/trailBundle';
import { readBundle } from '../../src/domain/bundle';
import { buildGraphModel } from '../../src/graph/model';
import { expectUrl, openApp, settled, type AppPage } from './browser';
import { axeSerious } from './axe';

const SLOW = 180_000;
let app: AppPage | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const noProblems = (a: AppPage) => expect(a.problems, a.problems.join('\n')).toEqual([]);

/** The node's centre in page coordinates, once the view has settled. */
async function nodePoint(page: Page, id: string) {
  await settled(page);
  return page.evaluate((nodeId) => {
    const cy = window.kavosh!.cy!;
    const rect = cy.container()!.getBoundingClientRect();
    const pos = cy.getElementById(nodeId).renderedPosition();
    return { x: rect.left + pos.x, y: rect.top + pos.y };
  }, id);
}

/**
 * Right-clicks the node until its menu is open: the canvas may still be refitted just after the app
 * settles (Cytoscape debounces its resize by 100 ms), moving the node under a click already aimed.
 */
async function rightClickNode(page: Page, id: string) {
  const menu = page.getByRole('menu');
  let point = { x: 0, y: 0 };
  await expect
    .poll(
      async () => {
        point = await nodePoint(page, id);
        await page.mouse.click(point.x, point.y, { button: 'right' });
        return menu.first().getAttribute('data-node', { timeout: 2_000 }).catch(() => null);
      },
      { interval: 500 },
    )
    .toBe(id);
  return { menu, point };
}

/** The menu's box, and the window's size, once it has been placed (visible). */
async function menuBox(page: Page) {
  await expect.poll(() => page.getByTestId('node-menu').isVisible()).toBe(true);
  return page.evaluate(() => {
    const r = document.querySelector('[data-testid="node-menu"]')!.getBoundingClientRect();
    return { left: r.left, right: r.right, top: r.top, bottom: r.bottom, width: window.innerWidth, height: window.innerHeight };
  });
}

describe('the node context menu', () => {
  it('right-click "Path from here" on Pakistan and "Path to here" on Azerbaijan: the link says path=pakistan~azerbaijan and the trail shows', async () => {
    app = await openApp('');
    const { page } = app;
    const first = await rightClickNode(page, 'pakistan');
    expect(await first.menu.getAttribute('aria-label')).toBe('Actions for Pakistan');
    // The first item has focus; the menu opens to the right of the pointer, on screen.
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('menuitem');
    const box = await menuBox(page);
    if (first.point.x + (box.right - box.left) <= box.width - 4) expect(Math.abs(box.left - first.point.x)).toBeLessThanOrEqual(1);
    expect(box.left).toBeGreaterThanOrEqual(0);
    expect(box.right).toBeLessThanOrEqual(box.width);
    expect(box.bottom).toBeLessThanOrEqual(box.height);
    expect(await axeSerious(page, '[data-testid="node-menu"]')).toEqual([]);
    await first.menu.getByRole('menuitem', { name: 'Path from here' }).click();
    await expect.poll(() => page.getByRole('menu').count()).toBe(0);
    await expect.poll(() => page.evaluate(() => window.kavosh!.store.getState().analysis.pathFrom)).toBe('pakistan');

    const second = await rightClickNode(page, 'azerbaijan');
    await second.menu.getByRole('menuitem', { name: 'Path to here' }).click();
    await expectUrl(page, 'path=pakistan~azerbaijan');
    await expect.poll(() => page.getByTestId('trail').locator('.trail-step').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('trail').locator('h4').textContent()).toBe('Evidence trail: Pakistan → Azerbaijan');

    // The bundle exported now carries that trail, and it reads back against the bundle's own facts.
    await page.getByRole('button', { name: 'Export' }).click();
    const download = page.waitForEvent('download');
    await page.locator('[role="menuitem"][data-export="json"]').click();
    const file = await download;
    const dir = mkdtempSync(join(tmpdir(), 'kavosh-e2e-trail-'));
    try {
      const path = join(dir, file.suggestedFilename());
      await file.saveAs(path);
      const bundle = JSON.parse(readFileSync(path, 'utf8')) as { trail?: { from: string; to: string; steps: Array<{ fact: string }> } };
      expect(bundle.trail?.from).toBe('pakistan');
      expect(bundle.trail?.to).toBe('azerbaijan');
      expect(bundle.trail?.steps.map((s) => s.fact)).toEqual(['demir-fighter-invitation']);
      const read = readBundle('bundle.json', bundle);
      expect(read.ok).toBe(true);
      if (read.ok) expect(readTrail(bundle.trail, buildGraphModel(read.dataset)).ok).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    noProblems(app);
  }, SLOW);

  it('closes on a click elsewhere, and "Select and show details" selects the node', async () => {
    app = await openApp('');
    const { page } = app;
    await rightClickNode(page, 'turkey');
    await page.locator('header').first().click({ position: { x: 5, y: 5 } });
    await expect.poll(() => page.getByRole('menu').count()).toBe(0);
    const { menu } = await rightClickNode(page, 'turkey');
    await menu.getByRole('menuitem', { name: 'Select and show details' }).click();
    await expect.poll(() => page.evaluate(() => window.kavosh!.store.getState().selectedId)).toBe('turkey');
    await expectUrl(page, 's=turkey');
    noProblems(app);
  }, SLOW);

  it('from the keyboard: Shift+F10 on the focused node opens it, arrows move, Enter focuses, Escape returns to the graph', async () => {
    app = await openApp('?s=karim-valiyev');
    const { page } = app;
    await page.locator('#graph-canvas').focus();
    await expect.poll(() => page.locator('.graph-focus-ring').getAttribute('data-node')).toBe('karim-valiyev');
    await page.keyboard.press('Shift+F10');
    await expect.poll(() => page.getByRole('menu').getAttribute('data-node')).toBe('karim-valiyev');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Focus here');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Expand neighbours');
    await page.keyboard.press('End');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Select and show details');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('menu').count()).toBe(0);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('graph-canvas');
    // Escape in the menu closed only the menu: the selection stays.
    expect(await page.evaluate(() => window.kavosh!.store.getState().selectedId)).toBe('karim-valiyev');
    await page.keyboard.press('ContextMenu');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Focus here');
    await page.keyboard.press('Enter');
    await expectUrl(page, 'focus=karim-valiyev&depth=1');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('graph-canvas');
    noProblems(app);
  }, SLOW);

  it('in Persian it reads right to left, opens to the left of the pointer, and stays axe clean', async () => {
    app = await openApp('?lang=fa');
    const { page } = app;
    const { menu, point } = await rightClickNode(page, 'pakistan');
    expect(await menu.getAttribute('dir')).toBe('rtl');
    expect(await menu.getByRole('menuitem').first().textContent()).toBe('تمرکز بر این‌جا');
    const box = await menuBox(page);
    // Its right edge at the pointer, unless there is no room on that side.
    if (point.x - (box.right - box.left) >= 4) expect(Math.abs(box.right - point.x)).toBeLessThanOrEqual(1);
    expect(box.left).toBeGreaterThanOrEqual(0);
    expect(await axeSerious(page, '[data-testid="node-menu"]')).toEqual([]);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('menu').count()).toBe(0);
    noProblems(app);
  }, SLOW);
});
