import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { dateOn } from './clock';
import { computeVisibility, EMPTY_FILTERS, isFiltering, originCounts, passesTime, reportedOf, type Filters, type TimeFilter, type Visibility } from './filter';
import { meetsGrade } from '../domain/grades';
import type { FuzzyDate } from '../domain/schema';
import { buildGraphModel, type GraphModel } from './model';
import { generateMultiCorpus, toSynthBundle } from './synthCorpus';
import { readBundle } from '../domain/bundle';

/** computeVisibility as it was before it read a per-model plan (Map lookups by id): the reference. */
function reference(model: GraphModel, filters: Filters, time: TimeFilter, grades?: Map<string, string>): Visibility {
  const hiddenEntity = new Set(filters.hiddenEntityKinds);
  const hiddenEvent = new Set(filters.hiddenEventKinds);
  const hiddenRelation = new Set(filters.hiddenRelationKinds);
  let countryFacts: Set<string> | null = null;
  if (filters.countries.length > 0) {
    countryFacts = new Set();
    for (const c of filters.countries) for (const f of model.countryFacts.get(c) ?? []) countryFacts.add(f);
  }
  const minOrigins = filters.minOrigins ?? 1;
  const origins = minOrigins > 1 ? originCounts(model) : null;
  const minGrade = filters.minGrade && grades ? filters.minGrade : null;
  const tooFew = (id: string) =>
    (origins !== null && (origins.get(id) ?? 0) < minOrigins) || (minGrade !== null && !meetsGrade(grades?.get(id) ?? 'F6', minGrade));
  const clock = time.clock ?? 'happened';
  const reported = clock === 'reported' ? reportedOf(model) : new Map<string, FuzzyDate>();
  const visibleFacts: string[] = [];
  for (const event of model.dataset.events) {
    if (hiddenEvent.has(event.kind) || (countryFacts && !countryFacts.has(event.id)) || tooFew(event.id)) continue;
    if (passesTime(dateOn(clock, event, reported), time, false)) visibleFacts.push(event.id);
  }
  for (const relation of model.dataset.relations) {
    if (hiddenRelation.has(relation.kind) || (countryFacts && !countryFacts.has(relation.id)) || tooFew(relation.id)) continue;
    if (passesTime(dateOn(clock, relation, reported), time, true)) visibleFacts.push(relation.id);
  }
  const nodes = new Set<string>();
  const entityShown = (id: string) => {
    const node = model.nodeById.get(id);
    return node !== undefined && !hiddenEntity.has(node.kind);
  };
  if (!isFiltering(filters, time)) {
    for (const entity of model.dataset.entities) if (!hiddenEntity.has(entity.kind)) nodes.add(entity.id);
  }
  for (const c of filters.countries) if (entityShown(c)) nodes.add(c);
  const own = filters.countryMode === 'own' && filters.countries.length > 0 ? new Set(filters.countries) : null;
  const ownActor = (id: string) => !own || own.has(model.nodeById.get(id)?.country ?? '');
  for (const factId of visibleFacts) {
    if (model.eventById.has(factId)) nodes.add(factId);
    for (const entityId of model.factEntities.get(factId) ?? []) if (entityShown(entityId) && ownActor(entityId)) nodes.add(entityId);
  }
  const edges = new Set<string>();
  for (const factId of visibleFacts) {
    for (const edgeId of model.factEdges.get(factId) ?? []) {
      const edge = model.edgeById.get(edgeId);
      if (edge && nodes.has(edge.source) && nodes.has(edge.target)) edges.add(edgeId);
    }
  }
  return { nodes, edges };
}

// A many-document corpus: corroborated facts (several origins), shared entities, dated and undated facts.
const corpus = generateMultiCorpus({ elements: 3000, seed: 5, id: 'vis' });
const read = readBundle('corpus.json', JSON.parse(JSON.stringify(toSynthBundle(corpus))));
if (!read.ok) throw new Error('the corpus does not validate');
const model = buildGraphModel(read.dataset);
const pickSome = (all: string[]) => fc.subarray([...new Set(all)], { maxLength: 3 });
const countries = model.dataset.entities.filter((e) => e.kind === 'country').map((e) => e.id);

describe('computeVisibility through its per-model plan', () => {
  it('gives exactly what the Map-lookup rule gave, in the same order, for any filters and window', () => {
    const filters = fc.record({
      countries: pickSome(countries),
      hiddenEntityKinds: pickSome(model.dataset.entities.map((e) => e.kind)),
      hiddenEventKinds: pickSome(model.dataset.events.map((e) => e.kind)),
      hiddenRelationKinds: pickSome(model.dataset.relations.map((r) => r.kind)),
      countryMode: fc.constantFrom('involving' as const, 'own' as const),
      minOrigins: fc.constantFrom(1, 2, 3),
    });
    const time = fc.record({
      window: fc.option(fc.tuple(fc.integer({ min: 2010, max: 2026 }), fc.integer({ min: 1, max: 6 })).map(([y, n]) => ({ start: Date.UTC(y, 0, 1), end: Date.UTC(y + n, 0, 1) }))),
      showUndated: fc.boolean(),
      clock: fc.constantFrom('happened' as const, 'reported' as const),
    });
    let narrowed = 0;
    fc.assert(
      fc.property(filters, time, (f, t) => {
        const got = computeVisibility(model, f, t);
        const want = reference(model, f, t);
        expect([...got.nodes]).toEqual([...want.nodes]);
        expect([...got.edges]).toEqual([...want.edges]);
        if (want.nodes.size < model.nodes.length) narrowed++;
      }),
      { numRuns: 150 },
    );
    // The runs did narrow the view, so the equality above is not between two full graphs.
    expect(narrowed).toBeGreaterThan(100);
  });

  it('applies the grade filter the same way', () => {
    const grades = new Map(model.dataset.events.map((e, i) => [e.id, i % 3 === 0 ? 'A1' : 'C3']));
    const f = { ...EMPTY_FILTERS, minGrade: 'B2' };
    const t = { window: null, showUndated: true };
    expect([...computeVisibility(model, f, t, grades).nodes]).toEqual([...reference(model, f, t, grades).nodes]);
  });

  it('adds each shown node and edge to its set once, not once per fact naming it', () => {
    // Hashing every occurrence (an entity is in many facts) was ~125k adds for ~64k nodes at 100k.
    const add = vi.spyOn(Set.prototype, 'add');
    try {
      for (const f of [EMPTY_FILTERS, { ...EMPTY_FILTERS, countries: countries.slice(0, 2) }]) {
        add.mockClear();
        const got = computeVisibility(model, f, { window: null, showUndated: true });
        const intoResult = add.mock.contexts.filter((set) => set === got.nodes || set === got.edges).length;
        expect(got.nodes.size).toBeGreaterThan(100);
        // A chosen country is added by id before its facts are walked: at most once more each.
        expect(intoResult).toBeLessThanOrEqual(got.nodes.size + got.edges.size + f.countries.length);
      }
    } finally {
      add.mockRestore();
    }
  });
});

