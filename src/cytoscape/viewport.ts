// Viewport commands: fitting the graph to the canvas and centring on a focus. Components call
// fitView/zoomBy; GraphCanvas calls fitGraph/centreOn on its own instance.
import type { Core } from 'cytoscape';
import { FONT, LEGIBLE_PX } from '../graph/style';
import { appStore, selectVisibility } from '../store/store';
import { LARGE } from './GraphCanvas';
import { fitToPositions, readPositions } from './layouts';

/** Margin kept around the fitted graph, in screen px: labels sit close to the canvas edges. */
export const FIT_PADDING = 10;
/** The zoom at which every node label (the events' are the smallest) is legible. */
export const LEGIBLE_ZOOM = LEGIBLE_PX / FONT.event;

function currentCy(): Core | null {
  const cy = window.kavosh?.cy ?? null;
  return cy && !cy.destroyed() ? cy : null;
}

/**
 * Fits what is visible, labels included, into the whole canvas (the toolbar, legend and notices sit
 * outside it). Large graphs fit from positions alone: measuring every label costs seconds there.
 */
export function fitGraph(cy: Core): void {
  const visible = selectVisibility(appStore.getState()).nodes;
  if (cy.elements().length > LARGE) fitToPositions(cy, readPositions(cy), visible);
  else cy.fit(cy.nodes().filter((n) => visible.has(n.id())), FIT_PADDING);
  // The canvas size this fit was made for: tests wait for it to match the settled canvas.
  document.body.dataset.graphFit = `${Math.round(cy.width())}x${Math.round(cy.height())}`;
}

export function prefersReducedMotion(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/**
 * Centres the element with the given id, zooming in only as far as its neighbours' labels need;
 * animated unless the reader asked for reduced motion.
 */
export function centreOn(cy: Core, id: string, animate = true): void {
  const target = cy.getElementById(id);
  if (target.empty()) return;
  const zoom = Math.max(cy.zoom(), Math.min(LEGIBLE_ZOOM, cy.maxZoom()));
  cy.stop(true, false);
  cy.emit('kavosh-focus'); // the view now follows the reader, not the canvas size
  // The element's own centre (cy.center would centre its box, label included, a few px lower).
  const box = target.boundingBox({ includeLabels: false });
  const p = target.isNode() ? target.position() : { x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 };
  const pan = { x: cy.width() / 2 - zoom * p.x, y: cy.height() / 2 - zoom * p.y };
  if (!animate || prefersReducedMotion()) cy.viewport({ zoom, pan });
  else cy.animate({ zoom, pan }, { duration: 300, easing: 'ease-in-out-cubic' });
}

/** The toolbar's Fit. */
export function fitView(): void {
  const cy = currentCy();
  if (!cy) return;
  fitGraph(cy);
  cy.emit('kavosh-fit');
}

/** Zooms by a factor around the centre of the canvas. */
export function zoomBy(factor: number): void {
  const cy = currentCy();
  if (!cy) return;
  cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  cy.emit('kavosh-zoom'); // the reader moved the view: links carry it (viewportLink.ts)
}
