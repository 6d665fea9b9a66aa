// @vitest-environment jsdom
// Holding Cytoscape's render loop relies on internals of its 3.x renderer (renderLoop.ts). These
// tests run a real Cytoscape canvas renderer (on a mocked 2D context) with frames driven by fake
// timers, so "no frame ran" is counted, not guessed: held, the loop runs nothing; resumed, it runs
// what was deferred and redraws. With the internals taken away or behaving otherwise (as a newer
// Cytoscape might), the loop is never held and keeps running.
import 'vitest-canvas-mock';
import cytoscape, { type Core } from 'cytoscape';
import { RenderLoop, renderLoopProblem } from './renderLoop';

type Internals = {
  startRenderLoop?: unknown;
  beforeRender(fn: (willDraw: boolean) => void, priority: number): void;
  render(options?: unknown): void;
  requestedFrame?: boolean;
  skipFrame?: unknown;
};

const FRAME = 16;
const instances: Core[] = [];
const loops: RenderLoop[] = [];

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame'] });
});

afterEach(() => {
  for (const loop of loops.splice(0)) loop.destroy();
  for (const cy of instances.splice(0)) cy.destroy();
  vi.useRealTimers();
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

/** A drawn graph whose loop is running, with a counter of its frames (a beforeRender callback). */
function makeCy(): { cy: Core; renderer: Internals; frames: () => number; draws: () => number } {
  const container = document.createElement('div');
  document.body.appendChild(container);
  const cy = cytoscape({
    container,
    elements: [{ data: { id: 'a' } }, { data: { id: 'b' } }, { data: { id: 'ab', source: 'a', target: 'b' } }],
    layout: { name: 'grid' },
  });
  instances.push(cy);
  const renderer = (cy as unknown as { renderer(): Internals }).renderer();
  let frames = 0;
  let draws = 0;
  renderer.beforeRender(() => (frames += 1), 0);
  cy.on('render', () => (draws += 1));
  vi.advanceTimersByTime(3 * FRAME);
  return { cy, renderer, frames: () => frames, draws: () => draws };
}

function loopOf(cy: Core, quiet?: () => boolean, idleFrames = 0): RenderLoop {
  const loop = new RenderLoop(cy, quiet, { idleFrames });
  loops.push(loop);
  return loop;
}

describe('holding Cytoscape 3.35’s render loop while nothing changes', () => {
  const IDLE = 10;
  /** A graph whose loop has just been held idle. */
  function idleCy() {
    const made = makeCy();
    const loop = loopOf(made.cy, undefined, IDLE);
    expect(loop.idleFallbackReason).toBeNull();
    vi.advanceTimersByTime((IDLE + 2) * FRAME);
    expect(loop.isHeld).toBe(true);
    return { ...made, loop };
  }

  it('is held after that many frames without a draw, and then runs no frame', () => {
    const { frames, draws } = idleCy();
    const [f, d] = [frames(), draws()];
    vi.advanceTimersByTime(50 * FRAME);
    expect(frames()).toBe(f);
    expect(draws()).toBe(d);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('wakes for a redraw a style change asks for, draws it once and is held again', () => {
    const { cy, loop, draws } = idleCy();
    const before = draws();
    cy.$('#a').style('background-color', 'red');
    expect(loop.isHeld).toBe(false);
    vi.advanceTimersByTime(2 * FRAME);
    expect(draws()).toBe(before + 1);
    vi.advanceTimersByTime((IDLE + 2) * FRAME);
    expect(loop.isHeld).toBe(true);
    expect(draws()).toBe(before + 1);
  });

  it('wakes for a viewport change, an element animation and a new callback, and runs each to its end', () => {
    const { cy, renderer, loop } = idleCy();
    cy.pan({ x: 10, y: 20 });
    expect(loop.isHeld).toBe(false);
    vi.advanceTimersByTime((IDLE + 2) * FRAME);
    expect(loop.isHeld).toBe(true);

    const node = cy.$('#a');
    node.animate({ position: { x: 300, y: 200 } }, { duration: 20 * FRAME });
    expect(loop.isHeld).toBe(false);
    vi.advanceTimersByTime(30 * FRAME);
    expect(node.position()).toEqual({ x: 300, y: 200 });
    vi.advanceTimersByTime((IDLE + 2) * FRAME);
    expect(loop.isHeld).toBe(true);

    cy.animate({ zoom: 2 }, { duration: 5 * FRAME });
    vi.advanceTimersByTime(10 * FRAME);
    expect(cy.zoom()).toBe(2);

    vi.advanceTimersByTime((IDLE + 2) * FRAME);
    const later = cy.animation({ pan: { x: 5, y: 5 }, duration: 3 * FRAME });
    vi.advanceTimersByTime((IDLE + 2) * FRAME);
    expect(loop.isHeld).toBe(true);
    later.play();
    expect(loop.isHeld).toBe(false);
    vi.advanceTimersByTime(6 * FRAME);
    expect(cy.pan()).toEqual({ x: 5, y: 5 });

    vi.advanceTimersByTime((IDLE + 2) * FRAME);
    let ran = 0;
    renderer.beforeRender(() => (ran += 1), 0);
    vi.advanceTimersByTime(2 * FRAME);
    expect(ran).toBeGreaterThan(0);
  });

  it('is not held while the owner waits on a frame, and wake() restarts the count', () => {
    const { cy, frames } = makeCy();
    let quiet = false;
    const loop = loopOf(cy, () => quiet, IDLE);
    vi.advanceTimersByTime(3 * IDLE * FRAME);
    expect(loop.isHeld).toBe(false);
    quiet = true;
    vi.advanceTimersByTime((IDLE + 2) * FRAME);
    expect(loop.isHeld).toBe(true);
    loop.wake();
    const woken = frames();
    vi.advanceTimersByTime((IDLE - 2) * FRAME);
    expect(loop.isHeld).toBe(false);
    expect(frames()).toBeGreaterThan(woken);
  });

  it('covered, a redraw waits for the cover to lift; uncovered, it is drawn', () => {
    const { cy, loop, draws } = idleCy();
    loop.hold(true);
    const before = draws();
    cy.$('#b').style('background-color', 'blue');
    vi.advanceTimersByTime(20 * FRAME);
    expect(loop.isHeld).toBe(true);
    expect(draws()).toBe(before);
    loop.hold(false);
    vi.advanceTimersByTime(2 * FRAME);
    expect(draws()).toBe(before + 1);
  });

  it('gives the core and the renderer back as they were when destroyed', () => {
    const { cy, renderer, loop, frames } = idleCy();
    const core = cy as unknown as Record<string, unknown>;
    loop.destroy();
    expect(Object.prototype.hasOwnProperty.call(core, 'addToAnimationPool')).toBe(false);
    expect(Object.getOwnPropertyDescriptor(renderer, 'requestedFrame')).toMatchObject({ writable: true });
    const f = frames();
    vi.advanceTimersByTime(5 * FRAME);
    expect(frames()).toBeGreaterThan(f);
  });

  it('is not held while idle where the internals it needs are missing or differ', () => {
    const { cy, renderer } = makeCy();
    Object.defineProperty(renderer, 'requestedFrame', { configurable: true, get: () => false, set: () => {} });
    expect(loopOf(cy, undefined, IDLE).idleFallbackReason).toBe('requestedFrame is not a plain property');
    const other = makeCy();
    (other.cy as unknown as Record<string, unknown>).delayAnimation = undefined;
    const loop = loopOf(other.cy, undefined, IDLE);
    expect(loop.idleFallbackReason).toBe('the core has no delayAnimation()');
    const f = other.frames();
    vi.advanceTimersByTime(3 * IDLE * FRAME);
    expect(loop.isHeld).toBe(false);
    expect(other.frames()).toBeGreaterThan(f + 2 * IDLE);
  });
});

describe('holding Cytoscape 3.35’s render loop', () => {
  it('runs no frame while held, and resumes the same loop with one redraw', () => {
    const { cy, frames, draws } = makeCy();
    expect(frames()).toBeGreaterThan(0);
    const loop = loopOf(cy);
    expect(loop.fallbackReason).toBeNull();
    loop.hold(true);
    vi.advanceTimersByTime(2 * FRAME);
    expect(loop.isHeld).toBe(true);
    const [heldFrames, heldDraws] = [frames(), draws()];
    cy.forceRender(); // a redraw asked for while held waits
    vi.advanceTimersByTime(20 * FRAME);
    expect(frames()).toBe(heldFrames);
    expect(draws()).toBe(heldDraws);
    expect(vi.getTimerCount()).toBe(0); // no frame requested at all

    loop.hold(false);
    expect(loop.isHeld).toBe(false);
    vi.advanceTimersByTime(2 * FRAME);
    expect(frames()).toBeGreaterThan(heldFrames);
    expect(draws()).toBe(heldDraws + 1);
  });

  it('defers, and does not lose, an animation and a callback added while held', () => {
    const { cy, renderer } = makeCy();
    const loop = loopOf(cy);
    loop.hold(true);
    vi.advanceTimersByTime(2 * FRAME);
    expect(loop.isHeld).toBe(true);
    let late = 0;
    renderer.beforeRender(() => (late += 1), 0);
    cy.animate({ zoom: 2 }, { duration: 5 * FRAME });
    const zoom = cy.zoom();
    vi.advanceTimersByTime(20 * FRAME);
    expect(cy.zoom()).toBe(zoom);
    expect(late).toBe(0);
    loop.hold(false);
    vi.advanceTimersByTime(10 * FRAME);
    expect(late).toBeGreaterThan(0);
    expect(cy.zoom()).toBe(2);
    expect(cy.animated()).toBe(false);
  });

  it('holds only at the end of a quiet frame, and wake() runs it until quiet again', () => {
    const { cy, frames } = makeCy();
    let quiet = false;
    const loop = loopOf(cy, () => quiet);
    loop.hold(true);
    vi.advanceTimersByTime(5 * FRAME);
    expect(loop.isHeld).toBe(false);
    quiet = true;
    vi.advanceTimersByTime(2 * FRAME);
    expect(loop.isHeld).toBe(true);

    quiet = false;
    loop.wake();
    const woken = frames();
    vi.advanceTimersByTime(5 * FRAME);
    expect(frames()).toBeGreaterThanOrEqual(woken + 4);
    expect(loop.isHeld).toBe(false);
    quiet = true;
    vi.advanceTimersByTime(2 * FRAME);
    expect(loop.isHeld).toBe(true);
  });

  it('is not held while a redraw or a viewport animation is pending', () => {
    const { cy } = makeCy();
    const loop = loopOf(cy);
    cy.animate({ pan: { x: 40, y: 40 } }, { duration: 6 * FRAME });
    loop.hold(true);
    vi.advanceTimersByTime(2 * FRAME);
    expect(cy.animated()).toBe(true);
    expect(loop.isHeld).toBe(false);
    vi.advanceTimersByTime(10 * FRAME);
    expect(cy.pan()).toEqual({ x: 40, y: 40 });
    expect(loop.isHeld).toBe(true);
  });

  it('leaves the renderer as it was when destroyed', () => {
    const { cy, renderer, frames } = makeCy();
    const loop = loopOf(cy);
    loop.hold(true);
    vi.advanceTimersByTime(2 * FRAME);
    loop.destroy();
    expect(Object.getOwnPropertyDescriptor(renderer, 'skipFrame')).toMatchObject({ writable: true, value: false });
    const before = frames();
    vi.advanceTimersByTime(3 * FRAME);
    expect(frames()).toBeGreaterThan(before);
  });
});

describe('falling back to a loop that is never held', () => {
  const keepsRunning = (loop: RenderLoop, frames: () => number) => {
    loop.hold(true);
    vi.advanceTimersByTime(3 * FRAME);
    const before = frames();
    vi.advanceTimersByTime(5 * FRAME);
    expect(loop.isHeld).toBe(false);
    expect(frames()).toBeGreaterThanOrEqual(before + 4);
  };

  it('when startRenderLoop() is missing', () => {
    const { cy, renderer, frames } = makeCy();
    renderer.startRenderLoop = undefined; // it lives on the prototype
    const loop = loopOf(cy);
    expect(loop.available).toBe(false);
    expect(loop.fallbackReason).toMatch(/startRenderLoop/);
    keepsRunning(loop, frames);
  });

  it('when the loop no longer goes through skipFrame', () => {
    const { cy, renderer, frames } = makeCy();
    renderer.startRenderLoop = function () {
      /* a newer loop */
    };
    const loop = loopOf(cy);
    expect(loop.fallbackReason).toMatch(/skipFrame/);
    keepsRunning(loop, frames);
  });

  it('when skipFrame is not a plain property', () => {
    const { cy, renderer, frames } = makeCy();
    const ignored = () => {
      /* a setter that keeps nothing */
    };
    Object.defineProperty(renderer, 'skipFrame', { configurable: false, get: () => false, set: ignored });
    const loop = loopOf(cy);
    expect(loop.fallbackReason).toMatch(/skipFrame is not a plain property/);
    keepsRunning(loop, frames);
  });

  it('reports a headless instance', () => {
    expect(renderLoopProblem(undefined)).toMatch(/headless/);
    const cy = cytoscape({ headless: true });
    instances.push(cy);
    expect(loopOf(cy).available).toBe(false);
  });

  // Stand-ins for a newer renderer whose loop looks the same from outside but behaves otherwise
  // (its code still mentions skipFrame, as the check reads it).
  type Fake = { skipFrame?: unknown; frames: number; beforeRenderCallbacks: unknown[]; startRenderLoop(): void };
  function fakeCy(renderer: Fake): Core {
    return { renderer: () => renderer, animated: () => false, destroyed: () => false, forceRender: () => undefined } as unknown as Core;
  }

  it('when the next frame is not requested right after skipFrame is cleared', async () => {
    const renderer: Fake = {
      frames: 0,
      beforeRenderCallbacks: [],
      startRenderLoop() {
        const frame = () => {
          this.frames += 1;
          this.skipFrame = false;
          void Promise.resolve().then(() => requestAnimationFrame(frame)); // later, not at once
        };
        frame();
      },
    };
    const cy = fakeCy(renderer);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const loop = loopOf(cy);
    renderer.startRenderLoop();
    expect(loop.available).toBe(true);
    loop.hold(true);
    await vi.advanceTimersByTimeAsync(3 * FRAME);
    expect(loop.available).toBe(false);
    expect(loop.fallbackReason).toMatch(/right after clearing skipFrame/);
    expect(warn).toHaveBeenCalledOnce();
    const before = renderer.frames;
    await vi.advanceTimersByTimeAsync(5 * FRAME);
    expect(renderer.frames).toBeGreaterThanOrEqual(before + 4);
  });

  it('when the loop keeps running after its frame was kept, giving back what was kept', () => {
    let other = 0;
    const renderer: Fake = {
      frames: 0,
      beforeRenderCallbacks: [],
      startRenderLoop() {
        const frame = () => {
          this.frames += 1;
          this.skipFrame = false;
          requestAnimationFrame(() => (other += 1)); // someone else's frame comes first
          requestAnimationFrame(frame);
        };
        frame();
      },
    };
    const cy = fakeCy(renderer);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const loop = loopOf(cy);
    renderer.startRenderLoop();
    loop.hold(true);
    vi.advanceTimersByTime(FRAME);
    const othersBefore = other;
    vi.advanceTimersByTime(FRAME);
    expect(loop.fallbackReason).toMatch(/kept running while held/);
    expect(loop.isHeld).toBe(false);
    vi.advanceTimersByTime(3 * FRAME);
    // Every "other" frame asked for before the last loop frame ran, the kept one included.
    expect(other).toBe(renderer.frames - 1);
    expect(other).toBeGreaterThan(othersBefore);
  });
});
