// What the overview draws over its pixels with the canvas's vector calls: the analysis overlay,
// the hovered and selected neighbourhoods, and the country names (overview.ts draws the pixels).
import { canvasLabel } from '../graph/elements';
import type { GraphModel } from '../graph/model';
import { drawAnalysisOverlay } from './overviewAnalysis';
import type { CompiledLook } from './overviewLook';

/** The overview's state the overlays read (the Overview itself provides it). */
export interface OverlayScene {
  readonly model: GraphModel;
  readonly xs: Float32Array;
  readonly ys: Float32Array;
  readonly src: Int32Array;
  readonly tgt: Int32Array;
  readonly nodeOn: Uint8Array;
  readonly edgeOn: Uint8Array;
  readonly nodeIndex: ReadonlyMap<string, number>;
  readonly edgeIndex: ReadonlyMap<string, number>;
  readonly countries: readonly number[];
  readonly look: CompiledLook | null;
  readonly selected: string | null;
  readonly hovered: string | null;
  readonly lang: 'en' | 'fa';
}

/** Draws the overlays at a viewport: model x → x * zoom + ox (device pixels). */
export function drawOverlays(ctx: CanvasRenderingContext2D, scene: OverlayScene, { zoom, ox, oy }: { zoom: number; ox: number; oy: number }): void {
  const at = (i: number) => [(scene.xs[i] as number) * zoom + ox, (scene.ys[i] as number) * zoom + oy] as const;
  const ring = (i: number, colour: string, width: number) => {
    const [x, y] = at(i);
    ctx.beginPath();
    ctx.arc(x, y, Math.max(5, 15 * zoom), 0, 2 * Math.PI);
    ctx.strokeStyle = colour;
    ctx.lineWidth = width;
    ctx.stroke();
  };
  const neighbourhood = (id: string, colour: string) => {
    const i = scene.nodeIndex.get(id);
    const edges = scene.model.incident.get(id) ?? (scene.edgeIndex.has(id) ? [id] : []);
    ctx.beginPath();
    for (const edgeId of edges) {
      const e = scene.edgeIndex.get(edgeId);
      if (e === undefined || scene.edgeOn[e] === 0) continue;
      const [x1, y1] = at(scene.src[e] as number);
      const [x2, y2] = at(scene.tgt[e] as number);
      ctx.moveTo(x1, y1);
      ctx.lineTo(x2, y2);
    }
    ctx.strokeStyle = colour;
    ctx.lineWidth = 1.5;
    ctx.stroke();
    if (i !== undefined && scene.nodeOn[i]) ring(i, colour, 2);
  };
  if (scene.look) drawAnalysisOverlay(ctx, scene.look, { at, ring, src: scene.src, tgt: scene.tgt, nodeOn: scene.nodeOn, edgeOn: scene.edgeOn }, zoom);
  if (scene.hovered && scene.hovered !== scene.selected) neighbourhood(scene.hovered, '#374151');
  if (scene.selected) neighbourhood(scene.selected, '#f59e0b');

  // Country names: the few labels that say where the clusters are.
  ctx.font = `bold 12px ${scene.lang === 'fa' ? 'Vazirmatn, sans-serif' : 'Inter, system-ui, sans-serif'}`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'top';
  ctx.lineWidth = 3;
  ctx.strokeStyle = '#ffffffd0';
  ctx.fillStyle = '#1d2330';
  for (const i of scene.countries) {
    if (scene.nodeOn[i] === 0) continue;
    const node = scene.model.nodes[i];
    if (!node) continue;
    const [x, y] = at(i);
    const label = canvasLabel(scene.lang === 'fa' ? node.nameFa : node.nameEn);
    const ty = y + Math.max(4, 22 * zoom);
    ctx.strokeText(label, x, ty);
    ctx.fillText(label, x, ty);
  }
}
