// The baseline `npm run bench` compares against (`?naive`): the graph as a typical React app
// draws it. Every render filters the model into a fresh element array and a fresh stylesheet for
// react-cytoscapejs, whose diff removes and re-adds elements, and a fresh layout object, which
// makes it re-run the layout on every change: fcose for a small graph, or the dataset's cached
// positions as a preset layout (the kindest version of "re-run the layout" for a big one). It
// emits the same `kavosh:` marks as the real canvas. Loaded lazily: it is never on the first screen.
import { useEffect, useRef } from 'react';
import cytoscape, { type Core, type ElementDefinition, type LayoutOptions } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { toElements } from '../graph/elements';
import { buildStylesheet, countryColours } from '../graph/style';
import { appStore, selectVisibility, useApp } from '../store/store';
import { layoutOptions } from './layoutOptions';
import { afterPaint, mark } from './marks';
import { SafeCytoscapeComponent } from './CytoscapeView';
import { knownPositions, structureKey } from './positions';
import { exposeTestHook } from './testHook';

cytoscape.use(fcose);

export function NaiveGraphCanvas() {
  const model = useApp((s) => s.model);
  const lang = useApp((s) => s.lang);
  const layoutName = useApp((s) => s.layout);
  const visibility = useApp(selectVisibility);
  const selectedId = useApp((s) => s.selectedId);
  const cyRef = useRef<Core | null>(null);
  const painted = useRef({ visibility, selectedId, first: true });

  const positions = model ? knownPositions(model, layoutName, structureKey(model, layoutName)) : null;
  const elements = model
    ? (toElements(model, positions) as ElementDefinition[])
        .filter((el) => (el.group === 'nodes' ? visibility.nodes : visibility.edges).has(el.data.id as string))
        .map((el) => (el.data.id === selectedId ? { ...el, classes: `${el.classes ?? ''} chosen` } : el))
    : [];
  const colours = countryColours(model ? model.dataset.entities.filter((e) => e.kind === 'country').map((e) => e.id) : []);
  // A fresh object every render, as apps write it inline: react-cytoscapejs re-runs the layout.
  const layout = {
    ...(positions ? { name: 'preset', fit: true, padding: 30 } : layoutOptions(layoutName, elements.length)),
    run: {},
  } as unknown as LayoutOptions;

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy || !model) return;
    const state = painted.current;
    const names: string[] = [];
    if (state.first) names.push('kavosh:graph-painted');
    if (visibility !== state.visibility) names.push('kavosh:visibility-painted');
    if (selectedId !== state.selectedId) names.push('kavosh:selection-painted');
    painted.current = { visibility, selectedId, first: false };
    if (names.length === 0) return;
    cy.one('render', () =>
      afterPaint(() => {
        for (const name of names) mark(name);
        if (names.includes('kavosh:graph-painted')) document.body.dataset.graphReady = 'true';
      }),
    );
    cy.forceRender();
  });

  return (
    <SafeCytoscapeComponent
      elements={elements}
      stylesheet={buildStylesheet(colours, lang)}
      layout={layout}
      cy={(cy) => {
        if (cyRef.current === cy) return;
        cyRef.current = cy;
        exposeTestHook(cy);
        cy.on('tap', (e) => appStore.getState().select(e.target === cy ? null : (e.target as { id(): string }).id()));
      }}
      className="graph-canvas"
      style={{ width: '100%', height: '100%' }}
      minZoom={0.005}
      maxZoom={4}
      boxSelectionEnabled={false}
    />
  );
}
