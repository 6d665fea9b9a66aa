// Layouts. A small graph is laid out in place on the main thread (fcose is loaded lazily: its
// 35 KB gzip stay off the first screen until the graph needs it). A large graph's positions come
// from a cache or from a Web Worker running headless Cytoscape, so the page never freezes.
import cytoscape, { type Collection, type Core, type EdgeSingular } from 'cytoscape';
import { packComponents } from '../graph/pack';
import { FONT, FONT_FAMILY } from '../graph/style';
import { compact, stretchToAspect, type LabelBox } from '../graph/overlap';
import type { GraphModel } from '../graph/model';
import type { DraftRequest, DraftResponse } from './draftMessages';
import type { LayoutName } from '../store/actions';
import { layoutOptions, type LayoutRequest, type LayoutResponse } from './layoutOptions';
import type { Positions } from './positions';

export { layoutOptions } from './layoutOptions';

let fcoseReady: Promise<void> | null = null;
function ensureFcose(): Promise<void> {
  fcoseReady ??= import('cytoscape-fcose').then(({ default: fcose }) => {
    cytoscape.use(fcose);
  });
  return fcoseReady;
}

/**
 * Whether a plain object already answers to this id. fcose (through cose-base) keeps its nodes in
 * objects keyed by id, so a node called `constructor` finds Object's member and the layout throws.
 */
const inheritedKey = (id: string) => id in Object.prototype;

/** Runs a layout over the visible elements; resolves when it has stopped. */
export async function runLayout(cy: Core, name: LayoutName): Promise<void> {
  if (name === 'fcose') await ensureFcose();
  if (cy.destroyed()) return;
  const eles = cy.elements().not('.hidden');
  if (eles.nodes().toArray().some((n) => inheritedKey(n.id()))) await runOnRenamedCopy(cy, eles, name);
  else {
    const layout = eles.layout(layoutOptions(name, eles.length, true));
    const done = new Promise<void>((resolve) => layout.one('layoutstop', () => resolve()));
    layout.run();
    await done;
  }
  if (cy.destroyed()) return;
  if (name === 'fcose') packInPlace(cy, eles);
  if (eles.length <= LABEL_ROOM_MAX) {
    // Labels are measured in both languages: the Persian font must be loaded to measure them.
    await document.fonts?.load(`${FONT.actor}px Vazirmatn`, 'کاوش').catch(() => undefined);
    if (!cy.destroyed()) makeRoomForLabels(cy, eles);
  }
}

/**
 * The layout on a headless copy whose nodes are called n0, n1, … (same sizes, classes and edges),
 * its positions then applied by the real ids: for graphs with an id a plain object already has.
 */
export async function runOnRenamedCopy(cy: Core, eles: Collection, name: LayoutName): Promise<void> {
  const alias = new Map<string, string>();
  const real = new Map<string, string>();
  eles.nodes().forEach((n, i) => {
    alias.set(n.id(), `n${i}`);
    real.set(`n${i}`, n.id());
  });
  const copy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: [{ selector: 'node', style: { width: 'data(w)', height: 'data(h)' } }],
    elements: [
      ...eles.nodes().map((n) => ({
        group: 'nodes' as const,
        data: { id: alias.get(n.id()) as string, w: n.width(), h: n.height() },
        classes: n.classes().join(' '),
        position: { ...n.position() },
      })),
      ...(eles.edges().toArray() as EdgeSingular[])
        .filter((e) => alias.has(e.source().id()) && alias.has(e.target().id()))
        .map((e, i) => ({ group: 'edges' as const, data: { id: `e${i}`, source: alias.get(e.source().id()) as string, target: alias.get(e.target().id()) as string } })),
    ],
  });
  const layout = copy.layout(layoutOptions(name, eles.length, true));
  const done = new Promise<void>((resolve) => layout.one('layoutstop', () => resolve()));
  layout.run();
  await done;
  const positions = new Map<string, [number, number]>();
  copy.nodes().forEach((n) => {
    const p = n.position();
    positions.set(real.get(n.id()) as string, [p.x, p.y]);
  });
  copy.destroy();
  if (!cy.destroyed()) applyPositions(cy, positions);
}

/** Up to this many elements, every label is on the first view, so the layout makes room for each. */
const LABEL_ROOM_MAX = 600;
/** The graph canvas's usual width/height (1366×768 to 1920×1080 between the side panels). */
export const CANVAS_ASPECT = 1.5;

