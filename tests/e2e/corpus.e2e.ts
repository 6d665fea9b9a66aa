// A corpus that persists, in Chromium: two made-up fixture documents imported, the page reloaded,
// and a copied link reopened all show the same graph and documents; a fact two documents report
// lists both quotes with the right independent-origin count, a contradiction shows as a dispute; a link opened where its documents
// are missing says which; and an import whose save fails halfway (a full disk) loses nothing.
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { loadAllDatasets } from '../../scripts/lib/load-all';
import { corroborationOf } from '../../src/domain/corroboration';
import { buildGraphModel, evidenceOf } from '../../src/graph/model';
import { openApp, recordTexts, waitForGraph, watch, type AppPage } from './browser';

const base = buildGraphModel(loadAllDatasets('data'));
// The article's own quotes for the Baku meeting, as the corrected data has them.
const bakuArticleQuotes = corroborationOf(evidenceOf(base, 'baku-intelligence-meeting'), base.dataset.documents).supports.find((s) => s.doc.id === 'aran-news-baku')?.quotes.length ?? 0;
const files = (dir: string) => ['document.json', 'facts.json', 'source.txt'].map((f) => join('tests/fixtures', dir, f));

// Several page loads per test on a shared machine: generous bounds, every wait still a poll.
const POLL = { timeout: 30_000 };
const TEST = { timeout: 240_000 };

let app: AppPage | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const nodeIds = (page: Page) => page.evaluate(() => window.kavosh!.cy!.nodes().map((n) => n.id()).sort());
const documentIds = (page: Page) => page.locator('[data-testid="documents-panel"] .document-card').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-doc')));

async function importFixture(page: Page, dir: string, docTitle: string) {
  // The success note fades after a while: record every text it shows rather than poll the last.
  const statuses = await recordTexts(page, 'import-status');
  await page.getByTestId('import-input').setInputFiles(files(dir));
  await expect.poll(async () => (await statuses()).join('\n'), POLL).toContain(docTitle);
}

async function openDocuments(page: Page) {
  await page.getByRole('tab', { name: 'Documents' }).click();
  await page.getByTestId('documents-panel').waitFor();
}

