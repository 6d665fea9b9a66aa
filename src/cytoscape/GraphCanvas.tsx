// The only component that owns the cy instance. Elements are built once per dataset; filters,
// hover and selection arrive through store subscriptions and become class toggles.
//
// Past LARGE elements the graph changes gear: positions come from the dataset's layout.json or a
// Web Worker (never a layout on the main thread), the stylesheet drops per-element finery, hover
// stops fading the whole graph, and while zoomed out the overview (overview.ts) draws the picture.
// `?naive` swaps in the baseline the bench compares against; `?overview=0` and `?webgl` keep
// Cytoscape drawing at every zoom (canvas or its WebGL renderer) so the bench can compare them.
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Collection, Core, ElementDefinition } from 'cytoscape';
import { toElements } from '../graph/elements';
import type { Visibility } from '../graph/filter';
import type { GraphModel } from '../graph/model';
import { buildStylesheet, countryColours } from '../graph/style';
import { appStore, selectVisibility, useApp } from '../store/store';
import { applyFocus, applySelection, applyVisibility } from './classes';
import { bindAnalysis } from './analysisClasses';
import { CytoscapeView } from './CytoscapeView';
import { afterPaint, mark, type PaintMark } from './marks';
import { registerSettleSource } from '../settle';
import type { Overview } from './overview';
import { knownPositions, structureKey, type Positions } from './positions';
import { LayoutProgress } from './LayoutProgress';
import { flag } from './flags';
import { useCanvasEvents } from './useCanvasEvents';
import { useLayoutRun } from './useLayoutRun';
import { holdWhileWorkbenchOpen, RenderLoop } from './renderLoop';
import { drawSmallGraphsDirectly } from './directDraw';
import { GraphKeyboard } from './keyboard';
import { GraphContextMenu } from './contextMenu';
import { centreOn } from './viewport';
import { bindViewportLink } from './viewportLink';

/** Elements (nodes + edges) from which a graph counts as large. */
export const LARGE = 3000;

const NaiveGraphCanvas = lazy(() => import('./NaiveGraphCanvas').then((m) => ({ default: m.NaiveGraphCanvas })));

export function GraphCanvas() {
  if (flag('naive') !== null)
    return (
      <Suspense fallback={null}>
        <NaiveGraphCanvas />
      </Suspense>
    );
  return <FastGraphCanvas />;
}

const modelKeys = new WeakMap<GraphModel, number>();
/**
 * Frames without a draw before Cytoscape's loop is held (renderLoop.ts): half a second at 60 Hz,
 * longer than its texture caches' 50–100 ms redraw debounce, so they usually finish first.
 */
const IDLE_FRAMES = 30;
let nextModelKey = 1;
function modelKey(model: GraphModel | null): number {
  if (!model) return 0;
  let key = modelKeys.get(model);
  if (key === undefined) modelKeys.set(model, (key = nextModelKey++));
  return key;
}

