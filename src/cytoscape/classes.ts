// Class updates on the cy instance. Each runs in one cy.batch and touches only elements whose
// state changed, so a filter costs a style pass over the difference, not a rebuild.
import type { Core, EdgeSingular } from 'cytoscape';
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

export function applyHover(cy: Core, hoveredId: string | null): void {
  cy.batch(() => {
    cy.elements('.faded').removeClass('faded');
    cy.elements('.highlighted').removeClass('highlighted');
    if (!hoveredId) return;
    const target = cy.getElementById(hoveredId);
    if (target.empty()) return;
    // An element's closed neighbourhood: a node with its edges and neighbours, an edge with its ends.
    const hood = target.isNode() ? target.closedNeighborhood() : (target as EdgeSingular).connectedNodes().union(target);
    cy.elements().not(hood).addClass('faded');
    hood.addClass('highlighted');
  });
}

export function applySelection(cy: Core, selectedId: string | null): void {
  cy.batch(() => {
    cy.elements('.chosen').removeClass('chosen');
    if (selectedId) cy.getElementById(selectedId).addClass('chosen');
  });
}
