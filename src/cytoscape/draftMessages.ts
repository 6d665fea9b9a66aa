// Messages between the page and the draft-layout worker.
import type { DraftGraph } from '../graph/draftLayout';

export interface DraftRequest {
  graph: DraftGraph;
  /** Refinement rounds after the draft; 0 keeps the draft. */
  rounds: number;
}

/** The worker posts 'started' first, then a DraftResponse per picture. */
export interface DraftResponse {
  type: 'draft' | 'progress' | 'done';
  /** Interleaved x, y per node index. */
  xy: Float64Array;
  round: number;
  rounds: number;
  ms: number;
}
