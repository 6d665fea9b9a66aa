import { buildGraphModel } from '../graph/model';
import { loadAllDatasets } from '../../scripts/lib/load-all';
import * as A from './actions';
import { createAppStore, selectVisibility } from './store';

const model = buildGraphModel(loadAllDatasets('data'));
const ready: A.CoreState = { ...A.INITIAL_STATE, status: 'ready', model };

describe('pure actions', () => {
  it('toggleCountry adds then removes a country', () => {
    const once = { ...ready, ...A.toggleCountry(ready, 'turkey') };
    expect(once.filters.countries).toEqual(['turkey']);
    expect(A.toggleCountry(once, 'turkey').filters.countries).toEqual([]);
    expect(ready.filters.countries).toEqual([]);
  });

  it('toggleKind hides and shows a kind within its group only', () => {
    const s = { ...ready, ...A.toggleKind(ready, 'hiddenEventKinds', 'meeting') };
    expect(s.filters.hiddenEventKinds).toEqual(['meeting']);
    expect(s.filters.hiddenEntityKinds).toEqual([]);
  });

  it('resetFilters clears filters and the time window', () => {
    const s = { ...ready, ...A.toggleCountry(ready, 'turkey'), ...A.setWindow(ready, { start: 0, end: 10 }) };
    const reset = { ...s, ...A.resetFilters() };
    expect(reset.filters.countries).toEqual([]);
    expect(reset.time.window).toBeNull();
  });

  it('setWindow refuses an empty or inverted window', () => {
    expect(A.setWindow(ready, { start: 10, end: 10 }).time).toBe(ready.time);
    expect(A.setWindow(ready, { start: 5, end: 10 }).time.window).toEqual({ start: 5, end: 10 });
  });

  it('setClock switches the clock, keeps the window, and leaves the default clock out', () => {
    const win = A.setWindow(ready, { start: 5, end: 10 }).time;
    const reported = A.setClock({ ...ready, time: win }, 'reported').time;
    expect(reported).toEqual({ ...win, clock: 'reported' });
    expect(A.setClock({ ...ready, time: reported }, 'reported').time).toBe(reported);
    const back = A.setClock({ ...ready, time: reported }, 'happened').time;
    expect(back).toEqual(win);
    expect('clock' in back).toBe(false);
  });

  it('select ignores unknown ids, bumps focus when asked, and opens details', () => {
    expect(A.select(ready, 'no-such-id')).toEqual({});
    const s = A.select({ ...ready, panel: 'article' }, 'turkey', true);
    expect(s).toMatchObject({ selectedId: 'turkey', focusSeq: 1, panel: 'details' });
    expect(A.select({ ...ready, panel: 'table' }, 'turkey').panel).toBe('table');
    expect(A.select(ready, null).selectedId).toBeNull();
    // A new selection never inherits a hover the pointer left behind.
    expect(A.select({ ...ready, hoveredId: 'armenia' }, 'turkey').hoveredId).toBeNull();
  });
});

describe('store', () => {
  it('derives visibility once per input change', () => {
    const store = createAppStore({ status: 'ready', model });
    const first = selectVisibility(store.getState());
    store.getState().hover('turkey');
    expect(selectVisibility(store.getState())).toBe(first);
    store.getState().toggleCountry('pakistan');
    const second = selectVisibility(store.getState());
    expect(second).not.toBe(first);
    expect(second.nodes.size).toBeLessThan(first.nodes.size);
  });
});

describe('the workbench open over the views', () => {
  const dataset = loadAllDatasets('data');
  const workspace = (documents = dataset.documents) => ({ dataset: { ...dataset, documents }, choices: { hidden: [] } });

  it('holds the shown model while open and rebuilds it once when closed', () => {
    const store = createAppStore();
    store.getState().setWorkbenchOpen(true);
    // A reload with the workbench open: the first model is built at once, so the app behind is there.
    store.getState().setWorkspace(workspace());
    const first = store.getState().model;
    expect(first?.dataset.documents.length).toBe(dataset.documents.length);
    // The draft's saves change the workspace; the model waits.
    const fewer = dataset.documents.slice(1);
    store.getState().setWorkspace(workspace(fewer));
    store.getState().setWorkspace(workspace(fewer));
    expect(store.getState().model).toBe(first);
    expect(store.getState().modelBehind).toBe(true);
    expect(store.getState().workspace.dataset?.documents.length).toBe(fewer.length);
    store.getState().setWorkbenchOpen(false);
    expect(store.getState().model?.dataset.documents.map((d) => d.id)).toEqual(fewer.map((d) => d.id));
    expect(store.getState().modelBehind).toBe(false);
  });

  it('keeps the model when nothing changed while open, and rebuilds at once when closed', () => {
    const store = createAppStore();
    store.getState().setWorkspace(workspace());
    const first = store.getState().model;
    store.getState().setWorkbenchOpen(true);
    store.getState().setWorkbenchOpen(false);
    expect(store.getState().model).toBe(first);
    store.getState().setWorkspace(workspace(dataset.documents.slice(1)));
    expect(store.getState().model).not.toBe(first);
  });
});
