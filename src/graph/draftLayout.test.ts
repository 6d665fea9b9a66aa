import { DRAFT_ONLY_ABOVE, draft, draftGraphOf, draftPlan, refineRound, stepFor, type DraftGraph } from './draftLayout';
import { buildGraphModel } from './model';
import { generateCorpus, validateCorpus } from './synth';

function corpusGraph(elements: number) {
  const corpus = generateCorpus({ elements, seed: 7 });
  const result = validateCorpus(corpus);
  if (!result.ok) throw new Error('corpus did not validate');
  const model = buildGraphModel(result.dataset);
  return { model, graph: draftGraphOf(model) };
}

/** Pairs of nodes closer than `d` (grid-bucketed, exact). */
function closePairs(xy: Float64Array, n: number, d: number): number {
  const cells = new Map<string, number[]>();
  for (let i = 0; i < n; i++) {
    const k = `${Math.floor((xy[2 * i] as number) / d)},${Math.floor((xy[2 * i + 1] as number) / d)}`;
    (cells.get(k) ?? cells.set(k, []).get(k))?.push(i);
  }
  let count = 0;
  for (let i = 0; i < n; i++) {
    const cx = Math.floor((xy[2 * i] as number) / d);
    const cy = Math.floor((xy[2 * i + 1] as number) / d);
    for (let ox = -1; ox <= 1; ox++)
      for (let oy = -1; oy <= 1; oy++)
        for (const j of cells.get(`${cx + ox},${cy + oy}`) ?? [])
          if (j > i && Math.hypot((xy[2 * i] as number) - (xy[2 * j] as number), (xy[2 * i + 1] as number) - (xy[2 * j + 1] as number)) < d) count++;
  }
  return count;
}

describe('the draft layout of an uncached large graph', () => {
  it('keeps refining up to DRAFT_ONLY_ABOVE elements and only drafts past it', () => {
    expect(draftPlan(10_000)).toBe('draft-then-refine');
    expect(draftPlan(DRAFT_ONLY_ABOVE)).toBe('draft-then-refine');
    expect(draftPlan(DRAFT_ONLY_ABOVE + 1)).toBe('draft-only');
    expect(draftPlan(250_000)).toBe('draft-only');
  });

  it('places every node at a finite position, nearly every actor nearer its own country than any other', () => {
    const { model, graph } = corpusGraph(5000);
    const xy = draft(graph);
    expect(xy.length).toBe(2 * model.nodes.length);
    expect(xy.every(Number.isFinite)).toBe(true);
    const at = new Map(model.nodes.map((node, i) => [node.id, [xy[2 * i] as number, xy[2 * i + 1] as number] as const]));
    const countries = model.nodes.filter((n) => n.kind === 'country');
    let nearestOwn = 0;
    let affiliated = 0;
    for (const node of model.nodes) {
      if (node.type !== 'entity' || node.kind === 'country' || !node.country) continue;
      affiliated++;
      const p = at.get(node.id) as readonly [number, number];
      let best = '';
      let bestD = Infinity;
      for (const c of countries) {
        const q = at.get(c.id) as readonly [number, number];
        const d = Math.hypot(p[0] - q[0], p[1] - q[1]);
        if (d < bestD) [best, bestD] = [c.id, d];
      }
      if (best === node.country) nearestOwn++;
    }
    expect(affiliated).toBeGreaterThan(500);
    // The rim of a big cluster may lie nearer a small neighbour's centre: a few, not many.
    expect(nearestOwn / affiliated).toBeGreaterThan(0.95);
  });

  it('puts an event between its participants', () => {
    const graph: DraftGraph = {
      n: 3,
      group: Int32Array.from([0, 1, -1]),
      event: Uint8Array.from([0, 0, 1]),
      src: Int32Array.from([2, 2]),
      tgt: Int32Array.from([0, 1]),
    };
    const xy = draft(graph);
    const mid = [((xy[0] as number) + (xy[2] as number)) / 2, ((xy[1] as number) + (xy[3] as number)) / 2];
    expect(Math.hypot((xy[4] as number) - (mid[0] as number), (xy[5] as number) - (mid[1] as number))).toBeLessThan(60);
  });

  it('refinement rounds pull crowded nodes apart', () => {
    const { model, graph } = corpusGraph(5000);
    const xy = draft(graph);
    const before = closePairs(xy, model.nodes.length, 30);
    for (let r = 0; r < 20; r++) refineRound(graph, xy, stepFor(r, 20));
    expect(xy.every(Number.isFinite)).toBe(true);
    expect(closePairs(xy, model.nodes.length, 30)).toBeLessThan(before / 2);
  });
});
