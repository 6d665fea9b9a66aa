// The Cytoscape canvas-renderer internals the overview patches, and the check that they are there
// and behave as expected (overview.ts falls back to Cytoscape's own drawing when they are not).
export interface Renderer {
  redraw(options?: unknown): void;
  flushRenderedStyleQueue?: () => void;
  redrawHint(group: string, value: boolean): void;
  data: { canvasContainer?: HTMLElement };
  requestedFrame?: boolean;
}

/**
 * What keeps the overview from patching this renderer, or null if nothing does. It relies on
 * Cytoscape 3.x canvas-renderer internals: redraw() (which only flags `requestedFrame` for the
 * next animation frame), flushRenderedStyleQueue(), redrawHint() and data.canvasContainer. WebGL
 * and headless instances, and any version where these changed, get Cytoscape's own drawing.
 */
export function rendererProblem(renderer: Partial<Renderer> | undefined | null): string | null {
  if (!renderer) return 'no renderer (headless)';
  if (typeof renderer.redraw !== 'function') return 'the renderer has no redraw()';
  if (typeof renderer.flushRenderedStyleQueue !== 'function') return 'the renderer has no flushRenderedStyleQueue()';
  if (typeof renderer.redrawHint !== 'function') return 'the renderer has no redrawHint()';
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
