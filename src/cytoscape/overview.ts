// The overview: how a large graph is drawn while zoomed out. Cytoscape's canvas renderer costs
// tens of microseconds per element per frame (bounding boxes, style lookups, one texture or path
// per element), so a 10k–50k-element graph takes hundreds of milliseconds to repaint after a
// filter change and pans stutter. Zoomed out, every node is a few pixels wide and no label is
// legible, so this draws the same picture directly into pixels: nodes as discs and boxes in their
// colours, edges as blended one-pixel lines, country names on top, the selection and the hovered
// neighbourhood outlined. A full frame is a few milliseconds per 10k elements; while the viewport
// moves, the last full frame is shown moved and the new one drawn in slices (overviewFrame.ts),
// so a pan or zoom frame does not pay for every element.
//
// While the overview is active, Cytoscape keeps the elements, the viewport, hit-testing and
// events (tap, hover, drag to pan, wheel to zoom) but its redraw requests are rerouted here, and
// its canvases are hidden. Zoomed in past OVERVIEW_MAX_ZOOM, Cytoscape draws again (and culls to
// the viewport, so it stays cheap).
import type { Core } from 'cytoscape';
import type { Visibility } from '../graph/filter';
import type { GraphModel } from '../graph/model';
import { EVENT_COLOURS, NO_COUNTRY_COLOUR } from '../graph/style';
import { registerSettleSource } from '../settle';
import type { View } from './overviewFrame';
import { compileLook, packed, type AnalysisLook, type CompiledLook } from './overviewLook';
import { drawOverlays, type OverlayScene } from './overviewOverlays';
import { BACKGROUND, type RasterScene } from './overviewRaster';
import { rendererProblem, warmupProblem, type Renderer } from './overviewRenderer';
import { OverviewScreen, SLICE_MS } from './overviewScreen';
import { OverviewHitTest, type HitRenderer } from './overviewHitTest';
import { flag } from './flags';
import { StyleWarmup } from './warmup';
import { mark } from './marks';

export { rendererProblem, warmupProblem };
import { OVERVIEW_MAX_ZOOM } from './overviewZoom';
import { setFlags } from './overviewVisibility';
export { OVERVIEW_MAX_ZOOM };

export class Overview {
  readonly canvas: HTMLCanvasElement;
  /** The screen canvas and the kept frame behind it (overviewScreen.ts). */
  private readonly screen: OverviewScreen;
  private readonly renderer: Renderer | null;
  private readonly originalRedraw: Renderer['redraw'] | null = null;
  private readonly originalFlush: (() => void) | null = null;
  /** Why the overview cannot take over from this Cytoscape (null when it can). */
  readonly fallbackReason: string | null;
  /** Styles computed ahead, in slices, for Cytoscape's drawing (warmup.ts). */
  private readonly warmup: StyleWarmup | null = null;
  /** Cytoscape's hit tests answered from the overview's positions (overviewHitTest.ts). */
  private readonly hits: OverviewHitTest | null = null;
  /** Cytoscape's drawing is wanted but the warm-up is not done: the overview draws meanwhile. */
  private handover = false;
  private readonly n: number;
  private readonly xs: Float32Array;
  private readonly ys: Float32Array;
  private readonly fill: Uint32Array;
  /** 0 entity, 1 event, 2 country. */
  private readonly shape: Uint8Array;
  private readonly src: Int32Array;
  private readonly tgt: Int32Array;
  private readonly relation: Uint8Array;
  private readonly nodeIndex = new Map<string, number>();
  private readonly edgeIndex = new Map<string, number>();
  private readonly countries: number[] = [];
  private nodeOn: Uint8Array;
  /** What nodeOn and edgeOn were last set from. */
  private visibility: Visibility | null = null;
  private edgeOn: Uint8Array;
  /** The picture changed since the last full frame (not only the viewport): the next one is in full. */
  private dirty = true;
  private readonly unregisterSettle: () => void;
  private frame = 0;
  private active = false;
  private quiet = false;
  private selected: string | null = null;
  private hovered: string | null = null;
  private lang: 'en' | 'fa' = 'en';
  /** The analysis (dimming, paths, focus, sizes, communities) compiled for drawing; null when none. */
  private look: CompiledLook | null = null;
  /** Called after each overview frame has been drawn (for the `kavosh:` paint marks). */
  onDraw: (() => void) | null = null;
  /** Whether the current filters show an element (set by the canvas; cy's classes may lag). */
  isShown: (id: string) => boolean = () => true;
  /** Called when Cytoscape takes over again, so pending class updates can be flushed first. */
  onLeave: (() => void) | null = null;

