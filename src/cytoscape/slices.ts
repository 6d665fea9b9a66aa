// Long work cut into time slices, so no task holds the main thread for long: a generator yields
// after each small unit, and a slice runs units until its budget is spent.

/** Runs `work` for at most about `budgetMs` (one unit always runs); true once it has finished. */
export function runSlice(work: Iterator<unknown>, budgetMs: number, now: () => number = () => performance.now()): boolean {
  const until = now() + budgetMs;
  do {
    if (work.next().done) return true;
  } while (now() < until);
  return false;
}

/** The budget of one slice: what an idle period offers, else a small fixed share of a frame. */
export function sliceBudget(hurry: boolean, idleRemaining: number | null): number {
  // Wanted now (the reader zoomed in): over half of each frame, leaving time for the frame itself.
  // 24 ms here made every other pan frame wait (p95 33.4 ms at 100k, zoomed in); 10 ms keeps them
  // at one frame (16.7/16.8 in an A/B on an idle machine).
  if (hurry) return HURRY_SLICE_MS;
  // An idle callback that ran on its timeout has no idle time: still make a little progress, or a
  // busy page would never finish.
  if (idleRemaining === null || idleRemaining <= 1) return TIMEOUT_SLICE_MS;
  return Math.min(idleRemaining - 1, IDLE_SLICE_MAX_MS);
}

export const HURRY_SLICE_MS = 10;
export const TIMEOUT_SLICE_MS = 8;
export const IDLE_SLICE_MAX_MS = 40;