/**
 * Gives the drawing the canvas's shape, then moves nodes apart until no node-plus-label box
 * overlaps another. Boxes are measured by Cytoscape with the page's fonts, in both languages (the
 * wider of the two on each side), so one layout serves English and Persian alike.
 */
export function makeRoomForLabels(cy: Core, eles: Collection, aspect = CANVAS_ASPECT, gap = 4): void {
  const nodes = eles.nodes();
  const measure = (field: 'label' | 'labelFa', font: string) => {
    const out = new Map<string, [number, number, number, number]>();
    cy.batch(() => nodes.forEach((n) => void n.style({ label: String(n.data(field) ?? ''), 'font-family': font })));
    nodes.forEach((n) => {
      const p = n.position();
      const b = n.boundingBox({ includeLabels: true, includeOverlays: false, includeEdges: false });
      out.set(n.id(), [b.x1 - p.x, b.y1 - p.y, b.x2 - p.x, b.y2 - p.y]);
    });
    return out;
  };
  const en = measure('label', FONT_FAMILY.en);
  const fa = measure('labelFa', FONT_FAMILY.fa);
  cy.batch(() => nodes.forEach((n) => void n.removeStyle('label font-family')));
  const boxes: LabelBox[] = nodes.map((n) => {
    const p = n.position();
    const a = en.get(n.id())!;
    const b = fa.get(n.id())!;
    return { id: n.id(), x: p.x, y: p.y, left: Math.min(a[0], b[0]), top: Math.min(a[1], b[1]), right: Math.max(a[2], b[2]), bottom: Math.max(a[3], b[3]) };
  });
  const placed = stretchToAspect(compact(boxes, gap, aspect), aspect);
  applyPositions(cy, new Map(placed.map((b): [string, [number, number]] => [b.id, [b.x, b.y]])));
}

/** Moves separate components next to the largest (fcose alone would leave them far apart). */
export function packInPlace(cy: Core, eles: Collection): void {
  const positions = new Map<string, [number, number]>();
  eles.nodes().forEach((n) => {
    const p = n.position();
    positions.set(n.id(), [p.x, p.y]);
  });
  const edges = eles.edges().map((e): [string, string] => [e.source().id(), e.target().id()]);
  const packed = packComponents(positions, edges);
  if (packed !== positions) applyPositions(cy, packed);
}

/**
 * Computes positions for every node in a Web Worker; `onStarted` fires once the worker is at work
 * (for the progress indicator), `signal` terminates it.
 */
export function computePositions(model: GraphModel, name: LayoutName, signal: AbortSignal, onStarted?: () => void): Promise<Positions> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
    const stop = () => {
      worker.terminate();
      reject(new DOMException('layout cancelled', 'AbortError'));
    };
    signal.addEventListener('abort', stop, { once: true });
    worker.onmessage = (event: MessageEvent<LayoutResponse | 'started'>) => {
      if (event.data === 'started') {
        onStarted?.();
        return;
      }
      signal.removeEventListener('abort', stop);
      worker.terminate();
      const { positions } = event.data;
      const byId = new Map<string, [number, number]>();
      model.nodes.forEach((n, i) => {
        const p = positions.get(`n${i}`);
        if (p) byId.set(n.id, p);
      });
      resolve(byId);
    };
    worker.onerror = (event) => {
      signal.removeEventListener('abort', stop);
      worker.terminate();
      reject(new Error(`layout worker: ${event.message}`));
    };
    // The worker sees n0, n1, … (fcose keys plain objects by id: `constructor` would break it).
    const index = new Map(model.nodes.map((n, i) => [n.id, `n${i}`]));
    const request: LayoutRequest = {
      layout: name,
      nodes: model.nodes.map((n) => [index.get(n.id) as string, n.type === 'event' ? 'event' : n.kind === 'country' ? 'country' : 'entity']),
      edges: model.edges
        .filter((e) => index.has(e.source) && index.has(e.target))
        .map((e, i) => [`e${i}`, index.get(e.source) as string, index.get(e.target) as string]),
    };
    worker.postMessage(request);
  });
}

/** A step of the uncached large-graph layout, as the page sees it. */
export interface DraftUpdate {
  phase: 'draft' | 'progress' | 'done';
  positions: Positions;
  /** Refinement rounds done and planned (0 of 0 when the draft is the layout). */
  round: number;
  rounds: number;
  /** Lets the worker go on refining: call once this picture is on screen. */
  resume(): void;
}

