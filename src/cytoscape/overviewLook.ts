// What the analysis changes in the overview's picture (overview.ts draws large graphs zoomed out
// without Cytoscape, so the analysis classes of analysisClasses.ts must reach it another way): the
// same decisions as the stylesheet's a-dim, a-path, a-trail, a-focus, a-comm-N and data(aSize),
// compiled into per-element arrays in the model's order. Pure: no cy, no canvas; tested in Node.
import type { GraphModel } from '../graph/model';
import { COMMUNITY_PALETTE } from '../graph/style';

type Ids = { nodes: Set<string>; edges: Set<string> };

/** The analysis as the canvas applies it (the inputs of bindAnalysis's classes). */
export interface AnalysisLook {
  /** What stays bright; everything else is dimmed. Null: nothing dimmed. */
  keep: Ids | null;
  /** All listed paths, and the one the trail reads. */
  path: Ids | null;
  trail: Ids | null;
  focus: string | null;
  /** Node diameters (model units, as data(aSize)) from the chosen centrality. */
  sizes: Map<string, number> | null;
  /** Community index of each actor; past the palette they share one grey. */
  communities: Record<string, number> | null;
}

export const NO_LOOK: AnalysisLook = { keep: null, path: null, trail: null, focus: null, sizes: null, communities: null };

/** Per-node marks, strongest last: what outline the overview draws. */
export const MARK = { none: 0, path: 1, trail: 2, focus: 3 } as const;

/** The stylesheet's a-dim opacity. */
export const DIM_OPACITY = 0.12;
const COMMUNITY_OTHER = '#c4c8cf';

export interface CompiledLook {
  /** Fill of each node (0xAABBGGRR), community colour or the base colour, dimmed toward the background. */
  fill: Uint32Array;
  /** Radius of each node in model units, or 0 for the overview's default size. */
  radius: Float32Array;
  nodeDim: Uint8Array;
  edgeDim: Uint8Array;
  nodeMark: Uint8Array;
  /** Edge indices on a listed path, and on the trail's path (drawn on top, thicker). */
  pathEdges: number[];
  trailEdges: number[];
  /** Whether anything differs from the plain picture (the overview skips the work then). */
  active: boolean;
}

/** RGB of a #rrggbb colour as 0xAABBGGRR (ImageData's byte order on little-endian machines). */
export function packed(hex: string): number {
  const n = Number.parseInt(hex.slice(1), 16);
  return ((0xff << 24) | ((n & 0xff) << 16) | (n & 0xff00) | ((n >> 16) & 0xff)) >>> 0;
}

/** `colour` at `opacity` over `background` (both packed), as Cytoscape's opacity would show it. */
export function over(colour: number, background: number, opacity: number): number {
  const mix = (shift: number) => Math.round(((colour >>> shift) & 0xff) * opacity + ((background >>> shift) & 0xff) * (1 - opacity));
  return ((0xff << 24) | (mix(16) << 16) | (mix(8) << 8) | mix(0)) >>> 0;
}

export function compileLook(model: GraphModel, look: AnalysisLook, baseFill: Uint32Array, background: number): CompiledLook {
  const { nodes, edges } = model;
  const fill = Uint32Array.from(baseFill);
  const radius = new Float32Array(nodes.length);
  const nodeDim = new Uint8Array(nodes.length);
  const edgeDim = new Uint8Array(edges.length);
  const nodeMark = new Uint8Array(nodes.length);
  const pathEdges: number[] = [];
  const trailEdges: number[] = [];
  const { keep, path, trail, focus, sizes, communities } = look;
  nodes.forEach((node, i) => {
    const c = communities?.[node.id];
    if (c !== undefined) fill[i] = packed(COMMUNITY_PALETTE[c] ?? COMMUNITY_OTHER);
    const size = sizes?.get(node.id);
    if (size !== undefined) radius[i] = size / 2;
    if (keep && !keep.nodes.has(node.id)) {
      nodeDim[i] = 1;
      fill[i] = over(fill[i] as number, background, DIM_OPACITY);
    }
    if (node.id === focus) nodeMark[i] = MARK.focus;
    else if (trail?.nodes.has(node.id)) nodeMark[i] = MARK.trail;
    else if (path?.nodes.has(node.id)) nodeMark[i] = MARK.path;
  });
  edges.forEach((edge, i) => {
    if (keep && !keep.edges.has(edge.id)) edgeDim[i] = 1;
    if (trail?.edges.has(edge.id)) trailEdges.push(i);
    else if (path?.edges.has(edge.id)) pathEdges.push(i);
  });
  const active = keep !== null || path !== null || trail !== null || focus !== null || sizes !== null || communities !== null;
  return { fill, radius, nodeDim, edgeDim, nodeMark, pathEdges, trailEdges, active };
}
