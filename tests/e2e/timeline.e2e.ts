// The timeline in Chromium: the brush's keyboard sliders and the undated switch filter the graph,
// bars and chips select in both directions, the tooltip gives the stated date in both calendars,
// Persian is right to left with Solar Hijri steps, and axe-core finds no serious violation.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { expectVisibleNodes, openApp, settled, visibleNodeIds, waitForGraph, type AppPage } from './browser';
import { axeSerious } from './axe';
import { ensureCorpus } from '../../scripts/bench/generate';
import { serveStatic, type StaticServer } from '../../scripts/bench/server';
import { loadAllDatasets } from '../../scripts/lib/load-all';
import { buildGraphModel } from '../../src/graph/model';
import { computeVisibility, EMPTY_FILTERS, type TimeFilter } from '../../src/graph/filter';

const model = buildGraphModel(loadAllDatasets('data'));
const utc = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const DOMAIN_END = utc('2025-01-01');
const expected = (time: TimeFilter) => [...computeVisibility(model, EMPTY_FILTERS, time).nodes].sort();

let app: AppPage | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

async function openTimeline(): Promise<AppPage> {
  const opened = await openApp();
  await opened.page.getByRole('slider', { name: 'Window start' }).waitFor();
  await settled(opened.page);
  return opened;
}

const timeState = (a: AppPage) => a.page.evaluate(() => window.kavosh!.store.getState().time);
const selectedId = (a: AppPage) => a.page.evaluate(() => window.kavosh!.store.getState().selectedId);

