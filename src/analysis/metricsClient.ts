// The page's side of the analysis worker: one job at a time; a new request or cancel() terminates
// the running worker (graphology's algorithms cannot be interrupted from inside).
import type { MetricsMessage, MetricsRequest } from './metricsProtocol';

export interface MetricsJob {
  cancel(): void;
}

export function runMetrics(request: MetricsRequest, onMessage: (m: MetricsMessage) => void): MetricsJob {
  const worker = new Worker(new URL('./metrics.worker.ts', import.meta.url), { type: 'module' });
  let finished = false;
  const stop = () => {
    finished = true;
    worker.terminate();
  };
  worker.onmessage = (event: MessageEvent<MetricsMessage>) => {
    if (finished) return;
    if (event.data.type !== 'progress') stop();
    onMessage(event.data);
  };
  worker.onerror = (event) => {
    if (finished) return;
    stop();
    onMessage({ type: 'error', message: event.message || 'the analysis worker failed', capped: false });
  };
  worker.postMessage(request, [request.graph.isEvent.buffer, request.graph.edges.buffer]);
  return { cancel: stop };
}
