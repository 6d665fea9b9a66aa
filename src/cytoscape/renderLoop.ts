// Holding Cytoscape's render loop while the graph cannot be seen (behind the curation workbench).
//
// Cytoscape's renderer runs one requestAnimationFrame loop for its whole life (3.x base renderer,
// redraw.mjs `startRenderLoop`): every frame it runs its beforeRender callbacks (animations,
// texture-cache dequeues, element calculations) and draws if a redraw was requested. With nothing
// to do, a frame asked for every 16 ms still keeps the browser producing frames: behind the
// full-window workbench that was 10–12 % of a core against ~2 % without it, while typing there.
// Cytoscape has no public pause, and destroying the instance would throw away the large graph's
// overview, positions and caches.
//
// How it is held: the loop ends each frame with `r.skipFrame = false` followed at once by
// `requestAnimationFrame(renderFn)` (Cytoscape's util calls window.requestAnimationFrame at call
// time). skipFrame becomes an accessor here; when a hold is wanted and the graph is quiet, its
// setter swaps window.requestAnimationFrame for a one-shot that keeps the loop's callback instead
// of scheduling it and puts the real one back at once. Resuming requests the kept callback: the
// same loop carries on with its callbacks and queues as they were (nothing is dropped, only
// deferred), and one redraw is requested so the picture is current.
//
// These are internals. A version that lacks them or behaves otherwise (no skipFrame, no frame
// requested straight after it, a loop that keeps running while held) gets Cytoscape's own
// behaviour: the loop is never held, and fallbackReason says why (as the overview does).
import type { Core } from 'cytoscape';
import type { AppStore } from '../store/store';

interface LoopRenderer {
  startRenderLoop?: unknown;
  beforeRenderCallbacks?: unknown;
  requestedFrame?: boolean;
  destroyed?: boolean;
  webgl?: unknown;
}

const RAF = 'requestAnimationFrame';

/** What keeps this renderer's loop from being held, or null if nothing does. */
export function renderLoopProblem(renderer: LoopRenderer | undefined | null): string | null {
  if (!renderer) return 'no renderer (headless)';
  if (renderer.destroyed) return 'the renderer is destroyed';
  if (typeof renderer.startRenderLoop !== 'function') return 'the renderer has no startRenderLoop()';
  if (!Array.isArray(renderer.beforeRenderCallbacks)) return 'the renderer keeps no beforeRender callbacks';
  // The loop's own code must end its frames through skipFrame (property names survive minifying).
  if (!/\bskipFrame\b/.test(Function.prototype.toString.call(renderer.startRenderLoop))) return 'the render loop no longer uses skipFrame';
  const skip = Object.getOwnPropertyDescriptor(renderer, 'skipFrame');
  if (skip && (!skip.configurable || 'get' in skip || 'set' in skip)) return 'skipFrame is not a plain property';
  if (typeof window === 'undefined' || typeof window[RAF] !== 'function') return 'no requestAnimationFrame';
  const raf = Object.getOwnPropertyDescriptor(window, RAF);
  if (raf && !raf.configurable) return 'window.requestAnimationFrame cannot be replaced';
  return null;
}

export class RenderLoop {
  /** Why the loop cannot be held here (null when it can). */
  fallbackReason: string | null;
  private renderer: LoopRenderer | null;
  /** The loop's callback while it is held (its next frame, not yet requested). */
  private kept: FrameRequestCallback | null = null;
  private want = false;
  /** Whether the loop was held during the current hold (then resuming redraws). */
  private heldOnce = false;
  private skip: unknown;

  /**
   * `quiet`: whether the owner has nothing waiting on a frame (paint marks, a first paint); the
   * loop is held only at the end of a frame where that, no requested redraw and no running
   * viewport animation hold together.
   */
  constructor(
    private readonly cy: Core,
    private readonly quiet: () => boolean = () => true,
  ) {
    const renderer = (cy as unknown as { renderer(): LoopRenderer | undefined }).renderer();
    this.fallbackReason = renderLoopProblem(renderer);
    this.renderer = this.fallbackReason === null ? (renderer ?? null) : null;
    if (!this.renderer) return;
    this.skip = (this.renderer as { skipFrame?: unknown }).skipFrame;
    Object.defineProperty(this.renderer, 'skipFrame', {
      configurable: true,
      enumerable: true,
      get: () => this.skip,
      set: (value: unknown) => {
        this.skip = value;
        if (value === false) this.frameEnded();
      },
    });
  }

  /** Whether this Cytoscape's loop can be held. */
  get available(): boolean {
    return this.renderer !== null;
  }

  /** Whether the loop is held right now (no frame of it requested). */
  get isHeld(): boolean {
    return this.kept !== null;
  }

  /**
   * Holds the loop (from the end of the next quiet frame) or lets it run again. Letting it run
   * after it was held requests one redraw, so the picture is current.
   */
  hold(on: boolean): void {
    if (on === this.want) return;
    this.want = on;
    if (on) {
      this.heldOnce = false;
      return;
    }
    this.resume();
    if (this.heldOnce && !this.cy.destroyed()) this.cy.forceRender();
    this.heldOnce = false;
  }

  /**
   * Something waits on a frame (a paint mark, an animation, the settled signal): the loop runs
   * again until the graph is quiet, then is held again if a hold is still wanted.
   */
  wake(): void {
    this.resume();
  }

  destroy(): void {
    this.want = false;
    this.resume();
    if (this.renderer) {
      Object.defineProperty(this.renderer, 'skipFrame', { configurable: true, enumerable: true, writable: true, value: this.skip });
    }
  }

  private resume(): void {
    const kept = this.kept;
    if (!kept) return;
    this.kept = null;
    window.requestAnimationFrame(kept);
  }

  private frameEnded(): void {
    if (this.kept) {
      // A loop frame ended while the loop was held: what was kept was not the loop's callback.
      this.giveUp('the render loop kept running while held');
      return;
    }
    if (!this.want || !this.renderer || this.renderer.requestedFrame || this.cy.animated() || !this.quiet()) return;
    this.keepNextFrame();
  }

  /** Takes the very next requestAnimationFrame call, which must be the loop's own. */
  private keepNextFrame(): void {
    const own = Object.getOwnPropertyDescriptor(window, RAF);
    const restore = () => {
      if (own) Object.defineProperty(window, RAF, own);
      else Reflect.deleteProperty(window, RAF);
    };
    let taken = false;
    Object.defineProperty(window, RAF, {
      configurable: true,
      enumerable: own?.enumerable ?? true,
      writable: true,
      value: (callback: FrameRequestCallback) => {
        restore();
        taken = true;
        this.kept = callback;
        this.heldOnce = true;
        return 0;
      },
    });
    queueMicrotask(() => {
      if (taken) return;
      restore();
      this.giveUp('the render loop no longer requests its next frame right after clearing skipFrame');
    });
  }

  private giveUp(reason: string): void {
    this.fallbackReason = reason;
    this.destroy();
    this.renderer = null;
    console.warn(`Kavosh: Cytoscape's render loop keeps running behind the workbench (${reason})`);
  }
}

/** Holds the loop while the curation workbench, a full-window dialog, covers the graph. */
export function holdWhileWorkbenchOpen(loop: RenderLoop, store: AppStore): () => void {
  const apply = () => loop.hold(store.getState().workbenchOpen);
  apply();
  const unsubscribe = store.subscribe(apply);
  return () => {
    unsubscribe();
    loop.hold(false);
  };
}
