// Holding Cytoscape's render loop while nothing on the graph changes, and while the graph cannot
// be seen (behind the curation workbench).
//
// Cytoscape's renderer runs one requestAnimationFrame loop for its whole life (3.x base renderer,
// redraw.mjs `startRenderLoop`): every frame it runs its beforeRender callbacks (animations,
// texture-cache dequeues, element calculations) and draws if a redraw was requested. With nothing
// to do, a frame asked for every 16 ms still keeps the browser producing frames: measured on the
// article, an idle explorer tab cost 0.12–0.16 of a core (renderer main thread, compositor and the
// display compositor), and 10–12 % behind the full-window workbench while typing there.
// Cytoscape has no public pause, and destroying the instance would throw away the large graph's
// overview, positions and caches.
//
// How it is held: the loop ends each frame with `r.skipFrame = false` followed at once by
// `requestAnimationFrame(renderFn)` (Cytoscape's util calls window.requestAnimationFrame at call
// time). skipFrame becomes an accessor here; when a hold is wanted and the graph is quiet, its
// setter swaps window.requestAnimationFrame for a one-shot that keeps the loop's callback instead
// of scheduling it and puts the real one back at once. Resuming requests the kept callback: the
// same loop carries on with its callbacks and queues as they were (nothing is dropped, only
// deferred).
//
// Two kinds of hold:
// - Idle (`idleFrames`): after that many frames in a row without a draw, no animation and nothing
//   the owner waits on. Anything that needs a frame wakes the loop at once: a redraw request
//   (`requestedFrame` becomes an accessor: every Cytoscape redraw, from style, data, viewport,
//   resize or input, ends by setting it), an animation started (elements' through
//   `cy.addToAnimationPool`, the viewport's through `cy.animate`/`cy.animation().play()`/`delay`)
//   or a new beforeRender callback. Texture
//   caches Cytoscape builds in spare frames may be left for the next wake: it draws elements
//   directly until their texture is ready, so the picture is the same.
// - Covered (`hold(true)`, the workbench): held even while redraws are requested (nothing can be
//   seen); uncovering requests one redraw so the picture is current.
//
// These are internals. A version that lacks them or behaves otherwise (no skipFrame, no frame
// requested straight after it, a loop that keeps running while held) gets Cytoscape's own
// behaviour: the loop is never held, and fallbackReason says why (as the overview does).
import type { Core } from 'cytoscape';
import type { AppStore } from '../store/store';

interface LoopRenderer {
  startRenderLoop?: unknown;
  beforeRenderCallbacks?: unknown;
  beforeRender?: unknown;
  requestedFrame?: boolean;
  destroyed?: boolean;
  webgl?: unknown;
}

/** The parts of a Cytoscape core the idle hold reads: its animations (kept in `_private`). */
const PRIVATE = '_private';
interface AnimatedCore {
  addToAnimationPool?: unknown;
  animate?: unknown;
  animation?: unknown;
  delay?: unknown;
  delayAnimation?: unknown;
  _private?: { aniEles?: { length: number }; animation?: { current?: unknown[]; queue?: unknown[] } };
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

/** What keeps this renderer's loop from being held while idle (on top of renderLoopProblem). */
export function idleHoldProblem(renderer: LoopRenderer, cy: AnimatedCore): string | null {
  // The WebGL renderer (the bench's ?webgl variant) draws through its own paths: never held idle.
  if (renderer.webgl) return 'the WebGL renderer';
  const requested = Object.getOwnPropertyDescriptor(renderer, 'requestedFrame');
  if (requested && (!requested.configurable || 'get' in requested || 'set' in requested)) return 'requestedFrame is not a plain property';
  if (typeof renderer.beforeRender !== 'function') return 'the renderer has no beforeRender()';
  for (const name of ['addToAnimationPool', 'animate', 'animation', 'delay', 'delayAnimation'] as const) {
    if (typeof cy[name] !== 'function') return `the core has no ${name}()`;
  }
  const p = cy[PRIVATE];
  if (typeof p?.aniEles?.length !== 'number' || !Array.isArray(p.animation?.current) || !Array.isArray(p.animation?.queue)) return 'the core keeps its animations elsewhere';
  return null;
}

export interface RenderLoopOptions {
  /**
   * Hold the loop after this many frames in a row without a draw, when nothing else needs a
   * frame (0: only while covered). Spare frames are where Cytoscape builds its texture caches.
   */
  idleFrames?: number;
}

export class RenderLoop {
  /** Why the loop cannot be held here (null when it can). */
  fallbackReason: string | null;
  /** Why the loop is not held while idle (null when it is). */
  readonly idleFallbackReason: string | null;
  private renderer: LoopRenderer | null;
  /** The loop's callback while it is held (its next frame, not yet requested). */
  private kept: FrameRequestCallback | null = null;
  /** Whether the graph is covered (held even while redraws are requested). */
  private want = false;
  /** Whether the loop was held during the current cover (then uncovering redraws). */
  private heldOnce = false;
  private skip: unknown;
  private requested: unknown;
  private readonly idleFrames: number;
  /** Frames in a row that ended without a draw. */
  private quietFrames = 0;
  private readonly restore: Array<() => void> = [];

