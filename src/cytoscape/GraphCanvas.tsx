// The only component that owns the cy instance. Elements are built once per dataset; filters,
// hover and selection arrive through store subscriptions and become class toggles.
//
// Past LARGE elements the graph changes gear: positions come from the dataset's layout.json or a
// Web Worker (never a layout on the main thread), the stylesheet drops per-element finery, hover
// stops fading the whole graph, and while zoomed out the overview (overview.ts) draws the picture.
// `?naive` swaps in the baseline the bench compares against; `?overview=0` and `?webgl` keep
// Cytoscape drawing at every zoom (canvas or its WebGL renderer) so the bench can compare them.
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Collection, Core, ElementDefinition, EventObject } from 'cytoscape';
import { toElements } from '../graph/elements';
import type { Visibility } from '../graph/filter';
import type { GraphModel } from '../graph/model';
import { buildStylesheet, countryColours } from '../graph/style';
import { appStore, selectVisibility, useApp } from '../store/store';
import { applyFocus, applySelection, applyVisibility } from './classes';
import { bindAnalysis } from './analysisClasses';
import { CytoscapeView } from './CytoscapeView';
import { applyPositions, computeDraftPositions, computePositions, draftPositions, fitToPositions, readPositions, runLayout, type DraftUpdate } from './layouts';
import { afterPaint, mark, type PaintMark } from './marks';
import { registerSettleSource } from '../settle';
import type { Overview } from './overview';
import { OVERVIEW_MAX_ZOOM } from './overviewZoom';
import { knownPositions, rememberPositions, structureKey, type Positions } from './positions';
import { LayoutProgress } from './LayoutProgress';
import { holdWhileWorkbenchOpen, RenderLoop } from './renderLoop';
import { GraphKeyboard } from './keyboard';
import { GraphContextMenu } from './contextMenu';
import { exposeTestHook } from './testHook';
import { centreOn, fitGraph } from './viewport';
import { applyLinkedViewport, bindViewportLink, readerViewport, USER_VIEWPORT_EVENTS } from './viewportLink';

/** Elements (nodes + edges) from which a graph counts as large. */
export const LARGE = 3000;

const NaiveGraphCanvas = lazy(() => import('./NaiveGraphCanvas').then((m) => ({ default: m.NaiveGraphCanvas })));

