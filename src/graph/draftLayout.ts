// A first picture for a large graph without cached positions, in well under a second per 100k
// nodes, then a refinement that improves it step by step. fcose (the default layout) needs minutes
// past ~10k elements (an imported 20k-element corpus: 169 s), so a big uncached graph gets:
//
// 1. draft(): O(n + e). Each node joins a group (its country, else the group most of its
//    neighbours are in, else the unaffiliated group); each group's non-event nodes go on a
//    sunflower spiral, hubs in the middle; events sit between their participants; the groups are
//    packed in rows, largest first. The picture shows who belongs with whom at once.
// 2. refine(): rounds of a local force model (grid-bucketed repulsion between near nodes, springs
//    along edges), O(n + e) per round, so the worker can post a better picture every second or so.
//    Past DRAFT_ONLY_ABOVE elements the draft is the layout (the cheaper fallback).
//
// Pure typed-array code: runs in the layout worker and in Node tests.
import type { GraphModel } from './model';

/** Elements (nodes + edges) above which an uncached large graph keeps its draft: no refinement. */
export const DRAFT_ONLY_ABOVE = 150_000;
/** Refinement rounds for a graph at or below DRAFT_ONLY_ABOVE. */
export const REFINE_ROUNDS = 40;

export interface DraftGraph {
  /** Node count; nodes are 0..n-1. */
  n: number;
  /** Group (country) index per node, -1 for none. */
  group: Int32Array;
  /** 1 for event nodes (placed between their participants). */
  event: Uint8Array;
  /** Edge endpoints as node indices. */
  src: Int32Array;
  tgt: Int32Array;
}

export type LayoutPlan = 'draft-then-refine' | 'draft-only';

/** Which layout an uncached large graph gets (the refinement is skipped past DRAFT_ONLY_ABOVE). */
export function draftPlan(elements: number): LayoutPlan {
  return elements > DRAFT_ONLY_ABOVE ? 'draft-only' : 'draft-then-refine';
}

const SPACING = 70;
const GOLDEN = Math.PI * (3 - Math.sqrt(5));

/** Compressed adjacency (offsets + neighbour indices). */
function adjacency(g: DraftGraph): { start: Int32Array; list: Int32Array } {
  const start = new Int32Array(g.n + 1);
  for (let e = 0; e < g.src.length; e++) {
    const a = (g.src[e] as number) + 1;
    const b = (g.tgt[e] as number) + 1;
    start[a] = (start[a] as number) + 1;
    start[b] = (start[b] as number) + 1;
  }
  for (let i = 0; i < g.n; i++) start[i + 1] = (start[i + 1] as number) + (start[i] as number);
  const fill = start.slice(0, g.n);
  const list = new Int32Array(start[g.n] as number);
  for (let e = 0; e < g.src.length; e++) {
    const a = g.src[e] as number;
    const b = g.tgt[e] as number;
    const fa = fill[a] as number;
    const fb = fill[b] as number;
    list[fa] = b;
    fill[a] = fa + 1;
    list[fb] = a;
    fill[b] = fb + 1;
  }
  return { start, list };
}

/** Positions as interleaved x, y. */
export function draft(g: DraftGraph): Float64Array {
  const { n } = g;
  const { start, list: adj } = adjacency(g);
  // 1. Groups: given ones, then spread to neighbours (two passes reach events and their actors).
  const group = Int32Array.from(g.group);
  let groups = 0;
  for (let i = 0; i < n; i++) if ((group[i] as number) + 1 > groups) groups = (group[i] as number) + 1;
  for (let pass = 0; pass < 3; pass++) {
    for (let i = 0; i < n; i++) {
      if ((group[i] as number) >= 0) continue;
      // The most frequent group among the neighbours (few neighbours each: a linear scan).
      let best = -1;
      let bestCount = 0;
      for (let k = start[i] as number; k < (start[i + 1] as number); k++) {
        const cand = group[adj[k] as number] as number;
        if (cand < 0) continue;
        let count = 0;
        for (let j = start[i] as number; j < (start[i + 1] as number); j++) if (group[adj[j] as number] === cand) count++;
        if (count > bestCount) {
          best = cand;
          bestCount = count;
        }
      }
      if (best >= 0) group[i] = best;
    }
  }
  const none = groups; // the unaffiliated group
  for (let i = 0; i < n; i++) if ((group[i] as number) < 0) group[i] = none;
  const groupCount = groups + 1;

  // 2. Members per group (non-events), hubs first.
  const degree = (i: number) => (start[i + 1] as number) - (start[i] as number);
  const members: number[][] = Array.from({ length: groupCount }, () => []);
  for (let i = 0; i < n; i++) if (!g.event[i] || degree(i) === 0) members[group[i] as number]?.push(i);
  for (const list of members) list.sort((a, b) => degree(b) - degree(a) || a - b);

  // 3. Shelf-pack the groups' discs, largest first, in rows about as wide as the total is tall.
  const radius = members.map((m) => SPACING * Math.sqrt(Math.max(1, m.length) * 1.6) + 120);
  const order = members.map((_, i) => i).filter((i) => (members[i] as number[]).length > 0);
  order.sort((a, b) => (radius[b] as number) - (radius[a] as number));
  const area = order.reduce((s, i) => s + (2 * (radius[i] as number)) ** 2, 0);
  const rowWidth = Math.sqrt(area) * 1.2;
  const xy = new Float64Array(2 * n);
  let x = 0;
  let y = 0;
  let rowHeight = 0;
  for (const gi of order) {
    const r = radius[gi] as number;
    if (x > 0 && x + 2 * r > rowWidth) {
      x = 0;
      y += rowHeight;
      rowHeight = 0;
    }
    const cx = x + r;
    const cy = y + r;
    (members[gi] as number[]).forEach((node, k) => {
      const rr = SPACING * Math.sqrt(k * 1.6);
      xy[2 * node] = cx + rr * Math.cos(k * GOLDEN);
      xy[2 * node + 1] = cy + rr * Math.sin(k * GOLDEN);
    });
    x += 2 * r;
    rowHeight = Math.max(rowHeight, 2 * r);
  }

  // 4. Events between their participants, nudged off the line by a deterministic angle.
  for (let i = 0; i < n; i++) {
    if (!g.event[i] || degree(i) === 0) continue;
    let sx = 0;
    let sy = 0;
    let count = 0;
    for (let k = start[i] as number; k < (start[i + 1] as number); k++) {
      const j = adj[k] as number;
      if (g.event[j]) continue;
      sx += xy[2 * j] as number;
      sy += xy[2 * j + 1] as number;
      count++;
    }
    const angle = i * GOLDEN;
    const jitter = 25 + (i % 7) * 5;
    xy[2 * i] = (count ? sx / count : 0) + jitter * Math.cos(angle);
    xy[2 * i + 1] = (count ? sy / count : 0) + jitter * Math.sin(angle);
  }
  return xy;
}

