// State changes as small pure functions (state, args) → partial state, tested without rendering.
import { EMPTY_FILTERS, NO_TIME_FILTER, type CountryMode, type Filters, type TimeFilter } from '../graph/filter';
import type { Clock } from '../graph/clock';
import type { GraphModel } from '../graph/model';
import type { Lang } from '../i18n/strings';
import type { Dataset } from '../domain/schema';
import type { Workspace } from '../workspace/visible';
import { NO_GRADES, type Credibility, type Grades, type Reliability } from '../domain/grades';
import type { Dispute } from '../domain/disputes';
import { addMerge, addPossiblySame, removeMerge, removePossiblySame, type EntityMerge, type PossiblySame } from '../domain/entityMerges';

import { INITIAL_ANALYSIS, INITIAL_METRICS, type AnalysisState, type MetricsResult } from './analysis';

export const LAYOUTS = ['fcose', 'concentric', 'breadthfirst', 'grid'] as const;
export type LayoutName = (typeof LAYOUTS)[number];
export const PANELS = ['details', 'article', 'table', 'analysis', 'documents'] as const;
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
  workspace: WorkspaceState;
  /** Neighbourhood focus, paths, sizing, communities and topological filters (store/analysis.ts). */
  analysis: AnalysisState;
  /** The analysis worker's latest centrality and communities. */
  metrics: MetricsResult;
  /**
   * The view the reader zoomed or panned to (zoom, and the graph point at the canvas centre), or
   * null while the graph is fitted: links carry it only once the reader moved (store/url.ts).
   */
  viewport: Viewport | null;
  /**
   * The curation workbench is open: a full-window modal dialog hides every view. While it is, a
   * workspace change is stored but the graph model (and with it the graph, timeline, table and
   * article behind the dialog) is rebuilt only once, when it closes: rebuilding them at each of
   * the draft's saves blocked the curator's typing for hundreds of milliseconds.
   */
  workbenchOpen: boolean;
  /** The workspace changed while the workbench was open: the model is rebuilt when it closes. */
  modelBehind: boolean;
}

export interface Viewport {
  zoom: number;
  /** Model coordinates of the point at the centre of the canvas. */
  x: number;
  y: number;
}

/**
 * The corpus slice: every document of the workspace (the graph's model shows them without the
 * hidden ones), where it is kept, and what the user may undo.
 */
export interface WorkspaceState {
  /** All documents and facts, hidden ones included; null until something is loaded. */
  dataset: Dataset | null;
  hidden: string[];
  /** The curator's Admiralty grades: reliability by source, credibility by fact. */
  grades: Grades;
  /** Contradictions between documents, both claims kept. */
  disputes: Dispute[];
  /** Entity merges with their causes (the model shows them applied; removing one undoes it). */
  merges: EntityMerge[];
  /** Pairs a curator marked "possibly the same". */
  sameAs: PossiblySame[];
  /** Whether changes are saved (false for `?data=` folders, which the link itself loads). */
  persistent: boolean;
  /** Where it is saved: the browser's IndexedDB, or memory when the browser refused it. */
  storage: 'indexeddb' | 'memory' | null;
  /** The last storage failure, shown until the next successful save. */
  storageError: string | null;
  /** The workspace before the last removal, and what was removed. */
  undo: { workspace: Workspace; removed: string[] } | null;
  /** Documents a link named that this workspace does not hold. */
  missingDocs: string[];
}

export const INITIAL_WORKSPACE: WorkspaceState = {
  dataset: null,
  hidden: [],
  grades: NO_GRADES,
  disputes: [],
  merges: [],
  sameAs: [],
  persistent: false,
  storage: null,
  storageError: null,
  undo: null,
  missingDocs: [],
};

/** Grades a source (by its key) or a fact; null goes back to "cannot be judged". */
export function gradeSource(s: CoreState, source: string, grade: Reliability | null): Pick<CoreState, 'workspace'> {
  const { [source]: _old, ...rest } = s.workspace.grades.reliability;
  const reliability = grade ? { ...rest, [source]: grade } : rest;
  return { workspace: { ...s.workspace, grades: { ...s.workspace.grades, reliability } } };
}