describe('a corpus that persists', () => {
  it('keeps two imported documents across a reload and in a copied link', TEST, async () => {
    app = await openApp();
    const { page } = app;
    await importFixture(page, 'second-article', 'trilateral meeting in Tbilisi');
    await importFixture(page, 'third-article', 'the Baku and Tbilisi meetings retold');
    await expect.poll(() => nodeIds(page).then((ids) => ids.length), POLL).toBe(base.nodes.length + 4);
    const graph = await nodeIds(page);
    await expect.poll(() => page.url(), POLL).toContain('docs=aran-news-baku%2Ctest-second-article%2Ctest-third-article');
    const link = page.url();

    await page.reload();
    await waitForGraph(page);
    expect(await nodeIds(page)).toEqual(graph);
    await openDocuments(page);
    expect(await documentIds(page)).toEqual(['aran-news-baku', 'test-second-article', 'test-third-article']);
    expect(await page.locator('.documents-meta').textContent()).toContain('Saved in this browser');

    const reopened = await app.context.newPage();
    const problems: string[] = [];
    watch(reopened, problems);
    await reopened.goto(link);
    await waitForGraph(reopened);
    expect(await nodeIds(reopened)).toEqual(graph);
    await openDocuments(reopened);
    expect(await documentIds(reopened)).toEqual(['aran-news-baku', 'test-second-article', 'test-third-article']);
    expect(problems, problems.join('\n')).toEqual([]);
    expect(app.problems, app.problems.join('\n')).toEqual([]);
  });

  it('shows both quotes of a fact two documents report, and counts one origin for two outlets citing AzerTac', TEST, async () => {
    app = await openApp();
    const { page } = app;
    await importFixture(page, 'second-article', 'trilateral meeting in Tbilisi');
    await importFixture(page, 'third-article', 'the Baku and Tbilisi meetings retold');
    await page.evaluate(() => window.kavosh!.store.getState().select('baku-intelligence-meeting'));
    const box = page.getByTestId('corroboration');
    await expect.poll(() => box.getAttribute('data-documents'), POLL).toBe('2');
    expect(await box.getAttribute('data-origins')).toBe('1');
    expect(await box.locator('.corroboration-summary').textContent()).toContain('Supported by 2 document(s) from 1 independent origin(s)');
    expect(bakuArticleQuotes).toBeGreaterThan(0);
    expect(await box.locator('[data-doc="aran-news-baku"] .quote').count()).toBe(bakuArticleQuotes);
    expect(await box.locator('[data-doc="test-third-article"] .quote').textContent()).toBe('به نقل از آذرتاج، کریم ولی اف و اسماعیل گونایدین در باکو دیدار کردند');

    await page.evaluate(() => window.kavosh!.store.getState().select('test-tbilisi-trilateral-meeting'));
    await expect.poll(() => box.getAttribute('data-origins'), POLL).toBe('2');
    // The two made-up documents date the meeting differently: both claims are shown.
    const dispute = page.getByTestId('dispute');
    await expect.poll(() => dispute.getAttribute('data-field'), POLL).toBe('date');
    expect(await dispute.locator('.dispute-claim').allTextContents()).toEqual(['2022 — Kavosh test fixture', '2023 — Kavosh test wire (made up)']);
    // "At least 2 independent sources" leaves the Tbilisi meeting as the only event.
    await page.getByTestId('min-origins').selectOption('2');
    await expect
      .poll(() => page.evaluate(() => window.kavosh!.cy!.nodes('[type = "event"]').filter((n) => n.visible()).map((n) => n.id())), POLL)
      .toEqual(['test-tbilisi-trilateral-meeting']);
    await expect.poll(() => page.url(), POLL).toContain('o=2');
    expect(app.problems, app.problems.join('\n')).toEqual([]);
  });

  it('names the documents a link needs when this browser does not hold them', TEST, async () => {
    app = await openApp('?docs=aran-news-baku,test-second-article&s=turkey');
    const { page } = app;
    await expect.poll(() => page.locator('.notice').textContent(), POLL).toContain('test-second-article');
    expect(await page.locator('.notice').textContent()).toContain('graph shows the rest without them');
    expect(await nodeIds(page)).toEqual(base.nodes.map((n) => n.id).sort());
    expect(await page.evaluate(() => window.kavosh!.store.getState().selectedId)).toBe('turkey');
    expect(app.problems, app.problems.join('\n')).toEqual([]);
  });

  it('loses nothing when saving an import fails halfway (a full disk), and says so', TEST, async () => {
    app = await openApp();
    const { page } = app;
    await importFixture(page, 'second-article', 'trilateral meeting in Tbilisi');
    const graph = await nodeIds(page);
    const dataset = await page.evaluate(() => JSON.stringify(window.kavosh!.store.getState().workspace.dataset));
    // The first write of the next save goes through, the second throws as a full disk would.
    await page.evaluate(() => {
      const put = IDBObjectStore.prototype.put;
      let writes = 0;
      IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
        writes += 1;
        if (writes === 2) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return put.apply(this, args);
      };
    });
    await page.getByTestId('import-input').setInputFiles(files('third-article'));
    const dialog = page.getByRole('alertdialog');
    await dialog.waitFor();
    expect(await dialog.locator('tbody tr[data-rule="storage"]').textContent()).toContain('storage for this site is full');
    expect(await nodeIds(page)).toEqual(graph);
    expect(await page.evaluate(() => JSON.stringify(window.kavosh!.store.getState().workspace.dataset))).toBe(dataset);
    await page.keyboard.press('Escape');
    await openDocuments(page);
    expect(await page.getByTestId('storage-error').textContent()).toContain('What was saved before is unchanged');

    await page.reload();
    await waitForGraph(page);
    expect(await nodeIds(page)).toEqual(graph);
    await openDocuments(page);
    expect(await documentIds(page)).toEqual(['aran-news-baku', 'test-second-article']);
    expect(app.problems, app.problems.join('\n')).toEqual([]);
  });

  it('hides and removes a document, and undoes the removal', TEST, async () => {
    app = await openApp();
    const { page } = app;
    await importFixture(page, 'second-article', 'trilateral meeting in Tbilisi');
    await openDocuments(page);
    const card = page.locator('.document-card[data-doc="test-second-article"]');
    await card.getByRole('checkbox', { name: 'Show its facts' }).uncheck();
    await expect.poll(() => nodeIds(page).then((ids) => ids.length), POLL).toBe(base.nodes.length);
    await card.getByRole('checkbox', { name: 'Show its facts' }).check();
    await expect.poll(() => nodeIds(page).then((ids) => ids.length), POLL).toBe(base.nodes.length + 4);
    await card.getByRole('button', { name: /Remove “TEST FIXTURE/ }).click();
    await expect.poll(() => documentIds(page), POLL).toEqual(['aran-news-baku']);
    await expect.poll(() => nodeIds(page).then((ids) => ids.length), POLL).toBe(base.nodes.length);
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect.poll(() => documentIds(page), POLL).toEqual(['aran-news-baku', 'test-second-article']);
    await expect.poll(() => nodeIds(page).then((ids) => ids.length), POLL).toBe(base.nodes.length + 4);
    expect(app.problems, app.problems.join('\n')).toEqual([]);
  });
});
