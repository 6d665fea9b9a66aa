// The layout of the one cy instance GraphCanvas owns: once per dataset and per layout choice,
// never on a filter change. Small graphs use known positions or run the layout in the page; large
// ones use cached positions or a Web Worker (a draft at once, refined pictures after, with
// progress and cancel). Returns the progress the LayoutProgress panel shows.
import { useEffect, useState, type RefObject } from 'react';
import type { Core } from 'cytoscape';
import type { GraphModel } from '../graph/model';
import type { LayoutName } from '../store/actions';
import { appStore, selectVisibility } from '../store/store';
import { applyPositions, computeDraftPositions, computePositions, draftPositions, fitToPositions, readPositions, runLayout, type DraftUpdate } from './layouts';
import { mark, type PaintMark } from './marks';
import type { Overview } from './overview';
import { OVERVIEW_MAX_ZOOM } from './overviewZoom';
import { knownPositions, rememberPositions, structureKey, type Positions } from './positions';
import { applyLinkedViewport } from './viewportLink';
import { fitGraph } from './viewport';
import { flag } from './flags';

export interface LayoutRunInput {
  cy: Core | null;
  model: GraphModel | null;
  layout: LayoutName;
  large: boolean;
  /** Positions the elements were created with (cached for a large graph), or null. */
  given: Positions | null;
  requestPaint: (name: PaintMark | null, after?: () => void) => void;
  overviewRef: RefObject<Overview | null>;
  positionsRef: RefObject<Positions | null>;
}

export interface LayoutProgressState {
  /** When the worker started (performance.now()), while a layout runs off the main thread. */
  started: number | null;
  step: { round: number; rounds: number } | null;
  /** Stops the refinement and keeps the picture, while one runs. */
  cancel: (() => void) | null;
}

export function useLayoutRun({ cy, model, layout, large, given, requestPaint, overviewRef, positionsRef }: LayoutRunInput): LayoutProgressState {
  const [layoutStarted, setLayoutStarted] = useState<number | null>(null);
  const [layoutStep, setLayoutStep] = useState<{ round: number; rounds: number } | null>(null);
  const [cancelLayout, setCancelLayout] = useState<(() => void) | null>(null);
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
  }, [cy, model, layout, large, given, requestPaint, overviewRef, positionsRef]); // the refs are stable

  return { started: layoutStarted, step: layoutStep, cancel: cancelLayout };
}
