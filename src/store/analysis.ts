// The analysis slice: neighbourhood focus, path ends, sizing, communities and topological filters.
// Plain data (it lives in the URL) and pure actions; the results are derived (store/analysisView).
import type { HopMode } from '../analysis/neighbourhood';
import { MAX_K } from '../analysis/paths';
import type { SizeBy } from '../analysis/measures';
import type { MetricsStage } from '../analysis/metricsProtocol';
import type { GraphModel } from '../graph/model';

export interface AnalysisState {
  /** The node whose neighbourhood is shown, or null. */
  focus: string | null;
  /** 1–3 steps. */
  depth: number;
  hops: HopMode;
  /** What happens to nodes outside the neighbourhood. */
  outside: 'hide' | 'dim';
  /** Nodes whose own neighbours are added to the focus (double-click or the panel). */
  expanded: string[];
  pathFrom: string | null;
  pathTo: string | null;
  /** Longest path listed, in steps (1–4). */
  k: number;
  /** Which of the listed paths the trail reads (0 = the first shortest). */
  pathIndex: number;
  sizeBy: SizeBy;
  communities: boolean;
  /** Actors joined to fewer other actors are hidden; 0 is off. */
  minDegree: number;
  mainOnly: boolean;
}

export const MAX_DEPTH = 3;
export const MAX_MIN_DEGREE = 99;

export const INITIAL_ANALYSIS: AnalysisState = {
  focus: null,
  depth: 1,
  hops: 'connectors',
  outside: 'hide',
  expanded: [],
  pathFrom: null,
  pathTo: null,
  k: 2,
  pathIndex: 0,
  sizeBy: 'none',
  communities: false,
  minDegree: 0,
  mainOnly: false,
};

const clamp = (n: number, lo: number, hi: number) => (Number.isFinite(n) ? Math.min(hi, Math.max(lo, Math.round(n))) : lo);

/** Merges a change, clamping numbers and dropping ids the model does not know (paths: actors only). */
export function setAnalysis(current: AnalysisState, patch: Partial<AnalysisState>, model: GraphModel | null): AnalysisState {
  const next = { ...current, ...patch };
  const knownNode = (id: string | null) => (id && (!model || model.nodeById.has(id)) ? id : null);
  const knownActor = (id: string | null) => (id && (!model || model.entityById.has(id)) ? id : null);
  next.focus = knownNode(next.focus);
  next.pathFrom = knownActor(next.pathFrom);
  next.pathTo = knownActor(next.pathTo);
  next.depth = clamp(next.depth, 1, MAX_DEPTH);
  next.k = clamp(next.k, 1, MAX_K);
  next.minDegree = clamp(next.minDegree, 0, MAX_MIN_DEGREE);
  next.pathIndex = clamp(next.pathIndex, 0, 10_000);
  const kept = next.focus ? next.expanded.filter((id) => knownNode(id)) : [];
  // Same array when nothing changed, so memos downstream keep their results.
  next.expanded = kept.length === next.expanded.length ? next.expanded : kept;
  // A new focus starts without expansions; new path ends start at the first path.
  if ('focus' in patch && patch.focus !== current.focus && !('expanded' in patch) && next.expanded.length > 0) next.expanded = [];
  if ((next.pathFrom !== current.pathFrom || next.pathTo !== current.pathTo || next.k !== current.k) && !('pathIndex' in patch)) next.pathIndex = 0;
  return next;
}

/** Expands a node's neighbours into the focus, or collapses them again. Without a focus, focuses it. */
export function toggleExpanded(current: AnalysisState, id: string, model: GraphModel | null): AnalysisState {
  if (!current.focus) return setAnalysis(current, { focus: id }, model);
  if (id === current.focus) return current;
  const expanded = current.expanded.includes(id) ? current.expanded.filter((x) => x !== id) : [...current.expanded, id];
  return setAnalysis(current, { expanded }, model);
}

/** Swaps the path's ends (the trail reads the other way). */
export function swapPathEnds(current: AnalysisState): AnalysisState {
  return { ...current, pathFrom: current.pathTo, pathTo: current.pathFrom, pathIndex: 0 };
}

/** What the analysis worker last produced (derived, not in the URL). */
export interface MetricsResult {
  status: 'idle' | 'running' | 'done' | 'error' | 'capped' | 'cancelled';
  stage: MetricsStage | null;
  /** Stages done out of stages to do. */
  progress: [number, number];
  /** Which measure `scores` holds. */
  scoreOf: SizeBy;
  scores: Record<string, number> | null;
  communities: Record<string, number> | null;
  ms: Partial<Record<MetricsStage, number>>;
  error: string | null;
}

export const INITIAL_METRICS: MetricsResult = {
  status: 'idle',
  stage: null,
  progress: [0, 0],
  scoreOf: 'none',
  scores: null,
  communities: null,
  ms: {},
  error: null,
};
