// The view in the URL: filters, search, time window, selection, layout, language and panel.
// Pure: `toQuery` writes, `parseQuery` reads anything (hostile input included) and reports what it
// could not read instead of throwing; `resolveAgainstModel` drops ids the dataset does not know.
import { ENTITY_KINDS, EVENT_KINDS, RELATION_KINDS } from '../domain/kinds';
import { EMPTY_FILTERS, type Filters, type TimeFilter } from '../graph/filter';
import type { GraphModel } from '../graph/model';
import type { Lang } from '../i18n/strings';
import { BUILTIN_DOCUMENT_ID } from '../workspace/visible';
import { LAYOUTS, PANELS, type CoreState, type LayoutName, type PanelName } from './actions';

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
};

/** The query parameters this module reads and writes; any other is left alone. */
export const MANAGED_KEYS = ['c', 'he', 'hv', 'hr', 'q', 't', 'u', 's', 'l', 'lang', 'p', 'docs', 'o', 'g'] as const;

const MAX_VALUE = 2000;
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
  if (state.selectedId) params.set('s', state.selectedId);
  if (state.layout !== DEFAULT_URL_STATE.layout) params.set('l', state.layout);
  if (state.lang) params.set('lang', state.lang);
  if (state.panel !== DEFAULT_URL_STATE.panel) params.set('p', state.panel);
  if (state.docs) params.set('docs', state.docs.join(','));
  return params.toString();
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
    if (start !== null && end !== null && rest.length === 0 && start < end && Number.isFinite(start) && Number.isFinite(end))
      state.time = { ...state.time, window: { start, end } };
    else ignored.push(`t: ${show(t)} is not a time window`);
  }
  const u = get('u');
  if (u !== null) {
    if (u === '0' || u === '1') state.time = { ...state.time, showUndated: u === '1' };
    else ignored.push(`u: ${show(u)} is not 0 or 1`);
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
  return { state: { ...parsed.state, filters: { ...parsed.state.filters, countries }, selectedId }, ignored };
}
