// The workspace in Node: stored and read back through IndexedDB (fake-indexeddb) and memory,
// all-or-nothing saves, version migration, bundles, and hiding documents.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { readDataset } from '../../scripts/lib/read-dataset';
import { mergeDatasets } from '../domain/merge';
import { IdbStorage } from './idbStorage';
import { MemoryStorage, type WorkspaceStorage } from './storage';
import { migrateStored, readWorkspaceBundle, toStored, toWorkspaceBundle, visibleDataset, withoutDocuments, type Workspace } from './workspace';
import { validateSharedFacts } from '../domain/bundle';

function datasetAt(dir: string) {
  const result = readDataset(dir);
  if (!result.ok) throw new Error(`${dir} must be valid`);
  return result.dataset;
}
const real = datasetAt('data/aran-news-baku');
const second = datasetAt('tests/fixtures/second-article');
const merged = mergeDatasets(real, second).dataset;
const one: Workspace = { dataset: real, choices: { hidden: [] } };
const two: Workspace = { dataset: merged, choices: { hidden: ['test-second-article'] } };

let dbCount = 0;
const storages: Array<[string, () => WorkspaceStorage]> = [
  ['IndexedDB', () => new IdbStorage(`kavosh-test-${++dbCount}`)],
  ['memory', () => new MemoryStorage()],
];

describe.each(storages)('%s storage', (_name, make) => {
  it('is empty at first, and gives back what was saved', async () => {
    const storage = make();
    expect(await storage.load()).toBeNull();
    await storage.save(toStored(two));
    const read = migrateStored('stored', await storage.load());
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.workspace.dataset.documents.map((d) => d.id)).toEqual(['aran-news-baku', 'test-second-article']);
    expect(read.workspace.dataset.entities).toEqual(merged.entities);
    expect(read.workspace.dataset.events).toEqual(merged.events);
    expect(read.workspace.dataset.texts).toEqual(merged.texts);
    expect(read.workspace.choices.hidden).toEqual(['test-second-article']);
  });

  it('replaces the saved workspace, dropping documents no longer in it', async () => {
    const storage = make();
    await storage.save(toStored(two));
    await storage.save(toStored(one));
    const stored = await storage.load();
    expect(stored?.documents.map((d) => d.document.id)).toEqual(['aran-news-baku']);
    expect(stored?.choices.hidden).toEqual([]);
  });

  it('keeps the previous workspace whole when a save fails halfway', async () => {
    const storage = make();
    await storage.save(toStored(one));
    const broken = structuredClone(toStored(two));
    // A function cannot be stored (DataCloneError): the second document's write fails after the
    // first document's write was already queued.
    (broken.documents[1] as unknown as { document: { hostile: unknown } }).document.hostile = () => 0;
    await expect(storage.save(broken)).rejects.toThrow();
    const stored = await storage.load();
    expect(stored?.documents.map((d) => d.document.id)).toEqual(['aran-news-baku']);
    expect(stored?.facts).toEqual(toStored(one).facts);
  });

  it('forgets everything on clear', async () => {
    const storage = make();
    await storage.save(toStored(two));
    await storage.clear();
    expect(await storage.load()).toBeNull();
  });
});

describe('a full disk', () => {
  it('MemoryStorage stands in for a quota error and keeps what was there', async () => {
    const storage = new MemoryStorage();
    await storage.save(toStored(one));
    storage.failNextSave(new DOMException('quota', 'QuotaExceededError'));
    await expect(storage.save(toStored(two))).rejects.toThrow('quota');
    expect((await storage.load())?.documents).toHaveLength(1);
  });
});

describe('versions and bundles', () => {
  it('reads a version-1 stored workspace (no choices) with every document shown', () => {
    const { choices: _c, ...v1 } = { ...toStored(two), schemaVersion: 1 };
    const read = migrateStored('stored', v1);
    expect(read.ok && read.workspace.choices).toEqual({ hidden: [], grades: { reliability: {}, credibility: {} } });
    expect(read.ok && read.workspace.dataset.documents).toHaveLength(2);
  });

  it('refuses a workspace saved by a newer version, saying so', () => {
    const read = migrateStored('stored', { ...toStored(one), schemaVersion: 99 });
    expect(read.ok).toBe(false);
    expect(!read.ok && read.issues[0]?.rule).toBe('workspace-version');
  });

  it('validates what it reads: a tampered quote in storage is refused', () => {
    const stored = structuredClone(toStored(one));
    stored.facts.events[0]!.evidence[0]!.quote = 'not in the text';
    const read = migrateStored('stored', stored);
    expect(read.ok).toBe(false);
    expect(!read.ok && read.issues.some((i) => i.rule === 'quote')).toBe(true);
  });

  it('round-trips a workspace bundle (version 2) with its choices', () => {
    const bundle = JSON.parse(JSON.stringify(toWorkspaceBundle(two))) as unknown;
    const read = readWorkspaceBundle('ws.json', bundle);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.workspace.choices.hidden).toEqual(['test-second-article']);
    expect(read.workspace.dataset.events.map((e) => e.id)).toEqual(merged.events.map((e) => e.id));
  });

  it('restores a version-1 bundle as a workspace with every document shown', () => {
    const { workspace: _w, ...rest } = toWorkspaceBundle(two);
    const read = readWorkspaceBundle('old.json', JSON.parse(JSON.stringify({ ...rest, kavoshBundle: 1 })));
    expect(read.ok && read.workspace.choices.hidden).toEqual([]);
    expect(read.ok && read.workspace.dataset.documents).toHaveLength(2);
  });
});

describe('hiding documents', () => {
  it('shows the workspace without the facts only a hidden document supports', () => {
    const shown = visibleDataset(two);
    expect(shown.documents.map((d) => d.id)).toEqual(['aran-news-baku']);
    expect(shown.events.map((e) => e.id)).toEqual(real.events.map((e) => e.id));
    expect(shown.entities.map((e) => e.id)).toEqual(real.entities.map((e) => e.id));
    // Entities merged from both documents stay, with the hidden document's quotes gone.
    const turkey = shown.entities.find((e) => e.id === 'turkey');
    expect(turkey?.evidence.every((ev) => ev.doc === 'aran-news-baku')).toBe(true);
  });

  it('leaves a dataset whose facts validate against the remaining documents', () => {
    const shown = withoutDocuments(merged, ['aran-news-baku']);
    expect(shown.documents.map((d) => d.id)).toEqual(['test-second-article']);
    const check = validateSharedFacts(
      'facts',
      JSON.parse(JSON.stringify({ entities: shown.entities, events: shown.events, relations: shown.relations })),
      shown.documents.map((doc) => ({ doc, text: shown.texts[doc.id] ?? '' })),
    );
    expect(check.ok ? [] : check.issues).toEqual([]);
    expect(shown.events.map((e) => e.id).sort()).toEqual(second.events.map((e) => e.id).sort());
  });
});
