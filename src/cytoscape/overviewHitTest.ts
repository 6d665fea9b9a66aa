// Hit-testing while the overview draws. On each press, release and pointer move Cytoscape's canvas
// renderer asks findNearestElements() which element is under the pointer, and that walks every
// element, topmost first, in its z-sorted list, built on first use by sorting every element by
// z-index (computing each one's style): at 100k–250k elements that was a frame of 0.35–4.7 s on a
// hover or a click. While the overview draws (overview.ts), its position arrays answer which nodes
// and edges can be near the pointer (overviewHits.ts), and Cytoscape's own findNearestElements()
// decides among those few, sorted as its z-sort would sort them: the same answer, for a few elements'
// work. Releasing a dragged node walks every element too (to free them), in z-order although the
// order does not matter there: while the overview is active and nothing is sorted yet, that walk
// gets the elements unsorted (and nothing is cached); everything else that reads the list (drawing,
// an image export, a hit test the grid cannot answer: see styleReach) gets Cytoscape's sorted list.
//
// All of this leans on Cytoscape 3.x canvas-renderer internals (install() probes them): when
// they are missing or behave differently, nothing is patched and Cytoscape hit-tests as before.
import type { Core } from 'cytoscape';
import { edgesNear, NodeGrid } from './overviewHits';

/** An element, with the (undocumented) methods Cytoscape's renderer uses on it. */
interface Ele {
  pstyle(name: string): { value: unknown };
  isNode(): boolean;
  interactive(): boolean;
  poolIndex(): number;
}
/** Cytoscape's core, with what is not in its typings. */
type CoreInternals = Core & { hasCompoundNodes(): boolean; mutableElements(): { toArray(): Ele[] } };
type ZList = Ele[] & { interactive?: Ele[] };

export interface HitRenderer {
  findNearestElements(x: number, y: number, interactiveOnly?: boolean, isTouch?: boolean): Ele[];
  getCachedZSortedEles(force?: boolean): ZList;
  cachedZSortedEles?: ZList | null;
}

/** What the overview knows of the graph (its arrays are updated in place). */
export interface HitSource {
  /** The overview draws and its positions are Cytoscape's (a layout is not being computed). */
  ready(): boolean;
  xs: Float32Array;
  ys: Float32Array;
  n: number;
  src: Int32Array;
  tgt: Int32Array;
  nodeId(i: number): string;
  edgeId(e: number): string;
}

/** How far from its position (model units) a node or edge can be hit, beyond the pointer's threshold. */
export interface Reach {
  node: number;
  edge: number;
}

type Rule = { selector: string; style: Record<string, unknown> };

/**
 * The reach from the stylesheet: the largest node size, padding and border, the widest edge; a
 * `data(field)` size reads the largest value of that field (`dataMax`). Null when it cannot be told
 * (a size set otherwise), when edges may curve (only straight and haystack lines are near their
 * nodes' centre line: a haystack line ends within its nodes), when edges have arrows, or labels
 * take events (labels are not in the grid).
 */
export function styleReach(rules: Rule[], dataMax: (field: string) => number): Reach | null {
  let size = 0;
  let padding = 0;
  let border = 0;
  let edgeWidth = 0;
  const amount = (value: unknown): number | null => {
    const text = String(value).trim();
    const data = /^data\((\w+)\)$/.exec(text);
    if (data) return dataMax(data[1] as string);
    const mapped = /^mapData\(\s*\w+\s*,[^,]+,[^,]+,([^,]+),([^,)]+)\)$/.exec(text);
    if (mapped) return Math.max(parseFloat(mapped[1] as string), parseFloat(mapped[2] as string));
    return /^-?[\d.]+(px)?$/.test(text) ? parseFloat(text) : null;
  };
  for (const { style } of rules)
    for (const [key, value] of Object.entries(style)) {
      if (key === 'curve-style' && value !== 'haystack' && value !== 'straight') return null;
      if (key.endsWith('arrow-shape') && value !== 'none') return null;
      if (key === 'text-events' && value !== 'no') return null;
      if (key !== 'width' && key !== 'height' && key !== 'padding' && key !== 'border-width') continue;
      const v = amount(value);
      if (v === null || !Number.isFinite(v)) return null;
      if (key === 'padding') padding = Math.max(padding, v);
      else if (key === 'border-width') border = Math.max(border, v);
      else {
        size = Math.max(size, v);
        edgeWidth = Math.max(edgeWidth, v);
      }
    }
  // Cytoscape's default node size is 30; outer size = size + 2 padding + border (twice, to be safe).
  const node = Math.max(size, 30) / 2 + padding + border + 1;
  return { node, edge: edgeWidth / 2 + node };
}

/** A replica of Cytoscape's z-order (collection/zsort.mjs) without compound nodes: bottom first. */
function zOrder(a: Ele, b: Ele): number {
  const depth = (e: Ele) => {
    const v = e.pstyle('z-compound-depth').value as string;
    return v === 'bottom' ? -1 : v === 'top' ? Number.MAX_SAFE_INTEGER : 0;
  };
  const kind = (e: Ele) => (e.pstyle('z-index-compare').value === 'auto' && e.isNode() ? 1 : 0);
  return (
    depth(a) - depth(b) ||
    kind(a) - kind(b) ||
    (a.pstyle('z-index').value as number) - (b.pstyle('z-index').value as number) ||
    a.poolIndex() - b.poolIndex()
  );
}