  /**
   * `placed`: whether the nodes already stand where they belong; if not (a layout is being
   * computed), frames show the empty background until readPositions().
   */
  constructor(
    private readonly cy: Core,
    private readonly model: GraphModel,
    colours: Map<string, string>,
    private placed = true,
  ) {
    const { nodes, edges } = model;
    this.n = nodes.length;
    this.xs = new Float32Array(nodes.length);
    this.ys = new Float32Array(nodes.length);
    this.fill = new Uint32Array(nodes.length);
    this.shape = new Uint8Array(nodes.length);
    this.nodeOn = new Uint8Array(nodes.length).fill(1);
    nodes.forEach((node, i) => {
      this.nodeIndex.set(node.id, i);
      const colour = node.type === 'event' ? (EVENT_COLOURS[node.kind] ?? '#eeeeee') : (colours.get(node.country ?? '') ?? NO_COUNTRY_COLOUR);
      this.fill[i] = packed(colour);
      this.shape[i] = node.type === 'event' ? 1 : node.kind === 'country' ? 2 : 0;
      if (node.kind === 'country') this.countries.push(i);
    });
    this.src = new Int32Array(edges.length);
    this.tgt = new Int32Array(edges.length);
    this.relation = new Uint8Array(edges.length);
    this.edgeOn = new Uint8Array(edges.length).fill(1);
    edges.forEach((edge, i) => {
      this.edgeIndex.set(edge.id, i);
      this.src[i] = this.nodeIndex.get(edge.source) ?? -1;
      this.tgt[i] = this.nodeIndex.get(edge.target) ?? -1;
      this.relation[i] = edge.type === 'relation' ? 1 : 0;
    });
    this.readPositions();

    const sliceFlag = flag('overviewSlice');
    this.screen = new OverviewScreen(
      () => this.scene(),
      (ctx, view) => drawOverlays(ctx, this.overlayScene(), view),
      // `?overviewSlice=0`: one step of a moved viewport's frame per frame (the end-to-end tests:
      // the exact picture then takes several frames, which the settled signal must wait for).
      sliceFlag === null ? SLICE_MS : Number(sliceFlag),
    );
    this.canvas = this.screen.canvas;
    this.canvas.className = 'graph-overview';
    this.canvas.setAttribute('aria-hidden', 'true');
    Object.assign(this.canvas.style, { position: 'absolute', inset: '0', pointerEvents: 'none', zIndex: '5', display: 'none' });
    cy.container()?.appendChild(this.canvas);
    // Not settled while the screen shows a moved kept frame, or the exact one is still being drawn.
    this.unregisterSettle = registerSettleSource('overview', () => this.picturePending());

    // Reroute Cytoscape's redraw requests while the overview is active (see the file comment).
    // Both methods are Cytoscape internals: a version that lacks them or uses them differently
    // leaves the overview unavailable, and Cytoscape draws every frame itself (slower, correct).
    const renderer = (cy as unknown as { renderer(): Renderer | undefined }).renderer();
    this.fallbackReason = rendererProblem(renderer) ?? warmupProblem(cy);
    if (renderer && this.fallbackReason === null) {
      const original = renderer.redraw;
      const flush = renderer.flushRenderedStyleQueue as () => void;
      this.originalRedraw = original;
      this.originalFlush = flush;
      let routed = false;
      renderer.redraw = (options?: unknown) => {
        routed = true;
        if (!this.active) original.call(renderer, options);
        else if (!this.quiet) this.schedule();
      };
      // Cytoscape also computes every dirty element's style and label sizes on frames it does not
      // draw (for its texture caches): seconds for a fresh 50k graph, in the frame the overview
      // wants. Hold that while the overview draws; warmUp() does it in idle time instead.
      renderer.flushRenderedStyleQueue = () => {
        if (!this.active) flush.call(renderer);
      };
      // Cytoscape's redraw requests must reach the patched method, or the overview and Cytoscape
      // would both draw (or the overview never would).
      cy.forceRender();
      if (!routed) {
        renderer.redraw = original;
        renderer.flushRenderedStyleQueue = flush;
        this.fallbackReason = 'cy.forceRender() no longer goes through the renderer\'s redraw()';
      }
    }
    this.renderer = this.fallbackReason === null ? (renderer ?? null) : null;
    if (this.renderer && this.originalFlush) {
      const flush = this.originalFlush;
      const own = this.renderer;
      // What Cytoscape's queue calls for each batch of updated elements (its texture caches).
      const onUpdate = (eles: unknown) => {
        for (const fn of own.onUpdateEleCalcsFns ?? []) fn(true, eles);
      };
      this.warmup = new StyleWarmup(cy, () => flush.call(own), () => this.warmedUp(), onUpdate, () => this.frame !== 0);
      const { n, xs, ys, src, tgt } = this;
      const source = { n, xs, ys, src, tgt, ready: () => this.active && this.placed, nodeId: (i: number) => (model.nodes[i] as { id: string }).id, edgeId: (e: number) => (model.edges[e] as { id: string }).id };
      this.hits = new OverviewHitTest(cy, own as unknown as HitRenderer, source);
      if (this.hits.problem) console.warn(`Kavosh: Cytoscape hit-tests every element under the overview (${this.hits.problem})`);
    }
    if (this.fallbackReason !== null && renderer) console.warn(`Kavosh: drawing large graphs with Cytoscape's own renderer (${this.fallbackReason})`);
  }

