// One Zustand store. State and its actions sit together; the pure state changes live in actions.ts.
import { createStore } from 'zustand/vanilla';
import { useStore as useZustand } from 'zustand';
import type { Dataset } from '../domain/schema';
import { computeVisibility, type CountryMode, type Visibility } from '../graph/filter';
import { buildGraphModel, type GraphModel } from '../graph/model';
import type { Lang } from '../i18n/strings';
import * as A from './actions';
import { setAnalysis, toggleExpanded, type AnalysisState, type MetricsResult } from './analysis';
import { selectAnalysisVisibility } from './analysisView';

export interface Actions {
  setDataset(dataset: Dataset): void;
  setLoadError(message: string): void;
  toggleCountry(id: string): void;
  toggleKind(group: A.KindGroup, kind: string): void;
  setCountryMode(mode: CountryMode): void;
  setFilteredDisplay(display: A.CoreState['filteredDisplay']): void;
  resetFilters(): void;
  setWindow(window: A.CoreState['time']['window']): void;
  setShowUndated(show: boolean): void;
  select(id: string | null, focus?: boolean): void;
  hover(id: string | null): void;
  setLang(lang: Lang): void;
  setLayout(layout: A.LayoutName): void;
  setPanel(panel: A.PanelName): void;
  showInArticle(): void;
  setSearch(search: string): void;
  setNotice(notice: string | null): void;
  setAnalysis(patch: Partial<AnalysisState>): void;
  toggleExpanded(id: string): void;
  setMetrics(patch: Partial<MetricsResult>): void;
}

export type AppState = A.CoreState & Actions;

export function createAppStore(initial: Partial<A.CoreState> = {}) {
  return createStore<AppState>()((set) => ({
    ...A.INITIAL_STATE,
    ...initial,
    setDataset: (dataset) => set({ model: buildGraphModel(dataset), status: 'ready', error: null }),
    setLoadError: (message) => set({ status: 'error', error: message }),
    toggleCountry: (id) => set((s) => A.toggleCountry(s, id)),
    toggleKind: (group, kind) => set((s) => A.toggleKind(s, group, kind)),
    setCountryMode: (mode) => set((s) => A.setCountryMode(s, mode)),
    setFilteredDisplay: (filteredDisplay) => set({ filteredDisplay }),
    resetFilters: () => set(A.resetFilters()),
    setWindow: (window) => set((s) => A.setWindow(s, window)),
    setShowUndated: (show) => set((s) => A.setShowUndated(s, show)),
    select: (id, focus) => set((s) => A.select(s, id, focus)),
    hover: (id) => set({ hoveredId: id }),
    setLang: (lang) => set({ lang }),
    setLayout: (layout) => set({ layout }),
    setPanel: (panel) => set({ panel }),
    showInArticle: () => set((s) => A.showInArticle(s)),
    setSearch: (search) => set({ search }),
    setNotice: (notice) => set({ notice }),
    setAnalysis: (patch) => set((s) => ({ analysis: setAnalysis(s.analysis, patch, s.model) })),
    toggleExpanded: (id) => set((s) => ({ analysis: toggleExpanded(s.analysis, id, s.model) })),
    setMetrics: (patch) => set((s) => ({ metrics: { ...s.metrics, ...patch } })),
  }));
}

export type AppStore = ReturnType<typeof createAppStore>;
export const appStore = createAppStore();

export function useApp<T>(selector: (s: AppState) => T): T {
  return useZustand(appStore, selector);
}

// Derived data, computed once per input change (not per render, not per subscriber).
let lastInputs: [GraphModel | null, A.CoreState['filters'], A.CoreState['time']] | null = null;
let lastVisibility: Visibility = { nodes: new Set(), edges: new Set() };
/** What the filters and time window leave visible, before the analysis narrows it. */
export function selectBaseVisibility(s: A.CoreState): Visibility {
  if (!lastInputs || lastInputs[0] !== s.model || lastInputs[1] !== s.filters || lastInputs[2] !== s.time) {
    lastInputs = [s.model, s.filters, s.time];
    lastVisibility = s.model ? computeVisibility(s.model, s.filters, s.time) : { nodes: new Set(), edges: new Set() };
  }
  return lastVisibility;
}

/** What the canvas shows: the filters' visibility, narrowed by the analysis (focus, min degree, main component). */
export function selectVisibility(s: A.CoreState): Visibility {
  return selectAnalysisVisibility(s, selectBaseVisibility(s));
}
