// One Zustand store. State and its actions sit together; the pure state changes live in actions.ts.
import { createStore } from 'zustand/vanilla';
import { useStore as useZustand } from 'zustand';
import type { Dataset } from '../domain/schema';
import { type CountryMode, type Visibility } from '../graph/filter';
import { updateVisibility, type VisibilityState } from '../graph/filterDelta';
import type { Clock } from '../graph/clock';
import { buildGraphModel, type GraphModel } from '../graph/model';
import type { Lang } from '../i18n/strings';
import * as A from './actions';
import { factGrades, NO_GRADES, type Credibility, type Grades, type Reliability } from '../domain/grades';
import { visibleDataset, type Workspace } from '../workspace/visible';
import { setAnalysis, toggleExpanded, type AnalysisState, type MetricsResult } from './analysis';
import { selectAnalysisVisibility } from './analysisView';
import { roundViewport } from './viewportParams';

export interface Actions {
  setDataset(dataset: Dataset): void;
  setLoadError(message: string): void;
  toggleCountry(id: string): void;
  toggleKind(group: A.KindGroup, kind: string): void;
  setCountryMode(mode: CountryMode): void;
  setFilteredDisplay(display: A.CoreState['filteredDisplay']): void;
  setMinOrigins(n: number): void;
  setMinGrade(grade: string | null): void;
  gradeSource(source: string, grade: Reliability | null): void;
  gradeFact(fact: string, grade: Credibility | null): void;
  resetFilters(): void;
  setWindow(window: A.CoreState['time']['window']): void;
  setShowUndated(show: boolean): void;
  setClock(clock: Clock): void;
  select(id: string | null, focus?: boolean): void;
  hover(id: string | null): void;
  setLang(lang: Lang): void;
  setLayout(layout: A.LayoutName): void;
  setPanel(panel: A.PanelName): void;
  showInArticle(): void;
  setSearch(search: string): void;
  setNotice(notice: string | null): void;
  /** Shows a whole workspace (all documents, some hidden); `undo` is what "undo" brings back. */
  setWorkspace(workspace: Workspace, undo?: A.WorkspaceState['undo']): void;
  toggleDocument(id: string): void;
  mergeEntities(into: string, from: string, cause?: string): void;
  unmergeEntity(from: string): void;
  setPossiblySame(a: string, b: string, same: boolean): void;
  showOnlyDocuments(ids: string[]): void;
  setWorkspaceMeta(meta: Partial<Pick<A.WorkspaceState, 'persistent' | 'storage' | 'storageError' | 'missingDocs'>>): void;
  setAnalysis(patch: Partial<AnalysisState>): void;
  toggleExpanded(id: string): void;
  setMetrics(patch: Partial<MetricsResult>): void;
  /** The reader's viewport, rounded as links carry it; null when the graph is fitted. */
  setViewport(viewport: A.Viewport | null): void;
  /** The curation workbench opened or closed (see CoreState.workbenchOpen). */
  setWorkbenchOpen(open: boolean): void;
}

export type AppState = A.CoreState & Actions;

