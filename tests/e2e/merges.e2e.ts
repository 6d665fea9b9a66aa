// Reversible merges in Chromium: a curator merges one entity into another from the Details panel,
// the merge survives a reload (it is kept in the workspace in IndexedDB), and "unmerge" brings both
// back; "possibly the same" is shown in both entities' details and survives a reload too. An
// imported document naming an entity by the article's id is merged by a "same id" record that
// unmerges into two entities, each document's own facts on its own.
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, recordTexts, settled, waitForGraph, type AppPage } from './browser';
import { axeSerious } from './axe';

const POLL = { timeout: 30_000 };
const TEST = { timeout: 240_000 };

let app: AppPage | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const nodeIds = (page: Page) => page.evaluate(() => window.kavosh!.cy!.nodes().map((n) => n.id()).sort());
const selectEntity = (page: Page, id: string) => page.evaluate((entity) => window.kavosh!.store.getState().select(entity, true), id);
const degree = (page: Page, id: string) => page.evaluate((node) => window.kavosh!.cy!.getElementById(node).connectedEdges().length, id);

const neighbours = (page: Page, id: string) => page.evaluate((node) => window.kavosh!.cy!.getElementById(node).neighborhood('node').map((n) => n.id()).sort(), id);

async function importFixture(page: Page, dir: string, docTitle: string) {
  // The success note fades after a while: record every text it shows rather than poll the last.
  const statuses = await recordTexts(page, 'import-status');
  await page.getByTestId('import-input').setInputFiles(['document.json', 'facts.json', 'source.txt'].map((f) => join('tests/fixtures', dir, f)));
  await expect.poll(async () => (await statuses()).join('\n'), POLL).toContain(docTitle);
}

