// The view in the URL: filters, search, time window, selection, layout, language, panel, the
// analysis and, once the reader moved it, the viewport.
// Pure: `toQuery` writes, `parseQuery` reads anything (hostile input included) and reports what it
// could not read instead of throwing; `resolveAgainstModel` drops ids the dataset does not know.
import { ENTITY_KINDS, EVENT_KINDS, MAX_YEAR, MIN_YEAR, RELATION_KINDS } from '../domain/kinds';
import { EMPTY_FILTERS, type Filters, type TimeFilter } from '../graph/filter';
import type { GraphModel } from '../graph/model';
import type { Lang } from '../i18n/strings';
import { BUILTIN_DOCUMENT_ID } from '../workspace/visible';
import { LAYOUTS, PANELS, type CoreState, type LayoutName, type PanelName } from './actions';
import { SIZE_BY, type SizeBy } from '../analysis/measures';
import { MAX_K } from '../analysis/paths';
import { INITIAL_ANALYSIS, MAX_DEPTH, MAX_MIN_DEGREE, type AnalysisState } from './analysis';
import type { Viewport } from './actions';
import { readViewport, writeViewport } from './viewportParams';

export interface UrlState {
  filters: Filters;
  search: string;
  time: TimeFilter;
  selectedId: string | null;
  layout: LayoutName;
  lang: Lang | null;
  panel: PanelName;
  /** The documents the view shows (`docs=`); null leaves the workspace's choice as it is. */
  docs: string[] | null;
  analysis: AnalysisState;
  /** `zoom=Z&at=X,Y`, written only once the reader zoomed or panned (viewportParams.ts). */
  viewport: Viewport | null;
}

export const DEFAULT_URL_STATE: UrlState = {
  filters: EMPTY_FILTERS,
  search: '',
  time: { window: null, showUndated: true },
  selectedId: null,
  layout: 'fcose',
  lang: null,
  panel: 'details',
  docs: null,
  analysis: INITIAL_ANALYSIS,
  viewport: null,
};

/** The analysis parameters: focus, depth, hops, out, x (expanded), path=A~B, k, pi, size, comm, mindeg, main. */
export const ANALYSIS_KEYS = ['focus', 'depth', 'hops', 'out', 'x', 'path', 'k', 'pi', 'size', 'comm', 'mindeg', 'main'] as const;

/** The query parameters this module reads and writes; any other is left alone. */
export const MANAGED_KEYS = ['c', 'he', 'hv', 'hr', 'q', 't', 'u', 'clock', 's', 'l', 'lang', 'p', 'docs', 'o', 'g', ...ANALYSIS_KEYS, 'zoom', 'at'] as const;

const MAX_VALUE = 2000;
const FACT_ID = /^[a-z0-9][a-z0-9_-]*$/;
const MAX_LIST = 500;
const ID = /^[a-z0-9][a-z0-9_~-]*$/;
const DAY = 86_400_000;
const KEYS = { c: 'countries', he: 'hiddenEntityKinds', hv: 'hiddenEventKinds', hr: 'hiddenRelationKinds' } as const;
const KNOWN_KINDS: Record<keyof typeof KEYS, readonly string[] | null> = {
  c: null,
  he: ENTITY_KINDS,
  hv: EVENT_KINDS,
  hr: RELATION_KINDS,
};

export function pickUrlState(s: CoreState): UrlState {
  return {
    filters: s.filters,
    search: s.search,
    time: s.time,
    selectedId: s.selectedId,
    layout: s.layout,
    lang: s.lang,
    panel: s.panel,
    docs: shownDocuments(s),
    analysis: s.analysis,
    viewport: s.viewport,
  };
}

/**
 * The documents a link must name: those shown, unless the view is the default workspace (the
 * built-in article alone) or was loaded by `?data=`, which the link already names.
 */
function shownDocuments(s: CoreState): string[] | null {
  const { dataset, hidden, persistent } = s.workspace;
  if (!dataset || !persistent) return null;
  const shown = dataset.documents.map((d) => d.id).filter((id) => !hidden.includes(id));
  return shown.length === 1 && shown[0] === BUILTIN_DOCUMENT_ID ? null : shown;
}

function encodeInstant(ms: number): string {
  return ms % DAY === 0 ? new Date(ms).toISOString().slice(0, 10) : String(ms);
}

