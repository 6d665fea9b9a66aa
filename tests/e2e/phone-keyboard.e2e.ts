// Every screen and every hand, in Chromium: the phone layout at 390×844 and 360×740 with touch
// (no sideways scroll, a tap on a node reaches Details, touch targets, axe clean, screenshots in
// both languages under test-output/), and the keyboard (skip links, one tab stop per filter group,
// the graph's arrows, Enter, + and the announcement).
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { openApp, settled, type AppPage } from './browser';
import { axeSerious } from './axe';

let app: AppPage | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

/** A phone: touch, a coarse pointer and a 2× screen, in a fresh context of the file's browser. */
const openPhone = (width: number, height: number, query = '', initScript?: () => void): Promise<AppPage> =>
  openApp(query, { width, height }, { touch: true, deviceScaleFactor: 2, initScript });

const sideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

async function nodePoint(page: Page, id: string) {
  return page.evaluate((nodeId) => {
    const cy = window.kavosh!.cy!;
    const rect = cy.container()!.getBoundingClientRect();
    const pos = cy.getElementById(nodeId).renderedPosition();
    return { x: rect.left + pos.x, y: rect.top + pos.y };
  }, id);
}

/** Records where the graph's area was the moment the graph was first painted. */
function recordGraphTopAtPaint() {
  new MutationObserver((_, observer) => {
    if (document.body?.dataset.graphReady !== 'true') return;
    observer.disconnect();
    const area = document.querySelector('.graph-area');
    Object.assign(window, { graphTopAtPaint: area ? area.getBoundingClientRect().top : null });
  }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-graph-ready'] });
}

/** Where the graph's area was at the first paint, and where it is now. */
const graphTops = (page: Page) =>
  page.evaluate(() => ({
    atPaint: (window as unknown as { graphTopAtPaint?: number | null }).graphTopAtPaint,
    now: document.querySelector('.graph-area')?.getBoundingClientRect().top,
  }));

/** Buttons of the bar and header, and filter rows, narrower or lower than 44 px. */
const smallTargets = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.phone-bar button, .app-header button, .app-header input, .graph-toolbar button')]
      .filter((el) => el.checkVisibility() && !el.closest('.visually-hidden'))
      .map((el) => ({ el, r: el.getBoundingClientRect() }))
      .filter(({ r }) => r.width < 44 || r.height < 44)
      .map(({ el, r }) => `${el.className || el.tagName} ${Math.round(r.width)}×${Math.round(r.height)}`),
  );

describe('phone layout', () => {
  for (const [width, height] of [
    [390, 844],
    [360, 740],
  ] as const) {
    it(`at ${width}×${height} with touch: no sideways scroll, a tap on a node opens Details, 44 px targets, axe clean, in both languages`, async () => {
      mkdirSync('test-output', { recursive: true });
      for (const lang of ['en', 'fa'] as const) {
        app = await openPhone(width, height, `?lang=${lang}`, recordGraphTopAtPaint);
        const { page } = app;
        expect(await sideways(page)).toBeLessThanOrEqual(0);
        expect(await smallTargets(page)).toEqual([]);
        // Nothing moved the graph once it was painted (the header's late buttons once pushed it 50 px).
        const tops = await graphTops(page);
        expect(tops.atPaint).toBeTypeOf('number');
        expect(tops.now).toBe(tops.atPaint);
        await page.screenshot({ path: `test-output/phone-${width}-${lang}-graph.png` });

        // A tap on a node selects it and shows Details in place of the graph.
        const point = await nodePoint(page, 'karim-valiyev');
        await page.touchscreen.tap(point.x, point.y);
        await expect.poll(() => page.evaluate(() => window.kavosh!.store.getState().selectedId)).toBe('karim-valiyev');
        await expect.poll(() => page.locator('#details-title').isVisible()).toBe(true);
        expect(await page.locator('.graph-area').evaluate((el) => getComputedStyle(el).visibility)).toBe('hidden');
        expect(await sideways(page)).toBeLessThanOrEqual(0);
        await page.screenshot({ path: `test-output/phone-${width}-${lang}-details.png` });

        // The bar brings the timeline, and the filters open in a drawer.
        await page.locator('.phone-bar [data-view="timeline"]').tap();
        await expect.poll(() => page.locator('.timeline').isVisible()).toBe(true);
        expect(await sideways(page)).toBeLessThanOrEqual(0);
        await page.screenshot({ path: `test-output/phone-${width}-${lang}-timeline.png` });
        await page.locator('.phone-bar .phone-filters').tap();
        await expect.poll(() => page.locator('#filters-drawer').isVisible()).toBe(true);
        expect(await page.locator('#filters-drawer .filter-row').first().evaluate((el) => el.getBoundingClientRect().height)).toBeGreaterThanOrEqual(44);
        await page.screenshot({ path: `test-output/phone-${width}-${lang}-filters.png` });
        await page.locator('.phone-drawer-close').tap();
        await expect.poll(() => page.locator('#filters-drawer').isVisible()).toBe(false);

        await page.locator('.phone-bar [data-view="graph"]').tap();
        await expect.poll(() => page.locator('.graph-area').evaluate((el) => getComputedStyle(el).visibility)).toBe('visible');
        expect(await axeSerious(page)).toEqual([]);
        expect(app.problems, app.problems.join('\n')).toEqual([]);
        await app.close();
        app = undefined;
      }
    }, 300_000);
  }

  it('a long press opens the menu of the node under the finger, in a crowded view (360×740, zoom ≈ 0.4)', async () => {
    app = await openPhone(360, 740);
    const { page } = app;
    const point = await nodePoint(page, 'karim-valiyev');
    const cdp = await page.context().newCDPSession(page);
    try {
      // Held until the menu shows (Cytoscape's taphold fires after 500 ms of a still finger).
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: point.x, y: point.y }] });
      await expect.poll(() => page.locator('.node-menu').isVisible()).toBe(true);
    } finally {
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
      await cdp.detach();
    }
    expect(await page.locator('.node-menu').getAttribute('aria-label')).toBe('Actions for Karim Valiyev');
    expect(app.problems, app.problems.join('\n')).toEqual([]);
  });
});