describe('timeline in Chromium', () => {
  it('moving the start handle with the keyboard changes the visible nodes', async () => {
    app = await openTimeline();
    const { page } = app;
    const start = page.getByRole('slider', { name: 'Window start' });
    await expect.poll(() => start.getAttribute('aria-valuetext')).toBe('1 January 2020 · 11 Dey 1398 SH');
    expect((await timeState(app)).window).toBeNull();
    const all = model.nodes.map((n) => n.id).sort();
    await expectVisibleNodes(page, all);

    await start.focus();
    await page.keyboard.press('PageUp');
    await expect.poll(async () => (await timeState(app!)).window).toEqual({ start: utc('2021-01-01'), end: DOMAIN_END });
    await expect.poll(() => start.getAttribute('aria-valuetext')).toBe('1 January 2021 · 12 Dey 1399 SH');
    await expectVisibleNodes(page, expected({ window: { start: utc('2021-01-01'), end: DOMAIN_END }, showUndated: true }));
    const visible = await visibleNodeIds(page);
    expect(visible).not.toContain('second-karabakh-war'); // 2020: now outside the window
    expect(visible).toContain('demir-fighter-invitation'); // 8 January 2023
    expect(visible).toContain('baku-intelligence-meeting'); // undated, and undated are shown
    expect(visible.length).toBeLessThan(all.length);

    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await timeState(app!)).window?.start).toBe(utc('2021-02-01'));
    await page.keyboard.press('Shift+ArrowLeft');
    await expect.poll(async () => (await timeState(app!)).window?.start).toBe(utc('2021-01-31'));

    // The end handle: a month earlier ends the window with November 2024.
    const end = page.getByRole('slider', { name: 'Window end' });
    await end.focus();
    await page.keyboard.press('ArrowLeft');
    await expect.poll(async () => (await timeState(app!)).window?.end).toBe(utc('2024-12-01'));
    await expect.poll(() => end.getAttribute('aria-valuetext')).toBe('30 November 2024 · 10 Azar 1403 SH');

    // Home and End take the handles back to the ends: no window, everything visible again.
    await page.keyboard.press('End');
    await start.focus();
    await page.keyboard.press('Home');
    await expect.poll(async () => (await timeState(app!)).window).toBeNull();
    await expectVisibleNodes(page, all);
    expect(app.problems, app.problems.join('\n')).toEqual([]);
  });

  it('the undated switch hides and shows the undated events', async () => {
    app = await openTimeline();
    const { page } = app;
    const toggle = page.getByRole('switch', { name: 'Show undated' });
    await expect.poll(() => toggle.isChecked()).toBe(true);
    await toggle.click();
    await expect.poll(async () => (await timeState(app!)).showUndated).toBe(false);
    await expect.poll(() => toggle.getAttribute('aria-checked')).toBe('false');
    await expectVisibleNodes(page, expected({ window: null, showUndated: false }));
    const visible = await visibleNodeIds(page);
    expect(visible).not.toContain('baku-intelligence-meeting');
    expect(visible).not.toContain('kaan-cooperation-protocol');
    expect(visible).toContain('second-karabakh-war');
    expect(visible).toContain('military-cooperation-increase');
    // The undated lane stays, its chips marked as hidden rather than dropped.
    await expect.poll(() => page.locator('.timeline-undated.is-off .tl-chip').count()).toBe(11);

    await toggle.click();
    await expect.poll(async () => (await visibleNodeIds(page)).length).toBe(model.nodes.length);
    expect(app.problems, app.problems.join('\n')).toEqual([]);
  });

  it('draws dated events as spans, inferred ones apart, and shows the stated date in both calendars', async () => {
    app = await openTimeline();
    const { page } = app;
    expect(await page.locator('.timeline .tl-event').count()).toBe(7);
    expect(await page.locator('.timeline .tl-event.tl-stated').count()).toBe(1);
    expect(await page.locator('.timeline .tl-event.tl-inferred').count()).toBe(6);
    const war = page.locator('.tl-event[data-event="second-karabakh-war"] .tl-bar');
    const invitation = page.locator('.tl-event[data-event="demir-fighter-invitation"] .tl-bar');
    const [warBox, dayBox] = [await war.boundingBox(), await invitation.boundingBox()];
    // A year is about 365 times as wide as a day, which is still drawn at least 4 px wide.
    expect(warBox!.width).toBeGreaterThan(100);
    expect(dayBox!.width).toBeGreaterThanOrEqual(3.9);
    expect(dayBox!.width).toBeLessThan(8);
    expect(await invitation.evaluate((el) => getComputedStyle(el).strokeDasharray)).not.toBe('none');
    expect(await war.evaluate((el) => getComputedStyle(el).strokeDasharray)).toBe('none');

    const bar = page.getByRole('button', { name: /^Fighter invitation — Demir invites .*, 8 January 2023 · 18 Dey 1401 SH \(inferred\)$/ });
    await bar.focus();
    const tip = page.getByRole('tooltip');
    await tip.waitFor();
    const stated = tip.locator('[lang="fa"]');
    expect(await stated.textContent()).toBe('«۱۸ دی ماه سال گذشته»');
    expect(await stated.getAttribute('dir')).toBe('rtl');
    expect(await tip.textContent()).toContain('8 January 2023 · 18 Dey 1401 SH');
    expect(await bar.getAttribute('aria-describedby')).toBe(await tip.getAttribute('id'));
    expect(app.problems, app.problems.join('\n')).toEqual([]);
  });

  it('selecting an event on the timeline selects it in the graph, and the other way round', async () => {
    app = await openTimeline();
    const { page } = app;
    await page.locator('.tl-event[data-event="second-karabakh-war"]').click();
    await expect.poll(() => selectedId(app!)).toBe('second-karabakh-war');
    await expect.poll(() => page.evaluate(() => window.kavosh!.cy!.getElementById('second-karabakh-war').hasClass('chosen'))).toBe(true);

    await page.getByRole('button', { name: /^Baku meeting — Valiyev–Günaydın meeting in Baku, Undated/ }).press('Enter');
    await expect.poll(() => selectedId(app!)).toBe('baku-intelligence-meeting');

    // From the graph side: an event, then a participation edge of another event.
    await page.evaluate(() => window.kavosh!.store.getState().select('demir-fighter-invitation'));
    await expect.poll(() => page.locator('.tl-event[data-event="demir-fighter-invitation"]').getAttribute('aria-current')).toBe('true');
    await expect.poll(() => page.locator('.timeline [aria-current="true"]').count()).toBe(1);
    const edge = model.factEdges.get('kaan-cooperation-protocol')![0]!;
    await page.evaluate((id) => window.kavosh!.store.getState().select(id), edge);
    await expect.poll(() => page.locator('.tl-chip[data-event="kaan-cooperation-protocol"]').getAttribute('aria-current')).toBe('true');
    expect(app.problems, app.problems.join('\n')).toEqual([]);
  });

  it('draws a new window from a bar (bars cover the plot), while a click on a bar still selects it', async () => {
    app = await openTimeline();
    const { page } = app;
    const bar = page.locator('.tl-event[data-event="second-karabakh-war"] .tl-bar');
    await bar.click();
    await expect.poll(() => selectedId(app!)).toBe('second-karabakh-war');
    expect((await timeState(app)).window).toBeNull();

    await page.evaluate(() => window.kavosh!.store.getState().select(null));
    const box = (await bar.boundingBox())!;
    const plot = (await page.locator('.timeline-plot > svg').boundingBox())!;
    const y = box.y + box.height / 2;
    await page.mouse.move(box.x + box.width / 2, y);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + plot.width / 5, y, { steps: 6 });
    await page.mouse.up();
    await expect.poll(async () => (await timeState(app!)).window).not.toBeNull();
    const drawn = (await timeState(app)).window!;
    // From within the war's year 2020, about a year (a fifth of the five-year axis) wide, snapped to months.
    expect(drawn.start).toBeGreaterThanOrEqual(utc('2020-01-01'));
    expect(drawn.start).toBeLessThan(utc('2021-01-01'));
    expect(drawn.end - drawn.start).toBeGreaterThan(utc('2021-06-01') - utc('2020-06-01') - 120 * 86_400_000);
    expect(new Date(drawn.start).getUTCDate()).toBe(1);
    // The drag was not a click on the bar.
    expect(await selectedId(app)).toBeNull();
    expect(app.problems, app.problems.join('\n')).toEqual([]);
  });

  it('dragging a handle and playing move the window; "All time" clears it', async () => {
    app = await openTimeline();
    const { page } = app;
    const grip = page.locator('.tl-handle-start .tl-handle-grip');
    const box = (await grip.boundingBox())!;
    const plot = (await page.locator('.timeline-plot > svg').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(plot.x + plot.width / 2, box.y + box.height / 2, { steps: 5 });
    await page.mouse.up();
    await expect.poll(async () => (await timeState(app!)).window?.start ?? 0).toBeGreaterThan(utc('2021-06-01'));
    const dragged = (await timeState(app)).window!;
    expect(dragged.start).toBeLessThan(utc('2023-06-01'));
    expect(dragged.end).toBe(DOMAIN_END);
    expect(new Date(dragged.start).getUTCDate()).toBe(1); // snapped to a month at this width

    await page.getByRole('button', { name: 'All time' }).click();
    await expect.poll(async () => (await timeState(app!)).window).toBeNull();

    await page.getByRole('button', { name: 'Play' }).click();
    await expect.poll(async () => (await timeState(app!)).window?.start).toBeGreaterThan(utc('2020-01-01'));
    const playing = (await timeState(app)).window!;
    // Whole months, the 1st to the 1st a year on (no leap-day drift), and the header says so.
    expect(new Date(playing.start).getUTCDate()).toBe(1);
    expect(new Date(playing.end).toISOString().slice(4, 10)).toBe(new Date(playing.start).toISOString().slice(4, 10));
    expect(new Date(playing.end).getUTCFullYear() - new Date(playing.start).getUTCFullYear()).toBe(1);
    await page.getByRole('button', { name: 'Pause' }).click();
    await page.getByRole('button', { name: 'Play' }).waitFor();
    await settled(page);
    const paused = (await timeState(app)).window;
    // Paused means no further step: thirty more frames (several play steps' worth) change nothing.
    await page.evaluate(() => new Promise<void>((resolve) => {
      let frames = 0;
      const tick = () => (++frames >= 30 ? resolve() : requestAnimationFrame(tick));
      requestAnimationFrame(tick);
    }));
    expect((await timeState(app)).window).toEqual(paused);
    await expectVisibleNodes(page, expected({ window: paused, showUndated: true }));
    expect(app.problems, app.problems.join('\n')).toEqual([]);
  });

  it('speaks Persian: handle labels and dates in Solar Hijri first, months of that calendar', async () => {
    app = await openTimeline();
    const { page } = app;
    await page.evaluate(() => window.kavosh!.store.getState().setLang('fa'));
    const start = page.getByRole('slider', { name: 'آغاز بازه' });
    await start.waitFor();
    await expect.poll(() => start.getAttribute('aria-valuetext')).toBe('۱۱ دی ۱۳۹۸ خورشیدی؛ ۱ ژانویه ۲۰۲۰ میلادی');
    await start.focus();
    await page.keyboard.press('ArrowRight');
    // One Solar Hijri month on: 1 Bahman 1398 = 21 January 2020.
    await expect.poll(async () => (await timeState(app!)).window?.start).toBe(utc('2020-01-21'));
    await expect.poll(() => start.getAttribute('aria-valuetext')).toBe('۱ بهمن ۱۳۹۸ خورشیدی؛ ۲۱ ژانویه ۲۰۲۰ میلادی');
    await expect.poll(() => page.locator('.timeline .tl-tick.is-major text').allTextContents()).toEqual(['۱۳۹۹', '۱۴۰۰', '۱۴۰۱', '۱۴۰۲', '۱۴۰۳']);
    expect(await page.locator('.timeline').evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
    expect(await page.locator('.timeline-plot > svg').evaluate((el) => getComputedStyle(el).direction)).toBe('ltr');
    expect(app.problems, app.problems.join('\n')).toEqual([]);
  });

  it('has no serious or critical accessibility violations (axe-core), in English and Persian', async () => {
    app = await openTimeline();
    const { page } = app;
    await page.getByRole('slider', { name: 'Window start' }).focus();
    await page.keyboard.press('PageUp');
    await page.locator('.tl-event[data-event="demir-fighter-invitation"]').focus();
    await page.getByRole('tooltip').waitFor();
    await settled(page);
    expect(await axeSerious(page, '.timeline')).toEqual([]);
    await page.evaluate(() => window.kavosh!.store.getState().setLang('fa'));
    await page.getByRole('slider', { name: 'آغاز بازه' }).waitFor();
    await settled(page);
    expect(await axeSerious(page, '.timeline')).toEqual([]);
    expect(app.problems, app.problems.join('\n')).toEqual([]);
  });
});

