import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { computeVisibility, EMPTY_FILTERS, type Filters, type TimeFilter } from './filter';
import * as filter from './filter';
import { updateVisibility, type VisibilityState } from './filterDelta';
import { buildGraphModel } from './model';
import { generateMultiCorpus, toSynthBundle } from './synthCorpus';
import { readBundle } from '../domain/bundle';

// A many-document corpus: corroborated facts, shared entities, dated and undated facts.
const corpus = generateMultiCorpus({ elements: 2000, seed: 11, id: 'delta' });
const read = readBundle('corpus.json', JSON.parse(JSON.stringify(toSynthBundle(corpus))));
if (!read.ok) throw new Error('the corpus does not validate');
const model = buildGraphModel(read.dataset);
const unique = (all: string[]) => [...new Set(all)].sort();
const eventKinds = unique(model.dataset.events.map((e) => e.kind));
const relationKinds = unique(model.dataset.relations.map((r) => r.kind));
const countries = model.dataset.entities.filter((e) => e.kind === 'country').map((e) => e.id);
const sorted = (s: ReadonlySet<string>) => [...s].sort();

const toggle = (list: string[], kind: string) => (list.includes(kind) ? list.filter((k) => k !== kind) : [...list, kind]);

describe('updateVisibility', () => {
  it('gives what computeVisibility gives after any series of kind toggles, under any other filters', () => {
    const base = fc.record({
      countries: fc.subarray(countries, { maxLength: 2 }),
      hiddenEntityKinds: fc.subarray(unique(model.dataset.entities.map((e) => e.kind)), { maxLength: 2 }),
      countryMode: fc.constantFrom('involving' as const, 'own' as const),
      minOrigins: fc.constantFrom(1, 2),
    });
    const time = fc.record({
      window: fc.option(fc.integer({ min: 2012, max: 2024 }).map((y) => ({ start: Date.UTC(y, 0, 1), end: Date.UTC(y + 3, 0, 1) }))),
      showUndated: fc.boolean(),
    });
    const step = fc.oneof(fc.constantFrom(...eventKinds).map((k) => ['event', k] as const), fc.constantFrom(...relationKinds).map((k) => ['relation', k] as const));
    let changes = 0;
    fc.assert(
      fc.property(base, time, fc.array(fc.array(step, { minLength: 1, maxLength: 2 }), { minLength: 1, maxLength: 6 }), (b, t: TimeFilter, steps) => {
        let filters: Filters = { ...EMPTY_FILTERS, ...b };
        let state: VisibilityState | null = updateVisibility(null, model, filters, t);
        for (const kinds of steps) {
          const before = state.visibility;
          for (const [type, kind] of kinds) {
            if (type === 'event') filters = { ...filters, hiddenEventKinds: toggle(filters.hiddenEventKinds, kind) };
            else filters = { ...filters, hiddenRelationKinds: toggle(filters.hiddenRelationKinds, kind) };
          }
          state = updateVisibility(state, model, filters, t);
          // Only the latest change is kept (a chain would hold every toggle's ids).
          expect(state.visibility.change?.from.change).toBeUndefined();
          const want = computeVisibility(model, filters, t);
          expect(sorted(state.visibility.nodes)).toEqual(sorted(want.nodes));
          expect(sorted(state.visibility.edges)).toEqual(sorted(want.edges));
          if (want.nodes.size !== before.nodes.size || want.edges.size !== before.edges.size) changes++;
        }
      }),
      { numRuns: 120 },
    );
    // The toggles did change what is shown, so the equality is not between unchanged views.
    expect(changes).toBeGreaterThan(100);
  });

  it('walks only the toggled kind, not the graph, when nothing else changed', () => {
    const t: TimeFilter = { window: null, showUndated: true };
    const first = updateVisibility(null, model, EMPTY_FILTERS, t);
    const full = vi.spyOn(filter, 'visibilityCounts');
    try {
      const kind = eventKinds[0] as string;
      const hidden = updateVisibility(first, model, { ...EMPTY_FILTERS, hiddenEventKinds: [kind] }, t);
      expect(full).not.toHaveBeenCalled();
      expect([...hidden.visibility.nodes].some((id) => model.eventById.get(id)?.kind === kind)).toBe(false);
      // Another window is not a kind toggle: computed afresh.
      updateVisibility(hidden, model, { ...EMPTY_FILTERS, hiddenEventKinds: [kind] }, { window: { start: 0, end: Date.UTC(2020, 0, 1) }, showUndated: true });
      expect(full).toHaveBeenCalledTimes(1);
    } finally {
      full.mockRestore();
    }
  });
});
