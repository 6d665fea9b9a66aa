// @vitest-environment jsdom
// The overview patches two internals of Cytoscape's canvas renderer. These tests run a real
// Cytoscape canvas renderer (on a mocked 2D context) and take those internals away or change how
// they behave, as a newer Cytoscape might: the overview must then stand aside (available = false,
// the renderer untouched) so the canvas falls back to Cytoscape's own drawing.
import 'vitest-canvas-mock';
import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import { toElements } from '../graph/elements';
import { buildGraphModel, type GraphModel } from '../graph/model';
import { countryColours } from '../graph/style';
import { generateCorpus, validateCorpus } from '../graph/synth';
import { Overview, rendererProblem, warmupProblem } from './overview';

type Internals = { redraw?: unknown; flushRenderedStyleQueue?: unknown; requestedFrame?: boolean; notify?: unknown; onUpdateEleCalcsFns?: unknown };

let model: GraphModel;
const instances: Core[] = [];

beforeAll(() => {
  const result = validateCorpus(generateCorpus({ elements: 300, seed: 3 }));
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
  const cy = cytoscape({ container, elements: toElements(model) as ElementDefinition[], layout: { name: 'grid' } });
  instances.push(cy);
  return { cy, renderer: (cy as unknown as { renderer(): Internals }).renderer() };
}

const overviewOf = (cy: Core) => new Overview(cy, model, countryColours([]), true);

describe('the overview over Cytoscape 3.35 internals', () => {
  it('takes over when the internals are there and behave as expected', () => {
    const { cy, renderer } = makeCy();
    const original = renderer.redraw;
    const overview = overviewOf(cy);
    expect(overview.fallbackReason).toBeNull();
    expect(overview.available).toBe(true);
    expect(renderer.redraw).not.toBe(original);
    expect(overview.update(true)).toBe(true);
    overview.destroy();
    expect(renderer.redraw).toBe(original);
  });

  it('falls back to Cytoscape’s drawing when redraw() is missing', () => {
    const { cy, renderer } = makeCy();
    renderer.redraw = undefined;
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const overview = overviewOf(cy);
    expect(overview.available).toBe(false);
    expect(overview.fallbackReason).toMatch(/redraw/);
    expect(overview.update(true)).toBe(false);
    expect(warn).toHaveBeenCalledOnce();
    warn.mockRestore();
  });

  it('falls back, leaving the renderer untouched, when flushRenderedStyleQueue() is missing', () => {
    const { cy, renderer } = makeCy();
    const original = renderer.redraw;
    delete renderer.flushRenderedStyleQueue;
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const overview = overviewOf(cy);
    expect(overview.available).toBe(false);
    expect(overview.fallbackReason).toMatch(/flushRenderedStyleQueue/);
    expect(renderer.redraw).toBe(original);
    expect(overview.update(true)).toBe(false);
    vi.restoreAllMocks();
  });

  it('falls back when redraw() no longer just flags a frame', () => {
    const { cy, renderer } = makeCy();
    // A "newer" redraw that draws some other way and never sets requestedFrame.
    renderer.redraw = function () {
      /* draws through some other path */
    };
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(rendererProblem(renderer as never)).toMatch(/requestedFrame/);
    expect(overviewOf(cy).available).toBe(false);
    vi.restoreAllMocks();
  });

  it('falls back, restoring both methods, when Cytoscape’s redraw requests bypass redraw()', () => {
    const { cy, renderer } = makeCy();
    const original = { redraw: renderer.redraw, flush: renderer.flushRenderedStyleQueue };
    // A "newer" notify() that schedules frames without calling this.redraw().
    renderer.notify = function (this: Internals) {
      this.requestedFrame = true;
    };
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const overview = overviewOf(cy);
    expect(overview.available).toBe(false);
    expect(overview.fallbackReason).toMatch(/forceRender/);
    expect(renderer.redraw).toBe(original.redraw);
    expect(renderer.flushRenderedStyleQueue).toBe(original.flush);
    vi.restoreAllMocks();
  });

  it('falls back when the renderer keeps no onUpdateEleCalcs callbacks (the warm-up calls them)', () => {
    const { cy, renderer } = makeCy();
    delete renderer.onUpdateEleCalcsFns;
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const overview = overviewOf(cy);
    expect(overview.available).toBe(false);
    expect(overview.fallbackReason).toMatch(/onUpdateEleCalcs/);
    vi.restoreAllMocks();
  });

  it('falls back when elements no longer keep the rendered-style flags the warm-up relies on', () => {
    const node = (p: object, recalculate?: () => void) => ({ nodes: () => [{ _private: p, style: () => 'element', recalculateRenderedStyle: recalculate }] }) as unknown as Core;
    expect(warmupProblem(node({}, () => undefined))).toMatch(/_private\.rstyle/);
    expect(warmupProblem(node({ rstyle: {} }))).toMatch(/recalculateRenderedStyle/);
    // A "newer" Cytoscape that computes the rendered style but flags it some other way.
    expect(warmupProblem(node({ rstyle: { clean: false } }, () => undefined))).toMatch(/flagged clean/);
    expect(warmupProblem(makeCy().cy)).toBeNull();
  });

  it('keeps drawing, when Cytoscape is wanted before the warm-up is done, until it is; then hands over', async () => {
    const { cy } = makeCy();
    const overview = overviewOf(cy);
    overview.update(true);
    expect(overview.update(false)).toBe(true);
    expect(overview.handoverPending).toBe(true);
    await vi.waitFor(() => expect(overview.isActive).toBe(false), { timeout: 20_000 });
    expect(overview.warm).toBe(true);
    expect(overview.handoverPending).toBe(false);
    // Warm: zooming out and in again switches at once.
    expect(overview.update(true)).toBe(true);
    expect(overview.update(false)).toBe(false);
    overview.destroy();
  });

  it('stays, once warm, if the reader zoomed back out meanwhile', async () => {
    const { cy } = makeCy();
    const overview = overviewOf(cy);
    overview.update(true);
    overview.update(false);
    overview.update(true); // the canvas asks for the overview again (the reader zoomed back out)
    expect(overview.handoverPending).toBe(false);
    await vi.waitFor(() => expect(overview.warm).toBe(true), { timeout: 20_000 });
    expect(overview.isActive).toBe(true);
    overview.destroy();
  });

  it('reports a headless instance as unavailable', () => {
    expect(rendererProblem(undefined)).toMatch(/headless/);
  });
});
