// @vitest-environment jsdom
// Small graphs drawn directly (directDraw.ts) rely on internals of Cytoscape's 3.x canvas renderer.
// These tests draw frames with a real renderer (on a mocked 2D context) and count what it did:
// small graphs go element by element and never build a layer; large ones keep Cytoscape's layers;
// a renderer without the internals is left alone.
import 'vitest-canvas-mock';
import cytoscape, { type Core } from 'cytoscape';
import { directDrawProblem, drawSmallGraphsDirectly } from './directDraw';

interface Internals {
  render(options?: unknown): void;
  drawElement(...args: unknown[]): void;
  drawLayeredElements: unknown;
  data: { lyrTxrCache: { getLayers(...args: unknown[]): unknown } };
}

const instances: Core[] = [];
afterEach(() => {
  for (const cy of instances.splice(0)) cy.destroy();
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

function makeCy(): { cy: Core; renderer: Internals } {
  const container = document.createElement('div');
  // jsdom lays nothing out: give the container a size, so the view's extent holds the graph.
  Object.defineProperty(container, 'clientWidth', { value: 800 });
  Object.defineProperty(container, 'clientHeight', { value: 600 });
  document.body.appendChild(container);
  const cy = cytoscape({
    container,
    elements: [
      { data: { id: 'a' }, position: { x: 0, y: 0 } },
      { data: { id: 'b' }, position: { x: 500, y: 0 } },
      { data: { id: 'hidden' }, position: { x: 250, y: 0 }, style: { display: 'none' } },
      { data: { id: 'ab', source: 'a', target: 'b' } },
    ],
    layout: { name: 'preset', fit: true },
  });
  instances.push(cy);
  return { cy, renderer: (cy as unknown as { renderer(): Internals }).renderer() };
}

/** Draws one full frame now and returns the ids drawElement drew and how often layers were asked for. */
function drawFrame(renderer: Internals): { drawn: string[]; layerRequests: number } {
  const drawElement = vi.spyOn(renderer, 'drawElement');
  const getLayers = vi.spyOn(renderer.data.lyrTxrCache, 'getLayers');
  renderer.render({ drawAllLayers: true });
  const drawn = drawElement.mock.calls.map((call) => (call[1] as { id(): string }).id());
  const result = { drawn, layerRequests: getLayers.mock.calls.length };
  drawElement.mockRestore();
  getLayers.mockRestore();
  return result;
}

describe('drawing small graphs directly (Cytoscape 3.35 canvas renderer)', () => {
  it('draws each shown element once, without building layers', () => {
    const { cy, renderer } = makeCy();
    expect(drawSmallGraphsDirectly(cy)).not.toBeNull();
    const frame = drawFrame(renderer);
    expect(frame.layerRequests).toBe(0);
    expect(frame.drawn.sort()).toEqual(['a', 'ab', 'b']); // not the hidden node
  });

  it('skips elements outside the extent it is given', () => {
    const { cy, renderer } = makeCy();
    drawSmallGraphsDirectly(cy);
    const drawElement = vi.spyOn(renderer, 'drawElement');
    const b = cy.$id('b').boundingBox();
    const draw = renderer.drawLayeredElements as (context: unknown, eles: unknown, pxRatio: number, extent: unknown) => void;
    draw.call(renderer, document.createElement('canvas').getContext('2d'), cy.nodes(), 1, b);
    expect(drawElement.mock.calls.map((call) => (call[1] as { id(): string }).id())).toEqual(['b']);
  });

  it('keeps Cytoscape’s layered drawing past the limit, and puts it back when asked', () => {
    const { cy, renderer } = makeCy();
    const original = renderer.drawLayeredElements;
    const restore = drawSmallGraphsDirectly(cy, 2)!;
    expect(drawFrame(renderer).layerRequests).toBeGreaterThan(0);
    restore();
    expect(renderer.drawLayeredElements).toBe(original);
  });

  it('leaves a renderer without the internals alone, and says why', () => {
    expect(directDrawProblem(undefined)).toBe('no renderer');
    expect(directDrawProblem({ webgl: true })).toBe('WebGL renderer');
    expect(directDrawProblem({ drawElement: () => {} })).toBe('no drawLayeredElements');
    const { cy, renderer } = makeCy();
    const layered = renderer.drawLayeredElements;
    (renderer as { drawElement?: unknown }).drawElement = undefined;
    expect(drawSmallGraphsDirectly(cy)).toBeNull();
    expect(renderer.drawLayeredElements).toBe(layered);
  });
});