const RANGE_START = Date.UTC(MIN_YEAR, 0, 1);
const RANGE_END = Date.UTC(MAX_YEAR + 1, 0, 1);

/**
 * A window as the timeline can show it: widened to whole UTC days (the brush's steps) and cut to
 * the supported years; null when nothing of it is left.
 */
export function wholeDaysInRange(start: number, end: number): { start: number; end: number } | null {
  const from = Math.max(RANGE_START, Math.floor(start / DAY) * DAY);
  const to = Math.min(RANGE_END, Math.ceil(end / DAY) * DAY);
  return from < to ? { start: from, end: to } : null;
}

function decodeInstant(text: string): number | null {
  if (/^-?\d{1,15}$/.test(text)) return Number(text);
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return null;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return new Date(ms).toISOString().slice(0, 10) === text ? ms : null;
}

/** State → query string (without '?'); defaults are left out so links stay short. */
export function toQuery(state: UrlState): string {
  const params = new URLSearchParams();
  for (const [key, field] of Object.entries(KEYS)) {
    const list = state.filters[field];
    if (list.length > 0) params.set(key, [...list].sort().join(','));
  }
  if ((state.filters.minOrigins ?? 1) > 1) params.set('o', String(state.filters.minOrigins));
  if (state.filters.minGrade) params.set('g', state.filters.minGrade);
  if (state.search) params.set('q', state.search);
  if (state.time.window) params.set('t', `${encodeInstant(state.time.window.start)}~${encodeInstant(state.time.window.end)}`);
  if (!state.time.showUndated) params.set('u', '0');
  if (state.time.clock === 'reported') params.set('clock', 'reported');
  if (state.selectedId) params.set('s', state.selectedId);
  if (state.layout !== DEFAULT_URL_STATE.layout) params.set('l', state.layout);
  if (state.lang) params.set('lang', state.lang);
  // A focus or a path opens the analysis panel unless the link names another panel: say it then.
  const analysisOpens = state.analysis.focus !== null || (state.analysis.pathFrom !== null && state.analysis.pathTo !== null);
  if (state.panel !== DEFAULT_URL_STATE.panel || analysisOpens) params.set('p', state.panel);
  writeAnalysis(params, state.analysis);
  if (state.docs) params.set('docs', state.docs.join(','));
  writeViewport(params, state.viewport);
  // "~" is unreserved in URLs (RFC 3986): keep `path=a~b` and `t=…~…` readable in the address bar.
  return params.toString().replace(/%7E/g, '~');
}

export interface ParsedUrl {
  state: UrlState;
  /** Human-readable notes on what was ignored, e.g. `t: "yesterday" is not a date range`. */
  ignored: string[];
}

