// @vitest-environment jsdom
// The overview's screen (overviewScreen.ts) on a mocked 2D context: when a frame is drawn in full,
// when the kept frame is only moved while the full frame for the new viewport is drawn in slices,
// that the slices end with the same pixels a full frame draws, and that the overview's settled
// signal waits for them.
import 'vitest-canvas-mock';
import cytoscape, { type ElementDefinition } from 'cytoscape';
import { toElements } from '../graph/elements';
import { buildGraphModel } from '../graph/model';
import { countryColours } from '../graph/style';
import { generateCorpus, validateCorpus } from '../graph/synth';
import { busySources } from '../settle';
import { Overview } from './overview';
import type { View } from './overviewFrame';
import type { RasterScene } from './overviewRaster';
import { OverviewScreen } from './overviewScreen';

/** A scene of `n` nodes in a 2000 × 1000 box and 2n edges between them, seeded. */
function sceneOf(n: number): RasterScene {
  let seed = 7;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const xs = Float32Array.from({ length: n }, () => random() * 2000);
  const ys = Float32Array.from({ length: n }, () => random() * 1000);
  const src = Int32Array.from({ length: 2 * n }, () => Math.floor(random() * n));
  const tgt = Int32Array.from({ length: 2 * n }, () => Math.floor(random() * n));
  return {
    n,
    xs,
    ys,
    fill: new Uint32Array(n).fill(0xff3366cc),
    shape: Uint8Array.from({ length: n }, (_, i) => i % 3),
    src,
    tgt,
    relation: Uint8Array.from({ length: 2 * n }, (_, i) => i % 2),
    nodeOn: new Uint8Array(n).fill(1),
    edgeOn: new Uint8Array(2 * n).fill(1),
    look: null,
    placed: true,
  };
}

const view = (zoom: number, ox: number, oy: number): View => ({ zoom, ox, oy, width: 400, height: 300 });

/** Copies of the pixels put into any canvas, in order. */
function recordPuts(): Uint8ClampedArray[] {
  const puts: Uint8ClampedArray[] = [];
  vi.spyOn(CanvasRenderingContext2D.prototype, 'putImageData').mockImplementation((image: ImageData) => {
    puts.push(new Uint8ClampedArray(image.data));
  });
  return puts;
}

/** The first index where two pixel arrays differ, or -1 (toEqual takes seconds on a million bytes). */
function firstDifference(a: Uint8ClampedArray, b: Uint8ClampedArray): number {
  if (a.length !== b.length) return 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return i;
  return -1;
}

afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

describe('the overview screen', () => {
  const scene = sceneOf(5000); // several steps of edges and of nodes
  const overlays = vi.fn();

  it('draws the first frame and a changed picture in full, at once', () => {
    const screen = new OverviewScreen(() => scene, overlays, 0);
    expect(screen.frame(view(0.2, 0, 0), false)).toBe(false);
    expect(screen.pending(view(0.2, 0, 0))).toBe(false);
    expect(screen.frame(view(0.2, 0, 0), true)).toBe(false);
    expect(screen.pending(view(0.2, 0, 0))).toBe(false);
  });

  it('moves the kept frame while the viewport moves, and shows the exact picture once the slices are done', () => {
    const puts = recordPuts();
    const screen = new OverviewScreen(() => scene, overlays, 0);
    screen.frame(view(0.2, 0, 0), false);
    expect(puts).toHaveLength(1);
    const panned = view(0.2, 30, -12);
    let frames = 0;
    while (screen.frame(panned, false)) {
      frames += 1;
      // Not settled while the moved kept frame shows; nothing drawn in full meanwhile.
      expect(screen.pending(panned)).toBe(true);
      expect(puts).toHaveLength(1);
      expect(frames).toBeLessThan(100);
    }
    expect(frames).toBeGreaterThan(3); // one step per frame: the background, edges, nodes
    expect(screen.pending(panned)).toBe(false);
    expect(puts).toHaveLength(2);
    // The same pixels as a full frame drawn afresh at that viewport.
    const fresh = new OverviewScreen(() => scene, overlays, 0);
    fresh.full(panned);
    expect(puts).toHaveLength(3);
    expect(firstDifference(puts[1]!, puts[2]!)).toBe(-1);
    expect(firstDifference(puts[0]!, puts[1]!)).not.toBe(-1);
  });

  it('keeps a frame finished for a viewport that moved on, then draws the next one', () => {
    const puts = recordPuts();
    const screen = new OverviewScreen(() => scene, overlays, 0);
    screen.frame(view(0.2, 0, 0), false);
    screen.frame(view(0.2, 10, 0), false); // slices for (10, 0) begin
    let frames = 0;
    while (puts.length < 2 && frames < 100) {
      screen.frame(view(0.2, 20 + frames, 0), false);
      frames += 1;
    }
    expect(puts).toHaveLength(2); // the frame for (10, 0) became the kept one
    const last = view(0.2, 20 + frames, 0);
    expect(screen.pending(last)).toBe(true);
    while (screen.frame(last, false)) expect(puts.length).toBeLessThan(4);
    expect(puts).toHaveLength(3);
    expect(screen.pending(last)).toBe(false);
  });

  it('drops the slices when the picture changes meanwhile, and draws it in full at once', () => {
    const puts = recordPuts();
    const screen = new OverviewScreen(() => scene, overlays, 0);
    screen.frame(view(0.2, 0, 0), false);
    expect(screen.frame(view(0.25, 5, 5), false)).toBe(true);
    expect(screen.frame(view(0.25, 5, 5), true)).toBe(false);
    expect(puts).toHaveLength(2);
    expect(screen.pending(view(0.25, 5, 5))).toBe(false);
  });

  it('shows the kept frame as it is when the viewport comes back to it', () => {
    const puts = recordPuts();
    const screen = new OverviewScreen(() => scene, overlays, 0);
    screen.frame(view(0.2, 0, 0), false);
    expect(screen.frame(view(0.2, 50, 0), false)).toBe(true);
    expect(screen.frame(view(0.2, 0, 0), false)).toBe(false);
    expect(screen.pending(view(0.2, 0, 0))).toBe(false);
    expect(puts).toHaveLength(1);
  });
});

describe('the overview and the settled signal', () => {
  it('counts as busy after a pan until the exact picture is on the screen', async () => {
    const result = validateCorpus(generateCorpus({ elements: 300, seed: 3 }));
    if (!result.ok) throw new Error('corpus did not validate');
    const model = buildGraphModel(result.dataset);
    const container = document.createElement('div');
    document.body.appendChild(container);
    const cy = cytoscape({ container, elements: toElements(model) as ElementDefinition[], layout: { name: 'grid' } });
    const overview = new Overview(cy, model, countryColours([]), true);
    try {
      cy.zoom(0.1);
      expect(overview.update(true)).toBe(true);
      expect(busySources()).toContain('overview');
      await vi.waitFor(() => expect(busySources()).not.toContain('overview'), { timeout: 10_000 });
      cy.panBy({ x: 40, y: 10 });
      expect(busySources()).toContain('overview');
      await vi.waitFor(() => expect(busySources()).not.toContain('overview'), { timeout: 10_000 });
    } finally {
      overview.destroy();
      cy.destroy();
    }
    expect(busySources()).not.toContain('overview');
  });
});
