// The Cytoscape canvas-renderer internals the overview patches, and the check that they are there
// and behave as expected (overview.ts falls back to Cytoscape's own drawing when they are not).
import type { Core } from 'cytoscape';
export interface Renderer {
  redraw(options?: unknown): void;
  flushRenderedStyleQueue?: () => void;
  redrawHint(group: string, value: boolean): void;
  data: { canvasContainer?: HTMLElement };
  requestedFrame?: boolean;
  /** What Cytoscape's style queue calls for each batch it updates (its texture caches). */
  onUpdateEleCalcsFns?: Array<(willDraw: boolean, eles: unknown) => void>;
}

/**
 * What keeps the overview from patching this renderer, or null if nothing does. It relies on
 * Cytoscape 3.x canvas-renderer internals: redraw() (which only flags `requestedFrame` for the
 * next animation frame), flushRenderedStyleQueue(), redrawHint(), onUpdateEleCalcsFns (the style
 * warm-up calls them, as the queue does) and data.canvasContainer. WebGL
 * and headless instances, and any version where these changed, get Cytoscape's own drawing.
 */
export function rendererProblem(renderer: Partial<Renderer> | undefined | null): string | null {
  if (!renderer) return 'no renderer (headless)';
  if (typeof renderer.redraw !== 'function') return 'the renderer has no redraw()';
  if (typeof renderer.flushRenderedStyleQueue !== 'function') return 'the renderer has no flushRenderedStyleQueue()';
  if (typeof renderer.redrawHint !== 'function') return 'the renderer has no redrawHint()';
  const onUpdate = renderer.onUpdateEleCalcsFns;
  if (!Array.isArray(onUpdate) || onUpdate.some((fn) => typeof fn !== 'function')) return 'the renderer keeps no onUpdateEleCalcs callbacks';
  const container = renderer.data?.canvasContainer;
  if (!container || typeof (container as HTMLElement).style !== 'object') return 'the renderer has no canvas container';
  if ((renderer as { webgl?: unknown }).webgl) return 'the WebGL renderer draws';
  // redraw() must only request a frame: the overview drops a pending request by clearing the flag.
  // (A probe: it leaves a frame requested, which the renderer would soon have drawn anyway.)
  renderer.requestedFrame = false;
  renderer.redraw.call(renderer);
  if (Reflect.get(renderer, 'requestedFrame') !== true) return 'redraw() no longer flags requestedFrame';
  return null;
}

/**
 * What keeps the style warm-up (warmup.ts) from working on this Cytoscape, or null. It relies on
 * each element's `_private.rstyle` flags: `clean` once its rendered style is computed (the queue's
 * flush then skips it) and `cleanConnected` (its edges were updated), and on collections'
 * recalculateRenderedStyle() (undocumented but public). A probe on one node: computing its rendered
 * style must leave it flagged clean.
 */
export function warmupProblem(cy: Core): string | null {
  const node = cy.nodes()[0];
  if (!node) return null;
  const internals = Reflect.get(node, '_private') as { rstyle?: { clean?: unknown } } | undefined;
  if (!internals || typeof internals.rstyle !== 'object' || internals.rstyle === null) return 'elements keep no rendered-style flags (_private.rstyle)';
  const recalculate = Reflect.get(node, 'recalculateRenderedStyle') as unknown;
  if (typeof recalculate !== 'function') return 'collections have no recalculateRenderedStyle()';
  if (node.style('display') === 'none') return null;
  recalculate.call(node, true);
  if (internals.rstyle.clean !== true) return 'a computed rendered style is no longer flagged clean';
  return null;
}
