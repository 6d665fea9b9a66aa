// Class updates on the cy instance. Each runs in one cy.batch and touches only elements whose
// state changed, so a filter costs a style pass over the difference, not a rebuild.
import type { Collection, Core, EdgeSingular } from 'cytoscape';
import type { Visibility } from '../graph/filter';

export function applyVisibility(cy: Core, next: Visibility, prev: Visibility | null): number {
  let changed = 0;
  cy.batch(() => {
    cy.nodes().forEach((n) => {
      const id = n.id();
      const show = next.nodes.has(id);
      if (prev && prev.nodes.has(id) === show) return;
      if (!prev && show) return;
      n.toggleClass('hidden', !show);
      changed += 1;
    });
    cy.edges().forEach((e) => {
      const id = e.id();
      const show = next.edges.has(id);
      if (prev && prev.edges.has(id) === show) return;
      if (!prev && show) return;
      e.toggleClass('hidden', !show);
      changed += 1;
    });
  });
  return changed;
}

/**
 * Hover highlight. A small graph fades everything outside the hovered element's neighbourhood; a
 * large one only outlines the neighbourhood, since fading means restyling every element on each
 * mouse move. The previous highlight is passed back in, so nothing is searched for.
 */
export function applyHover(cy: Core, hoveredId: string | null, fade = true, previous?: Collection): Collection | undefined {
  let hood = cy.collection();
  cy.batch(() => {
    if (previous) previous.removeClass('faded highlighted');
    else {
      cy.elements('.faded').removeClass('faded');
      cy.elements('.highlighted').removeClass('highlighted');
    }
    if (!hoveredId) return;
    const target = cy.getElementById(hoveredId);
    if (target.empty()) return;
    // An element's closed neighbourhood: a node with its edges and neighbours, an edge with its ends.
    hood = target.isNode() ? target.closedNeighborhood() : (target as EdgeSingular).connectedNodes().union(target);
    if (fade) cy.elements().not(hood).addClass('faded');
    hood.addClass('highlighted');
  });
  return fade ? undefined : hood;
}

export function applySelection(cy: Core, selectedId: string | null, previousId?: string | null): void {
  cy.batch(() => {
    if (previousId !== undefined) {
      if (previousId) cy.getElementById(previousId).removeClass('chosen');
    } else cy.elements('.chosen').removeClass('chosen');
    if (selectedId) cy.getElementById(selectedId).addClass('chosen');
  });
}
