// The timeline's two clocks in Chromium, with the made-up second and third fixture documents
// imported (the third has a publication date of its own, the second none): switching to the
// reported clock moves the bars to their first-report dates, moves events between the axis and
// the undated lane, makes the time window filter by report date, lives in the URL across a
// reload, and the tip gives the reporting lag.
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, recordTexts, settled, visibleNodeIds, waitForGraph, type AppPage } from './browser';

const files = (dir: string) => ['document.json', 'facts.json', 'source.txt'].map((f) => join('tests/fixtures', dir, f));
const POLL = { timeout: 30_000 };
const TEST = { timeout: 240_000 };
const utc = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

let app: AppPage | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

async function importFixture(page: Page, dir: string, docTitle: string) {
  const statuses = await recordTexts(page, 'import-status');
  await page.getByTestId('import-input').setInputFiles(files(dir));
  await expect.poll(async () => (await statuses()).join('\n'), POLL).toContain(docTitle);
}

/** A bar's left edge on the plot, or null when the event has no bar (undated on this clock). */
const barX = (page: Page, id: string) =>
  page.evaluate((eventId) => {
    const g = document.querySelector(`.timeline-plot g.tl-event[data-event="${eventId}"]`);
    const m = /translate\(([-\d.]+)/.exec(g?.getAttribute('transform') ?? '');
    return m ? Number(m[1]) : null;
  }, id);
const undatedCount = (page: Page) => page.locator('.timeline .tl-count').textContent();
const clockOf = (page: Page) => page.evaluate(() => window.kavosh!.store.getState().time.clock ?? 'happened');

describe('the timeline’s two clocks', () => {
  it('moves bars, undated events and the time filter to the first-report dates, and keeps the clock in the link', TEST, async () => {
    app = await openApp();
    const { page } = app;
    await importFixture(page, 'second-article', 'trilateral meeting in Tbilisi');
    await importFixture(page, 'third-article', 'the Baku and Tbilisi meetings retold');
    await settled(page);
    const happened = page.getByRole('radio', { name: 'Happened' });
    const reported = page.getByRole('radio', { name: 'Reported' });
    await expect.poll(() => happened.isChecked(), POLL).toBe(true);

    // Happened: the war in 2020, the Baku meeting undated (the article gives no date).
    await expect.poll(() => barX(page, 'second-karabakh-war'), POLL).not.toBeNull();
    const warBefore = (await barX(page, 'second-karabakh-war'))!;
    const tbilisiBefore = await barX(page, 'test-tbilisi-trilateral-meeting');
    expect(await barX(page, 'baku-intelligence-meeting')).toBeNull();
    expect(await barX(page, 'test-trilateral-exercise-proposal')).not.toBeNull();
    const undatedBefore = Number(await undatedCount(page));
    expect(undatedBefore).toBeGreaterThan(1);

    await reported.check();
    await expect.poll(() => clockOf(page), POLL).toBe('reported');
    await expect.poll(() => page.url(), POLL).toContain('clock=reported');
    // Reported: the article's facts move to its publication range (from May 2023), later on the axis.
    await expect.poll(() => barX(page, 'second-karabakh-war'), POLL).toBeGreaterThan(warBefore);
    // Every fact of the article now has a date (its publication); only the second fixture's own
    // proposal, whose document has no publication date, is undated.
    await expect.poll(() => undatedCount(page), POLL).toBe('1');
    expect(await barX(page, 'baku-intelligence-meeting')).not.toBeNull();
    expect(await barX(page, 'test-trilateral-exercise-proposal')).toBeNull();
    expect(await barX(page, 'test-tbilisi-trilateral-meeting')).not.toBe(tbilisiBefore);

    // The tip gives both dates and the lag: the Tbilisi meeting happened in 2022/2023 and was first
    // reported on 14 June 2023 (the third fixture's made-up date).
    await page.locator('.timeline-plot g.tl-event[data-event="test-tbilisi-trilateral-meeting"]').focus();
    const tip = page.getByTestId('timeline-tip-reported');
    await expect.poll(() => tip.textContent(), POLL).toContain('First reported: 14 June 2023');
    expect(await tip.textContent()).toMatch(/reported \d+ day\(s\) after it happened/);

    // The window filters by report date: nothing was reported in 2020, so the war is hidden.
    await page.evaluate(([start, end]) => window.kavosh!.store.getState().setWindow({ start: start!, end: end! }), [utc('2020-01-01'), utc('2021-01-01')]);
    await expect.poll(() => visibleNodeIds(page).then((ids) => ids.includes('second-karabakh-war')), POLL).toBe(false);
    await happened.check();
    await expect.poll(() => clockOf(page), POLL).toBe('happened');
    await expect.poll(() => visibleNodeIds(page).then((ids) => ids.includes('second-karabakh-war')), POLL).toBe(true);
    await expect.poll(() => page.url(), POLL).not.toContain('clock=');

    // The clock lives in the link: back to reported, reload, still reported.
    await reported.check();
    await expect.poll(() => page.url(), POLL).toContain('clock=reported');
    await page.reload();
    await waitForGraph(page);
    await expect.poll(() => page.getByRole('radio', { name: 'Reported' }).isChecked(), POLL).toBe(true);
    await expect.poll(() => visibleNodeIds(page).then((ids) => ids.includes('second-karabakh-war')), POLL).toBe(false);
    expect(app.problems, app.problems.join('\n')).toEqual([]);
  });
});