  /** Whether this browser lets the overview take over (it needs Cytoscape's canvas renderer). */
  get available(): boolean {
    return this.renderer !== null;
  }

  get isActive(): boolean {
    return this.active;
  }

  /** Whether Cytoscape's drawing was asked for and waits on the warm-up (the screen will change). */
  get handoverPending(): boolean {
    return this.active && this.handover;
  }

  /** Whether every element's style is computed ahead for Cytoscape's drawing. */
  get warm(): boolean {
    return this.warmup?.done ?? false;
  }

  readPositions(): void {
    this.placed = true;
    this.dirty = true;
    this.cy.nodes().forEach((node) => {
      const i = this.nodeIndex.get(node.id());
      if (i === undefined) return;
      const p = node.position();
      this.xs[i] = p.x;
      this.ys[i] = p.y;
    });
    this.hits?.positionsChanged();
  }

  /** A node dragged by the user. */
  moveNode(id: string, x: number, y: number): void {
    const i = this.nodeIndex.get(id);
    if (i === undefined) return;
    this.xs[i] = x;
    this.ys[i] = y;
    this.hits?.moved(i);
    this.dirty = true;
  }

  setVisibility(visibility: Visibility): void {
    const { model, nodeOn, edgeOn, nodeIndex, edgeIndex } = this;
    setFlags({ model, nodeOn, edgeOn, nodeIndex, edgeIndex }, visibility, this.visibility);
    this.visibility = visibility;
    this.dirty = true;
    if (this.active) this.schedule();
  }

  setHighlight(selected: string | null, hovered: string | null): void {
    this.selected = selected;
    this.hovered = hovered;
    this.dirty = true;
    if (this.active) this.schedule();
  }

  /** The analysis classes, as the overview draws them (overviewLook.ts). */
  setAnalysis(look: AnalysisLook): void {
    const compiled = compileLook(this.model, look, this.fill, packed(BACKGROUND));
    this.look = compiled.active ? compiled : null;
    this.hits?.styleChanged();
    this.dirty = true;
    if (this.active) this.schedule();
  }

  setLang(lang: 'en' | 'fa'): void {
    this.lang = lang;
    // The canvas builds a new stylesheet for the language: the hit tests read its sizes again.
    this.hits?.styleChanged();
    this.dirty = true;
    if (this.active) this.schedule();
  }

