import fc from 'fast-check';
import { MAX_YEAR, MIN_YEAR } from '../domain/kinds';
import { ENTITY_KINDS, EVENT_KINDS, RELATION_KINDS } from '../domain/schema';
import { buildGraphModel } from '../graph/model';
import { loadAllDatasets } from '../../scripts/lib/load-all';
import { INITIAL_STATE, INITIAL_WORKSPACE, LAYOUTS, PANELS, showOnlyDocuments, type CoreState } from './actions';
import { INITIAL_ANALYSIS, type AnalysisState } from './analysis';
import { DEFAULT_URL_STATE, MANAGED_KEYS, parseQuery, pickUrlState, resolveAgainstModel, toQuery, type UrlState } from './url';
import { readViewport, roundViewport } from './viewportParams';

const id = fc.stringMatching(/^[a-z0-9][a-z0-9_~-]{0,20}$/);
const sortedUnique = <T extends string>(arb: fc.Arbitrary<T>) => fc.uniqueArray(arb, { maxLength: 5 }).map((xs) => [...xs].sort());
// Windows are whole UTC days within the supported years (kinds.ts MIN_YEAR–MAX_YEAR): all the
// timeline makes, and what a link is read as.
const DAY_MS = 86_400_000;
const day = fc.integer({ min: Date.UTC(MIN_YEAR, 0, 1) / DAY_MS, max: Date.UTC(MAX_YEAR + 1, 0, 1) / DAY_MS }).map((d) => d * DAY_MS);
const instant = day;

const factId = fc.stringMatching(/^[a-z0-9][a-z0-9_-]{0,20}$/);
// What a link can say: focus settings only with a focus, path settings only with two ends.
const analysis: fc.Arbitrary<AnalysisState> = fc
  .record({
    focus: fc.option(id, { nil: null }),
    depth: fc.integer({ min: 1, max: 3 }),
    hops: fc.constantFrom('connectors' as const, 'raw' as const),
    outside: fc.constantFrom('hide' as const, 'dim' as const),
    expanded: fc.uniqueArray(id, { maxLength: 3 }),
    ends: fc.option(fc.tuple(factId, factId).filter(([a, b]) => a !== b), { nil: null }),
    k: fc.integer({ min: 1, max: 4 }),
    pathIndex: fc.integer({ min: 0, max: 50 }),
    sizeBy: fc.constantFrom('none' as const, 'degree' as const, 'betweenness' as const, 'pagerank' as const),
    communities: fc.boolean(),
    minDegree: fc.integer({ min: 0, max: 99 }),
    mainOnly: fc.boolean(),
  })
  .map(({ ends, ...a }) => ({
    ...a,
    ...(a.focus ? {} : { depth: INITIAL_ANALYSIS.depth, hops: INITIAL_ANALYSIS.hops, outside: INITIAL_ANALYSIS.outside, expanded: [] }),
    pathFrom: ends ? ends[0] : null,
    pathTo: ends ? ends[1] : null,
    ...(ends ? {} : { k: INITIAL_ANALYSIS.k, pathIndex: INITIAL_ANALYSIS.pathIndex }),
  }));

const urlState: fc.Arbitrary<UrlState> = fc.record({
  filters: fc.record({
    countries: sortedUnique(id),
    hiddenEntityKinds: sortedUnique(fc.constantFrom(...ENTITY_KINDS)),
    hiddenEventKinds: sortedUnique(fc.constantFrom(...EVENT_KINDS)),
    hiddenRelationKinds: sortedUnique(fc.constantFrom(...RELATION_KINDS)),
    minOrigins: fc.option(fc.integer({ min: 2, max: 99 }), { nil: undefined }),
    minGrade: fc.option(fc.stringMatching(/^[A-F][1-6]$/), { nil: undefined }),
  }),
  search: fc.string({ maxLength: 50 }),
  time: fc.record({
    window: fc.option(
      fc.tuple(instant, instant).filter(([a, b]) => a !== b).map(([a, b]) => ({ start: Math.min(a, b), end: Math.max(a, b) })),
      { nil: null },
    ),
    showUndated: fc.boolean(),
    // The happened clock is the default and never written: absent, or 'reported'.
    clock: fc.constant('reported' as const),
  }, { requiredKeys: ['window', 'showUndated'] }),
  selectedId: fc.option(id, { nil: null }),
  layout: fc.constantFrom(...LAYOUTS),
  lang: fc.option(fc.constantFrom('en' as const, 'fa' as const), { nil: null }),
  panel: fc.constantFrom(...PANELS),
  docs: fc.option(fc.uniqueArray(id, { maxLength: 5 }), { nil: null }),
  analysis,
  // As the store holds it: rounded (viewportParams.ts).
  viewport: fc.option(
    fc.record({ zoom: fc.double({ min: 0.005, max: 4, noNaN: true }), x: fc.integer({ min: -1e6, max: 1e6 }), y: fc.integer({ min: -1e6, max: 1e6 }) }).map(roundViewport),
    { nil: null },
  ),
});