/**
 * One refinement round in place: near nodes push apart (only within a grid cell and its eight
 * neighbours), edges pull their ends toward SPACING, each move capped by `step`.
 */
export function refineRound(g: DraftGraph, xy: Float64Array, step: number): void {
  const { n, src, tgt } = g;
  const cell = SPACING * 1.5;
  const dx = new Float64Array(n);
  const dy = new Float64Array(n);
  // Bucket nodes by cell: a hash of (cx, cy) into a table about twice the node count.
  const size = 1 << Math.ceil(Math.log2(Math.max(16, 2 * n)));
  const head = new Int32Array(size).fill(-1);
  const next = new Int32Array(n);
  const key = (cx: number, cy: number) => (Math.imul(cx, 73856093) ^ Math.imul(cy, 19349663)) & (size - 1);
  for (let i = 0; i < n; i++) {
    const k = key(Math.floor((xy[2 * i] as number) / cell), Math.floor((xy[2 * i + 1] as number) / cell));
    next[i] = head[k] as number;
    head[k] = i;
  }
  for (let i = 0; i < n; i++) {
    const xi = xy[2 * i] as number;
    const yi = xy[2 * i + 1] as number;
    const cx = Math.floor(xi / cell);
    const cy = Math.floor(yi / cell);
    for (let ox = -1; ox <= 1; ox++)
      for (let oy = -1; oy <= 1; oy++) {
        for (let j = head[key(cx + ox, cy + oy)] as number; j >= 0; j = next[j] as number) {
          if (j <= i) continue;
          let ddx = xi - (xy[2 * j] as number);
          let ddy = yi - (xy[2 * j + 1] as number);
          let d2 = ddx * ddx + ddy * ddy;
          if (d2 > cell * cell) continue;
          if (d2 < 1e-6) {
            // Coincident: separate along a fixed, index-derived direction.
            ddx = Math.cos(i + j);
            ddy = Math.sin(i + j);
            d2 = 1;
          }
          const d = Math.sqrt(d2);
          const push = ((cell - d) / d) * 0.5;
          dx[i] = (dx[i] as number) + ddx * push;
          dy[i] = (dy[i] as number) + ddy * push;
          dx[j] = (dx[j] as number) - ddx * push;
          dy[j] = (dy[j] as number) - ddy * push;
        }
      }
  }
  for (let e = 0; e < src.length; e++) {
    const a = src[e] as number;
    const b = tgt[e] as number;
    const ddx = (xy[2 * b] as number) - (xy[2 * a] as number);
    const ddy = (xy[2 * b + 1] as number) - (xy[2 * a + 1] as number);
    const d = Math.sqrt(ddx * ddx + ddy * ddy) || 1;
    const pull = ((d - SPACING) / d) * 0.1;
    dx[a] = (dx[a] as number) + ddx * pull;
    dy[a] = (dy[a] as number) + ddy * pull;
    dx[b] = (dx[b] as number) - ddx * pull;
    dy[b] = (dy[b] as number) - ddy * pull;
  }
  for (let i = 0; i < n; i++) {
    const mx = dx[i] as number;
    const my = dy[i] as number;
    const m = Math.sqrt(mx * mx + my * my);
    const scale = m > step ? step / m : 1;
    xy[2 * i] = (xy[2 * i] as number) + mx * scale;
    xy[2 * i + 1] = (xy[2 * i + 1] as number) + my * scale;
  }
}

/** Step size of round r of `rounds`: large moves first, cooling to fine ones. */
export function stepFor(round: number, rounds: number): number {
  return 40 * (1 - round / rounds) + 4;
}

/** The model as a DraftGraph (node i is model.nodes[i]); countries are the groups. */
export function draftGraphOf(model: GraphModel): DraftGraph {
  const index = new Map<string, number>();
  model.nodes.forEach((node, i) => index.set(node.id, i));
  const countries = new Map<string, number>();
  const group = new Int32Array(model.nodes.length).fill(-1);
  const event = new Uint8Array(model.nodes.length);
  model.nodes.forEach((node, i) => {
    if (node.type === 'event') event[i] = 1;
    else if (node.country !== undefined) {
      let g = countries.get(node.country);
      if (g === undefined) countries.set(node.country, (g = countries.size));
      group[i] = g;
    }
  });
  const edges = model.edges.filter((e) => index.has(e.source) && index.has(e.target));
  return {
    n: model.nodes.length,
    group,
    event,
    src: Int32Array.from(edges, (e) => index.get(e.source) as number),
    tgt: Int32Array.from(edges, (e) => index.get(e.target) as number),
  };
}