describe('reversible merges', () => {
  it('merges two entities, keeps the merge across a reload, and unmerges them back', TEST, async () => {
    app = await openApp();
    const { page } = app;
    const before = await nodeIds(page);
    expect(before).toEqual(expect.arrayContaining(['armenia', 'azerbaijan']));
    const azDegree = await degree(page, 'azerbaijan');

    await selectEntity(page, 'azerbaijan');
    const panel = page.getByTestId('entity-merges');
    await panel.waitFor();
    await panel.getByLabel('Another entity').selectOption('armenia');
    await panel.getByRole('button', { name: 'Merge into this one' }).click();
    await expect.poll(() => nodeIds(page), POLL).toEqual(before.filter((id) => id !== 'armenia'));
    await expect.poll(() => degree(page, 'azerbaijan'), POLL).toBeGreaterThan(azDegree);
    await expect.poll(() => panel.locator('[data-merged="armenia"]').textContent(), POLL).toContain('merged by a curator');
    await settled(page); // the workspace save has finished

    await page.reload();
    await waitForGraph(page);
    expect(await nodeIds(page)).toEqual(before.filter((id) => id !== 'armenia'));
    await selectEntity(page, 'azerbaijan');
    const unmerge = page.getByTestId('entity-merges').getByRole('button', { name: 'Unmerge Armenia' });
    await unmerge.click();
    await expect.poll(() => nodeIds(page), POLL).toEqual(before);
    await expect.poll(() => degree(page, 'azerbaijan'), POLL).toBe(azDegree);
    await settled(page);

    await page.reload();
    await waitForGraph(page);
    expect(await nodeIds(page)).toEqual(before);
    expect(app.problems, app.problems.join('\n')).toEqual([]);
  });

  it('records a same-id merge at import, unmerges it into two entities across a reload, and merges them again', TEST, async () => {
    app = await openApp();
    const { page } = app;
    const before = await nodeIds(page);
    // The made-up third article names Turkey (and four others) by the article's ids, and adds
    // Georgia, Tbilisi and the Tbilisi meeting, whose participants include Turkey.
    await importFixture(page, 'third-article', 'the Baku and Tbilisi meetings retold');
    const SPLIT = 'turkey--test-third-article';
    const MEETING = 'test-tbilisi-trilateral-meeting';
    await expect.poll(() => nodeIds(page), POLL).toEqual(expect.arrayContaining([...before, MEETING]));
    expect(await nodeIds(page)).not.toContain(SPLIT);
    expect(await neighbours(page, MEETING)).toContain('turkey');

    await selectEntity(page, 'turkey');
    const record = page.getByTestId('entity-merges').locator(`[data-merged="${SPLIT}"]`);
    await expect.poll(() => record.textContent(), POLL).toContain('same id "turkey" in two documents');
    await record.getByRole('button', { name: 'Unmerge Turkey' }).click();
    await expect.poll(() => nodeIds(page), POLL).toContain(SPLIT);
    // The third article's meeting now names its own Turkey; the article's facts keep the original.
    await expect.poll(() => neighbours(page, MEETING), POLL).toContain(SPLIT);
    expect(await neighbours(page, MEETING)).not.toContain('turkey');
    expect(await degree(page, 'turkey')).toBeGreaterThan(0);
    await settled(page);

    await page.reload();
    await waitForGraph(page);
    expect(await nodeIds(page)).toContain(SPLIT);
    expect(await neighbours(page, MEETING)).not.toContain('turkey');
    await selectEntity(page, 'turkey');
    const panel = page.getByTestId('entity-merges');
    await panel.getByLabel('Another entity').selectOption(SPLIT);
    await panel.getByRole('button', { name: 'Merge into this one' }).click();
    await expect.poll(() => nodeIds(page), POLL).not.toContain(SPLIT);
    await expect.poll(() => neighbours(page, MEETING), POLL).toContain('turkey');
    await expect.poll(() => panel.locator(`[data-merged="${SPLIT}"]`).textContent(), POLL).toContain('merged by a curator');
    expect(app.problems, app.problems.join('\n')).toEqual([]);
  });

  it('marks two entities possibly the same without merging them, in both entities’ details, across a reload', TEST, async () => {
    app = await openApp();
    const { page } = app;
    const before = await nodeIds(page);
    await selectEntity(page, 'turkey');
    const panel = page.getByTestId('entity-merges');
    await panel.getByLabel('Another entity').selectOption('turkey-government');
    await panel.getByRole('button', { name: 'Mark possibly the same' }).click();
    await expect.poll(() => panel.getByTestId('possibly-same').locator('[data-same="turkey-government"]').count(), POLL).toBe(1);
    expect(await nodeIds(page)).toEqual(before);
    await settled(page);

    await page.reload();
    await waitForGraph(page);
    await selectEntity(page, 'turkey-government');
    const other = page.getByTestId('entity-merges').getByTestId('possibly-same');
    await expect.poll(() => other.locator('[data-same="turkey"]').count(), POLL).toBe(1);
    await other.getByRole('button', { name: /^Not the same as/ }).click();
    await expect.poll(() => page.getByTestId('possibly-same').count(), POLL).toBe(0);
    expect(app.problems, app.problems.join('\n')).toEqual([]);
  });

  it('has no serious accessibility violation with a merge and a "possibly the same" shown, in English and Persian', TEST, async () => {
    app = await openApp();
    const { page } = app;
    await page.evaluate(() => {
      const s = window.kavosh!.store.getState();
      s.mergeEntities('azerbaijan', 'armenia', 'test');
      s.setPossiblySame('azerbaijan', 'turkey', true);
      s.select('azerbaijan', true);
    });
    const panel = page.getByTestId('entity-merges');
    await expect.poll(() => panel.locator('[data-merged="armenia"]').count(), POLL).toBe(1);
    await settled(page);
    expect(await axeSerious(page)).toEqual([]);
    await page.evaluate(() => window.kavosh!.store.getState().setLang('fa'));
    await expect.poll(() => panel.getByRole('button', { name: 'ادغام در این موجودیت' }).count(), POLL).toBe(1);
    await settled(page);
    expect(await axeSerious(page)).toEqual([]);
    expect(app.problems, app.problems.join('\n')).toEqual([]);
  });
});
