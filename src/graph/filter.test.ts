import { loadAllDatasets } from '../../scripts/lib/load-all';
import { computeVisibility, countryCounts, EMPTY_FILTERS, NO_TIME_FILTER, passesTime } from './filter';
import { buildGraphModel } from './model';

const model = buildGraphModel(loadAllDatasets('data'));
const visible = (countries: string[], extra = {}) =>
  computeVisibility(model, { ...EMPTY_FILTERS, countries, ...extra }, NO_TIME_FILTER);

describe('computeVisibility', () => {
  it('shows every node and edge when nothing is filtered', () => {
    const v = visible([]);
    expect(v.nodes.size).toBe(model.nodes.length);
    expect(v.edges.size).toBe(model.edges.length);
  });

  it('keeps the facts that involve a country directly or through an affiliated actor, and their counterparts', () => {
    const v = visible(['pakistan']);
    // Pakistan takes part only in Demir's invitation; Demir (Turkish) and the other invitees come along.
    expect(v.nodes.has('demir-fighter-invitation')).toBe(true);
    expect(v.nodes.has('ismail-demir')).toBe(true);
    expect(v.nodes.has('indonesia')).toBe(true);
    expect(v.nodes.has('gulen-movement')).toBe(false);
    // Every visible event involves Pakistan.
    for (const id of v.nodes) if (model.eventById.has(id)) expect(model.countryFacts.get('pakistan')?.has(id)).toBe(true);
  });

  it('counts a fact of an affiliated actor for its country (Valiyev → Azerbaijan)', () => {
    const valiyevLeads = model.dataset.relations.find((r) => r.source === 'karim-valiyev' && r.kind === 'leads');
    expect(valiyevLeads).toBeDefined();
    expect(model.countryFacts.get('azerbaijan')?.has(valiyevLeads!.id)).toBe(true);
    expect(visible(['azerbaijan']).edges.has(valiyevLeads!.id)).toBe(true);
  });

  it('never shows an edge whose end is hidden', () => {
    const v = computeVisibility(model, { ...EMPTY_FILTERS, hiddenEntityKinds: ['person'] }, NO_TIME_FILTER);
    for (const id of v.edges) {
      const e = model.edgeById.get(id)!;
      expect(v.nodes.has(e.source) && v.nodes.has(e.target)).toBe(true);
    }
    expect([...v.nodes].some((id) => model.nodeById.get(id)?.kind === 'person')).toBe(false);
  });

  it('hides events of a hidden kind and relations of a hidden kind', () => {
    const v = computeVisibility(model, { ...EMPTY_FILTERS, hiddenEventKinds: ['meeting'], hiddenRelationKinds: ['cites'] }, NO_TIME_FILTER);
    expect(model.dataset.events.filter((e) => e.kind === 'meeting').some((e) => v.nodes.has(e.id))).toBe(false);
    expect(model.dataset.relations.filter((r) => r.kind === 'cites').some((r) => v.edges.has(r.id))).toBe(false);
  });

  it('a time window keeps the events it intersects, and the undated only when asked', () => {
    const year2020 = { start: Date.UTC(2020, 0, 1), end: Date.UTC(2021, 0, 1) };
    const withUndated = computeVisibility(model, EMPTY_FILTERS, { window: year2020, showUndated: true });
    const without = computeVisibility(model, EMPTY_FILTERS, { window: year2020, showUndated: false });
    expect(withUndated.nodes.has('second-karabakh-war')).toBe(true);
    expect(withUndated.nodes.has('demir-fighter-invitation')).toBe(false);
    expect(withUndated.nodes.has('baku-intelligence-meeting')).toBe(true);
    expect(without.nodes.has('baku-intelligence-meeting')).toBe(false);
    expect(without.nodes.has('second-karabakh-war')).toBe(true);
  });
});

describe('passesTime', () => {
  it('treats relations without a date as timeless and events without a known date as undated', () => {
    const off = { window: null, showUndated: false };
    expect(passesTime(undefined, off, true)).toBe(true);
    expect(passesTime({ precision: 'unknown', certainty: 'unknown' }, off, false)).toBe(false);
    expect(passesTime({ precision: 'year', value: '2020', certainty: 'stated' }, off, false)).toBe(true);
  });
});

describe('countryCounts', () => {
  it('counts, per country, the nodes choosing it would show: the toolbar’s unit', () => {
    for (const mode of ['involving', 'own'] as const) {
      const counts = countryCounts(model, mode);
      expect(counts.map((c) => c.id)).toContain('pakistan');
      expect(counts[0]!.count).toBeGreaterThanOrEqual(counts.at(-1)!.count);
      for (const { id, count } of counts) expect(count, `${mode} ${id}`).toBe(visible([id], { countryMode: mode }).nodes.size);
    }
  });
});

describe('country mode "own"', () => {
  it('keeps the country’s own actors and its facts, not the counterparts', () => {
    const involving = visible(['turkey']);
    const own = visible(['turkey'], { countryMode: 'own' });
    expect(own.nodes.size).toBeLessThan(involving.nodes.size);
    expect(involving.nodes.has('karim-valiyev')).toBe(true);
    expect(own.nodes.has('karim-valiyev')).toBe(false);
    expect(own.nodes.has('ismail-gunaydin')).toBe(true);
    expect(own.nodes.has('baku-intelligence-meeting')).toBe(true);
    for (const id of own.nodes) {
      const node = model.nodeById.get(id)!;
      if (node.type === 'entity') expect(node.country, id).toBe('turkey');
    }
    for (const edgeId of own.edges) {
      const edge = model.edgeById.get(edgeId)!;
      expect(own.nodes.has(edge.source) && own.nodes.has(edge.target)).toBe(true);
    }
  });
});