function FastGraphCanvas() {
  const model = useApp((s) => s.model);
  const lang = useApp((s) => s.lang);
  const layout = useApp((s) => s.layout);
  const [cy, setCy] = useState<Core | null>(null);
  const cyRef = useRef<Core | null>(null);
  const overviewRef = useRef<Overview | null>(null);
  const positionsRef = useRef<Positions | null>(null);
  const loopRef = useRef<RenderLoop | null>(null);
  const webgl = flag('webgl') !== null;
  const overviewWanted = flag('overview') !== '0' && !webgl;

  const large = model ? model.nodes.length + model.edges.length > LARGE : false;
  // The overview is its own chunk: the article never needs it. A large graph waits for it before
  // Cytoscape is created, so Cytoscape never draws a big graph's first frame itself.
  const needOverview = large && overviewWanted;
  const [overviewModule, setOverviewModule] = useState<typeof import('./overview') | null>(null);
  useEffect(() => {
    if (needOverview && !overviewModule) void import('./overview').then((module) => setOverviewModule(module));
  }, [needOverview, overviewModule]);
  const colours = useMemo(
    () => countryColours(model ? model.dataset.entities.filter((e) => e.kind === 'country') : []),
    [model],
  );
  // A large graph's cached positions go into the element definitions: no layout pass at all.
  const given = useMemo(() => (model && large ? knownPositions(model, 'fcose', structureKey(model, 'fcose')) : null), [model, large]);
  const elements = useMemo(() => (model ? (toElements(model, given) as ElementDefinition[]) : []), [model, given]);
  const stylesheet = useMemo(() => buildStylesheet(colours, lang, large), [colours, lang, large]);

  // react-cytoscapejs calls this on every update: only a new instance counts. The overview is
  // installed here, synchronously, so Cytoscape never draws a big graph's first frame itself.
  // A new instance only comes with a new dataset (the view is keyed by model), so the callback's
  // model is the instance's.
  const handleCy = useCallback(
    (instance: Core) => {
      if (cyRef.current === instance) return;
      cyRef.current = instance;
      drawSmallGraphsDirectly(instance);
      overviewRef.current?.destroy();
      overviewRef.current = null;
      if (model && large && overviewWanted && overviewModule) {
        const overview = new overviewModule.Overview(instance, model, colours, given !== null);
        if (overview.available) {
          overview.setLang(lang);
          overview.update(true);
          overviewRef.current = overview;
        } else overview.destroy();
      }
      if (model) mark('kavosh:graph-created');
      setCy(instance);
    },
    [model, large, colours, lang, overviewWanted, given, overviewModule],
  );
  useEffect(() => () => overviewRef.current?.destroy(), []);

  // Under the overview, cy may still hold elements a filter hid (their classes wait).
  const isShown = useCallback((id: string) => overviewRef.current?.isShown(id) ?? true, []);

  // Whatever draws the next frame (Cytoscape or the overview) takes the pending paint marks.
  const paint = useRef({ pending: new Set<PaintMark>(), after: [] as Array<() => void> });
  const requestPaint = useCallback((name: PaintMark | null, after?: () => void) => {
    const instance = cyRef.current;
    if (!instance) return;
    loopRef.current?.wake(); // a paint asked for is drawn even behind the workbench
    const state = paint.current;
    if (name) state.pending.add(name);
    if (after) state.after.push(after);
    const flush = () =>
      afterPaint(() => {
        for (const m of state.pending) mark(m);
        if (state.pending.has('kavosh:graph-painted')) {
          document.body.dataset.graphReady = 'true';
          // Hiding the empty overlay canvases can wait for the first paint (until then they are
          // only cleared), which keeps its code out of the first screen's JavaScript budget.
          void import('./emptyLayers').then((m) => {
            if (cyRef.current === instance && !instance.destroyed()) m.hideEmptyOverlayLayers(instance);
          });
        }
        state.pending.clear();
        const callbacks = state.after.splice(0);
        for (const fn of callbacks) fn();
      });
    const overview = overviewRef.current;
    if (overview?.isActive) {
      overview.onDraw = flush;
      overview.schedule();
    } else if ((instance as unknown as { renderer(): { webgl?: boolean } | undefined }).renderer()?.webgl) {
      // Cytoscape's WebGL renderer replaces the canvas draw and never emits 'render': the frame
      // after next has drawn what forceRender asked for (the renderer draws in its own rAF loop).
      instance.forceRender();
      requestAnimationFrame(() => requestAnimationFrame(flush));
    } else {
      instance.one('render', flush);
      instance.forceRender();
    }
  }, []);

  // Settled (src/settle.ts) once the layout is painted, no paint is pending, no viewport
  // animation (centring on a selection) is running, and Cytoscape has taken in the canvas's size:
  // it notices a resize only after a 100 ms debounce (then the view is refitted or recentred), so
  // from the moment the box changes until Cytoscape's 'resize' the positions on screen are stale.
  // Nor while a zoomed-in view waits on the style warm-up for Cytoscape to take over (overview.ts).
  useEffect(() => {
    if (!cy || cy.destroyed()) return;
    const state = paint.current;
    let resizeDue = false;
    const container = cy.container();
    // Only a box that differs from the size Cytoscape holds is due a resize: Cytoscape's own
    // observer will call cy.resize() for it (the observer's first call, on observe, usually does not).
    const observer =
      typeof ResizeObserver === 'undefined' || !container
        ? null
        : new ResizeObserver(([entry]) => {
            if (!entry || cy.destroyed()) return;
            const { width, height } = entry.contentRect;
            // Within a pixel is the same box (clientWidth is rounded, contentRect is not).
            if (Math.abs(width - cy.width()) > 1 || Math.abs(height - cy.height()) > 1) resizeDue = true;
          });
    if (observer && container) observer.observe(container);
    const onResized = () => (resizeDue = false);
    cy.on('resize', onResized);
    const busy = () =>
      !cy.destroyed() &&
      (document.body.dataset.graphReady !== 'true' || state.pending.size > 0 || state.after.length > 0 || cy.animated() || resizeDue ||
        overviewRef.current?.handoverPending === true);
    // Cytoscape's frame loop is held while nothing on the graph changes (half a second of frames
    // without a draw) and while the workbench covers it; redraws, animations, paint marks and the
    // settled signal wake it (renderLoop.ts).
    const loop = new RenderLoop(cy, () => !busy(), { idleFrames: IDLE_FRAMES });
    loopRef.current = loop;
    const stopHolding = holdWhileWorkbenchOpen(loop, appStore);
    const unregister = registerSettleSource('graph', busy, () => loop.wake());
    return () => {
      unregister();
      stopHolding();
      loop.destroy();
      if (loopRef.current === loop) loopRef.current = null;
      observer?.disconnect();
      if (!cy.destroyed()) cy.off('resize', onResized);
    };
  }, [cy]);

  useCanvasEvents(cy, overviewRef);

  useEffect(() => overviewRef.current?.setLang(lang), [lang]);

  // Store → classes. Subscriptions read the latest state when it changes, outside React renders.
  useEffect(() => {
    if (!cy || cy.destroyed() || !model) return;
    const overview = overviewRef.current;
    let shown: Visibility | null = null; // what the picture shows
    let applied: Visibility | null = null; // what cy's classes say
    let display = appStore.getState().filteredDisplay;
    let appliedDisplay = display;
    const applyClasses = () => {
      if (!shown || (shown === applied && display === appliedDisplay)) return;
      // While the overview draws, cy's redraw requests are moot: keep them from scheduling frames.
      const next = shown;
      const prev = display === appliedDisplay ? applied : null;
      const mode = display;
      const run = () => applyVisibility(cy, next, prev, mode);
      if (overview?.isActive) overview.quietly(run);
      else run();
      applied = next;
      appliedDisplay = mode;
    };
    if (overview) overview.onLeave = applyClasses;
    const sync = (initial: boolean) => {
      const state = appStore.getState();
      const next = selectVisibility(state);
      if (next === shown && state.filteredDisplay === display) return;
      shown = next;
      display = state.filteredDisplay;
      overview?.setVisibility(next);
      mark('kavosh:visibility-applied');
      // Under the overview cy's classes wait until Cytoscape draws again (onLeave): restyling
      // thousands of elements costs more than the picture, and taps on what the overview hides
      // are ignored meanwhile (see onTap).
      if (overview?.isActive) {
        if (!initial) requestPaint('kavosh:visibility-painted');
      } else {
        applyClasses();
        if (!initial) requestPaint('kavosh:visibility-painted');
      }
    };
    sync(true);
    if (overview) overview.isShown = (id) => !shown || shown.nodes.has(id) || shown.edges.has(id);
    const s0 = appStore.getState();
    let hovered: string | null = null;
    let focused: string | null = null;
    let hood: Collection | undefined;
    let selected: string | null = null;
    let focusSeq = s0.focusSeq;
    // One rule for every entry point (canvas, search, table, article, timeline, keyboard): a new
    // selection is centred, and the focus (its neighbourhood highlighted and labelled, the rest
    // faded) follows the hovered element while there is one, else the selection.
    const syncSelection = (initial: boolean) => {
      const s = appStore.getState();
      const selectionChanged = s.selectedId !== selected;
      if (selectionChanged) {
        applySelection(cy, s.selectedId, selected);
        selected = s.selectedId;
        if (!initial) requestPaint('kavosh:selection-painted');
      }
      const focus = s.hoveredId ?? s.selectedId;
      if (focus !== focused || s.hoveredId !== hovered) {
        hovered = s.hoveredId;
        focused = focus;
        hood = applyFocus(cy, focus, !large, hood);
        overview?.setHighlight(selected, hovered);
      }
      const recentre = s.focusSeq !== focusSeq;
      focusSeq = s.focusSeq;
      if (!initial && s.selectedId && (selectionChanged || recentre)) centreOn(cy, s.selectedId);
    };
    syncSelection(true);
    return appStore.subscribe(() => {
      sync(false);
      syncSelection(false);
    });
  }, [cy, model, large, requestPaint]);

  // Zoom and pan in links (viewportLink.ts).
  useEffect(() => (cy && !cy.destroyed() ? bindViewportLink(cy, appStore) : undefined), [cy]);

  // Focus, paths, sizes and communities: classes of their own (and the overview's look while it
  // draws), and double-click to expand.
  useEffect(() => (cy && !cy.destroyed() ? bindAnalysis(cy, appStore, (look) => overviewRef.current?.setAnalysis(look)) : undefined), [cy]);

  // Layout: once per dataset and per layout choice, never on a filter change.
  const progress = useLayoutRun({ cy, model, layout, large, given, requestPaint, overviewRef, positionsRef });

  return (
    <>
      {needOverview && !overviewModule ? null : (
        <CytoscapeView
          key={modelKey(model)}
          elements={elements}
          stylesheet={stylesheet}
          cy={handleCy}
          webgl={webgl}
          className="graph-canvas"
          // Its own stacking context: the overview canvas inside stays under the toolbar and legend.
          style={{ width: '100%', height: '100%', zIndex: 0 }}
          minZoom={large ? 0.005 : 0.05}
          maxZoom={4}
          boxSelectionEnabled={false}
          // Zoomed in, a large graph is drawn by Cytoscape without edges while the view moves.
          hideEdgesOnViewport={large}
        />
      )}
      <GraphKeyboard cy={cy} />
      <GraphContextMenu cy={cy} isShown={isShown} />
      {progress.started !== null && model ? (
        <LayoutProgress started={progress.started} nodes={model.nodes.length} lang={lang} step={progress.step} onCancel={progress.cancel ?? undefined} />
      ) : null}
    </>
  );
}
