// Viewport commands for the toolbar, so that components never reach into cy themselves.
import type { Core } from 'cytoscape';
import { appStore, selectVisibility } from '../store/store';
import { LARGE } from './GraphCanvas';
import { fitToPositions, readPositions } from './layouts';

function currentCy(): Core | null {
  const cy = window.kavosh?.cy ?? null;
  return cy && !cy.destroyed() ? cy : null;
}

/** Fits the visible graph. Large graphs fit from positions alone (cy.fit measures every label). */
export function fitView(): void {
  const cy = currentCy();
  if (!cy) return;
  const visible = selectVisibility(appStore.getState()).nodes;
  if (cy.elements().length > LARGE) fitToPositions(cy, readPositions(cy), visible);
  else cy.fit(cy.elements().not('.hidden'), 30);
}

/** Zooms by a factor around the centre of the canvas. */
export function zoomBy(factor: number): void {
  const cy = currentCy();
  if (!cy) return;
  cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
}
