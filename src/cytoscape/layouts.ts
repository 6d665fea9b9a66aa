// Layouts. A small graph is laid out in place on the main thread (fcose is loaded lazily: its
// 35 KB gzip stay off the first screen until the graph needs it). A large graph's positions come
// from a cache or from a Web Worker running headless Cytoscape, so the page never freezes.
import cytoscape, { type Collection, type Core } from 'cytoscape';
import { packComponents } from '../graph/pack';
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

/** Runs a layout over the visible elements; resolves when it has stopped. */
export async function runLayout(cy: Core, name: LayoutName): Promise<void> {
  if (name === 'fcose') await ensureFcose();
  if (cy.destroyed()) return;
  const eles = cy.elements().not('.hidden');
  const layout = eles.layout(layoutOptions(name, eles.length));
  const done = new Promise<void>((resolve) => layout.one('layoutstop', () => resolve()));
  layout.run();
  await done;
  if (name === 'fcose' && !cy.destroyed()) packInPlace(cy, eles);
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
      resolve(event.data.positions);
    };
    worker.onerror = (event) => {
      signal.removeEventListener('abort', stop);
      worker.terminate();
      reject(new Error(`layout worker: ${event.message}`));
    };
    const request: LayoutRequest = {
      layout: name,
      nodes: model.nodes.map((n) => [n.id, n.type === 'event' ? 'event' : n.kind === 'country' ? 'country' : 'entity']),
      edges: model.edges.map((e) => [e.id, e.source, e.target]),
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