// Past 300 dated events the plot is a density on a canvas: a synthetic corpus of 3k elements (about
// 650 dated events and 70 undated ones), served with the built app by the bench's static server.
describe('timeline at corpus scale in Chromium', () => {
  let server: StaticServer | undefined;
  let root = '';
  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'kavosh-tl-corpus-'));
    ensureCorpus(root, '3k');
    server = await serveStatic('dist', root);
  });
  afterAll(async () => {
    await server?.close();
    rmSync(root, { recursive: true, force: true });
  });

  // The canvas as a PNG data URL (getImageData would warn about repeated readbacks), and whether it is blank.
  const canvasImage = (a: AppPage) =>
    a.page.locator('canvas.tl-density').evaluate((el) => {
      const c = el as HTMLCanvasElement;
      const blank = Object.assign(document.createElement('canvas'), { width: c.width, height: c.height });
      const url = c.toDataURL();
      return { url, blank: url === blank.toDataURL() };
    });

  it('draws a density instead of bars; filters recount it, clicks select, sliders and the undated summary work', async () => {
    app = await openApp('', undefined, { waitForGraph: false });
    const { page } = app;
    await page.goto(`${server!.url}?data=bench-data/3k/`);
    await waitForGraph(page);
    const facts = await page.evaluate(() => {
      const m = window.kavosh!.store.getState().model!;
      const kinds = new Map<string, number>();
      for (const e of m.dataset.events) kinds.set(e.kind, (kinds.get(e.kind) ?? 0) + 1);
      const top = [...kinds].sort((a, b) => b[1] - a[1])[0]![0];
      const dated = m.dataset.events.filter((e) => e.date.precision !== 'unknown');
      return { dated: dated.length, undated: m.dataset.events.length - dated.length, top, datedOther: dated.filter((e) => e.kind !== top).length };
    });
    expect(facts.dated).toBeGreaterThan(300);
    expect(facts.undated).toBeGreaterThan(50);

    // No bar per event: one canvas, hidden from assistive technology, summarised on the plot.
    expect(await page.locator('.timeline .tl-event').count()).toBe(0);
    const canvas = page.locator('canvas.tl-density');
    expect(await canvas.getAttribute('aria-hidden')).toBe('true');
    const plot = page.locator('.timeline-plot > svg');
    const summary = page.locator(`#${await plot.getAttribute('aria-describedby')}`);
    await expect.poll(() => summary.textContent()).toMatch(new RegExp(`^${facts.dated} dated events, .* ${facts.dated} of them match the filters`));
    await settled(page);
    const before = await canvasImage(app);
    expect(before.blank).toBe(false);

    // A filter recounts: the summary and the drawing change, the scale does not.
    const peak = await page.locator('.tl-density-peak').textContent();
    await page.evaluate((kind) => window.kavosh!.store.getState().toggleKind('hiddenEventKinds', kind), facts.top);
    await expect.poll(() => summary.textContent()).toContain(`${facts.datedOther} of them match the filters`);
    await expect.poll(async () => (await canvasImage(app!)).url).not.toBe(before.url);
    await expect.poll(() => page.locator('.tl-density-peak').textContent()).toBe(peak);

    // The undated lane: the first 50 chips and a way to the rest.
    await expect.poll(() => page.locator('.timeline .tl-chip').count()).toBe(50);
    await expect.poll(() => page.locator('.timeline-undated h3 .tl-count').textContent()).toBe(String(facts.undated));
    const more = page.getByRole('button', { name: `and ${facts.undated - 50} more in the fact table` });
    await more.click();
    await expect.poll(() => page.evaluate(() => window.kavosh!.store.getState().panel)).toBe('table');

    // A click on the density selects the event under it, and the plot marks it.
    const box = (await plot.boundingBox())!;
    await page.mouse.click(box.x + box.width * 0.5, box.y + box.height * 0.6);
    await expect.poll(() => selectedId(app!)).not.toBeNull();
    const picked = (await selectedId(app))!;
    expect(await page.evaluate((id) => window.kavosh!.store.getState().model!.eventById.get(id)!.date.precision, picked)).not.toBe('unknown');
    await expect.poll(() => page.locator('.tl-density-selected').count()).toBe(1);
    expect((await timeState(app)).window).toBeNull(); // a click is not a drag

    // The keyboard sliders are the same as with bars.
    const start = page.getByRole('slider', { name: 'Window start' });
    await start.focus();
    await page.keyboard.press('PageUp');
    await expect.poll(async () => (await timeState(app!)).window?.start).toBe(utc('2013-01-01'));
    await settled(page);
    expect(await axeSerious(page, '.timeline')).toEqual([]);
    expect(app.problems, app.problems.join('\n')).toEqual([]);
  });
});
