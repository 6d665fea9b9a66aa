// Import and export through the UI in Chromium: the second article merges into the graph (by file
// picker and by drop), a broken dataset is refused with file/path/rule and changes nothing, and the
// export menu downloads a GraphML of the filtered view that validates against the XSD.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, recordTexts, settled, visibleNodeIds, waitForGraph, type AppPage } from './browser';
import { loadAllDatasets } from '../../scripts/lib/load-all';
import { buildGraphModel } from '../../src/graph/model';

const model = buildGraphModel(loadAllDatasets('data'));
const SECOND = ['document.json', 'facts.json', 'source.txt'].map((f) => join('tests/fixtures/second-article', f));
const BROKEN = ['document.json', 'facts.json', 'source.txt'].map((f) => join('tests/fixtures/broken/quote-mismatch', f));
const out = mkdtempSync(join(tmpdir(), 'kavosh-e2e-export-'));

let app: AppPage | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const nodeCount = (page: Page) => page.evaluate(() => window.kavosh!.cy!.nodes().length);
const datasetJson = (page: Page) => page.evaluate(() => JSON.stringify(window.kavosh!.store.getState().model?.dataset));

async function exportAs(page: Page, item: string) {
  await page.getByRole('button', { name: 'Export' }).click();
  const download = page.waitForEvent('download');
  await page.locator(`[role="menuitem"][data-export="${item}"]`).click();
  const file = await download;
  const path = join(out, file.suggestedFilename());
  await file.saveAs(path);
  return { name: file.suggestedFilename(), path };
}

describe('import in Chromium', () => {
  it('imports the second article through the file picker and merges shared entities', async () => {
    app = await openApp();
    const { page } = app;
    expect(await nodeCount(page)).toBe(model.nodes.length);
    const statuses = await recordTexts(page, 'import-status');
    await page.getByTestId('import-input').setInputFiles(SECOND);
    await expect.poll(() => nodeCount(page)).toBe(model.nodes.length + 4);
    await waitForGraph(page);
    await expect.poll(async () => (await statuses()).join('\n')).toContain('2 new entities, 2 merged with existing ones, 2 new events, 1 new relation.');
    const ids = await page.evaluate(() => window.kavosh!.cy!.nodes().map((n) => n.id()));
    expect(ids).toContain('georgia');
    expect(ids).toContain('test-tbilisi-trilateral-meeting');
    expect(ids).not.toContain('turkiye'); // Q43: merged into turkey
    expect(ids.filter((id) => id === 'turkey' || id === 'azerbaijan')).toHaveLength(2);
    const q43 = await page.evaluate(() => window.kavosh!.store.getState().model!.dataset.entities.filter((e) => e.wikidata === 'Q43').map((e) => e.id));
    expect(q43).toEqual(['turkey']);
    // The merged event is drawn with edges to the existing Turkey node.
    const turkeyEdge = await page.evaluate(() => window.kavosh!.cy!.getElementById('test-tbilisi-trilateral-meeting').edgesTo('#turkey').length);
    expect(turkeyEdge).toBe(1);
    await expect.poll(async () => (await visibleNodeIds(page)).length).toBe(model.nodes.length + 4);
    expect(app.problems, app.problems.join('\n')).toEqual([]);
  });

  it('imports files dropped on the window, showing a drop zone while dragging', async () => {
    app = await openApp();
    const { page } = app;
    const files = SECOND.map((path) => ({ name: path.split('/').pop()!, text: readFileSync(path, 'utf8') }));
    const transfer = await page.evaluateHandle((list) => {
      const dt = new DataTransfer();
      for (const f of list) dt.items.add(new File([f.text], f.name, { type: 'text/plain' }));
      return dt;
    }, files);
    await page.dispatchEvent('body', 'dragenter', { dataTransfer: transfer });
    await expect.poll(() => page.locator('.import-dropzone').count()).toBe(1);
    await page.dispatchEvent('body', 'drop', { dataTransfer: transfer });
    await expect.poll(() => page.locator('.import-dropzone').count()).toBe(0);
    await expect.poll(() => nodeCount(page)).toBe(model.nodes.length + 4);
    expect(app.problems, app.problems.join('\n')).toEqual([]);
  });

  it('refuses a broken dataset with file, path and rule, and changes nothing', async () => {
    app = await openApp();
    const { page } = app;
    const before = await datasetJson(page);
    await page.getByTestId('import-input').setInputFiles(BROKEN);
    const dialog = page.getByRole('alertdialog');
    await dialog.waitFor();
    expect(await dialog.getByRole('heading').textContent()).toContain('nothing was changed');
    const row = dialog.locator('tbody tr[data-rule="quote"]');
    await expect.poll(() => row.count()).toBe(1);
    const cells = await row.locator('td').allTextContents();
    expect(cells.slice(0, 3)).toEqual(['facts.json', 'events[1].evidence[0].quote', 'quote']);
    expect(cells[3]).toContain('text.slice(51, 95)');
    expect(await nodeCount(page)).toBe(model.nodes.length);
    expect(await datasetJson(page)).toBe(before);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    expect(app.problems, app.problems.join('\n')).toEqual([]);
  });
});

describe('export in Chromium', () => {
  it('downloads a GraphML of the filtered view that validates against graphml.xsd', async () => {
    app = await openApp();
    const { page } = app;
    await page.locator('[data-country="pakistan"] input').check();
    await expect.poll(async () => (await visibleNodeIds(page)).length).toBeLessThan(model.nodes.length);
    await settled(page);
    const visible = await visibleNodeIds(page);
    const { name, path } = await exportAs(page, 'graphml');
    expect(name).toBe('kavosh-graph.graphml');
    const lint = spawnSync('xmllint', ['--nonet', '--noout', '--schema', 'tests/schemas/graphml/graphml.xsd', path], { encoding: 'utf8' });
    expect(lint.status, lint.stderr).toBe(0);
    const ids = [...readFileSync(path, 'utf8').matchAll(/<node id="([^"]+)"/g)].map((m) => m[1]).sort();
    expect(ids).toEqual(visible);
    expect(app.problems, app.problems.join('\n')).toEqual([]);
  });

  it('downloads PNG at 1× and 2×, an SVG and the CSV tables', async () => {
    app = await openApp();
    const { page } = app;
    const size = (path: string) => {
      const png = readFileSync(path);
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      return { w: png.readUInt32BE(16), h: png.readUInt32BE(20) };
    };
    const one = size((await exportAs(page, 'png')).path);
    const two = size((await exportAs(page, 'png2x')).path);
    expect(Math.abs(two.w - 2 * one.w)).toBeLessThanOrEqual(2);
    expect(Math.abs(two.h - 2 * one.h)).toBeLessThanOrEqual(2);
    const svg = await exportAs(page, 'svg');
    const lint = spawnSync('xmllint', ['--nonet', '--noout', svg.path], { encoding: 'utf8' });
    expect(lint.status, lint.stderr).toBe(0);
    // Every node label; edge labels only where the canvas shows them at this zoom.
    expect((readFileSync(svg.path, 'utf8').match(/<text /g) ?? []).length).toBeGreaterThanOrEqual(model.nodes.length);
    const nodes = await exportAs(page, 'csvNodes');
    expect(nodes.name).toBe('kavosh-nodes.csv');
    expect(readFileSync(nodes.path, 'utf8').startsWith('\uFEFFId,Label,')).toBe(true);
    expect(app.problems, app.problems.join('\n')).toEqual([]);
  });
});
