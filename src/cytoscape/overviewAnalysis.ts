// Draws the analysis overlays of the overview (overview.ts): the listed paths (lilac), the trail's
// path (violet, thicker) and the rings of path, trail and focus nodes, in the stylesheet's colours
// (graph/style.ts: edge.a-path, node.a-path, a-trail, a-focus). Dimming, sizes and community
// colours are in the pixel pass itself (CompiledLook's fill, radius, nodeDim, edgeDim).
import { MARK, type CompiledLook } from './overviewLook';

const PATH_COLOUR = '#a78bfa';
const PATH_BORDER = '#7c3aed';
const TRAIL_COLOUR = '#5b21b6';
const FOCUS_COLOUR = '#0f766e';

export interface OverlayGeometry {
  /** Screen position of node i. */
  at(i: number): readonly [number, number];
  /** Strokes a ring around node i. */
  ring(i: number, colour: string, width: number): void;
  src: Int32Array;
  tgt: Int32Array;
  nodeOn: Uint8Array;
  edgeOn: Uint8Array;
}

export function drawAnalysisOverlay(ctx: CanvasRenderingContext2D, look: CompiledLook, g: OverlayGeometry, zoom: number): void {
  const stroke = (edges: number[], colour: string, width: number) => {
    if (edges.length === 0) return;
    ctx.beginPath();
    for (const e of edges) {
      if (g.edgeOn[e] === 0) continue;
      const [x1, y1] = g.at(g.src[e] as number);
      const [x2, y2] = g.at(g.tgt[e] as number);
      ctx.moveTo(x1, y1);
      ctx.lineTo(x2, y2);
    }
    ctx.strokeStyle = colour;
    ctx.lineWidth = width;
    ctx.stroke();
  };
  stroke(look.pathEdges, PATH_COLOUR, Math.max(2, 3 * zoom));
  stroke(look.trailEdges, TRAIL_COLOUR, Math.max(3, 5 * zoom));
  for (let i = 0; i < look.nodeMark.length; i++) {
    const mark = look.nodeMark[i];
    if (!mark || g.nodeOn[i] === 0) continue;
    if (mark === MARK.focus) g.ring(i, FOCUS_COLOUR, 3);
    else g.ring(i, mark === MARK.trail ? TRAIL_COLOUR : PATH_BORDER, mark === MARK.trail ? 3 : 2);
  }
}
