// The overview's drawing decisions for the analysis, in Node: the same dimming, marks, sizes and
// community colours the stylesheet gives Cytoscape's classes, compiled per element.
import { tinyDataset } from '../analysis/fixture.test-util';
import { findPaths, pathElements } from '../analysis/paths';
import { buildSubgraph } from '../analysis/subgraph';
import { computeVisibility, EMPTY_FILTERS, NO_TIME_FILTER } from '../graph/filter';
import { buildGraphModel } from '../graph/model';
import { COMMUNITY_PALETTE } from '../graph/style';
import { compileLook, DIM_OPACITY, MARK, NO_LOOK, over, packed } from './overviewLook';

const model = buildGraphModel(tinyDataset());
const base = Uint32Array.from(model.nodes.map((_, i) => packed(i % 2 ? '#102030' : '#405060')));
const BG = packed('#fbfbfc');
const at = (id: string) => model.nodes.findIndex((n) => n.id === id);
const edgeAt = (id: string) => model.edges.findIndex((e) => e.id === id);

describe('compileLook', () => {
  it('changes nothing without an analysis', () => {
    const look = compileLook(model, NO_LOOK, base, BG);
    expect(look.active).toBe(false);
    expect([...look.fill]).toEqual([...base]);
    expect(look.nodeDim.every((v) => v === 0) && look.edgeDim.every((v) => v === 0)).toBe(true);
  });

  it('dims what the path does not keep and marks the path, the trail and the focus', () => {
    const sub = buildSubgraph(model, computeVisibility(model, EMPTY_FILTERS, NO_TIME_FILTER));
    const result = findPaths(sub, 'a', 'f', 3);
    const all = pathElements(result.paths);
    const chosen = pathElements(result.paths.slice(0, 1));
    const look = compileLook(model, { ...NO_LOOK, keep: all, path: all, trail: chosen, focus: 'g' }, base, BG);
    expect(look.active).toBe(true);
    for (const [i, node] of model.nodes.entries()) {
      expect(look.nodeDim[i], node.id).toBe(all.nodes.has(node.id) ? 0 : 1);
      expect(look.fill[i], node.id).toBe(all.nodes.has(node.id) ? base[i] : over(base[i] as number, BG, DIM_OPACITY));
    }
    for (const [i, edge] of model.edges.entries()) expect(look.edgeDim[i], edge.id).toBe(all.edges.has(edge.id) ? 0 : 1);
    // a —r1— b, b and f in e3: the shortest path, read by the trail.
    expect(result.paths[0]!.steps.map((s) => s.fact)).toEqual(['r1', 'e3']);
    expect(look.nodeMark[at('a')]).toBe(MARK.trail);
    expect(look.nodeMark[at('g')]).toBe(MARK.focus);
    expect(look.trailEdges).toContain(edgeAt('r1'));
    expect(look.pathEdges.every((e) => !look.trailEdges.includes(e))).toBe(true);
    // A dimmed fill is lighter than the node's own: mostly background.
    const dimmed = at('g');
    expect(look.fill[dimmed]! & 0xff).toBeGreaterThan(0xd8);
  });

  it('sizes by the centrality and colours by community', () => {
    const sizes = new Map([['a', 72], ['b', 18]]);
    const look = compileLook(model, { ...NO_LOOK, sizes, communities: { a: 0, b: 1, c: 40 } }, base, BG);
    expect(look.radius[at('a')]).toBe(36);
    expect(look.radius[at('b')]).toBe(9);
    expect(look.radius[at('c')]).toBe(0);
    expect(look.fill[at('a')]).toBe(packed(COMMUNITY_PALETTE[0]!));
    expect(look.fill[at('b')]).toBe(packed(COMMUNITY_PALETTE[1]!));
    expect(look.fill[at('c')]).toBe(packed('#c4c8cf'));
    expect(look.fill[at('d')]).toBe(base[at('d')]);
  });

  it('packs colours in ImageData byte order and blends like opacity', () => {
    expect(packed('#ff0000')).toBe(0xff0000ff);
    expect(over(packed('#000000'), packed('#ffffff'), 0.25)).toBe(packed('#bfbfbf'));
  });
});
