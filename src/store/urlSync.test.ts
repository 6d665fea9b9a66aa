import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildGraphModel } from '../graph/model';
import { generateCorpus, validateCorpus } from '../graph/synth';
import { createAppStore, selectBaseVisibility } from './store';
import { sameValue, startUrlSync } from './urlSync';

function corpusModel() {
  const r = validateCorpus(generateCorpus({ elements: 400, seed: 3 }));
  if (!r.ok) throw new Error('invalid corpus');
  return buildGraphModel(r.dataset);
}

/** The browser pieces urlSync reads, at a given address. */
function stubBrowser(search: string) {
  vi.stubGlobal('window', {
    location: { search, pathname: '/', hash: '' },
    history: { pushState: vi.fn(), replaceState: vi.fn() },
    addEventListener: vi.fn(),
    removeEventListener: vi.fn(),
  });
  vi.stubGlobal('localStorage', { getItem: () => null, setItem: () => undefined });
  vi.stubGlobal('navigator', { languages: ['en'], language: 'en' });
}

describe('urlSync applying a link to a loaded model', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('keeps the filter and time objects when the link says the same, so the visibility is not derived again', () => {
    stubBrowser('');
    const store = createAppStore({ status: 'ready', model: corpusModel() });
    const { filters, time } = store.getState();
    const before = selectBaseVisibility(store.getState());
    const stop = startUrlSync(store);
    expect(store.getState().filters).toBe(filters);
    expect(store.getState().time).toBe(time);
    expect(selectBaseVisibility(store.getState())).toBe(before);
    stop();
  });

  it('takes the link’s filters when they differ', () => {
    stubBrowser('?hv=meeting');
    const store = createAppStore({ status: 'ready', model: corpusModel() });
    const stop = startUrlSync(store);
    expect(store.getState().filters.hiddenEventKinds).toEqual(['meeting']);
    stop();
  });

  it('sameValue compares small plain objects by value', () => {
    expect(sameValue({ window: null, showUndated: true }, { window: null, showUndated: true })).toBe(true);
    expect(sameValue({ window: { start: 1, end: 2 }, showUndated: true }, { window: { start: 1, end: 3 }, showUndated: true })).toBe(false);
  });
});
