// A corpus of many documents by link, in Chromium: `?data=<file>.json` opens a bundle file (the one
// Export writes) served by this site, shows nodes from each of its documents in one graph with
// its cached positions, lists the documents, and refuses a bundle on another site.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { serveStatic, type StaticServer } from '../../scripts/bench/server';
import { generateMultiCorpus, toSynthBundle } from '../../src/graph/synthCorpus';
import { openApp, waitForGraph, type AppPage } from './browser';

const fixture = (dir: string) => ({
  document: JSON.parse(readFileSync(join('tests/fixtures', dir, 'document.json'), 'utf8')) as { id: string },
  text: readFileSync(join('tests/fixtures', dir, 'source.txt'), 'utf8'),
  facts: JSON.parse(readFileSync(join('tests/fixtures', dir, 'facts.json'), 'utf8')) as { entities: Array<{ id: string }> },
});
const mini = fixture('mini');
const second = fixture('second-article');
// Entities only one of the two documents names: each must be on the canvas.
const onlyIn = (a: typeof mini, b: typeof mini) => a.facts.entities.map((e) => e.id).filter((id) => !b.facts.entities.some((e) => e.id === id));
const corpus = generateMultiCorpus({ elements: 1500, seed: 9, id: 'e2e' });

const POLL = { timeout: 60_000 };
let app: AppPage | undefined;
let server: StaticServer | undefined;
let root = '';

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'kavosh-bundle-'));
  writeFileSync(join(root, 'two.json'), JSON.stringify({ kavoshBundle: 1, documents: [mini, second] }));
  mkdirSync(join(root, 'corpus'));
  writeFileSync(join(root, 'corpus', 'corpus.json'), JSON.stringify(toSynthBundle(corpus)));
  writeFileSync(join(root, 'corpus', 'layout.json'), JSON.stringify(corpus.layout));
  server = await serveStatic('dist', root);
});

afterAll(async () => {
  await server?.close();
  rmSync(root, { recursive: true, force: true });
});

afterEach(async () => {
  await app?.close();
  app = undefined;
});

const nodeIds = (page: Page) => page.evaluate(() => window.kavosh!.cy!.nodes().map((n) => n.id()));
const documentIds = (page: Page) => page.locator('[data-testid="documents-panel"] .document-card').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-doc')));

describe('?data= naming a bundle file', () => {
  it('opens the bundle Export writes: nodes from both documents in one graph, both documents listed', async () => {
    app = await openApp('', undefined, { waitForGraph: false });
    const { page } = app;
    await page.goto(`${server!.url}?data=bench-data/two.json`);
    await waitForGraph(page);
    const ids = await nodeIds(page);
    const fromMini = onlyIn(mini, second);
    const fromSecond = onlyIn(second, mini);
    expect(fromMini.length).toBeGreaterThan(0);
    expect(fromSecond.length).toBeGreaterThan(0);
    for (const id of [...fromMini, ...fromSecond]) expect(ids).toContain(id);
    await page.getByRole('tab', { name: 'Documents' }).click();
    await expect.poll(() => documentIds(page), POLL).toEqual([mini.document.id, second.document.id]);
    expect(app.problems, app.problems.join('\n')).toEqual([]);
  }, 180_000);

  it('opens a generated corpus of fifteen articles at its cached positions', async () => {
    app = await openApp('', undefined, { waitForGraph: false });
    const { page } = app;
    await page.goto(`${server!.url}?data=bench-data/corpus/corpus.json&layout=layout.json`);
    await waitForGraph(page);
    const shown = await page.evaluate(() => {
      const cy = window.kavosh!.cy!;
      const m = window.kavosh!.store.getState().model!;
      return {
        docs: m.dataset.documents.length,
        nodes: cy.nodes().length,
        modelNodes: m.nodes.length,
        positions: Object.fromEntries(cy.nodes().map((n) => [n.id(), [n.position('x'), n.position('y')]])),
      };
    });
    expect(shown.docs).toBe(corpus.docs.length);
    expect(shown.nodes).toBe(shown.modelNodes);
    // An entity the first article names and one only later articles name, each where the layout
    // file put it; and every node at its cached position.
    const firstDoc = corpus.docs[0]!.document.id;
    const named = (doc: string) => (e: (typeof corpus.facts.entities)[number]) => e.evidence.some((ev) => ev.doc === doc);
    const early = corpus.facts.entities.find(named(firstDoc));
    const late = corpus.facts.entities.find((e) => !named(firstDoc)(e) && named(corpus.docs.at(-1)!.document.id)(e));
    expect(early && late).toBeTruthy();
    for (const id of [early!.id, late!.id]) expect(shown.positions[id]).toEqual(corpus.layout.positions[id]);
    const misplaced = Object.entries(shown.positions).filter(([id, p]) => JSON.stringify(p) !== JSON.stringify(corpus.layout.positions[id]));
    expect(misplaced).toEqual([]);
    expect(app.problems, app.problems.join('\n')).toEqual([]);
  }, 180_000);

  it('refuses a bundle file on another site and says why', async () => {
    app = await openApp('', undefined, { waitForGraph: false });
    const { page } = app;
    await page.goto(`${server!.url}?data=${encodeURIComponent('https://evil.example/corpus.json')}`);
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent(), POLL).toContain('expected a bundle file on this site');
    expect(app.problems, app.problems.join('\n')).toEqual([]);
  }, 180_000);
});
