// State changes as small pure functions (state, args) → partial state, tested without rendering.
import { EMPTY_FILTERS, NO_TIME_FILTER, type CountryMode, type Filters, type TimeFilter } from '../graph/filter';
import type { GraphModel } from '../graph/model';
import type { Lang } from '../i18n/strings';
import { INITIAL_ANALYSIS, INITIAL_METRICS, type AnalysisState, type MetricsResult } from './analysis';

export const LAYOUTS = ['fcose', 'concentric', 'breadthfirst', 'grid'] as const;
export type LayoutName = (typeof LAYOUTS)[number];
export const PANELS = ['details', 'article', 'table', 'analysis'] as const;
export type PanelName = (typeof PANELS)[number];
export type KindGroup = 'hiddenEntityKinds' | 'hiddenEventKinds' | 'hiddenRelationKinds';

export interface CoreState {
  status: 'loading' | 'ready' | 'error';
  error: string | null;
  model: GraphModel | null;
  filters: Filters;
  time: TimeFilter;
  selectedId: string | null;
  /** Bumped when a selection should also centre the graph on it. */
  focusSeq: number;
  hoveredId: string | null;
  /** Whether what the filters leave out is hidden or drawn faintly in place. */
  filteredDisplay: 'hide' | 'dim';
  lang: Lang;
  layout: LayoutName;
  panel: PanelName;
  /** Bumped by "show in article" so the article scrolls even to the same fact again. */
  articleSeq: number;
  /** The search box's text (kept here so links reproduce it). */
  search: string;
  /** A message for the user that is not an error of a panel (e.g. parts of a link were ignored). */
  notice: string | null;
  /** Neighbourhood focus, paths, sizing, communities and topological filters (store/analysis.ts). */
  analysis: AnalysisState;
  /** The analysis worker's latest centrality and communities. */
  metrics: MetricsResult;
}

const toggle = (list: string[], item: string) => (list.includes(item) ? list.filter((x) => x !== item) : [...list, item]);

export function toggleCountry(s: CoreState, id: string): Pick<CoreState, 'filters'> {
  return { filters: { ...s.filters, countries: toggle(s.filters.countries, id) } };
}

export function toggleKind(s: CoreState, group: KindGroup, kind: string): Pick<CoreState, 'filters'> {
  return { filters: { ...s.filters, [group]: toggle(s.filters[group], kind) } };
}

export function setCountryMode(s: CoreState, countryMode: CountryMode): Pick<CoreState, 'filters'> {
  return { filters: { ...s.filters, countryMode } };
}

export function resetFilters(): Pick<CoreState, 'filters' | 'time'> {
  return { filters: EMPTY_FILTERS, time: NO_TIME_FILTER };
}

export function setWindow(s: CoreState, window: TimeFilter['window']): Pick<CoreState, 'time'> {
  if (window && window.end <= window.start) return { time: s.time };
  return { time: { ...s.time, window } };
}

export function setShowUndated(s: CoreState, showUndated: boolean): Pick<CoreState, 'time'> {
  return { time: { ...s.time, showUndated } };
}

/** Select a node or edge (null clears); ids the model does not know are ignored. */
export function select(s: CoreState, id: string | null, focus = false): Partial<CoreState> {
  if (id !== null && s.model && !s.model.nodeById.has(id) && !s.model.edgeById.has(id)) return {};
  // Selecting from the fact table keeps the table open (keyboard users stay in place); anywhere
  // else the details panel opens, since that is where the evidence is read.
  const panel = id !== null && s.panel !== 'table' ? 'details' : s.panel;
  // A selection ends any hover: the pointer may have left a node without a mouseout (a search or
  // table choice), and a stale hover would otherwise override the new focus.
  return { selectedId: id, focusSeq: focus ? s.focusSeq + 1 : s.focusSeq, panel, hoveredId: null };
}

export function showInArticle(s: CoreState): Partial<CoreState> {
  return { panel: 'article', articleSeq: s.articleSeq + 1 };
}

export const INITIAL_STATE: CoreState = {
  status: 'loading',
  error: null,
  model: null,
  filters: EMPTY_FILTERS,
  time: NO_TIME_FILTER,
  selectedId: null,
  focusSeq: 0,
  hoveredId: null,
  filteredDisplay: 'hide',
  lang: 'en',
  layout: 'fcose',
  panel: 'details',
  articleSeq: 0,
  search: '',
  notice: null,
  analysis: INITIAL_ANALYSIS,
  metrics: INITIAL_METRICS,
};
