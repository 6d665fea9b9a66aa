// Small graphs drawn directly, without Cytoscape's texture caches.
//
// Cytoscape's canvas renderer draws each frame's elements through two caches built for large
// graphs: every element is first drawn into a texture of its own, and those into "layers" (whole
// graph bitmaps at power-of-two zoom levels), which are then copied to the screen (3.x
// `drawLayeredElements`, layered-texture-cache.mjs). For the article's graph of a few hundred
// elements that is all cost and no gain: a source-mapped CPU profile of the app's load (article,
// 1400×900) put 24 % of the main thread in building layers (`getLayers` → `drawEleInLayer` →
// `drawImage`), and every change that invalidates them (a hover, a selection, a filter) builds
// them again over the next frames. Drawn directly, the same elements cost a few milliseconds per
// frame, and the picture is drawn at the current zoom instead of scaled from a cached bitmap.
//
// Past DIRECT_DRAW_MAX elements the caches pay for themselves and Cytoscape's own path is kept.
// These are internals: a renderer without `drawLayeredElements`/`drawElement` (WebGL, another
// version) is left alone, and `directDrawProblem` says why.
import type { Core } from 'cytoscape';

/** Up to this many elements on the canvas, draw them directly. */
export const DIRECT_DRAW_MAX = 2_000;

interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  w: number;
  h: number;
}
interface DrawnElement {
  boundingBox(): Box;
  visible(): boolean;
}
interface DirectRenderer {
  drawLayeredElements?: (context: CanvasRenderingContext2D, eles: ArrayLike<DrawnElement>, pxRatio: number, extent?: Box) => void;
  drawElement?: (context: CanvasRenderingContext2D, ele: DrawnElement) => void;
  webgl?: unknown;
}

/** Why the renderer cannot be drawn directly, or null when it can. */
export function directDrawProblem(renderer: DirectRenderer | undefined): string | null {
  if (!renderer) return 'no renderer';
  if (renderer.webgl) return 'WebGL renderer';
  if (typeof renderer.drawLayeredElements !== 'function') return 'no drawLayeredElements';
  if (typeof renderer.drawElement !== 'function') return 'no drawElement';
  return null;
}

const intersects = (a: Box, b: Box) => !(a.x2 < b.x1 || b.x2 < a.x1 || a.y2 < b.y1 || b.y2 < a.y1);

/**
 * Makes cy's renderer draw up to `max` elements directly; returns a function that puts
 * Cytoscape's own drawing back, or null when the renderer is not the one this knows.
 */
export function drawSmallGraphsDirectly(cy: Core, max = DIRECT_DRAW_MAX): (() => void) | null {
  const renderer = (cy as unknown as { renderer(): DirectRenderer | undefined }).renderer();
  if (directDrawProblem(renderer) !== null || !renderer) return null;
  const layered = renderer.drawLayeredElements!;
  renderer.drawLayeredElements = function (this: DirectRenderer, context, eles, pxRatio, extent) {
    if (eles.length > max) return layered.call(this, context, eles, pxRatio, extent);
    for (let i = 0; i < eles.length; i++) {
      const ele = eles[i]!;
      // As Cytoscape's cached path does: nothing for an element of no size, hidden or off screen.
      const bb = ele.boundingBox();
      if (bb.w === 0 || bb.h === 0 || !ele.visible() || (extent && !intersects(bb, extent))) continue;
      this.drawElement!(context, ele);
    }
  };
  return () => {
    renderer.drawLayeredElements = layered;
  };
}
