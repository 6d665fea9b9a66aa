// Cytoscape (3.35) caches where its container sits on the page (findContainerClientCoords) and
// forgets it only on a window resize, a resize of the container itself, and scroll, transition or
// animation ends on its ancestors. The container also moves when something above it changes
// height without any of those: on a phone the header wraps to a second row once its lazily loaded
// buttons arrive, pushing the graph 50 px down. Cytoscape then projected every pointer event 50 px
// off, and a tap on one node selected another (measured: a long press on Karim Valiyev opened the
// menu of the Turkish Armed Forces, 125 model units away). So the cache is dropped before each
// pointer event reaches Cytoscape: a listener on the window in the capture phase runs before
// Cytoscape's own, which then measure the container afresh (one getBoundingClientRect).
import type { Core } from 'cytoscape';

const POINTER_EVENTS = ['mousedown', 'mousemove', 'mouseup', 'touchstart', 'touchmove', 'touchend', 'wheel', 'contextmenu', 'dblclick'] as const;

interface CoordsCache {
  invalidateContainerClientCoordsCache?: () => void;
}

/** Keeps Cytoscape's container position fresh for every pointer event; returns the undo. */
export function keepContainerCoordsFresh(cy: Core, on?: Window): () => void {
  const renderer = (cy as unknown as { renderer(): CoordsCache | undefined }).renderer?.();
  const invalidate = renderer?.invalidateContainerClientCoordsCache;
  // Headless, or a Cytoscape without the cache: nothing to keep fresh.
  if (!renderer || typeof invalidate !== 'function') return () => undefined;
  const drop = () => invalidate.call(renderer);
  const target = on ?? window;
  for (const type of POINTER_EVENTS) target.addEventListener(type, drop, { capture: true, passive: true });
  return () => {
    for (const type of POINTER_EVENTS) target.removeEventListener(type, drop, { capture: true });
  };
}
