// @vitest-environment jsdom
// Hit-testing under the overview (overviewHitTest.ts), on a real Cytoscape canvas renderer (a mocked
// 2D context) with the app's large-graph stylesheet: the patched findNearestElements() answers what
// Cytoscape's own answers, without sorting every element; and it stands aside when the internals
// it relies on are gone.
import 'vitest-canvas-mock';
import cytoscape, { type Core, type ElementDefinition, type StylesheetJson } from 'cytoscape';
import { toElements } from '../graph/elements';
import { buildGraphModel, type GraphModel } from '../graph/model';
import { buildStylesheet, countryColours } from '../graph/style';
import { generateCorpus, validateCorpus } from '../graph/synth';
import { Overview } from './overview';
import { styleReach } from './overviewHitTest';

type Hit = { id(): string };
type Internals = {
  findNearestElements?: (x: number, y: number, interactive: boolean, touch: boolean) => Hit[];
  getAllInBox?: (x1: number, y1: number, x2: number, y2: number) => Hit[];
  getCachedZSortedEles?: unknown;
  cachedZSortedEles?: unknown;
};

let model: GraphModel;
const instances: Core[] = [];

beforeAll(() => {
  const result = validateCorpus(generateCorpus({ elements: 600, seed: 5 }));
  if (!result.ok) throw new Error('corpus did not validate');
  model = buildGraphModel(result.dataset);
});

afterEach(() => {
  for (const cy of instances.splice(0)) cy.destroy();
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

function makeCy(): { cy: Core; renderer: Internals } {
  const container = document.createElement('div');
  document.body.appendChild(container);
  const colours = countryColours([]);
  const style = buildStylesheet(colours, 'en', true) as unknown as StylesheetJson;
  const cy = cytoscape({ container, elements: toElements(model) as ElementDefinition[], style, layout: { name: 'random', boundingBox: { x1: 0, y1: 0, w: 3000, h: 2000 } } });
  instances.push(cy);
  return { cy, renderer: (cy as unknown as { renderer(): Internals }).renderer() };
}

/** Points on and around nodes and edge midpoints, and anywhere. */
function probes(cy: Core, count: number): Array<[number, number]> {
  let seed = 7;
  const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
  const nodes = cy.nodes().map((n) => n.position());
  const edges = cy.edges().map((e) => e.midpoint());
  const out: Array<[number, number]> = [];
  for (let k = 0; k < count; k++) {
    const kind = k % 3;
    const base = kind === 0 ? nodes[Math.floor(random() * nodes.length)]! : kind === 1 ? edges[Math.floor(random() * edges.length)]! : { x: random() * 3000, y: random() * 2000 };
    const spread = kind === 2 ? 0 : 30;
    out.push([base.x + (random() - 0.5) * spread, base.y + (random() - 0.5) * spread]);
  }
  return out;
}

describe('hit-testing under the overview', () => {
  it('answers what Cytoscape’s own walk over every element answers, without sorting them all', () => {
    const { cy, renderer } = makeCy();
    const overview = new Overview(cy, model, countryColours([]), true);
    expect(overview.update(true)).toBe(true);
    // Some raised above the rest, as a selection and a hover raise them.
    cy.nodes().slice(0, 40).addClass('highlighted');
    cy.edges().slice(0, 40).addClass('chosen');
    const cases: Array<{ zoom: number; x: number; y: number; touch: boolean }> = [];
    for (const zoom of [0.05, 0.2, 0.6])
      for (const [x, y] of probes(cy, 150)) cases.push({ zoom, x, y, touch: cases.length % 4 === 0 });
    const ids = (hits: Hit[]) => hits.map((h) => h.id());
    const patched = cases.map(({ zoom, x, y, touch }) => {
      cy.zoom(zoom);
      return ids(renderer.findNearestElements!(x, y, true, touch));
    });
    expect(renderer.cachedZSortedEles ?? null).toBeNull();
    overview.destroy();
    const original = cases.map(({ zoom, x, y, touch }) => {
      cy.zoom(zoom);
      return ids(renderer.findNearestElements!(x, y, true, touch));
    });
    expect(patched).toEqual(original);
    // Not vacuous: nodes and edges were hit.
    expect(original.filter((h) => h.length > 0).length).toBeGreaterThan(cases.length / 4);
    expect(original.filter((h) => h.length === 2).length).toBeGreaterThan(10);
  });

  it('leaves the elements in a box as Cytoscape finds them, in its z-order', () => {
    const { cy, renderer } = makeCy();
    const overview = new Overview(cy, model, countryColours([]), true);
    overview.update(true);
    cy.nodes().slice(0, 60).addClass('highlighted');
    const box = () => renderer.getAllInBox!(0, 0, 2200, 1600).map((h) => h.id());
    const patched = box();
    overview.destroy();
    const original = box();
    expect(original.length).toBeGreaterThan(100);
    expect(patched).toEqual(original);
  });

  it('finds a node where it was dragged to', () => {
    const { cy, renderer } = makeCy();
    const overview = new Overview(cy, model, countryColours([]), true);
    overview.update(true);
    cy.zoom(0.1);
    const node = cy.nodes()[3]!;
    expect(renderer.findNearestElements!(-500, -500, true, false)).toEqual([]);
    node.position({ x: -500, y: -500 });
    overview.moveNode(node.id(), -500, -500);
    expect(renderer.findNearestElements!(-500, -500, true, false).map((h) => h.id())).toEqual([node.id()]);
    overview.destroy();
  });

  it('leaves hit-testing to Cytoscape when findNearestElements() no longer reads the z-sorted list', () => {
    const { cy, renderer } = makeCy();
    const own = function (this: Internals) {
      return [] as Hit[];
    };
    renderer.findNearestElements = own;
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const overview = new Overview(cy, model, countryColours([]), true);
    expect(overview.available).toBe(true);
    expect(renderer.findNearestElements).toBe(own);
    expect(warn.mock.calls.flat().join(' ')).toMatch(/getCachedZSortedEles/);
    overview.destroy();
  });

  it('leaves hit-testing to Cytoscape when the renderer has no z-sorted list', () => {
    const { cy, renderer } = makeCy();
    const original = renderer.findNearestElements;
    renderer.getCachedZSortedEles = undefined;
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    new Overview(cy, model, countryColours([]), true).destroy();
    expect(renderer.findNearestElements).toBe(original);
    expect(warn.mock.calls.flat().join(' ')).toMatch(/getCachedZSortedEles/);
  });
});

describe('the reach of a stylesheet', () => {
  it('is the largest node and edge, or unknown when edges may curve or carry arrows', () => {
    const rules = (style: Record<string, unknown>) => [{ selector: 'node', style: { width: '22px', height: '13px', 'border-width': '1.5px' } }, { selector: 'edge', style }];
    const reach = styleReach(rules({ width: 'data(weight)', 'curve-style': 'haystack' }), () => 40);
    expect(reach).toEqual({ node: 20 + 1.5 + 1, edge: 20 + 22.5 });
    expect(styleReach(rules({ 'curve-style': 'bezier' }), () => 0)).toBeNull();
    expect(styleReach(rules({ 'target-arrow-shape': 'triangle' }), () => 0)).toBeNull();
    expect(styleReach(rules({ width: 'label' }), () => 0)).toBeNull();
  });
});