function flag(name: string): string | null {
  return typeof window === 'undefined' ? null : new URLSearchParams(window.location.search).get(name);
}

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
  const [layoutStarted, setLayoutStarted] = useState<number | null>(null);
  const [layoutStep, setLayoutStep] = useState<{ round: number; rounds: number } | null>(null);
  const [cancelLayout, setCancelLayout] = useState<(() => void) | null>(null);
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
        if (state.pending.has('kavosh:graph-painted')) document.body.dataset.graphReady = 'true';
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
      (document.body.dataset.graphReady !== 'true' || state.pending.size > 0 || state.after.length > 0 || cy.animated() || resizeDue);
    // Cytoscape's frame loop is held while the workbench covers the graph, once nothing waits on a
    // frame; the settled signal wakes it for work that does (renderLoop.ts).
    const loop = new RenderLoop(cy, () => !busy());
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

  useEffect(() => {
    if (!cy || cy.destroyed()) return;
    exposeTestHook(cy);
    // Under the overview, cy may still hold elements a filter hid (their classes wait): skip them.
    const shown = (id: string) => overviewRef.current?.isShown(id) ?? true;
    const onTap = (e: EventObject) => {
      const target = e.target as Core | { id(): string };
      const id = target === cy ? null : (target as { id(): string }).id();
      appStore.getState().select(id !== null && shown(id) ? id : null);
    };
    const onOver = (e: EventObject) => {
      const id = (e.target as { id(): string }).id();
      if (shown(id)) appStore.getState().hover(id);
    };
    const onOut = () => appStore.getState().hover(null);
    // Until the reader moves the view, the graph stays fitted to the canvas: the canvas changes
    // size while the panels around it load (the timeline, a notice), and after a window resize.
    let autoFit = true;
    const onUserMove = () => {
      autoFit = false;
    };
    const onFit = () => {
      autoFit = true;
    };
    const onResize = () => {
      if (document.body.dataset.graphReady !== 'true') return;
      if (autoFit) fitGraph(cy);
      else if (!readerViewport(appStore)) {
        // A panel around the canvas changed size (the details of a new selection): keep the
        // focus where the reader looks, in the middle.
        const id = appStore.getState().selectedId;
        if (id) centreOn(cy, id, false);
      }
    };
    // Escape clears the selection, unless a control (search box, menu, field) used it first.
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      const el = e.target as HTMLElement | null;
      if (el?.closest('input, textarea, select, [role="combobox"], [role="menu"], dialog')) return;
      const s = appStore.getState();
      if (s.selectedId !== null || s.hoveredId !== null) {
        s.select(null);
        s.hover(null);
      }
    };
    // Zooming in hands the drawing back to Cytoscape, which culls to the viewport.
    const onViewport = () => overviewRef.current?.update(cy.zoom() < OVERVIEW_MAX_ZOOM);
    const onDrag = (e: EventObject) => {
      const node = e.target as { id(): string; position(): { x: number; y: number } };
      const p = node.position();
      overviewRef.current?.moveNode(node.id(), p.x, p.y);
    };
    cy.on('tap', onTap);
    cy.on('mouseover', 'node', onOver);
    cy.on('mouseout', 'node', onOut);
    cy.on('viewport', onViewport);
    cy.on('drag', 'node', onDrag);
    cy.on(`${USER_VIEWPORT_EVENTS} kavosh-focus kavosh-viewport`, onUserMove);
    cy.on('kavosh-fit', onFit);
    cy.on('resize', onResize);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('keydown', onKey);
      cy.off(`${USER_VIEWPORT_EVENTS} kavosh-focus kavosh-viewport`, onUserMove);
      cy.off('kavosh-fit', onFit);
      cy.off('resize', onResize);
      cy.off('drag', 'node', onDrag);
      cy.off('tap', onTap);
      cy.off('mouseover', 'node', onOver);
      cy.off('mouseout', 'node', onOut);
      cy.off('viewport', onViewport);
    };
  }, [cy]);

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
  useEffect(() => {
    if (!cy || cy.destroyed() || !model) return;
    const controller = new AbortController();
    document.body.dataset.graphReady = 'false';
    const done = (positions: Positions | null) => {
      if (controller.signal.aborted) return;
      mark('kavosh:layout-done');
      const overview = overviewRef.current;
      if (positions) {
        positionsRef.current = positions;
        fitToPositions(cy, positions, selectVisibility(appStore.getState()).nodes);
        applyLinkedViewport(cy, appStore);
        overview?.readPositions();
        overview?.update(cy.zoom() < OVERVIEW_MAX_ZOOM);
      } else if (!applyLinkedViewport(cy, appStore)) {
        fitGraph(cy);
        cy.emit('kavosh-fit');
      }
      requestPaint('kavosh:graph-painted', () => overview?.warmUp());
    };
    if (!large) {
      // Computed once per graph and layout: shipped, from layout.json, or from an earlier run.
      const key = structureKey(model, layout);
      // `?relayout` runs the layout in the page even when positions are known: how the shipped
      // cache is made (scripts/bench/cache-layouts.ts), with the page's own fonts and label sizes.
      const known = flag('relayout') === null ? knownPositions(model, layout, key) : null;
      if (known) {
        applyPositions(cy, known);
        done(null);
      } else
        runLayout(cy, layout).then(() => {
          if (cy.destroyed()) return;
          // A layout of a filtered view leaves the hidden nodes where they were: not worth keeping.
          if (cy.elements('.hidden').empty()) rememberPositions(key, readPositions(cy));
          done(null);
        });
    } else {
      const key = structureKey(model, layout);
      const known = layout === 'fcose' && given ? given : knownPositions(model, layout, key);
      if (known) {
        if (known !== given || positionsRef.current) applyPositions(cy, known);
        done(known);
      } else if (layout === 'fcose') {
        // Uncached and large: a draft at once, refined pictures as the worker improves it.
        let drawn = false;
        const show = (update: DraftUpdate) => {
          if (controller.signal.aborted || cy.destroyed()) return;
          applyPositions(cy, update.positions);
          setLayoutStep({ round: update.round, rounds: update.rounds });
          if (!drawn) {
            drawn = true;
            mark('kavosh:layout-draft');
            positionsRef.current = update.positions;
            fitToPositions(cy, update.positions, selectVisibility(appStore.getState()).nodes);
            overviewRef.current?.readPositions();
            overviewRef.current?.update(cy.zoom() < OVERVIEW_MAX_ZOOM);
            requestPaint('kavosh:graph-painted', update.resume);
          } else {
            positionsRef.current = update.positions;
            overviewRef.current?.readPositions();
            requestPaint(null, update.resume);
          }
        };
        // Cancel stops the refinement and keeps the picture on screen.
        const refinement = new AbortController();
        controller.signal.addEventListener('abort', () => refinement.abort(), { once: true });
        computeDraftPositions(model, refinement.signal, show, () => {
          setLayoutStarted(performance.now());
          setCancelLayout(() => () => refinement.abort());
        })
          .then((positions) => {
            rememberPositions(key, positions);
            if (!controller.signal.aborted) {
              mark('kavosh:layout-done');
              requestPaint(null, () => overviewRef.current?.warmUp());
            }
          })
          .catch((error: unknown) => {
            if (controller.signal.aborted) return;
            if (refinement.signal.aborted) {
              // Cancelled before the draft came back: the draft is cheap enough for this thread.
              const finish = () => {
                mark('kavosh:layout-done');
                requestPaint(null, () => overviewRef.current?.warmUp());
              };
              if (drawn) finish();
              else
                void draftPositions(model).then((positions) => {
                  show({ phase: 'draft', positions, round: 0, rounds: 0, resume: () => undefined });
                  finish();
                });
              return;
            }
            appStore.getState().setNotice(`Layout failed: ${error instanceof Error ? error.message : String(error)}`);
          })
          .finally(() => {
            setCancelLayout(null);
            setLayoutStarted(null);
            setLayoutStep(null);
          });
      } else {
        computePositions(model, layout, controller.signal, () => setLayoutStarted(performance.now()))
          .then((positions) => {
            rememberPositions(key, positions);
            applyPositions(cy, positions);
            done(positions);
          })
          .catch((error: unknown) => {
            if (!controller.signal.aborted) appStore.getState().setNotice(`Layout failed: ${error instanceof Error ? error.message : String(error)}`);
          })
          .finally(() => setLayoutStarted(null));
      }
    }
    return () => controller.abort();
  }, [cy, model, layout, large, given, requestPaint]);

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
      {layoutStarted !== null && model ? (
        <LayoutProgress started={layoutStarted} nodes={model.nodes.length} lang={lang} step={layoutStep} onCancel={cancelLayout ?? undefined} />
      ) : null}
    </>
  );
}