  /**
   * `quiet`: whether the owner has nothing waiting on a frame (paint marks, a first paint); the
   * loop is held only at the end of a frame where that, no requested redraw and no running
   * animation hold together.
   */
  constructor(
    private readonly cy: Core,
    private readonly quiet: () => boolean = () => true,
    options: RenderLoopOptions = {},
  ) {
    const renderer = (cy as unknown as { renderer(): LoopRenderer | undefined }).renderer();
    this.fallbackReason = renderLoopProblem(renderer);
    this.renderer = this.fallbackReason === null ? (renderer ?? null) : null;
    this.idleFallbackReason = !this.renderer ? this.fallbackReason : options.idleFrames ? idleHoldProblem(this.renderer, cy as unknown as AnimatedCore) : 'not asked for';
    this.idleFrames = this.idleFallbackReason === null ? (options.idleFrames ?? 0) : 0;
    if (!this.renderer) return;
    const r = this.renderer;
    this.skip = (r as { skipFrame?: unknown }).skipFrame;
    this.accessor('skipFrame', () => this.skip, (value) => {
      this.skip = value;
      if (value === false) this.frameEnded();
    });
    if (!this.idleFrames) return;
    this.requested = r.requestedFrame;
    this.accessor('requestedFrame', () => this.requested, (value) => {
      this.requested = value;
      // The loop clears the request as it starts drawing; every redraw request sets it.
      if (value === false) this.quietFrames = 0;
      else if (value) this.wakeFromIdle();
    });
    // Element animations join the core's pool as they are played; viewport (core) animations are
    // only queued on the core, so the methods that make and play them wake the loop too.
    const core = cy as unknown as Record<string, (...args: unknown[]) => unknown>;
    const wrapped: Array<[string, (...args: unknown[]) => unknown]> = [];
    const wrap = (name: string, after: (result: unknown) => void) => {
      const original = core[name] as (...args: unknown[]) => unknown;
      wrapped.push([name, original]);
      core[name] = (...args: unknown[]) => {
        const result = original.apply(cy, args);
        after(result);
        return result;
      };
    };
    const wakeOnPlay = (animation: unknown) => {
      const ani = animation as { play?: (...args: unknown[]) => unknown } | null;
      const play = ani?.play;
      if (!ani || typeof play !== 'function') return;
      ani.play = (...args: unknown[]) => {
        const result = play.apply(ani, args);
        this.wakeFromIdle();
        return result;
      };
    };
    wrap('addToAnimationPool', () => this.wakeFromIdle());
    for (const name of ['animate', 'delay']) wrap(name, () => this.wakeFromIdle());
    for (const name of ['animation', 'delayAnimation']) wrap(name, wakeOnPlay);
    const beforeRender = r.beforeRender as (...args: unknown[]) => void;
    r.beforeRender = (...args: unknown[]) => {
      beforeRender.apply(r, args);
      this.wakeFromIdle();
    };
    this.restore.push(() => {
      for (const [name, original] of wrapped) {
        Reflect.deleteProperty(core, name); // the prototype's again
        if (core[name] !== original) core[name] = original;
      }
      r.beforeRender = beforeRender;
      Object.defineProperty(r, 'requestedFrame', { configurable: true, enumerable: true, writable: true, value: this.requested });
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
   * Covers the graph (held from the end of the next quiet frame, even while redraws are
   * requested) or uncovers it. Uncovering after the loop was held requests one redraw, so the
   * picture is current.
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
    this.quietFrames = 0;
    this.resume();
  }

  destroy(): void {
    this.want = false;
    this.resume();
    for (const undo of this.restore.splice(0)) undo();
    if (this.renderer) {
      Object.defineProperty(this.renderer, 'skipFrame', { configurable: true, enumerable: true, writable: true, value: this.skip });
    }
  }

  private accessor(name: string, get: () => unknown, set: (value: unknown) => void): void {
    Object.defineProperty(this.renderer, name, { configurable: true, enumerable: true, get, set });
  }

  /** Work that needs a frame arrived: an idle hold ends (a cover does not). */
  private wakeFromIdle(): void {
    this.quietFrames = 0;
    if (!this.want) this.resume();
  }

  private resume(): void {
    const kept = this.kept;
    if (!kept) return;
    this.kept = null;
    window.requestAnimationFrame(kept);
  }

  private animating(): boolean {
    if (this.cy.animated()) return true;
    const p = (this.cy as unknown as AnimatedCore)[PRIVATE];
    return !!p && ((p.aniEles?.length ?? 0) > 0 || (p.animation?.current?.length ?? 0) > 0 || (p.animation?.queue?.length ?? 0) > 0);
  }

  private frameEnded(): void {
    if (this.kept) {
      // A loop frame ended while the loop was held: what was kept was not the loop's callback.
      this.giveUp('the render loop kept running while held');
      return;
    }
    if (!this.renderer || this.renderer.requestedFrame || !this.quiet()) return;
    if (this.want) {
      if (!this.cy.animated()) this.keepNextFrame();
      return;
    }
    if (!this.idleFrames || this.animating()) return;
    this.quietFrames += 1;
    if (this.quietFrames >= this.idleFrames) this.keepNextFrame();
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
    console.warn(`Kavosh: Cytoscape's render loop keeps running while nothing changes (${reason})`);
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