/** The renderer's methods (Cytoscape 3.35) besides findNearestElements() that read the z-sorted list in order. */
const ORDERED = ['render', 'bufferCanvasImage', 'hitTestAt', 'getAllInBox'];

export class OverviewHitTest {
  private readonly grid: NodeGrid;
  private reach: Reach | null | undefined = undefined;
  /** Set during a patched findNearestElements(): the list its z-sort lookup gets. */
  private candidates: ZList | null = null;
  private consulted = false;
  /** A method that needs the true z-order runs (ORDERED, or a hit test of every element). */
  private exact = false;
  private readonly originals: Partial<HitRenderer> = {};
  /** Why hit-testing is left to Cytoscape alone (null when it is patched). */
  readonly problem: string | null;

  constructor(
    private readonly cy: Core,
    private readonly renderer: HitRenderer,
    private readonly source: HitSource,
  ) {
    this.grid = new NodeGrid(source.xs, source.ys, source.n);
    this.problem = this.install();
  }

  /** All positions changed. */
  positionsChanged(): void {
    this.grid.invalidate();
  }

  moved(i: number): void {
    this.grid.moved(i);
  }

  /** The styles may have changed (node sizes from an analysis). */
  styleChanged(): void {
    this.reach = undefined;
  }

  /** The candidates near (x, y) in z-order, bottom first, or null when Cytoscape must walk everything. */
  candidatesAt(x: number, y: number, isTouch: boolean): Ele[] | null {
    const { cy, source } = this;
    if (!source.ready() || (cy as CoreInternals).hasCompoundNodes()) return null;
    if (this.reach === undefined) {
      const rules = (cy.style() as unknown as { json(): Rule[] }).json();
      this.reach = styleReach(rules, (field) => this.dataMax(field));
    }
    if (this.reach === null) return null;
    const zoom = cy.zoom();
    const found: Ele[] = [];
    const add = (id: string) => {
      const ele = cy.getElementById(id);
      if (ele.length > 0) found.push(ele as unknown as Ele);
    };
    for (const i of this.grid.near(x, y, this.reach.node + (isTouch ? 8 : 2) / zoom)) add(source.nodeId(i));
    for (const e of edgesNear(source.xs, source.ys, source.src, source.tgt, x, y, this.reach.edge + (isTouch ? 24 : 8) / zoom)) add(source.edgeId(e));
    return found.sort(zOrder);
  }

  restore(): void {
    Object.assign(this.renderer, this.originals);
  }

  private dataMax(field: string): number {
    let max = 0;
    this.cy.elements().forEach((ele) => {
      const v = Number(ele.data(field));
      if (v > max) max = v;
    });
    return max;
  }

  private install(): string | null {
    const r = this.renderer;
    if (typeof r.findNearestElements !== 'function') return 'the renderer has no findNearestElements()';
    if (typeof r.getCachedZSortedEles !== 'function') return 'the renderer has no getCachedZSortedEles()';
    const find = r.findNearestElements;
    const zSorted = r.getCachedZSortedEles;
    this.originals.findNearestElements = find;
    this.originals.getCachedZSortedEles = zSorted;
    r.getCachedZSortedEles = (force?: boolean) => {
      if (this.candidates) {
        this.consulted = true;
        return this.candidates;
      }
      if (!force && !r.cachedZSortedEles && !this.exact && this.source.ready()) return this.unsorted();
      return zSorted.call(r, force);
    };
    r.findNearestElements = (x: number, y: number, interactiveOnly?: boolean, isTouch?: boolean) => {
      const found = this.candidatesAt(x, y, isTouch === true);
      if (found) return this.among(found, () => find.call(r, x, y, interactiveOnly, isTouch));
      return this.exactly(() => find.call(r, x, y, interactiveOnly, isTouch));
    };
    // Whatever else reads the list depends on its order: drawing, an image export, hit tests of
    // every element, the elements in a box.
    const methods = r as unknown as Record<string, unknown>;
    for (const name of ORDERED) {
      const method = methods[name];
      if (typeof method !== 'function') continue;
      (this.originals as Record<string, unknown>)[name] = method;
      methods[name] = (...args: unknown[]) => this.exactly(() => (method as (...a: unknown[]) => unknown).apply(r, args));
    }
    // The probe: the original must take its elements from the z-sorted list (here, none).
    this.consulted = false;
    const probe = this.among([], () => find.call(r, 0, 0, true, false));
    if (!this.consulted || !Array.isArray(probe) || probe.length !== 0) {
      this.restore();
      return 'findNearestElements() no longer reads getCachedZSortedEles()';
    }
    return null;
  }

  /** Runs `fn` with Cytoscape's true z-order (it draws or hit-tests every element). */
  private exactly<T>(fn: () => T): T {
    this.exact = true;
    try {
      return fn();
    } finally {
      this.exact = false;
    }
  }

  private among(found: Ele[], fn: () => Ele[]): Ele[] {
    const list: ZList = found;
    list.interactive = found.filter((e) => e.interactive());
    this.candidates = list;
    try {
      return fn();
    } finally {
      this.candidates = null;
    }
  }

  /** Every element, unsorted and not cached (see the file comment). */
  private unsorted(): ZList {
    const list: ZList = (this.cy as CoreInternals).mutableElements().toArray();
    Object.defineProperty(list, 'interactive', { get: () => list.filter((e) => e.interactive()) });
    return list;
  }
}
