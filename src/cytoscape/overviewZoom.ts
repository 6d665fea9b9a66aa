// Kept apart from overview.ts so the canvas can use it without loading the overview (a chunk
// only large graphs fetch).

/** Below this zoom a large graph is drawn by the overview; nodes are then at most ~9 px wide. */
export const OVERVIEW_MAX_ZOOM = 0.35;
