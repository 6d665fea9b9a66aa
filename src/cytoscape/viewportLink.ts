// The viewport in links (store.viewport ↔ cy). Links stay short: nothing is written while the
// graph is simply fitted; once the reader zooms or pans (drag, wheel, pinch, the toolbar's or the
// keyboard's zoom), every change of the view is put in the store (debounced; the URL writer of
// store/urlSync.ts follows), and Fit clears it. A viewport from a link (on load, or back/forward)
// is applied to the canvas instead of the fit.
import type { Core } from 'cytoscape';
import type { Viewport } from '../store/actions';
import { registerSettleSource } from '../settle';
import type { AppStore } from '../store/store';

/** Events that mean the reader moved the view (kavosh-zoom: toolbar and keyboard zoom). */
export const USER_VIEWPORT_EVENTS = 'dragpan scrollzoom pinchzoom kavosh-zoom';
const DEBOUNCE_MS = 150;

export function viewportOf(cy: Core): Viewport {
  const zoom = cy.zoom();
  const pan = cy.pan();
  return { zoom, x: (cy.width() / 2 - pan.x) / zoom, y: (cy.height() / 2 - pan.y) / zoom };
}

/** Whether the reader has a view of their own (resizes then keep its middle, see bindViewportLink). */
export function readerViewport(store: AppStore): boolean {
  return store.getState().viewport !== null;
}

/** Shows `v` on the canvas: its zoom, with its point at the canvas centre. */
export function showViewport(cy: Core, v: Viewport): void {
  const zoom = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), v.zoom));
  cy.stop(true, false);
  cy.viewport({ zoom, pan: { x: cy.width() / 2 - v.x * zoom, y: cy.height() / 2 - v.y * zoom } });
  cy.emit('kavosh-viewport'); // the view is the link's, no longer the canvas size's (no auto-fit)
}

/**
 * After the first fit: a link's viewport replaces it. True when one was applied.
 */
export function applyLinkedViewport(cy: Core, store: AppStore): boolean {
  const v = store.getState().viewport;
  if (!v) return false;
  showViewport(cy, v);
  return true;
}

export function bindViewportLink(cy: Core, store: AppStore): () => void {
  let tracking = store.getState().viewport !== null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** The last viewport this module put in the store (a different one came from a link). */
  let reported = store.getState().viewport;
  const write = () => {
    clearTimeout(timer);
    timer = undefined;
    if (cy.destroyed() || !tracking) return;
    store.getState().setViewport(viewportOf(cy));
    reported = store.getState().viewport;
  };
  const onViewport = () => {
    if (!tracking) return;
    clearTimeout(timer);
    timer = setTimeout(write, DEBOUNCE_MS);
  };
  // The toolbar's and keyboard's kavosh-zoom comes after the zoom's own viewport event.
  const onUser = () => {
    tracking = true;
    onViewport();
  };
  const onFit = () => {
    tracking = false;
    clearTimeout(timer);
    timer = undefined;
    store.getState().setViewport(null);
    reported = null;
  };
  // A viewport that did not come from here (back/forward to another link) moves the canvas.
  const unsubscribe = store.subscribe((s, prev) => {
    if (s.viewport === prev.viewport || s.viewport === reported) return;
    reported = s.viewport;
    if (!s.viewport || document.body.dataset.graphReady !== 'true') return;
    tracking = true;
    showViewport(cy, s.viewport);
  });
  // The canvas changed size (panels around it loading, the window): Cytoscape keeps the top-left
  // corner; the reader's view keeps its middle instead (GraphCanvas then leaves it alone).
  let size = { w: cy.width(), h: cy.height() };
  const onResize = () => {
    const next = { w: cy.width(), h: cy.height() };
    if (tracking && document.body.dataset.graphReady === 'true') cy.panBy({ x: (next.w - size.w) / 2, y: (next.h - size.h) / 2 });
    size = next;
  };
  cy.on(USER_VIEWPORT_EVENTS, onUser);
  cy.on('resize', onResize);
  cy.on('viewport', onViewport);
  cy.on('kavosh-fit', onFit);
  const unregister = registerSettleSource('viewport-link', () => timer !== undefined, write);
  return () => {
    unsubscribe();
    unregister();
    clearTimeout(timer);
    cy.off(USER_VIEWPORT_EVENTS, onUser);
    cy.off('resize', onResize);
    cy.off('viewport', onViewport);
    cy.off('kavosh-fit', onFit);
  };
}
