import { loadAllDatasets } from '../../scripts/lib/load-all';
import { buildGraphModel } from '../graph/model';
import { INITIAL_ANALYSIS, setAnalysis, swapPathEnds, toggleExpanded } from './analysis';
import { createAppStore, selectVisibility } from './store';

const model = buildGraphModel(loadAllDatasets('data'));

describe('analysis slice', () => {
  it('clamps numbers and drops ids the dataset does not have (path ends must be actors)', () => {
    const a = setAnalysis(INITIAL_ANALYSIS, { depth: 7, k: 0, minDegree: -3, focus: 'atlantis', pathFrom: 'demir-fighter-invitation', pathTo: 'turkey' }, model);
    expect(a).toMatchObject({ depth: 3, k: 1, minDegree: 0, focus: null, pathFrom: null, pathTo: 'turkey' });
  });

  it('starts a new focus without expansions, and new path ends at the first path', () => {
    let a = setAnalysis(INITIAL_ANALYSIS, { focus: 'karim-valiyev' }, model);
    a = toggleExpanded(a, 'turkey', model);
    expect(a.expanded).toEqual(['turkey']);
    expect(toggleExpanded(a, 'turkey', model).expanded).toEqual([]);
    expect(setAnalysis(a, { focus: 'turkey' }, model).expanded).toEqual([]);
    const p = setAnalysis(INITIAL_ANALYSIS, { pathFrom: 'pakistan', pathTo: 'azerbaijan', pathIndex: 3 }, model);
    expect(p.pathIndex).toBe(3);
    expect(setAnalysis(p, { k: 4 }, model).pathIndex).toBe(0);
    expect(swapPathEnds(p)).toMatchObject({ pathFrom: 'azerbaijan', pathTo: 'pakistan', pathIndex: 0 });
  });

  it('double-click without a focus focuses the node', () => {
    expect(toggleExpanded(INITIAL_ANALYSIS, 'turkey', model).focus).toBe('turkey');
  });

  it('narrows what the canvas shows: hidden outside the focus, all of it when dimmed', () => {
    const store = createAppStore({ status: 'ready', model });
    const all = selectVisibility(store.getState()).nodes.size;
    store.getState().setAnalysis({ focus: 'karim-valiyev', depth: 1 });
    const focused = selectVisibility(store.getState());
    expect(focused.nodes.has('karim-valiyev')).toBe(true);
    expect(focused.nodes.has('gulen-movement')).toBe(false);
    expect(focused.nodes.size).toBeLessThan(all);
    store.getState().setAnalysis({ outside: 'dim' });
    expect(selectVisibility(store.getState()).nodes.size).toBe(all);
    store.getState().setAnalysis({ focus: null, mainOnly: true });
    expect(selectVisibility(store.getState()).nodes.has('aran-news')).toBe(false);
  });
});
