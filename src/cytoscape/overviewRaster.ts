// The overview's pixels: every shown edge as a blended one-pixel line, then every shown node as a
// disc (entities, countries) or a framed box (events), written into an ImageData's pixels. Cut
// into steps of a few thousand elements (a generator), so a full frame can be drawn at once (run
// to the end) or in slices that each fit in a frame while the viewport moves (overviewFrame.ts).
import { DIM_OPACITY, over, packed, type CompiledLook } from './overviewLook';
import { box, disc, line } from './overviewPixels';

export const BACKGROUND = '#fbfbfc';
const EDGE = '#a9b0bb';
const RELATION = '#6f7887';
const EVENT_BORDER = '#6b7280';

/** Elements per step: about a millisecond of work, so a slice overruns its budget by little. */
const EDGES_PER_STEP = 4096;
const NODES_PER_STEP = 2048;

/** The graph as the overview holds it (the Overview provides it; nothing here is copied). */
export interface RasterScene {
  readonly n: number;
  readonly xs: Float32Array;
  readonly ys: Float32Array;
  readonly fill: Uint32Array;
  /** 0 entity, 1 event, 2 country. */
  readonly shape: Uint8Array;
  readonly src: Int32Array;
  readonly tgt: Int32Array;
  readonly relation: Uint8Array;
  readonly nodeOn: Uint8Array;
  readonly edgeOn: Uint8Array;
  readonly look: CompiledLook | null;
  /** Whether the nodes stand where they belong (false while a layout is computed: background only). */
  readonly placed: boolean;
}

/** Where model points land: x → x * zoom + ox (device pixels of the image). */
export interface RasterView {
  zoom: number;
  ox: number;
  oy: number;
}

/**
 * Draws the scene into `px` (w × h pixels, one Uint32 each), yielding after the background and
 * after each step of edges or nodes. The scene must not change until the generator is done.
 */
export function* rasterSteps(scene: RasterScene, px: Uint32Array, w: number, h: number, { zoom, ox, oy }: RasterView): Generator<void, void, unknown> {
  px.fill(packed(BACKGROUND));
  if (!scene.placed) return;
  yield;
  const { xs, ys, nodeOn, edgeOn, src, tgt, relation, look } = scene;
  const edgeColour = packed(EDGE);
  const relationColour = packed(RELATION);
  for (let from = 0; from < src.length; from += EDGES_PER_STEP) {
    const to = Math.min(src.length, from + EDGES_PER_STEP);
    for (let e = from; e < to; e++) {
      if (edgeOn[e] === 0) continue;
      const a = src[e] as number;
      const b = tgt[e] as number;
      if (a < 0 || b < 0) continue;
      const alpha = relation[e] ? 150 : 110;
      line(px, w, h, (xs[a] as number) * zoom + ox, (ys[a] as number) * zoom + oy, (xs[b] as number) * zoom + ox, (ys[b] as number) * zoom + oy, relation[e] ? relationColour : edgeColour, look?.edgeDim[e] ? Math.round(alpha * DIM_OPACITY) : alpha);
    }
    yield;
  }

  const r = Math.max(1, Math.round(13 * zoom));
  const rCountry = Math.max(2, Math.round(20 * zoom));
  const eventW = Math.max(1, Math.round(11 * zoom));
  const eventH = Math.max(1, Math.round(8 * zoom));
  const eventBorder = packed(EVENT_BORDER);
  const eventBorderDim = over(eventBorder, packed(BACKGROUND), DIM_OPACITY);
  const fills = look ? look.fill : scene.fill;
  for (let from = 0; from < scene.n; from += NODES_PER_STEP) {
    const to = Math.min(scene.n, from + NODES_PER_STEP);
    for (let i = from; i < to; i++) {
      if (nodeOn[i] === 0) continue;
      const x = Math.round((xs[i] as number) * zoom + ox);
      const y = Math.round((ys[i] as number) * zoom + oy);
      const shape = scene.shape[i];
      const colour = fills[i] as number;
      if (shape === 1) {
        // Events: pale boxes with a grey frame (the frame is what shows at small sizes).
        box(px, w, h, x, y, eventW, eventH, look?.nodeDim[i] ? eventBorderDim : eventBorder);
        if (eventW > 1 && eventH > 1) box(px, w, h, x, y, eventW - 1, eventH - 1, colour);
      } else {
        // Sized by a centrality (data(aSize) under Cytoscape): the diameter in model units.
        const sized = look ? (look.radius[i] as number) : 0;
        const offsets = disc(sized > 0 ? Math.max(1, Math.round(sized * zoom)) : shape === 2 ? rCountry : r);
        for (let k = 0; k < offsets.length; k += 2) {
          const qx = x + (offsets[k] as number);
          const qy = y + (offsets[k + 1] as number);
          if (qx >= 0 && qy >= 0 && qx < w && qy < h) px[qy * w + qx] = colour;
        }
      }
    }
    yield;
  }
}