  /** Switches between the overview and Cytoscape's own drawing; true when the overview is on. */
  update(wantOverview: boolean): boolean {
    if (!this.renderer) return false;
    if (wantOverview) this.handover = false;
    else if (this.active && this.warmup && !this.warmup.done) {
      // Cytoscape's first frame would compute every element's style at once (seconds, the tab
      // frozen at 100k): the overview keeps drawing while the warm-up finishes, as fast as it can.
      this.handover = true;
      this.warmup.hurry();
      return true;
    }
    if (wantOverview === this.active) return this.active;
    const canvases = this.renderer.data.canvasContainer;
    if (wantOverview) {
      this.active = true;
      // Drawn in full: what changed while Cytoscape drew (a dragged node) is in the overview's state.
      this.dirty = true;
      // A frame Cytoscape already asked for would draw every element once: drop it.
      (this.renderer as unknown as { requestedFrame?: boolean }).requestedFrame = false;
      this.canvas.style.display = 'block';
      // Transparent, not hidden: Cytoscape takes a mouse event only when its target is inside the
      // container (eventInContainer); with its canvases hidden the target was the container itself,
      // and presses, drags to pan and taps on nodes were all ignored under the overview.
      if (canvases) canvases.style.opacity = '0';
      this.schedule();
    } else {
      this.active = false;
      this.screen.drop();
      this.onLeave?.();
      cancelAnimationFrame(this.frame);
      this.frame = 0;
      // Keep the overview on screen until Cytoscape has painted its first frame.
      this.cy.one('render', () => {
        if (this.active) return;
        this.canvas.style.display = 'none';
        if (canvases) canvases.style.opacity = '';
      });
      this.renderer.redrawHint('eles', true);
      this.renderer.redrawHint('drag', true);
      this.originalRedraw?.call(this.renderer);
    }
    return this.active;
  }

  /** Runs `fn` (class updates the overview already shows) without scheduling another frame. */
  quietly(fn: () => void): void {
    this.quiet = true;
    try {
      fn();
    } finally {
      this.quiet = false;
    }
  }

  schedule(): void {
    if (this.frame !== 0) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      if (!this.active) return;
      this.tick();
      this.onDraw?.();
    });
  }

  /**
   * Computes every element's style, rendered sizes and bounds in slices (warmup.ts), so the first
   * zoom-in (when Cytoscape draws again) does not pay for all of them at once. Again after the
   * positions changed.
   */
  warmUp(): void {
    this.warmup?.start();
  }

  private warmedUp(): void {
    mark('kavosh:styles-warm');
    if (!this.handover) return;
    this.handover = false;
    // Still wanted: the reader has not zoomed back out meanwhile.
    this.update(this.cy.zoom() < OVERVIEW_MAX_ZOOM);
  }

  destroy(): void {
    cancelAnimationFrame(this.frame);
    this.screen.drop();
    this.unregisterSettle();
    this.warmup?.destroy();
    this.hits?.restore();
    if (this.renderer && this.originalFlush) this.renderer.flushRenderedStyleQueue = this.originalFlush;
    if (this.renderer && this.originalRedraw) this.renderer.redraw = this.originalRedraw;
    this.canvas.remove();
  }

  /** The viewport now, in the screen canvas's device pixels. */
  private currentView(): View {
    const dpr = window.devicePixelRatio || 1;
    const pan = this.cy.pan();
    const width = Math.max(1, Math.round(this.cy.width() * dpr));
    const height = Math.max(1, Math.round(this.cy.height() * dpr));
    return { zoom: this.cy.zoom() * dpr, ox: pan.x * dpr, oy: pan.y * dpr, width, height };
  }

  /** Whether the screen does not (yet) show the exact picture of the current state and viewport. */
  private picturePending(): boolean {
    if (!this.active || this.cy.destroyed()) return false;
    return this.dirty || this.frame !== 0 || this.screen.pending(this.currentView());
  }

  /** One overview frame: in full when the picture changed, else the kept frame, moved if need be. */
  private tick(): void {
    const dirty = this.dirty;
    this.dirty = false;
    if (this.screen.frame(this.currentView(), dirty)) this.schedule();
  }

  /** Draws one full frame at the current viewport, synchronously. */
  draw(): void {
    this.dirty = false;
    this.screen.full(this.currentView());
  }

  /** The graph as the pixels are drawn from it (overviewRaster.ts). */
  private scene(): RasterScene {
    const { n, xs, ys, fill, shape, src, tgt, relation, nodeOn, edgeOn, look, placed } = this;
    return { n, xs, ys, fill, shape, src, tgt, relation, nodeOn, edgeOn, look, placed };
  }

  /** What the overlays are drawn from (overviewOverlays.ts). */
  private overlayScene(): OverlayScene {
    const { model, xs, ys, src, tgt, nodeOn, edgeOn, countries, nodeIndex, edgeIndex, look, selected, hovered, lang } = this;
    return { model, xs, ys, src, tgt, nodeOn, edgeOn, nodeIndex, edgeIndex, countries, look, selected, hovered, lang };
  }
}
