// Messages between the page and the analysis worker.
import type { SizeBy } from './measures';
import type { CompactGraph } from './projection';

export interface MetricsRequest {
  graph: CompactGraph;
  sizeBy: SizeBy;
  communities: boolean;
}

export type MetricsStage = 'projection' | 'centrality' | 'communities';

export type MetricsMessage =
  | { type: 'progress'; stage: MetricsStage; done: number; total: number }
  | {
      type: 'done';
      /** Actor id → score of the chosen measure (absent when sizeBy is none). */
      scores: Record<string, number> | null;
      /** Actor id → community rank (0 = largest). */
      communities: Record<string, number> | null;
      /** Milliseconds per stage. */
      ms: Partial<Record<MetricsStage, number>>;
    }
  | { type: 'error'; message: string; capped: boolean };
