// Where a pointer can hit while the overview draws (overviewHitTest.ts): the nodes and edges near a
// point of the model, from the overview's own position arrays, so that Cytoscape's hit test need
// not walk every element. These are candidates (a superset of what Cytoscape's own tests hit):
// Cytoscape decides among them.

/** Model units per grid cell. */
const CELL = 64;
/** Moved nodes (dragged) beyond this many: the grid is built again. */
const MAX_MOVED = 256;

/**
 * The nodes in a uniform grid by position. Positions are read from `xs`/`ys` at each query, so a
 * node whose position changed stays findable as long as it is reported with moved() (until the
 * next build()).
 */
export class NodeGrid {
  private x0 = 0;
  private y0 = 0;
  private cols = 1;
  private rows = 1;
  /** The side of a cell, at least `cell`. */
  private span = CELL;
  /** Cell c holds items[start[c] .. start[c + 1]). */
  private start = new Int32Array(2);
  private items = new Int32Array(0);
  private readonly movedSet = new Set<number>();
  private built = false;

  constructor(
    private readonly xs: Float32Array,
    private readonly ys: Float32Array,
    private readonly n: number,
    private readonly cell = CELL,
  ) {}

  /** Forgets the grid: the next query builds it again (all positions changed). */
  invalidate(): void {
    this.built = false;
    this.movedSet.clear();
  }

  moved(i: number): void {
    if (!this.built) return;
    this.movedSet.add(i);
    if (this.movedSet.size > MAX_MOVED) this.invalidate();
  }

  private build(): void {
    const { xs, ys, n, cell } = this;
    let x0 = Infinity;
    let y0 = Infinity;
    let x1 = -Infinity;
    let y1 = -Infinity;
    for (let i = 0; i < n; i++) {
      const x = xs[i] as number;
      const y = ys[i] as number;
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
    }
    if (!(x0 <= x1)) x0 = x1 = y0 = y1 = 0;
    // At most about 4 cells per node: a few far-flung nodes must not make a huge empty grid.
    const span = Math.max(cell, Math.sqrt(((x1 - x0 + 1) * (y1 - y0 + 1)) / Math.max(1, 4 * n)));
    this.x0 = x0;
    this.y0 = y0;
    this.cols = Math.min(1 << 14, Math.floor((x1 - x0) / span) + 1);
    this.rows = Math.min(1 << 14, Math.floor((y1 - y0) / span) + 1);
    this.span = span;
    const cells = this.cols * this.rows;
    const start = new Int32Array(cells + 1);
    const of = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      const c = this.cellOf(xs[i] as number, ys[i] as number);
      of[i] = c;
      (start[c + 1] as number)++;
    }
    for (let c = 0; c < cells; c++) start[c + 1] = (start[c + 1] as number) + (start[c] as number);
    const fillAt = start.slice(0, cells);
    const items = new Int32Array(n);
    for (let i = 0; i < n; i++) items[(fillAt[of[i] as number] as number)++] = i;
    this.start = start;
    this.items = items;
    this.movedSet.clear();
    this.built = true;
  }

  private col(x: number): number {
    const c = Math.floor((x - this.x0) / this.span);
    return c < 0 ? 0 : c >= this.cols ? this.cols - 1 : c;
  }

  private row(y: number): number {
    const r = Math.floor((y - this.y0) / this.span);
    return r < 0 ? 0 : r >= this.rows ? this.rows - 1 : r;
  }

  private cellOf(x: number, y: number): number {
    return this.row(y) * this.cols + this.col(x);
  }

  /** The nodes within `reach` of (x, y) on both axes (|dx| ≤ reach and |dy| ≤ reach), in index order. */
  near(x: number, y: number, reach: number): number[] {
    if (!this.built) this.build();
    const { xs, ys, start, items, movedSet } = this;
    const found: number[] = [];
    const inside = (i: number) => Math.abs((xs[i] as number) - x) <= reach && Math.abs((ys[i] as number) - y) <= reach;
    const c0 = this.col(x - reach);
    const c1 = this.col(x + reach);
    const r0 = this.row(y - reach);
    const r1 = this.row(y + reach);
    for (let r = r0; r <= r1; r++)
      for (let c = c0; c <= c1; c++) {
        const cell = r * this.cols + c;
        for (let k = start[cell] as number; k < (start[cell + 1] as number); k++) {
          const i = items[k] as number;
          if (!movedSet.has(i) && inside(i)) found.push(i);
        }
      }
    for (const i of movedSet) if (inside(i)) found.push(i);
    return found.sort((a, b) => a - b);
  }
}

/**
 * The edges whose straight line between their nodes' positions passes within `reach` of (x, y), in
 * index order (an edge with a missing end, -1, never).
 */
export function edgesNear(
  xs: Float32Array,
  ys: Float32Array,
  src: Int32Array,
  tgt: Int32Array,
  x: number,
  y: number,
  reach: number,
): number[] {
  const found: number[] = [];
  const r2 = reach * reach;
  for (let e = 0; e < src.length; e++) {
    const s = src[e] as number;
    const t = tgt[e] as number;
    if (s < 0 || t < 0) continue;
    const ax = xs[s] as number;
    const ay = ys[s] as number;
    const bx = xs[t] as number;
    const by = ys[t] as number;
    // The segment's box, grown by reach, first: most edges are far.
    if ((ax < bx ? ax : bx) - reach > x || (ax > bx ? ax : bx) + reach < x) continue;
    if ((ay < by ? ay : by) - reach > y || (ay > by ? ay : by) + reach < y) continue;
    if (distanceSqToSegment(x, y, ax, ay, bx, by) <= r2) found.push(e);
  }
  return found;
}

export function distanceSqToSegment(x: number, y: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  let t = len2 > 0 ? ((x - ax) * dx + (y - ay) * dy) / len2 : 0;
  t = t < 0 ? 0 : t > 1 ? 1 : t;
  const px = ax + t * dx - x;
  const py = ay + t * dy - y;
  return px * px + py * py;
}
