// The workspace session against a real store: saved before shown, a failed save changes nothing,
// remove/undo, clear/undo, restore, and hiding saved behind the click.
import { describe, expect, it } from 'vitest';
import { readDataset } from '../../scripts/lib/read-dataset';
import { mergeDatasets } from '../domain/merge';
import { createAppStore } from '../store/store';
import { createWorkspaceSession, StorageFailure } from './session';
import { MemoryStorage } from './storage';
import { toStored, toWorkspaceBundle } from './workspace';

function datasetAt(dir: string) {
  const result = readDataset(dir);
  if (!result.ok) throw new Error(`${dir} must be valid`);
  return result.dataset;
}
const real = datasetAt('data/aran-news-baku');
const merged = mergeDatasets(real, datasetAt('tests/fixtures/second-article')).dataset;
const docIds = (store: ReturnType<typeof createAppStore>) => store.getState().model?.dataset.documents.map((d) => d.id);

async function opened(storage = new MemoryStorage()) {
  const store = createAppStore();
  const session = createWorkspaceSession(store, storage, () => real);
  await session.open();
  return { store, session, storage };
}

describe('workspace session', () => {
  it('opens the built-in article when nothing is saved, and the saved workspace otherwise', async () => {
    const empty = await opened();
    expect(docIds(empty.store)).toEqual(['aran-news-baku']);
    expect(empty.store.getState().workspace).toMatchObject({ persistent: true, storage: 'memory', storageError: null });
    const saved = await opened(new MemoryStorage(toStored({ dataset: merged, choices: { hidden: [] } })));
    expect(docIds(saved.store)).toEqual(['aran-news-baku', 'test-second-article']);
  });

  it('saves an import before showing it; a failed save shows the error and changes nothing', async () => {
    const { store, session, storage } = await opened();
    const before = store.getState().model;
    storage.failNextSave(new DOMException('the disk is full', 'QuotaExceededError'));
    await expect(session.commit({ dataset: merged, choices: { hidden: [] } })).rejects.toBeInstanceOf(StorageFailure);
    expect(store.getState().model).toBe(before);
    expect(store.getState().workspace.storageError).toMatch(/storage for this site is full/);
    expect(await storage.load()).toBeNull();
    await session.commit({ dataset: merged, choices: { hidden: [] } });
    expect(docIds(store)).toEqual(['aran-news-baku', 'test-second-article']);
    expect(store.getState().workspace.storageError).toBeNull();
    expect((await storage.load())?.documents).toHaveLength(2);
  });

  it('removes a document and undoes the removal, saving both', async () => {
    const { store, session, storage } = await opened(new MemoryStorage(toStored({ dataset: merged, choices: { hidden: [] } })));
    await session.remove('test-second-article');
    expect(docIds(store)).toEqual(['aran-news-baku']);
    expect(store.getState().model?.nodeById.has('georgia')).toBe(false);
    expect((await storage.load())?.documents.map((d) => d.document.id)).toEqual(['aran-news-baku']);
    expect(store.getState().workspace.undo?.removed).toEqual(['test-second-article']);
    await session.undo();
    expect(docIds(store)).toEqual(['aran-news-baku', 'test-second-article']);
    expect(store.getState().model?.nodeById.has('georgia')).toBe(true);
    expect((await storage.load())?.documents).toHaveLength(2);
  });

  it('saves a hidden document behind the click', async () => {
    const { store, storage } = await opened(new MemoryStorage(toStored({ dataset: merged, choices: { hidden: [] } })));
    store.getState().toggleDocument('test-second-article');
    expect(docIds(store)).toEqual(['aran-news-baku']);
    expect(store.getState().workspace.dataset?.documents).toHaveLength(2);
    await expect.poll(async () => (await storage.load())?.choices.hidden).toEqual(['test-second-article']);
  });

  it('clears to the built-in article, with undo', async () => {
    const { store, session, storage } = await opened(new MemoryStorage(toStored({ dataset: merged, choices: { hidden: [] } })));
    await session.clear();
    expect(await storage.load()).toBeNull();
    expect(docIds(store)).toEqual(['aran-news-baku']);
    await session.undo();
    expect(docIds(store)).toEqual(['aran-news-baku', 'test-second-article']);
  });

  it('restores a workspace bundle, refusing a broken one without changing anything', async () => {
    const { store, session } = await opened();
    const bundle = JSON.parse(JSON.stringify(toWorkspaceBundle({ dataset: merged, choices: { hidden: ['aran-news-baku'] } }))) as { documents: Array<{ text: string }> };
    const broken = structuredClone(bundle);
    broken.documents[0]!.text += ' tampered';
    expect((await session.restore('broken.json', broken)).map((i) => i.rule)).toContain('sha256');
    expect(docIds(store)).toEqual(['aran-news-baku']);
    expect(await session.restore('ws.json', bundle)).toEqual([]);
    expect(docIds(store)).toEqual(['test-second-article']);
    expect(store.getState().workspace.hidden).toEqual(['aran-news-baku']);
  });

  it('falls back to memory, saying why, when the browser refuses storage', async () => {
    const store = createAppStore();
    const refusing = new MemoryStorage();
    refusing.load = () => Promise.reject(new DOMException('blocked', 'InvalidStateError'));
    await createWorkspaceSession(store, refusing, () => real).open();
    expect(docIds(store)).toEqual(['aran-news-baku']);
    expect(store.getState().workspace.storageError).toMatch(/unavailable/);
  });
});

describe('grades in the workspace', () => {
  it('saves a curator’s grades and brings them back, in storage and in the bundle', async () => {
    const { store, session, storage } = await opened();
    store.getState().gradeSource('azertac', 'B');
    store.getState().gradeFact('baku-intelligence-meeting', 2);
    await expect.poll(async () => (await storage.load())?.choices.grades).toEqual({ reliability: { azertac: 'B' }, credibility: { 'baku-intelligence-meeting': 2 } });
    const again = await opened(storage);
    expect(again.store.getState().workspace.grades.reliability).toEqual({ azertac: 'B' });
    expect(session.exportBundle()?.workspace.grades).toEqual({ reliability: { azertac: 'B' }, credibility: { 'baku-intelligence-meeting': 2 } });
  });
});