describe('URL state', () => {
  it('round-trips: state → URL → state is the identity', () => {
    fc.assert(
      fc.property(urlState, (state) => {
        const parsed = parseQuery(toQuery(state));
        expect(parsed.ignored).toEqual([]);
        expect(parsed.state).toEqual(state);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on arbitrary strings and always yields a well-formed state', () => {
    const anyQuery = fc.oneof(
      fc.string(),
      fc.string({ unit: 'binary' }),
      fc.array(fc.tuple(fc.constantFrom('c', 'he', 'hv', 'hr', 'q', 't', 'u', 's', 'l', 'lang', 'p', 'docs', 'o', 'g', 'x', 'zoom', 'at'), fc.string({ unit: 'binary' }))).map((pairs) =>
        pairs.map(([k, v]) => `${k}=${encodeURIComponent(v).slice(0, 200)}`).join('&'),
      ),
    );
    fc.assert(
      fc.property(anyQuery, (query) => {
        const { state, ignored } = parseQuery(query);
        expect(LAYOUTS).toContain(state.layout);
        expect(PANELS).toContain(state.panel);
        expect([null, 'en', 'fa']).toContain(state.lang);
        for (const kind of state.filters.hiddenEntityKinds) expect(ENTITY_KINDS).toContain(kind);
        if (state.time.window) expect(state.time.window.start).toBeLessThan(state.time.window.end);
        expect(Array.isArray(ignored)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('reports what it ignores, and keeps what it can read', () => {
    const { state, ignored } = parseQuery('?c=turkey,<script>&t=yesterday&l=spiral&lang=de&p=article&u=maybe&s=%E2%80%AE');
    expect(state.filters.countries).toEqual(['turkey']);
    expect(state.panel).toBe('article');
    expect(state.layout).toBe(DEFAULT_URL_STATE.layout);
    expect(state.time.window).toBeNull();
    expect(ignored.join('\n')).toMatch(/c: "<script>"/);
    expect(ignored.join('\n')).toMatch(/t: "yesterday" is not a time window/);
    expect(ignored.join('\n')).toMatch(/l: "spiral"/);
    expect(ignored.join('\n')).toMatch(/lang: "de"/);
    expect(ignored.length).toBe(6);
  });

  it('refuses over-long values and inverted windows', () => {
    expect(parseQuery(`q=${'a'.repeat(5000)}`).ignored).toEqual(['q: too long']);
    expect(parseQuery('t=2021-01-01~2020-01-01').state.time.window).toBeNull();
    expect(parseQuery('t=2020-02-30~2021-01-01').state.time.window).toBeNull();
  });

  it('drops countries and selections that the dataset does not have', () => {
    const model = buildGraphModel(loadAllDatasets('data'));
    const resolved = resolveAgainstModel(parseQuery('c=turkey,atlantis,baku&s=nowhere'), model);
    expect(resolved.state.filters.countries).toEqual(['turkey']);
    expect(resolved.state.selectedId).toBeNull();
    expect(resolved.ignored).toHaveLength(2);
    expect(resolveAgainstModel(parseQuery('s=turkey'), model).state.selectedId).toBe('turkey');
  });

  it('reads the analysis parameters, opens the analysis panel for a path, and drops unknown ends', () => {
    const { state, ignored } = parseQuery('path=pakistan~azerbaijan&k=3&focus=karim-valiyev&depth=2&size=degree&comm=1&mindeg=2&main=1');
    expect(ignored).toEqual([]);
    expect(state.panel).toBe('analysis');
    expect(state.analysis).toMatchObject({ pathFrom: 'pakistan', pathTo: 'azerbaijan', k: 3, focus: 'karim-valiyev', depth: 2, sizeBy: 'degree', communities: true, minDegree: 2, mainOnly: true });
    expect(parseQuery('path=a~b&p=details').state.panel).toBe('details');
    const bad = parseQuery('path=a~a&k=9&depth=0&size=huge&out=x');
    expect(bad.ignored).toHaveLength(5);
    expect(bad.state.analysis).toEqual(INITIAL_ANALYSIS);
    const model = buildGraphModel(loadAllDatasets('data'));
    const resolved = resolveAgainstModel(parseQuery('path=pakistan~atlantis&focus=nowhere'), model);
    expect(resolved.state.analysis.pathFrom).toBeNull();
    expect(resolved.state.analysis.focus).toBeNull();
    expect(resolved.ignored).toHaveLength(2);
  });
});

describe('documents in links (docs=)', () => {
  const real = loadAllDatasets('data');
  const second = { ...real, documents: [...real.documents, { ...real.documents[0]!, id: 'made-up-second' }] };
  const withWorkspace = (workspace: Partial<CoreState['workspace']>): CoreState => ({ ...INITIAL_STATE, workspace: { ...INITIAL_WORKSPACE, ...workspace } });

  it('names the documents shown, in workspace order, when the workspace is more than the built-in article', () => {
    expect(pickUrlState(withWorkspace({ dataset: second, persistent: true })).docs).toEqual(['aran-news-baku', 'made-up-second']);
    expect(pickUrlState(withWorkspace({ dataset: second, hidden: ['aran-news-baku'], persistent: true })).docs).toEqual(['made-up-second']);
  });

  it('leaves docs out for the default workspace and for ?data= folders', () => {
    expect(pickUrlState(withWorkspace({ dataset: real, persistent: true })).docs).toBeNull();
    expect(pickUrlState(withWorkspace({ dataset: second, persistent: false })).docs).toBeNull();
  });

  it('reads docs= and reports ids it cannot read', () => {
    expect(parseQuery('docs=aran-news-baku,made-up-second').state.docs).toEqual(['aran-news-baku', 'made-up-second']);
    const bad = parseQuery('docs=aran-news-baku,<x>');
    expect(bad.state.docs).toEqual(['aran-news-baku']);
    expect(bad.ignored).toEqual(['docs: "<x>" not understood']);
    expect(parseQuery('').state.docs).toBeNull();
  });

  it('shows only the documents a link names and remembers those missing', () => {
    const s = withWorkspace({ dataset: second, persistent: true });
    expect(showOnlyDocuments(s, ['made-up-second', 'not-here']).workspace).toMatchObject({ hidden: ['aran-news-baku'], missingDocs: ['not-here'] });
  });
});

describe('the clock in the URL', () => {
  it('writes clock=reported only for the reported clock, and reads it back', () => {
    const reported = { ...DEFAULT_URL_STATE, time: { ...DEFAULT_URL_STATE.time, clock: 'reported' as const } };
    expect(toQuery(reported)).toBe('clock=reported');
    expect(toQuery(DEFAULT_URL_STATE)).toBe('');
    expect(parseQuery('clock=reported').state.time.clock).toBe('reported');
    expect(parseQuery('clock=happened')).toEqual({ state: DEFAULT_URL_STATE, ignored: [] });
  });
  it('says what it ignored in an unknown clock', () => {
    const parsed = parseQuery('clock=tomorrow');
    expect(parsed.state.time.clock).toBeUndefined();
    expect(parsed.ignored).toEqual(['clock: "tomorrow" is not happened or reported']);
  });
});

describe('the keys the URL sync manages', () => {
  it('include every key a state writes (else a change would leave the old value beside the new)', () => {
    fc.assert(
      fc.property(urlState, (state) => {
        for (const key of new URLSearchParams(toQuery(state)).keys()) expect(MANAGED_KEYS as readonly string[]).toContain(key);
      }),
    );
  });
});

describe('the viewport in links', () => {
  it('is absent by default, so a fresh view writes a short link', () => {
    expect(toQuery(DEFAULT_URL_STATE)).toBe('');
    expect(pickUrlState(INITIAL_STATE).viewport).toBeNull();
    expect(parseQuery('').state.viewport).toBeNull();
  });

  it('writes zoom and the centre point rounded, and reads them back', () => {
    const query = toQuery({ ...DEFAULT_URL_STATE, viewport: { zoom: 1.23456, x: -120.4, y: 39.6 } });
    expect(query).toBe('zoom=1.23&at=-120~40');
    expect(parseQuery(query).state.viewport).toEqual({ zoom: 1.23, x: -120, y: 40 });
    expect(toQuery({ ...DEFAULT_URL_STATE, viewport: { zoom: 0.0051234, x: -0.2, y: 0 } })).toBe('zoom=0.00512&at=0~0');
  });

  it('needs both parameters and sensible values, and says what it ignored', () => {
    const read = (zoom: string | null, at: string | null) => {
      const ignored: string[] = [];
      return { v: readViewport(zoom, at, ignored), ignored };
    };
    expect(read('2', null)).toEqual({ v: null, ignored: ['at: missing (zoom= needs it)'] });
    expect(read(null, '1~2')).toEqual({ v: null, ignored: ['zoom: missing (at= needs it)'] });
    expect(read('0', '1~2').v).toBeNull();
    expect(read('1e9', '1~2').v).toBeNull();
    expect(read('-1', '1~2').v).toBeNull();
    expect(read('1', '1;2').ignored).toEqual(['at: "1;2" is not a point like -120~40']);
    expect(read('1', '1~2~3').v).toBeNull();
    expect(read('1', '99999999999~2').v).toBeNull();
    expect(read('0.5', '-10.6~20.2').v).toEqual({ zoom: 0.5, x: -11, y: 20 });
  });
});