export function gradeFact(s: CoreState, fact: string, grade: Credibility | null): Pick<CoreState, 'workspace'> {
  const { [fact]: _old, ...rest } = s.workspace.grades.credibility;
  const credibility = grade ? { ...rest, [fact]: grade } : rest;
  return { workspace: { ...s.workspace, grades: { ...s.workspace.grades, credibility } } };
}

/** A curator merges `from` into `into` (recorded, undoable); unchanged when the merge cannot be made. */
export function mergeEntities(s: CoreState, into: string, from: string, cause = ''): Pick<CoreState, 'workspace'> {
  const { dataset, merges } = s.workspace;
  if (!dataset) return { workspace: s.workspace };
  const next = addMerge(merges, dataset, into, from, cause);
  return { workspace: next.length === merges.length ? s.workspace : { ...s.workspace, merges: next } };
}

/** Undoes the merge of `from`: both entities come back. */
export function unmergeEntity(s: CoreState, from: string): Pick<CoreState, 'workspace'> {
  const merges = removeMerge(s.workspace.merges, from);
  return { workspace: merges.length === s.workspace.merges.length ? s.workspace : { ...s.workspace, merges } };
}

export function setPossiblySame(s: CoreState, a: string, b: string, same: boolean): Pick<CoreState, 'workspace'> {
  const sameAs = same ? addPossiblySame(s.workspace.sameAs, a, b) : removePossiblySame(s.workspace.sameAs, a, b);
  return { workspace: sameAs.length === s.workspace.sameAs.length ? s.workspace : { ...s.workspace, sameAs } };
}

/** "B2 or better": null shows every grade. */
export function setMinGrade(s: CoreState, grade: string | null): Pick<CoreState, 'filters'> {
  const { minGrade: _old, ...rest } = s.filters;
  return { filters: grade && /^[A-F][1-6]$/.test(grade) && grade !== 'F6' ? { ...rest, minGrade: grade } : rest };
}

/** Show or hide one document's facts. */
export function toggleDocument(s: CoreState, id: string): Pick<CoreState, 'workspace'> {
  if (!s.workspace.dataset?.documents.some((d) => d.id === id)) return { workspace: s.workspace };
  return { workspace: { ...s.workspace, hidden: toggle(s.workspace.hidden, id) } };
}

/** The documents a link asks to show: the rest are hidden, and those missing are remembered. */
export function showOnlyDocuments(s: CoreState, ids: string[]): Pick<CoreState, 'workspace'> {
  const held = s.workspace.dataset?.documents.map((d) => d.id) ?? [];
  return {
    workspace: {
      ...s.workspace,
      hidden: held.filter((id) => !ids.includes(id)),
      missingDocs: ids.filter((id) => !held.includes(id)),
    },
  };
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

/** "At least N independent sources": 1 (or less) shows every fact. */
export function setMinOrigins(s: CoreState, n: number): Pick<CoreState, 'filters'> {
  const { minOrigins: _old, ...rest } = s.filters;
  return { filters: Number.isInteger(n) && n > 1 ? { ...rest, minOrigins: Math.min(n, 99) } : rest };
}

export function resetFilters(): Pick<CoreState, 'filters' | 'time'> {
  return { filters: EMPTY_FILTERS, time: NO_TIME_FILTER };
}

export function setWindow(s: CoreState, window: TimeFilter['window']): Pick<CoreState, 'time'> {
  if (window && window.end <= window.start) return { time: s.time };
  return { time: { ...s.time, window } };
}

/** Switches the clock the timeline and time filter read; the happened clock is the default, left out. */
export function setClock(s: CoreState, clock: Clock): Pick<CoreState, 'time'> {
  if ((s.time.clock ?? 'happened') === clock) return { time: s.time };
  const rest = { window: s.time.window, showUndated: s.time.showUndated };
  return { time: clock === 'happened' ? rest : { ...rest, clock } };
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
  workspace: INITIAL_WORKSPACE,
  analysis: INITIAL_ANALYSIS,
  metrics: INITIAL_METRICS,
  viewport: null,
  workbenchOpen: false,
  modelBehind: false,
};
