// Class updates on the cy instance: the one place where state becomes classes. Each runs in one
// cy.batch and touches only elements whose state changed, so a filter costs a style pass over the
// difference, not a rebuild. Classes (styled in src/graph/style.ts):
//   hidden / filtered  left out by the filters (removed from view, or drawn faintly in place)
//   faded / highlighted outside / inside the focus: the hovered node's neighbourhood, else the
//                       selected one's
//   chosen              the selected element
import type { Collection, Core, EdgeSingular } from 'cytoscape';
import type { Visibility } from '../graph/filter';

export type FilteredDisplay = 'hide' | 'dim';
const FILTER_CLASS: Record<FilteredDisplay, string> = { hide: 'hidden', dim: 'filtered' };

/**
 * Marks what the filters leave out. With `prev` only the difference is touched; without it (first
 * run, or the display changed) every element is set.
 */
export function applyVisibility(cy: Core, next: Visibility, prev: Visibility | null, display: FilteredDisplay = 'hide'): number {
  let changed = 0;
  const cls = FILTER_CLASS[display];
  cy.batch(() => {
    if (!prev) cy.elements('.hidden, .filtered').removeClass('hidden filtered');
    const update = (ele: { id(): string; toggleClass(c: string, on: boolean): unknown }, shown: Set<string>, before: Set<string> | undefined) => {
      const id = ele.id();
      const show = shown.has(id);
      if (before ? before.has(id) === show : show) return;
      ele.toggleClass(cls, !show);
      changed += 1;
    };
    cy.nodes().forEach((n) => update(n, next.nodes, prev?.nodes));
    cy.edges().forEach((e) => update(e, next.edges, prev?.edges));
  });
  return changed;
}

/**
 * The focus: the closed neighbourhood of `focusId` (the hovered element, else the selected one) is
 * highlighted and labelled; a small graph fades everything else. A large one only outlines the
 * neighbourhood, since fading means restyling every element on each mouse move. The previous
 * highlight is passed back in, so nothing is searched for.
 */
export function applyFocus(cy: Core, focusId: string | null, fade = true, previous?: Collection): Collection | undefined {
  let hood = cy.collection();
  cy.batch(() => {
    if (previous) previous.removeClass('faded highlighted');
    else {
      cy.elements('.faded').removeClass('faded');
      cy.elements('.highlighted').removeClass('highlighted');
    }
    if (!focusId) return;
    const target = cy.getElementById(focusId);
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
