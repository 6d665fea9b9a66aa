// The only component that owns the cy instance. Elements are built once per dataset; filters,
// hover and selection arrive through store subscriptions and become class toggles.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import CytoscapeComponent from 'react-cytoscapejs';
import type { Core, ElementDefinition, EventObject } from 'cytoscape';
import { toElements } from '../graph/elements';
import { buildStylesheet, countryColours } from '../graph/style';
import { appStore, selectVisibility, useApp } from '../store/store';
import type { Visibility } from '../graph/filter';
import { applyHover, applySelection, applyVisibility } from './classes';
import { runLayout } from './layouts';
import { exposeTestHook } from './testHook';

const LARGE = 5000;

export function GraphCanvas() {
  const model = useApp((s) => s.model);
  const lang = useApp((s) => s.lang);
  const layout = useApp((s) => s.layout);
  const [cy, setCy] = useState<Core | null>(null);
  const cyRef = useRef<Core | null>(null);

  const elements = useMemo(() => (model ? (toElements(model) as ElementDefinition[]) : []), [model]);
  const large = elements.length > LARGE;
  const colours = useMemo(
    () => countryColours(model ? model.dataset.entities.filter((e) => e.kind === 'country').map((e) => e.id) : []),
    [model],
  );
  const stylesheet = useMemo(() => buildStylesheet(colours, lang, large), [colours, lang, large]);

  // react-cytoscapejs calls this on every update: only a new instance counts.
  const handleCy = useCallback((instance: Core) => {
    if (cyRef.current === instance) return;
    cyRef.current = instance;
    setCy(instance);
  }, []);

  useEffect(() => {
    if (!cy) return;
    exposeTestHook(cy);
    const onTap = (e: EventObject) => {
      const target = e.target as Core | { id(): string };
      appStore.getState().select(target === cy ? null : (target as { id(): string }).id());
    };
    const onOver = (e: EventObject) => appStore.getState().hover((e.target as { id(): string }).id());
    const onOut = () => appStore.getState().hover(null);
    cy.on('tap', onTap);
    cy.on('mouseover', 'node', onOver);
    cy.on('mouseout', 'node', onOut);
    return () => {
      cy.off('tap', onTap);
      cy.off('mouseover', 'node', onOver);
      cy.off('mouseout', 'node', onOut);
    };
  }, [cy]);

  // Store → classes. Subscriptions read the latest state when it changes, outside React renders.
  useEffect(() => {
    if (!cy || !model) return;
    let prev: Visibility | null = null;
    const sync = () => {
      const s = appStore.getState();
      const next = selectVisibility(s);
      if (next !== prev) {
        applyVisibility(cy, next, prev);
        prev = next;
        performance.mark('kavosh:visibility-applied');
      }
    };
    sync();
    let hovered = appStore.getState().hoveredId;
    let selected: string | null = null;
    let focusSeq = appStore.getState().focusSeq;
    const syncSelection = () => {
      const s = appStore.getState();
      if (s.hoveredId !== hovered) {
        hovered = s.hoveredId;
        applyHover(cy, hovered);
      }
      if (s.selectedId !== selected) {
        selected = s.selectedId;
        applySelection(cy, selected);
      }
      if (s.focusSeq !== focusSeq) {
        focusSeq = s.focusSeq;
        const target = s.selectedId ? cy.getElementById(s.selectedId) : null;
        if (target && target.nonempty()) cy.animate({ center: { eles: target }, zoom: Math.max(cy.zoom(), 1.2) }, { duration: 250 });
      }
    };
    syncSelection();
    return appStore.subscribe(() => {
      sync();
      syncSelection();
    });
  }, [cy, model]);

  // Layout: once per dataset and per layout choice, never on a filter change.
  useEffect(() => {
    if (!cy || !model) return;
    let cancelled = false;
    document.body.dataset.graphReady = 'false';
    runLayout(cy, layout).then(() => {
      if (cancelled) return;
      cy.fit(cy.elements().not('.hidden'), 30);
      cy.one('render', () => {
        performance.mark('kavosh:graph-painted');
        document.body.dataset.graphReady = 'true';
      });
      cy.forceRender();
    });
    return () => {
      cancelled = true;
    };
  }, [cy, model, layout]);

  return (
    <CytoscapeComponent
      elements={elements}
      stylesheet={stylesheet}
      cy={handleCy}
      className="graph-canvas"
      style={{ width: '100%', height: '100%' }}
      minZoom={0.05}
      maxZoom={4}
      boxSelectionEnabled={false}
      textureOnViewport={large}
      hideEdgesOnViewport={large}
    />
  );
}