/** Query string → state. Never throws; whatever cannot be read falls back to the default. */
export function parseQuery(query: string): ParsedUrl {
  const ignored: string[] = [];
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(query.startsWith('?') ? query.slice(1) : query);
  } catch {
    return { state: DEFAULT_URL_STATE, ignored: ['the link could not be parsed'] };
  }
  const state: UrlState = { ...DEFAULT_URL_STATE, filters: { ...EMPTY_FILTERS }, time: { ...DEFAULT_URL_STATE.time } };
  const get = (key: string): string | null => {
    const value = params.get(key);
    if (value === null) return null;
    if (value.length > MAX_VALUE) {
      ignored.push(`${key}: too long`);
      return null;
    }
    return value;
  };
  const show = (v: string) => JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);

  for (const [key, field] of Object.entries(KEYS) as Array<[keyof typeof KEYS, keyof Filters]>) {
    const raw = get(key);
    if (raw === null || raw === '') continue;
    const known = KNOWN_KINDS[key];
    const items = [...new Set(raw.split(','))].slice(0, MAX_LIST);
    const good = items.filter((item) => (known ? known.includes(item) : ID.test(item)));
    const bad = items.filter((item) => !good.includes(item));
    if (bad.length > 0) ignored.push(`${key}: ${bad.map(show).join(', ')} not understood`);
    state.filters = { ...state.filters, [field]: good.sort() };
  }
  const o = get('o');
  if (o !== null) {
    if (/^[1-9]\d?$/.test(o)) {
      if (Number(o) > 1) state.filters = { ...state.filters, minOrigins: Number(o) };
    } else ignored.push(`o: ${show(o)} is not a number of sources`);
  }
  const g = get('g');
  if (g !== null) {
    if (/^[A-F][1-6]$/.test(g)) state.filters = { ...state.filters, minGrade: g };
    else ignored.push(`g: ${show(g)} is not a grade like B2`);
  }
  const q = get('q');
  if (q !== null) state.search = q;
  const t = get('t');
  if (t !== null) {
    const [a, b, ...rest] = t.split('~');
    const start = a === undefined ? null : decodeInstant(a);
    const end = b === undefined ? null : decodeInstant(b);
    if (start !== null && end !== null && rest.length === 0 && start < end && Number.isFinite(start) && Number.isFinite(end)) {
      const window = wholeDaysInRange(start, end);
      if (!window) ignored.push(`t: ${show(t)} is outside the years ${MIN_YEAR}–${MAX_YEAR}`);
      else {
        state.time = { ...state.time, window };
        if (window.start !== start || window.end !== end)
          ignored.push(`t: ${show(t)} read as whole days within ${MIN_YEAR}–${MAX_YEAR}, ${encodeInstant(window.start)}~${encodeInstant(window.end)}`);
      }
    } else ignored.push(`t: ${show(t)} is not a time window`);
  }
  const u = get('u');
  if (u !== null) {
    if (u === '0' || u === '1') state.time = { ...state.time, showUndated: u === '1' };
    else ignored.push(`u: ${show(u)} is not 0 or 1`);
  }
  const clock = get('clock');
  if (clock !== null) {
    if (clock === 'reported') state.time = { ...state.time, clock };
    else if (clock !== 'happened') ignored.push(`clock: ${show(clock)} is not happened or reported`);
  }
  const s = get('s');
  if (s !== null) {
    if (ID.test(s)) state.selectedId = s;
    else ignored.push(`s: ${show(s)} is not an id`);
  }
  const l = get('l');
  if (l !== null) {
    if ((LAYOUTS as readonly string[]).includes(l)) state.layout = l as LayoutName;
    else ignored.push(`l: ${show(l)} is not a layout`);
  }
  const lang = get('lang');
  if (lang !== null) {
    if (lang === 'en' || lang === 'fa') state.lang = lang;
    else ignored.push(`lang: ${show(lang)} is not en or fa`);
  }
  const p = get('p');
  if (p !== null) {
    if ((PANELS as readonly string[]).includes(p)) state.panel = p as PanelName;
    else ignored.push(`p: ${show(p)} is not a panel`);
  }
  const docs = get('docs');
  if (docs !== null) {
    const items = [...new Set(docs.split(','))].filter(Boolean).slice(0, MAX_LIST);
    const good = items.filter((item) => ID.test(item));
    if (good.length < items.length) ignored.push(`docs: ${items.filter((i) => !good.includes(i)).map(show).join(', ')} not understood`);
    state.docs = good;
  }
  state.analysis = readAnalysis(get, show, ignored);
  state.viewport = readViewport(get('zoom'), get('at'), ignored);
  const a = state.analysis;
  if (p === null && (a.focus !== null || (a.pathFrom !== null && a.pathTo !== null))) state.panel = 'analysis';
  return { state, ignored };
}

/** Drops countries and selections the dataset does not know, saying so. */
export function resolveAgainstModel(parsed: ParsedUrl, model: GraphModel): ParsedUrl {
  const ignored = [...parsed.ignored];
  const countries = parsed.state.filters.countries.filter((id) => model.entityById.get(id)?.kind === 'country');
  const unknown = parsed.state.filters.countries.filter((id) => !countries.includes(id));
  if (unknown.length > 0) ignored.push(`c: no country ${unknown.map((id) => JSON.stringify(id)).join(', ')} in this dataset`);
  let selectedId = parsed.state.selectedId;
  if (selectedId && !model.nodeById.has(selectedId) && !model.edgeById.has(selectedId)) {
    ignored.push(`s: nothing with id ${JSON.stringify(selectedId)} in this dataset`);
    selectedId = null;
  }
  const a = parsed.state.analysis;
  const node = (key: string, id: string | null) => {
    if (id === null || model.nodeById.has(id)) return id;
    ignored.push(`${key}: nothing with id ${JSON.stringify(id)} in this dataset`);
    return null;
  };
  const actor = (id: string | null) => {
    if (id === null || model.entityById.has(id)) return id;
    ignored.push(`path: no actor ${JSON.stringify(id)} in this dataset`);
    return null;
  };
  const focus = node('focus', a.focus);
  const pathFrom = actor(a.pathFrom);
  const pathTo = actor(a.pathTo);
  const analysis: AnalysisState = {
    ...a,
    focus,
    expanded: focus ? a.expanded.filter((id) => model.nodeById.has(id)) : [],
    pathFrom: pathFrom && pathTo ? pathFrom : null,
    pathTo: pathFrom && pathTo ? pathTo : null,
  };
  return { state: { ...parsed.state, filters: { ...parsed.state.filters, countries }, selectedId, analysis }, ignored };
}