/**
 * The default layout of a large graph without cached positions (src/graph/draftLayout.ts): a draft
 * within a second or two, then refined pictures from the worker, every one passed to `onUpdate`.
 * Resolves with the final positions; `signal` stops the worker (cancel: keep the last picture).
 */
export function computeDraftPositions(
  model: GraphModel,
  signal: AbortSignal,
  onUpdate: (update: DraftUpdate) => void,
  onStarted?: () => void,
): Promise<Positions> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./draftLayout.worker.ts', import.meta.url), { type: 'module' });
    const stop = () => {
      worker.terminate();
      reject(new DOMException('layout cancelled', 'AbortError'));
    };
    signal.addEventListener('abort', stop, { once: true });
    worker.onmessage = (event: MessageEvent<DraftResponse | 'started'>) => {
      if (event.data === 'started') {
        onStarted?.();
        return;
      }
      const { type, xy, round, rounds } = event.data;
      const positions = toPositions(model, xy);
      onUpdate({ phase: type, positions, round, rounds, resume: () => worker.postMessage('continue') });
      if (type !== 'done') return;
      signal.removeEventListener('abort', stop);
      worker.terminate();
      resolve(positions);
    };
    worker.onerror = (event) => {
      signal.removeEventListener('abort', stop);
      worker.terminate();
      reject(new Error(`layout worker: ${event.message}`));
    };
    // Loaded with the first large uncached graph: the article's first screen does without it.
    import('../graph/draftLayout')
      .then(({ draftGraphOf, draftPlan, REFINE_ROUNDS }) => {
        if (signal.aborted) return;
        const graph = draftGraphOf(model);
        const elements = model.nodes.length + model.edges.length;
        const request: DraftRequest = { graph, rounds: draftPlan(elements) === 'draft-only' ? 0 : REFINE_ROUNDS };
        worker.postMessage(request, [graph.group.buffer, graph.event.buffer, graph.src.buffer, graph.tgt.buffer]);
      })
      .catch((error: unknown) => {
        signal.removeEventListener('abort', stop);
        worker.terminate();
        reject(error instanceof Error ? error : new Error(String(error)));
      });
  });
}

function toPositions(model: GraphModel, xy: Float64Array): Positions {
  const positions = new Map<string, [number, number]>();
  model.nodes.forEach((node, i) => {
    positions.set(node.id, [Math.round(xy[2 * i] as number), Math.round(xy[2 * i + 1] as number)]);
  });
  return positions;
}

/** The draft alone, on this thread (when the worker was cancelled before it answered). */
export async function draftPositions(model: GraphModel): Promise<Positions> {
  const { draft, draftGraphOf } = await import('../graph/draftLayout');
  return toPositions(model, draft(draftGraphOf(model)));
}

export function readPositions(cy: Core): Positions {
  const positions = new Map<string, [number, number]>();
  cy.nodes().forEach((node) => {
    const p = node.position();
    positions.set(node.id(), [Math.round(p.x), Math.round(p.y)]);
  });
  return positions;
}

/** Moves the nodes to the given positions in one batch. */
export function applyPositions(cy: Core, positions: Positions): void {
  cy.batch(() => {
    cy.nodes().positions((node) => {
      const p = positions.get(node.id());
      return p ? { x: p[0], y: p[1] } : node.position();
    });
  });
}

/**
 * Fits the viewport to the given nodes from their positions alone. cy.fit() would measure every
 * label for the bounding box, which costs seconds at 50k elements.
 */
export function fitToPositions(cy: Core, positions: Positions, ids: Iterable<string>, padding = 30): void {
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (const id of ids) {
    const p = positions.get(id);
    if (!p) continue;
    if (p[0] < x1) x1 = p[0];
    if (p[0] > x2) x2 = p[0];
    if (p[1] < y1) y1 = p[1];
    if (p[1] > y2) y2 = p[1];
  }
  if (!Number.isFinite(x1)) return;
  const margin = 30; // half the largest node plus room for a label
  x1 -= margin;
  y1 -= margin;
  x2 += margin;
  y2 += margin;
  const w = cy.width() - 2 * padding;
  const h = cy.height() - 2 * padding;
  const zoom = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), Math.min(w / (x2 - x1), h / (y2 - y1))));
  cy.viewport({ zoom, pan: { x: cy.width() / 2 - zoom * ((x1 + x2) / 2), y: cy.height() / 2 - zoom * ((y1 + y2) / 2) } });
}
