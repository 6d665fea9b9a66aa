import { describe, expect, it, vi } from 'vitest';
import { computeVisibility, EMPTY_FILTERS, NO_TIME_FILTER, type Filters } from '../graph/filter';
import { updateVisibility } from '../graph/filterDelta';
import { buildGraphModel } from '../graph/model';
import { generateMultiCorpus, toSynthBundle } from '../graph/synthCorpus';
import { readBundle } from '../domain/bundle';
import { setFlags, type VisibilityFlags } from './overviewVisibility';

const corpus = generateMultiCorpus({ elements: 1500, seed: 3, id: 'flags' });
const read = readBundle('corpus.json', JSON.parse(JSON.stringify(toSynthBundle(corpus))));
if (!read.ok) throw new Error('the corpus does not validate');
const model = buildGraphModel(read.dataset);
const flags = (): VisibilityFlags => ({
  model,
  nodeOn: new Uint8Array(model.nodes.length).fill(1),
  edgeOn: new Uint8Array(model.edges.length).fill(1),
  nodeIndex: new Map(model.nodes.map((n, i) => [n.id, i])),
  edgeIndex: new Map(model.edges.map((e, i) => [e.id, i])),
});

describe("the overview's visibility flags", () => {
  it('after a series of kind toggles, written from each change, equal the flags written from scratch', () => {
    const kinds = [...new Set(model.dataset.events.map((e) => e.kind))].slice(0, 3);
    const f = flags();
    let state = updateVisibility(null, model, EMPTY_FILTERS, NO_TIME_FILTER);
    setFlags(f, state.visibility, null);
    let drawn = state.visibility;
    let filters: Filters = EMPTY_FILTERS;
    let incremental = 0;
    for (const kind of [...kinds, kinds[0] as string, ...kinds]) {
      const hidden = filters.hiddenEventKinds.includes(kind) ? filters.hiddenEventKinds.filter((k) => k !== kind) : [...filters.hiddenEventKinds, kind];
      filters = { ...filters, hiddenEventKinds: hidden };
      state = updateVisibility(state, model, filters, NO_TIME_FILTER);
      if (state.visibility.change?.from === drawn) incremental++;
      // Only the changed ids are looked up, not every element's.
      const get = vi.spyOn(f.nodeIndex, 'get');
      setFlags(f, state.visibility, drawn);
      const change = state.visibility.change;
      expect(get).toHaveBeenCalledTimes(change ? change.nodesOn.length + change.nodesOff.length : 0);
      expect(change && change.nodesOn.length + change.nodesOff.length).toBeGreaterThan(0);
      get.mockRestore();
      drawn = state.visibility;
      const fresh = flags();
      setFlags(fresh, computeVisibility(model, filters, NO_TIME_FILTER), null);
      expect(f.nodeOn).toEqual(fresh.nodeOn);
      expect(f.edgeOn).toEqual(fresh.edgeOn);
      expect(f.nodeOn.some((on) => on === 0)).toBe(filters.hiddenEventKinds.length > 0);
    }
    expect(incremental).toBe(7);
  });

  it('writes every flag when the visibility was not made from what is drawn', () => {
    const f = flags();
    const first = updateVisibility(null, model, EMPTY_FILTERS, NO_TIME_FILTER);
    const kind = model.dataset.events[0]?.kind as string;
    const hidden = updateVisibility(first, model, { ...EMPTY_FILTERS, hiddenEventKinds: [kind] }, NO_TIME_FILTER);
    // Drawn from something else (nothing hidden): the change's own ids would not be enough.
    f.nodeOn.fill(0);
    setFlags(f, hidden.visibility, null);
    const fresh = flags();
    setFlags(fresh, computeVisibility(model, { ...EMPTY_FILTERS, hiddenEventKinds: [kind] }, NO_TIME_FILTER), null);
    expect(f.nodeOn).toEqual(fresh.nodeOn);
  });
});
