// Cytoscape's empty canvases kept out of the frame.
//
// The canvas renderer stacks three full-size canvases: the nodes-and-edges layer, a drag layer
// (elements being dragged) and a selection-box layer on top. On the article the last two are
// empty nearly always, yet every frame that draws the graph clears the drag layer, and Chromium
// ships and composites each visible canvas of the stack every such frame: in headless Chromium
// with software compositing (the bench's and CI's), a trace of forced redraws on the article
// (864×658 canvases) put 3 canvas resources produced per frame and about 0.3 ms of the main
// thread's commit, plus ~0.65 ms of the display compositor's quad drawing, on the two empty
// layers (ProduceCanvasResource 0.55 → 0.25 ms, DoDrawQuad 2.7 → 2.0 ms per redraw with them
// hidden).
//
// So an overlay layer with nothing on it is `visibility: hidden` and its clears are skipped
// (clearing an empty canvas changes no pixel). The first drawing call on it shows it again
// before anything is drawn, in the same task, so the frame that draws shows it; a full clear
// empties and hides it. Pointer events still reach Cytoscape: the node layer stays visible and
// is inside its container (Cytoscape only takes events whose target is inside the container).
import type { Core } from 'cytoscape';

/** The context calls that put pixels on a canvas. */
const DRAWING = ['fill', 'stroke', 'fillRect', 'strokeRect', 'fillText', 'strokeText', 'drawImage', 'putImageData'] as const;

interface Layer {
  canvas: { width: number; height: number; style: { visibility: string } };
  context: Record<string, unknown> & {
    clearRect(x: number, y: number, w: number, h: number): void;
    getTransform?: () => { isIdentity: boolean };
  };
}

/**
 * Hides `canvas` while it holds nothing and skips clears of it meanwhile. Returns a function
 * that puts the context's own methods back (and shows the canvas).
 */
export function hideWhileEmpty({ canvas, context }: Layer): () => void {
  let empty = true; // a new canvas (or one just sized, which clears it) is blank
  canvas.style.visibility = 'hidden';
  const own = new Map<string, unknown>();
  const wrap = (name: string, fn: (original: (...args: unknown[]) => unknown, args: unknown[]) => unknown) => {
    const original = context[name] as (...args: unknown[]) => unknown;
    own.set(name, Object.prototype.hasOwnProperty.call(context, name) ? original : undefined);
    context[name] = function (this: unknown, ...args: unknown[]) {
      return fn((...a) => original.apply(this, a), args);
    };
  };
  for (const name of DRAWING)
    wrap(name, (call, args) => {
      if (empty) {
        empty = false;
        canvas.style.visibility = '';
      }
      return call(...args);
    });
  wrap('clearRect', (call, args) => {
    if (empty) return undefined; // nothing on it: no pixel would change
    call(...args);
    const [x, y, w, h] = args as number[];
    const whole = (context.getTransform?.().isIdentity ?? false) && x! <= 0 && y! <= 0 && x! + w! >= canvas.width && y! + h! >= canvas.height;
    if (whole) {
      empty = true;
      canvas.style.visibility = 'hidden';
    }
    return undefined;
  });
  return () => {
    for (const [name, original] of own) {
      if (original === undefined) delete context[name];
      else context[name] = original;
    }
    canvas.style.visibility = '';
  };
}

interface CanvasRenderer {
  webgl?: unknown;
  SELECT_BOX?: number;
  DRAG?: number;
  data?: { canvases?: HTMLCanvasElement[]; contexts?: CanvasRenderingContext2D[] };
}

/** Why cy's renderer's overlay layers cannot be hidden while empty, or null when they can. */
export function emptyLayersProblem(renderer: CanvasRenderer | undefined): string | null {
  if (!renderer) return 'no renderer';
  if (renderer.webgl) return 'WebGL renderer';
  const { canvases, contexts } = renderer.data ?? {};
  for (const index of [renderer.SELECT_BOX, renderer.DRAG]) {
    if (typeof index !== 'number') return 'no layer indices';
    if (!canvases?.[index] || !contexts?.[index] || typeof contexts[index].clearRect !== 'function') return 'no canvas layers';
  }
  return null;
}

/**
 * Hides cy's selection-box and drag layers while they are empty. Returns a function that undoes
 * it, or null when the renderer is not the canvas one this knows.
 */
export function hideEmptyOverlayLayers(cy: Core): (() => void) | null {
  const renderer = (cy as unknown as { renderer(): CanvasRenderer | undefined }).renderer();
  if (emptyLayersProblem(renderer) !== null || !renderer?.data) return null;
  const { canvases, contexts } = renderer.data as Required<NonNullable<CanvasRenderer['data']>>;
  const undo = [renderer.SELECT_BOX!, renderer.DRAG!].map((i) =>
    hideWhileEmpty({ canvas: canvases[i]!, context: contexts[i] as unknown as Layer['context'] }),
  );
  return () => undo.forEach((fn) => fn());
}