export function createAppStore(initial: Partial<A.CoreState> = {}) {
  // The model always shows the workspace without its hidden documents.
  const rebuilt = (workspace: A.WorkspaceState) =>
    workspace.dataset ? { model: buildGraphModel(visibleDataset({ dataset: workspace.dataset, choices: { hidden: workspace.hidden, merges: workspace.merges } })), modelBehind: false } : {};
  // Behind the open workbench the shown model waits (one rebuild when it closes); a first model
  // (a reload with the workbench open) is built at once, so the app behind is there.
  const showing = (workspace: A.WorkspaceState, s: A.CoreState) => (s.workbenchOpen && s.model ? { modelBehind: true } : rebuilt(workspace));
  return createStore<AppState>()((set) => ({
    ...A.INITIAL_STATE,
    ...initial,
    setDataset: (dataset) =>
      set((s) => ({ model: buildGraphModel(dataset), status: 'ready', error: null, workspace: { ...s.workspace, dataset, hidden: [], undo: null } })),
    setLoadError: (message) => set({ status: 'error', error: message }),
    toggleCountry: (id) => set((s) => A.toggleCountry(s, id)),
    toggleKind: (group, kind) => set((s) => A.toggleKind(s, group, kind)),
    setCountryMode: (mode) => set((s) => A.setCountryMode(s, mode)),
    setFilteredDisplay: (filteredDisplay) => set({ filteredDisplay }),
    setMinOrigins: (n) => set((s) => A.setMinOrigins(s, n)),
    setMinGrade: (grade) => set((s) => A.setMinGrade(s, grade)),
    gradeSource: (source, grade) => set((s) => A.gradeSource(s, source, grade)),
    gradeFact: (fact, grade) => set((s) => A.gradeFact(s, fact, grade)),
    resetFilters: () => set(A.resetFilters()),
    setWindow: (window) => set((s) => A.setWindow(s, window)),
    setShowUndated: (show) => set((s) => A.setShowUndated(s, show)),
    setClock: (clock) => set((s) => A.setClock(s, clock)),
    select: (id, focus) => set((s) => A.select(s, id, focus)),
    hover: (id) => set({ hoveredId: id }),
    setLang: (lang) => set({ lang }),
    setLayout: (layout) => set({ layout }),
    setPanel: (panel) => set({ panel }),
    showInArticle: () => set((s) => A.showInArticle(s)),
    setSearch: (search) => set({ search }),
    setNotice: (notice) => set({ notice }),
    setWorkspace: (workspace, undo = null) =>
      set((s) => {
        const next = { ...s.workspace, dataset: workspace.dataset, hidden: workspace.choices.hidden, grades: workspace.choices.grades ?? NO_GRADES, disputes: workspace.choices.disputes ?? [], merges: workspace.choices.merges ?? [], sameAs: workspace.choices.sameAs ?? [], undo };
        return { ...showing(next, s), status: 'ready', error: null, workspace: next };
      }),
    toggleDocument: (id) =>
      set((s) => {
        const next = A.toggleDocument(s, id).workspace;
        return next === s.workspace ? {} : { ...showing(next, s), workspace: next };
      }),
    mergeEntities: (into, from, cause) =>
      set((s) => {
        const next = A.mergeEntities(s, into, from, cause).workspace;
        return next === s.workspace ? {} : { ...showing(next, s), workspace: next };
      }),
    unmergeEntity: (from) =>
      set((s) => {
        const next = A.unmergeEntity(s, from).workspace;
        return next === s.workspace ? {} : { ...showing(next, s), workspace: next };
      }),
    setPossiblySame: (a, b, same) => set((s) => A.setPossiblySame(s, a, b, same)),
    showOnlyDocuments: (ids) =>
      set((s) => {
        const next = A.showOnlyDocuments(s, ids).workspace;
        const same = next.hidden.join() === s.workspace.hidden.join();
        return same ? { workspace: next } : { ...showing(next, s), workspace: next };
      }),
    setWorkspaceMeta: (meta) => set((s) => ({ workspace: { ...s.workspace, ...meta } })),
    setAnalysis: (patch) => set((s) => ({ analysis: setAnalysis(s.analysis, patch, s.model) })),
    toggleExpanded: (id) => set((s) => ({ analysis: toggleExpanded(s.analysis, id, s.model) })),
    setMetrics: (patch) => set((s) => ({ metrics: { ...s.metrics, ...patch } })),
    setViewport: (viewport) =>
      set((s) => {
        const next = viewport ? roundViewport(viewport) : null;
        const same = next === s.viewport || (next && s.viewport && next.zoom === s.viewport.zoom && next.x === s.viewport.x && next.y === s.viewport.y);
        return same ? {} : { viewport: next };
      }),
    setWorkbenchOpen: (open) =>
      set((s) => (open === s.workbenchOpen ? {} : !open && s.modelBehind ? { workbenchOpen: false, ...rebuilt(s.workspace) } : { workbenchOpen: open })),
  }));
}

export type AppStore = ReturnType<typeof createAppStore>;
export const appStore = createAppStore();

export function useApp<T>(selector: (s: AppState) => T): T {
  return useZustand(appStore, selector);
}

// Derived data, computed once per input change (not per render, not per subscriber).
let lastInputs: [GraphModel | null, A.CoreState['filters'], A.CoreState['time'], Grades | null] | null = null;
let lastVisibility: Visibility = { nodes: new Set(), edges: new Set() };
// The last computation's counts: a kind toggle updates them instead of walking the graph (filterDelta.ts).
let lastState: VisibilityState | null = null;
/** What the filters and time window leave visible, before the analysis narrows it. */
export function selectBaseVisibility(s: A.CoreState): Visibility {
  // Grades matter only while the grade filter is on.
  const grades = s.filters.minGrade ? s.workspace.grades : null;
  if (!lastInputs || lastInputs[0] !== s.model || lastInputs[1] !== s.filters || lastInputs[2] !== s.time || lastInputs[3] !== grades) {
    lastInputs = [s.model, s.filters, s.time, grades];
    lastState = s.model ? updateVisibility(lastState, s.model, s.filters, s.time, grades ? factGrades(s.model.dataset, grades) : undefined) : null;
    lastVisibility = lastState ? lastState.visibility : { nodes: new Set(), edges: new Set() };
  }
  return lastVisibility;
}

/** What the canvas shows: the filters' visibility, narrowed by the analysis (focus, min degree, main component). */
export function selectVisibility(s: A.CoreState): Visibility {
  return selectAnalysisVisibility(s, selectBaseVisibility(s));
}
