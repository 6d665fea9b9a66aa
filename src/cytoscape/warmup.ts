// The style warm-up of a large graph drawn by the overview (overview.ts). Before Cytoscape can draw
// a frame of the graph itself it needs every element's style, label sizes, edge geometry and
// bounding box (its first frame z-sorts and bounds-checks every element), and it keeps every
// element made dirty since the graph was created in a queue (registerCalculationListeners in
// Cytoscape 3.x) that its next frame empties in one go: at 100k elements that was one task of
// 20–70 s, the tab frozen, on the first zoom-in (the first selection's centring). The warm-up
// does all of it in time slices instead (slices.ts): in idle periods while nothing asks for it,
// most of every frame once the reader wants Cytoscape's drawing; the overview stays on screen
// meanwhile. It ends by emptying Cytoscape's queue (`drain`), which then finds nothing left to
// compute.
import type { Core } from 'cytoscape';
import { runSlice, sliceBudget } from './slices';

/** Elements per unit of work: a few milliseconds. */
const UNIT = 40;
/** Nodes per unit when only flags are set. */
const FLAG_UNIT = 4000;

interface RenderedStyleFlags {
  clean?: boolean;
  cleanConnected?: boolean;
}

const flagsOf = (ele: unknown) => (Reflect.get(ele as object, '_private') as { rstyle: RenderedStyleFlags }).rstyle;

/**
 * The warm-up's units of work. Nodes first, then edges (a node's style marks its edges' bounds
 * dirty; an edge's geometry reads its nodes'). Each unit computes style, rendered style (label
 * sizes, edge geometry) and bounding boxes, which Cytoscape caches per element, and tells the
 * renderer's texture caches (`invalidate`: what Cytoscape's queue would call for them). A bounding
 * box computed the first time announces itself ('bounds'), which flags the element's rendered style
 * dirty again although nothing changed since it was computed, a moment before: the flag is put
 * back. Then each node whose rendered style is clean is marked as having had its edges updated
 * (`cleanConnected`), or Cytoscape's queue would mark every edge dirty again and recompute it; an
 * element made dirty meanwhile keeps its flags, and Cytoscape updates it (and a node's edges) itself.
 */
export function* warmupSteps(cy: Core, drain: () => void, invalidate: (eles: unknown) => void = () => undefined): Generator<void, void, unknown> {
  for (const list of [cy.nodes(), cy.edges()]) {
    for (let i = 0; i < list.length; i += UNIT) {
      const unit = list.slice(i, i + UNIT);
      // Undocumented but public on collections (checked by warmupProblem): style, label sizes and
      // edge geometry, skipping what is computed already (and what is not displayed).
      (unit as unknown as { recalculateRenderedStyle(useCache: boolean): void }).recalculateRenderedStyle(true);
      const clean = unit.map((ele) => flagsOf(ele).clean === true);
      unit.boundingBox();
      unit.forEach((ele, k) => {
        if (clean[k]) flagsOf(ele).clean = true;
      });
      invalidate(unit);
      yield;
    }
  }
  const nodes = cy.nodes();
  for (let i = 0; i < nodes.length; i += FLAG_UNIT) {
    for (let k = i; k < Math.min(i + FLAG_UNIT, nodes.length); k++) {
      const rstyle = flagsOf(nodes[k]);
      if (rstyle.clean) rstyle.cleanConnected = true;
    }
    yield;
  }
  drain();
}

export class StyleWarmup {
  private work: Iterator<unknown> | null = null;
  private finished = false;
  private hurried = false;
  private idle = 0;
  private posted = false;
  private readonly channel = typeof MessageChannel === 'function' ? new MessageChannel() : null;

  /**
   * `drain` empties Cytoscape's queue; `invalidate` tells the texture caches about a unit;
   * `onDone` runs after each completed warm-up; `framePending` says a frame the reader waits for
   * (a filter change's) is due: an unhurried slice then waits for a later idle period.
   */
  constructor(
    private readonly cy: Core,
    private readonly drain: () => void,
    private readonly onDone: () => void,
    private readonly invalidate: (eles: unknown) => void = () => undefined,
    private readonly framePending: () => boolean = () => false,
  ) {
    if (this.channel)
      this.channel.port1.onmessage = () => {
        this.posted = false;
        this.step(null);
      };
  }

  /** Whether the last warm-up started has finished (and none is running). */
  get done(): boolean {
    return this.finished;
  }

  /** Whether a warm-up is under way. */
  get running(): boolean {
    return this.work !== null;
  }

  /** Starts over (positions or elements changed): in idle time unless hurried. */
  start(): void {
    this.work = warmupSteps(this.cy, this.drain, this.invalidate);
    this.finished = false;
    this.schedule();
  }

  /** Cytoscape's drawing is wanted: most of every frame until done (starts one if none runs). */
  hurry(): void {
    if (this.finished) return;
    this.hurried = true;
    if (!this.work) this.start();
    else this.schedule();
  }

  destroy(): void {
    this.work = null;
    this.hurried = false;
    if (this.idle && typeof cancelIdleCallback === 'function') cancelIdleCallback(this.idle);
    this.idle = 0;
    this.channel?.port1.close();
  }

  private schedule(): void {
    if (this.hurried && this.channel) {
      // One chain of slices, however often hurry() is called (every viewport event).
      if (!this.posted) this.channel.port2.postMessage(null);
      this.posted = true;
    } else if (!this.idle && typeof requestIdleCallback === 'function')
      this.idle = requestIdleCallback((deadline) => {
        this.idle = 0;
        this.step(deadline.didTimeout ? null : deadline.timeRemaining());
      }, { timeout: 500 });
    else if (!this.idle) setTimeout(() => this.step(null), 50);
  }

  /** One slice; `idleRemaining` is the idle period's time left (null when not in one). */
  private step(idleRemaining: number | null): void {
    const work = this.work;
    if (!work || this.cy.destroyed()) return;
    // An idle callback that timed out runs as a task, which can come before the frame a change
    // asked for: a slice there (8 ms, more when a unit overruns) delays that frame. Not when hurried:
    // then the reader waits for the warm-up itself.
    if (!this.hurried && idleRemaining === null && this.framePending()) {
      this.schedule();
      return;
    }
    if (!runSlice(work, sliceBudget(this.hurried, idleRemaining))) {
      this.schedule();
      return;
    }
    this.work = null;
    this.finished = true;
    this.hurried = false;
    this.onDone();
  }
}
