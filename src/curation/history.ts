// Undo/redo over immutable states, bounded. Immutable itself, so a Zustand store can hold it and
// persist it as is. Pure.

export interface History<T> {
  past: readonly T[];
  present: T;
  future: readonly T[];
  /** How many past states are kept (the oldest drop off first). */
  limit: number;
}

/** Keeps 100 steps unless told otherwise; the workbench promises at least 50. */
export const DEFAULT_HISTORY_LIMIT = 100;

export function createHistory<T>(present: T, limit = DEFAULT_HISTORY_LIMIT): History<T> {
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`createHistory: a limit of at least 1, got ${limit}`);
  return { past: [], present, future: [], limit };
}

/** A new present; the old one joins the past and the redo future is dropped. Same state: no step. */
export function pushHistory<T>(h: History<T>, next: T): History<T> {
  if (Object.is(next, h.present)) return h;
  const past = h.past.length >= h.limit ? [...h.past.slice(h.past.length - h.limit + 1), h.present] : [...h.past, h.present];
  return { past, present: next, future: [], limit: h.limit };
}

export const canUndo = <T>(h: History<T>): boolean => h.past.length > 0;
export const canRedo = <T>(h: History<T>): boolean => h.future.length > 0;

export function undo<T>(h: History<T>): History<T> {
  if (!canUndo(h)) return h;
  return { past: h.past.slice(0, -1), present: h.past[h.past.length - 1] as T, future: [h.present, ...h.future], limit: h.limit };
}

export function redo<T>(h: History<T>): History<T> {
  if (!canRedo(h)) return h;
  return { past: [...h.past, h.present], present: h.future[0] as T, future: h.future.slice(1), limit: h.limit };
}
