// The analysis on the canvas: dimming outside a focus or a path, the path and the trail's path
// highlighted, the focus marked, node sizes from a centrality and colours from communities. Each
// change is one cy.batch over the difference from what was applied before; nothing is rebuilt.
// Also binds double-click (double-tap) on a node: focus on it, or expand / collapse its neighbours.
import type { Collection, Core, EventObject } from 'cytoscape';
import { scaleSizes } from '../analysis/scale';
import { selectNeighbourhood, selectPathElements, selectPaths } from '../store/analysisView';
import { selectBaseVisibility, type AppStore } from '../store/store';
import type { AnalysisLook } from './overviewLook';

/** Community colours are classes a-comm-0 … a-comm-(N-1); the rest share a-comm-x. */
export const COMMUNITY_CLASSES = 12;
const CLASS_NAMES = ['a-dim', 'a-path', 'a-trail', 'a-focus', ...Array.from({ length: COMMUNITY_CLASSES }, (_, i) => `a-comm-${i}`), 'a-comm-x'];

interface Applied {
  keep: object | null;
  pathKey: object | null;
  focus: string | null;
  scores: object | null;
  communities: object | null;
}

/**
 * `onLook` receives the same analysis after each change, for the overview (overview.ts), which
 * draws a large graph zoomed out without Cytoscape's classes.
 */
export function bindAnalysis(cy: Core, store: AppStore, onLook?: (look: AnalysisLook) => void): () => void {
  const applied: Applied = { keep: null, pathKey: null, focus: null, scores: null, communities: null };
  let dimmed: Collection = cy.collection();
  let onPath: Collection = cy.collection();
  let onTrail: Collection = cy.collection();
  let sized: Collection = cy.collection();
  let coloured: Collection = cy.collection();

  const sync = () => {
    if (cy.destroyed()) return;
    const s = store.getState();
    const base = selectBaseVisibility(s);
    const a = s.analysis;
    const hood = a.focus ? selectNeighbourhood(s, base) : null;
    const paths = selectPathElements(selectPaths(s, base), a.pathIndex);
    // What stays bright: the path when one is shown, else a dimmed-outside focus; else everything.
    const keep = paths ? paths.all : hood && a.outside === 'dim' ? hood : null;
    const scores = a.sizeBy !== 'none' && s.metrics.scoreOf === a.sizeBy ? s.metrics.scores : null;
    const communities = a.communities ? s.metrics.communities : null;
    if (keep === applied.keep && paths === applied.pathKey && a.focus === applied.focus && scores === applied.scores && communities === applied.communities) return;

    cy.batch(() => {
      if (keep !== applied.keep) {
        dimmed.removeClass('a-dim');
        dimmed = keep ? cy.elements().filter((el) => !keep.nodes.has(el.id()) && !keep.edges.has(el.id())) : cy.collection();
        dimmed.addClass('a-dim');
        applied.keep = keep;
      }
      if (paths !== applied.pathKey) {
        onPath.removeClass('a-path');
        onTrail.removeClass('a-trail');
        onPath = paths ? byIds(cy, paths.all) : cy.collection();
        onTrail = paths ? byIds(cy, paths.chosen) : cy.collection();
        onPath.addClass('a-path');
        onTrail.addClass('a-trail');
        applied.pathKey = paths;
      }
      if (a.focus !== applied.focus) {
        if (applied.focus) cy.getElementById(applied.focus).removeClass('a-focus');
        if (a.focus) cy.getElementById(a.focus).addClass('a-focus');
        applied.focus = a.focus;
      }
      if (scores !== applied.scores) {
        sized.removeData('aSize');
        const px = scores ? scaleSizes(scores) : new Map<string, number>();
        // One pass over the nodes (a filter) rather than a union per node, which is quadratic.
        sized = scores ? cy.nodes().filter((n) => px.has(n.id())) : cy.collection();
        sized.forEach((n) => {
          n.data('aSize', px.get(n.id()));
        });
        applied.scores = scores;
      }
      if (communities !== applied.communities) {
        coloured.removeClass(CLASS_NAMES.slice(4).join(' '));
        coloured = communities ? cy.nodes().filter((n) => communities[n.id()] !== undefined) : cy.collection();
        coloured.forEach((n) => {
          const c = communities?.[n.id()] ?? COMMUNITY_CLASSES;
          n.addClass(c < COMMUNITY_CLASSES ? `a-comm-${c}` : 'a-comm-x');
        });
        applied.communities = communities;
      }
    });
    onLook?.({ keep, path: paths?.all ?? null, trail: paths?.chosen ?? null, focus: a.focus, sizes: scores ? scaleSizes(scores) : null, communities });
  };

  const onDoubleTap = (e: EventObject) => {
    const id = (e.target as { id(): string }).id();
    store.getState().toggleExpanded(id);
  };
  cy.on('dbltap', 'node', onDoubleTap);
  sync();
  const unsubscribe = store.subscribe(sync);
  return () => {
    unsubscribe();
    cy.off('dbltap', 'node', onDoubleTap);
    if (!cy.destroyed()) cy.batch(() => cy.elements().removeClass(CLASS_NAMES.join(' ')));
  };
}

function byIds(cy: Core, set: { nodes: Set<string>; edges: Set<string> }): Collection {
  return cy.elements().filter((el) => set.nodes.has(el.id()) || set.edges.has(el.id()));
}
