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
    const update = (ele: { id(): string; toggleClass(c: string, on: boolean): unknown }, shown: ReadonlySet<string>, before: ReadonlySet<string> | undefined) => {
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

/** The closed neighbourhood of an element: a node with its edges and neighbours, an edge with its ends. */
function neighbourhood(cy: Core, focusId: string | null): Collection {
  const target = focusId ? cy.getElementById(focusId) : cy.collection();
  if (target.empty()) return cy.collection();
  return target.isNode() ? target.closedNeighborhood() : (target as EdgeSingular).connectedNodes().union(target);
}

/** Gives `cls` to `on` and takes it from `off`, each only where it changes something. */
function setClass(cls: string, on: Collection, off: Collection): void {
  const add = on.filter((ele) => !ele.hasClass(cls));
  const remove = off.filter((ele) => ele.hasClass(cls));
  if (add.nonempty()) add.addClass(cls);
  if (remove.nonempty()) remove.removeClass(cls);
}

/**
 * The focus: the closed neighbourhood of `focusId` (the hovered element, else the selected one) is
 * highlighted and labelled; a small graph fades everything else. A large one only outlines the
 * neighbourhood, since fading means restyling every element on each mouse move. The previous
 * highlight is passed back in, so nothing is searched for.
 *
 * Only elements whose classes actually change are touched: Cytoscape restyles every element
 * a class call reaches (parsed style, label sizes, edge geometry on the next frame), even one
 * that ends the batch with the classes it had. Moving the focus from one node to another used to
 * take `faded` off the whole graph and put it back on nearly all of it, so a selection on the
 * article restyled all its elements in the frame that showed it; now it restyles the two
 * neighbourhoods.
 */
export function applyFocus(cy: Core, focusId: string | null, fade = true, previous?: Collection): Collection | undefined {
  const hood = neighbourhood(cy, focusId);
  cy.batch(() => {
    if (fade) {
      // Small graphs only (see GraphCanvas's LARGE): a pass over every element is cheap, a restyle is not.
      const rest = cy.elements().not(hood);
      // With no focus nothing is faded; with one, everything outside its neighbourhood.
      if (hood.empty()) setClass('faded', hood, rest);
      else setClass('faded', rest, hood);
      setClass('highlighted', hood, rest);
      return;
    }
    // A large graph: never a pass over every element; the previous highlight says what to undo.
    const before = previous ?? cy.elements('.highlighted');
    if (!previous) cy.elements('.faded').removeClass('faded');
    setClass('highlighted', hood, before.not(hood));
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
