// @vitest-environment jsdom
// The style warm-up runs on a real Cytoscape canvas renderer (on a mocked 2D context): once it has
// run, every element's style, rendered style and bounds are computed and Cytoscape's own queue,
// drained at the end, finds nothing left to compute (at 100k elements that drain was one task of
// tens of seconds).
import 'vitest-canvas-mock';
import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import { toElements } from '../graph/elements';
import { buildGraphModel, type GraphModel } from '../graph/model';
import { generateCorpus, validateCorpus } from '../graph/synth';
import { StyleWarmup, warmupSteps } from './warmup';

interface Internals {
  flushRenderedStyleQueue(): void;
  recalculateNodeLabelProjection(...args: unknown[]): void;
  recalculateEdgeProjections(...args: unknown[]): void;
  onUpdateEleCalcsFns: Array<(willDraw: boolean, eles: unknown) => void>;
}
type Private = { rstyle: { clean?: boolean; cleanConnected?: boolean }; bbCache: unknown; styleDirty: boolean };
const internalsOf = (ele: unknown) => Reflect.get(ele as object, '_private') as Private;

let model: GraphModel;
const instances: Core[] = [];

beforeAll(() => {
  const result = validateCorpus(generateCorpus({ elements: 400, seed: 5 }));
  if (!result.ok) throw new Error('corpus did not validate');
  model = buildGraphModel(result.dataset);
});

afterEach(() => {
  for (const cy of instances.splice(0)) cy.destroy();
  document.body.innerHTML = '';
});

function makeCy(): { cy: Core; renderer: Internals } {
  const container = document.createElement('div');
  document.body.appendChild(container);
  const elements = (toElements(model) as ElementDefinition[]).map((e, i) => (e.data.source ? e : { ...e, position: { x: (i % 20) * 40, y: Math.floor(i / 20) * 40 } }));
  const cy = cytoscape({ container, elements, layout: { name: 'preset', fit: false }, style: [{ selector: 'node', style: { label: 'data(label)' } }] });
  instances.push(cy);
  return { cy, renderer: (cy as unknown as { renderer(): Internals }).renderer() };
}

/** Counts the rendered-style computations (and style applications) while `fn` runs. */
function countWork(cy: Core, renderer: Internals, fn: () => void): number {
  const spies = [vi.spyOn(renderer, 'recalculateNodeLabelProjection'), vi.spyOn(renderer, 'recalculateEdgeProjections'), vi.spyOn(cy.style() as unknown as { apply(): void }, 'apply')];
  let edgeCount = 0;
  spies[1]!.mockImplementation(function (this: unknown, ...args: unknown[]) {
    edgeCount += (args[0] as unknown[]).length;
  });
  fn();
  const count = spies[0]!.mock.calls.length + edgeCount + spies[2]!.mock.calls.length;
  for (const spy of spies) spy.mockRestore();
  return count;
}

describe('the style warm-up', () => {
  it('computes every element ahead, so draining Cytoscape’s queue computes nothing', () => {
    const { cy, renderer } = makeCy();
    const flush = renderer.flushRenderedStyleQueue;
    let drained = 0;
    let work = -1;
    const steps = warmupSteps(cy, () => {
      drained += 1;
      work = countWork(cy, renderer, () => flush.call(renderer));
    });
    let units = 0;
    while (!steps.next().done) units += 1;
    expect(units).toBeGreaterThan(5); // in many small units, not one
    expect(drained).toBe(1);
    expect(work).toBe(0);
    cy.elements().forEach((ele) => {
      const p = internalsOf(ele);
      expect(p.styleDirty).toBe(false);
      expect(p.rstyle.clean).toBe(true);
      expect(p.bbCache).not.toBeNull();
      if (ele.isNode()) expect(p.rstyle.cleanConnected).toBe(true);
    });
  });

  it('without it, the same drain computes every element (what the warm-up saves)', () => {
    const { cy, renderer } = makeCy();
    expect(countWork(cy, renderer, () => renderer.flushRenderedStyleQueue())).toBeGreaterThanOrEqual(cy.elements().length);
  });

  it('leaves an element changed after its unit to Cytoscape', () => {
    const { cy, renderer } = makeCy();
    const flush = renderer.flushRenderedStyleQueue;
    const node = cy.nodes()[0]!;
    let work = -1;
    const steps = warmupSteps(cy, () => (work = countWork(cy, renderer, () => flush.call(renderer))));
    steps.next(); // the first unit holds the first node
    node.position({ x: 5000, y: 5000 });
    while (!steps.next().done);
    expect(work).toBeGreaterThan(0); // the moved node and its edges, recomputed by Cytoscape
    expect(internalsOf(node).rstyle.clean).toBe(true);
  });

  it('tells the texture caches about every element, unit by unit', () => {
    const { cy } = makeCy();
    const seen = new Set<string>();
    const steps = warmupSteps(cy, () => undefined, (eles) => (eles as Core['elements'] extends () => infer C ? C : never).forEach((e) => void seen.add(e.id())));
    while (!steps.next().done);
    expect(seen.size).toBe(cy.elements().length);
  });

  it('runs in the background and, hurried, finishes and reports once', async () => {
    const { cy, renderer } = makeCy();
    const onDone = vi.fn();
    const warmup = new StyleWarmup(cy, () => renderer.flushRenderedStyleQueue(), onDone);
    warmup.start();
    expect(warmup.running).toBe(true);
    warmup.hurry();
    warmup.hurry(); // one chain of slices however often it is hurried
    await vi.waitFor(() => expect(onDone).toHaveBeenCalledOnce());
    expect(warmup.done).toBe(true);
    expect(warmup.running).toBe(false);
    warmup.destroy();
  });

  it('leaves a frame the reader waits for to draw first: no unhurried slice while one is pending', async () => {
    const { cy, renderer } = makeCy();
    const onDone = vi.fn();
    let pending = true;
    const calls = { seen: 0 };
    const units = vi.fn(); // told about each unit of work done
    const warmup = new StyleWarmup(cy, () => renderer.flushRenderedStyleQueue(), onDone, units, () => (calls.seen++, pending));
    warmup.start();
    // jsdom has no requestIdleCallback: slices run on timers, as a timed-out idle callback would.
    await vi.waitFor(() => expect(calls.seen).toBeGreaterThan(2), { timeout: 5000 });
    expect(units).not.toHaveBeenCalled();
    expect(onDone).not.toHaveBeenCalled();
    pending = false;
    await vi.waitFor(() => expect(onDone).toHaveBeenCalledOnce(), { timeout: 20_000 });
    warmup.destroy();
  });

  it('still works through a pending frame when hurried (the reader waits for the warm-up itself)', async () => {
    const { cy, renderer } = makeCy();
    const onDone = vi.fn();
    const warmup = new StyleWarmup(cy, () => renderer.flushRenderedStyleQueue(), onDone, () => undefined, () => true);
    warmup.hurry();
    await vi.waitFor(() => expect(onDone).toHaveBeenCalledOnce(), { timeout: 20_000 });
    warmup.destroy();
  });
});

