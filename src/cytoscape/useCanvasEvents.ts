// The canvas's own events, for the one cy instance GraphCanvas owns: taps select, hover
// highlights, Escape clears, the view stays fitted until the reader moves it, dragged nodes move
// in the overview too. Also exposes the test hook (window.kavosh.cy).
import { useEffect, type RefObject } from 'react';
import type { Core, EventObject, NodeSingular } from 'cytoscape';
import { appStore } from '../store/store';
import type { Overview } from './overview';
import { OVERVIEW_MAX_ZOOM } from './overviewZoom';
import { keepContainerCoordsFresh } from './containerCoords';
import { isTouch, nodeUnderFinger } from './fingerTap';
import { exposeTestHook } from './testHook';
import { centreOn, fitGraph } from './viewport';
import { readerViewport, USER_VIEWPORT_EVENTS } from './viewportLink';

export function useCanvasEvents(cy: Core | null, overviewRef: RefObject<Overview | null>) {
  useEffect(() => {
    if (!cy || cy.destroyed()) return;
    exposeTestHook(cy);
    // Under the overview, cy may still hold elements a filter hid (their classes wait): skip them.
    const shown = (id: string) => overviewRef.current?.isShown(id) ?? true;
    const onTap = (e: EventObject) => {
      let target = e.target as Core | NodeSingular;
      // A finger on a node: the node under it, not a neighbour drawn above it (fingerTap.ts).
      if (target !== cy && (target as NodeSingular).isNode() && isTouch(e)) target = nodeUnderFinger(cy, target as NodeSingular, e.position);
      const id = target === cy ? null : (target as NodeSingular).id();
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
    const releaseCoords = keepContainerCoordsFresh(cy);
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
      releaseCoords();
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
  }, [cy, overviewRef]); // overviewRef is a stable ref

}