describe('keyboard', () => {
  it('skip links lead to the graph, whose arrows, Enter and + move, select and zoom, and say the node', async () => {
    app = await openApp();
    const { page } = app;
    await page.keyboard.press('Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to the graph');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('graph-canvas');
    const announcer = page.getByTestId('graph-focus-announcer');
    await expect.poll(() => announcer.textContent()).toMatch(/, \d+ connections?$/);
    const ring = page.locator('.graph-focus-ring');
    await expect.poll(() => ring.getAttribute('data-node')).toBeTruthy();
    await settled(page);
    const first = (await ring.getAttribute('data-node'))!;
    const before = await nodePoint(page, first);

    await page.keyboard.press('ArrowRight');
    await expect.poll(() => ring.getAttribute('data-node')).not.toBe(first);
    await settled(page);
    const second = (await ring.getAttribute('data-node'))!;
    expect((await nodePoint(page, second)).x).toBeGreaterThan(before.x);
    const name = await page.evaluate((id) => window.kavosh!.store.getState().model!.nodeById.get(id)!.nameEn, second);
    await expect.poll(() => announcer.textContent()).toContain(name);

    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => window.kavosh!.store.getState().selectedId)).toBe(second);
    // Selecting centres the node (an animation): read the zoom once it has ended.
    await settled(page);
    const zoom = await page.evaluate(() => window.kavosh!.cy!.zoom());
    await page.keyboard.press('+');
    await expect.poll(() => page.evaluate(() => window.kavosh!.cy!.zoom())).toBeGreaterThan(zoom);
    expect(app.problems, app.problems.join('\n')).toEqual([]);
  }, 180_000);

  it('each filter group is one tab stop, with arrows inside; skip links reach the details, the timeline and Curate', async () => {
    app = await openApp();
    const { page } = app;
    const groups = await page.locator('.filters fieldset').count();
    const first = page.locator('.filters fieldset').first().locator('input').first();
    await first.focus();
    const groupOf = () => page.evaluate(() => [...document.querySelectorAll('.filters fieldset')].indexOf(document.activeElement!.closest('fieldset')!));
    for (let g = 1; g < groups; g++) {
      await page.keyboard.press('Tab');
      await expect.poll(groupOf).toBe(g);
    }
    // Arrows move inside a group, and Tab comes back to the box last focused there.
    await first.focus();
    await page.keyboard.press('ArrowDown');
    const second = page.locator('.filters fieldset').first().locator('input').nth(1);
    await expect.poll(() => second.evaluate((el) => el === document.activeElement)).toBe(true);
    await expect.poll(() => first.getAttribute('tabindex')).toBe('-1');
    await page.keyboard.press(' ');
    await expect.poll(() => second.isChecked()).toBe(true);

    await page.keyboard.press('Shift+Tab');
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.locator('.skip-links a').nth(1).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('side-panel');
    await page.locator('.skip-links a').nth(2).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Window start');
    // The last skip link reaches the button that opens the curation workbench; Enter opens it.
    await page.locator('.skip-links a').nth(3).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('curate-open');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('dialog').isVisible()).toBe(true);
    expect(app.problems, app.problems.join('\n')).toEqual([]);
  }, 180_000);
});