function writeAnalysis(params: URLSearchParams, a: AnalysisState): void {
  const d = INITIAL_ANALYSIS;
  if (a.focus) {
    params.set('focus', a.focus);
    params.set('depth', String(a.depth));
    if (a.hops !== d.hops) params.set('hops', a.hops);
    if (a.outside !== d.outside) params.set('out', a.outside);
    if (a.expanded.length > 0) params.set('x', a.expanded.join(','));
  }
  if (a.pathFrom && a.pathTo) {
    params.set('path', `${a.pathFrom}~${a.pathTo}`);
    params.set('k', String(a.k));
    if (a.pathIndex !== d.pathIndex) params.set('pi', String(a.pathIndex));
  }
  if (a.sizeBy !== d.sizeBy) params.set('size', a.sizeBy);
  if (a.communities) params.set('comm', '1');
  if (a.minDegree > 0) params.set('mindeg', String(a.minDegree));
  if (a.mainOnly) params.set('main', '1');
}

function readAnalysis(get: (key: string) => string | null, show: (v: string) => string, ignored: string[]): AnalysisState {
  const a: AnalysisState = { ...INITIAL_ANALYSIS };
  const int = (key: string, lo: number, hi: number): number | null => {
    const raw = get(key);
    if (raw === null) return null;
    if (/^\d{1,4}$/.test(raw) && Number(raw) >= lo && Number(raw) <= hi) return Number(raw);
    ignored.push(`${key}: ${show(raw)} is not a whole number from ${lo} to ${hi}`);
    return null;
  };
  const flag = (key: string): boolean => {
    const raw = get(key);
    if (raw === null) return false;
    if (raw === '0' || raw === '1') return raw === '1';
    ignored.push(`${key}: ${show(raw)} is not 0 or 1`);
    return false;
  };
  const focus = get('focus');
  if (focus !== null) {
    if (ID.test(focus)) a.focus = focus;
    else ignored.push(`focus: ${show(focus)} is not an id`);
  }
  a.depth = int('depth', 1, MAX_DEPTH) ?? a.depth;
  const hops = get('hops');
  if (hops !== null) {
    if (hops === 'raw' || hops === 'connectors') a.hops = hops;
    else ignored.push(`hops: ${show(hops)} is not raw or connectors`);
  }
  const out = get('out');
  if (out !== null) {
    if (out === 'dim' || out === 'hide') a.outside = out;
    else ignored.push(`out: ${show(out)} is not dim or hide`);
  }
  const x = get('x');
  if (x !== null && x !== '') {
    const items = [...new Set(x.split(','))].slice(0, MAX_LIST);
    const bad = items.filter((id) => !ID.test(id));
    if (bad.length > 0) ignored.push(`x: ${bad.map(show).join(', ')} not understood`);
    a.expanded = a.focus ? items.filter((id) => ID.test(id)) : [];
  }
  const path = get('path');
  if (path !== null) {
    const [from, to, ...rest] = path.split('~');
    if (from && to && rest.length === 0 && FACT_ID.test(from) && FACT_ID.test(to) && from !== to) {
      a.pathFrom = from;
      a.pathTo = to;
    } else ignored.push(`path: ${show(path)} is not two ids joined by ~`);
  }
  a.k = int('k', 1, MAX_K) ?? a.k;
  a.pathIndex = int('pi', 0, 9999) ?? a.pathIndex;
  const size = get('size');
  if (size !== null) {
    if ((SIZE_BY as readonly string[]).includes(size)) a.sizeBy = size as SizeBy;
    else ignored.push(`size: ${show(size)} is not degree, betweenness or pagerank`);
  }
  a.communities = flag('comm');
  a.minDegree = int('mindeg', 0, MAX_MIN_DEGREE) ?? a.minDegree;
  a.mainOnly = flag('main');
  return a;
}
