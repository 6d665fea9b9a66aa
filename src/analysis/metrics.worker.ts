// Off the main thread: projects the visible graph onto its actors and runs the chosen centrality and
// Louvain on it, posting a progress message between stages. The page cancels by terminating it.
import { BETWEENNESS_CAP, centrality, communities, rankCommunities, toGraphology } from './metrics';
import type { MetricsMessage, MetricsRequest, MetricsStage } from './metricsProtocol';
import { projectCompact } from './projection';

const post = (message: MetricsMessage) => (self as unknown as Worker).postMessage(message);

self.onmessage = (event: MessageEvent<MetricsRequest>) => {
  const { graph, sizeBy, communities: wantCommunities } = event.data;
  const stages: MetricsStage[] = ['projection', ...(sizeBy !== 'none' ? ['centrality' as const] : []), ...(wantCommunities ? ['communities' as const] : [])];
  const ms: Partial<Record<MetricsStage, number>> = {};
  const timed = <T>(stage: MetricsStage, fn: () => T): T => {
    post({ type: 'progress', stage, done: stages.indexOf(stage), total: stages.length });
    const t0 = performance.now();
    const out = fn();
    ms[stage] = Math.round(performance.now() - t0);
    return out;
  };
  try {
    const g = timed('projection', () => toGraphology(projectCompact(graph)));
    if (sizeBy === 'betweenness' && g.order > BETWEENNESS_CAP) {
      post({ type: 'error', message: String(g.order), capped: true });
      return;
    }
    const scores = sizeBy === 'none' ? null : timed('centrality', () => centrality(g, sizeBy));
    const groups = wantCommunities ? timed('communities', () => rankCommunities(communities(g))) : null;
    post({ type: 'done', scores, communities: groups, ms });
  } catch (error) {
    post({ type: 'error', message: error instanceof Error ? error.message : String(error), capped: false });
  }
};
