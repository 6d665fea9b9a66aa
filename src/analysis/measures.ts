// The names and limits of the measures, apart from their graphology implementations (metrics.ts),
// so the URL, the store and the panel can use them without pulling graphology into the first chunk.
export type SizeBy = 'none' | 'degree' | 'betweenness' | 'pagerank';
export const SIZE_BY: readonly SizeBy[] = ['none', 'degree', 'betweenness', 'pagerank'];

/** Betweenness is O(actors × links): past this many actors it is refused, and the reader told. */
export const BETWEENNESS_CAP = 12_000;
