// Keeps the analysis worker in step with the store: when sizing or communities are on and their
// inputs change (dataset, filters, time window, topological filters, the chosen measure), the
// running job is cancelled and a new one started; results and progress go back into the store.
import { runMetrics, type MetricsJob } from '../../analysis/metricsClient';
import { compactSubgraph } from '../../analysis/projection';
import type { Subgraph } from '../../analysis/subgraph';
import { selectAnalysisSubgraph } from '../../store/analysisView';
import { selectBaseVisibility, type AppStore } from '../../store/store';
import { registerSettleSource } from '../../settle';

let job: MetricsJob | null = null;
let lastKey: [Subgraph | null, string, boolean] | null = null;
let storeRef: AppStore | null = null;

export function cancelMetrics(): void {
  job?.cancel();
  job = null;
  storeRef?.getState().setMetrics({ status: 'cancelled', stage: null });
}

export function startMetricsRunner(store: AppStore): () => void {
  storeRef = store;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let waiting = false;
  // Not settled while a job waits to start or runs: tests and scripts see the result once it is in.
  const unregister = registerSettleSource('analysis-metrics', () => waiting || job !== null);
  const check = () => {
    const s = store.getState();
    const { sizeBy, communities } = s.analysis;
    const wanted = sizeBy !== 'none' || communities;
    const sub = wanted && s.model ? selectAnalysisSubgraph(s, selectBaseVisibility(s)) : null;
    if (lastKey && lastKey[0] === sub && lastKey[1] === sizeBy && lastKey[2] === communities) return;
    lastKey = [sub, sizeBy, communities];
    job?.cancel();
    job = null;
    clearTimeout(timer);
    waiting = false;
    if (!sub) {
      if (s.metrics.status !== 'idle') s.setMetrics({ status: 'idle', stage: null, scores: null, communities: null, scoreOf: 'none' });
      return;
    }
    // A short pause lets a burst of changes (typing a minimum degree) start one job, not many.
    waiting = true;
    timer = setTimeout(() => {
      waiting = false;
      store.getState().setMetrics({ status: 'running', stage: 'projection', progress: [0, 1], error: null });
      job = runMetrics({ graph: compactSubgraph(sub), sizeBy, communities }, (m) => {
        const set = store.getState().setMetrics;
        if (m.type === 'progress') set({ stage: m.stage, progress: [m.done, m.total] });
        else if (m.type === 'done') {
          job = null;
          set({ status: 'done', stage: null, scores: m.scores, scoreOf: sizeBy, communities: m.communities, ms: m.ms });
        } else {
          job = null;
          set({ status: m.capped ? 'capped' : 'error', stage: null, error: m.message, scores: null, scoreOf: 'none' });
        }
      });
    }, 60);
  };
  check();
  const unsubscribe = store.subscribe(check);
  return () => {
    unsubscribe();
    unregister();
    clearTimeout(timer);
    job?.cancel();
    job = null;
    lastKey = null;
  };
}
