// Opens the node menu (components/analysis/NodeMenu) from the canvas: right-click (cxttap), a
// long-press on touch (taphold), or the keyboard (keyboard.tsx emits `kavosh-menu` for the focused
// node on the context-menu key or Shift+F10). Nodes a filter hid under the overview are ignored.
// The menu's code (and the analysis strings it shares with the panels) is not on the first screen:
// App.tsx fetches it right after the first paint with the panels, so a right-click does not wait.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Core, EventObject, NodeSingular } from 'cytoscape';
import type { NodeMenuProps } from '../components/analysis/NodeMenu';
import { lazyPanel, PanelSuspense } from '../components/lazyPanel';
import { PanelBoundary } from '../components/PanelBoundary';
import { loadingChunk } from '../settle';
import { isTouch, nodeUnderFinger } from './fingerTap';

export const loadNodeMenu = loadingChunk(() => import('../components/analysis/NodeMenu'));
const NodeMenu = lazyPanel<NodeMenuProps>('node-menu', () => loadNodeMenu().then((m) => m.NodeMenu));

interface Open {
  id: string;
  anchor: { x: number; y: number };
  /** Where focus goes back to on Escape: what had it before, else the graph. */
  opener: HTMLElement | null;
}

/** Client coordinates of a node's centre. */
function nodeAnchor(cy: Core, node: NodeSingular): { x: number; y: number } {
  const rect = cy.container()!.getBoundingClientRect();
  const p = node.renderedPosition();
  return { x: rect.left + p.x, y: rect.top + p.y };
}

export function GraphContextMenu({ cy, isShown }: { cy: Core | null; isShown: (id: string) => boolean }) {
  const [open, setOpen] = useState<Open | null>(null);
  const openRef = useRef<Open | null>(null);
  useEffect(() => {
    openRef.current = open;
  }, [open]);

  useEffect(() => {
    if (!cy || cy.destroyed()) return;
    const container = cy.container();
    const show = (node: NodeSingular, anchor: { x: number; y: number }) => {
      if (!node.visible() || !isShown(node.id())) return;
      const active = document.activeElement;
      const opener = active instanceof HTMLElement && active !== document.body ? active : container;
      setOpen({ id: node.id(), anchor, opener });
    };
    const onCxt = (e: EventObject) => {
      const original = e.originalEvent as MouseEvent | undefined;
      const node = e.target as NodeSingular;
      show(node, original && 'clientX' in original ? { x: original.clientX, y: original.clientY } : nodeAnchor(cy, node));
    };
    // Touch only: a held mouse button is the start of a drag.
    const onHold = (e: EventObject) => {
      if (!isTouch(e)) return;
      // The node under the finger, as a tap would select (fingerTap.ts).
      const node = nodeUnderFinger(cy, e.target as NodeSingular, e.position);
      show(node, nodeAnchor(cy, node));
    };
    const onKeyMenu = (_e: EventObject, id: unknown) => {
      const node = typeof id === 'string' ? cy.getElementById(id) : cy.collection();
      if (node.nonempty() && node.isNode()) show(node, nodeAnchor(cy, node));
    };
    const onGone = () => setOpen(null);
    cy.on('cxttap', 'node', onCxt);
    cy.on('taphold', 'node', onHold);
    cy.on('kavosh-menu', onKeyMenu);
    // The view moved or the nodes changed: the menu would point at nothing.
    cy.on('remove', onGone);
    return () => {
      cy.off('cxttap', 'node', onCxt);
      cy.off('taphold', 'node', onHold);
      cy.off('kavosh-menu', onKeyMenu);
      cy.off('remove', onGone);
      setOpen(null);
    };
  }, [cy, isShown]);

  const close = useCallback((restoreFocus: boolean) => {
    const current = openRef.current;
    openRef.current = null;
    setOpen(null);
    if (current && restoreFocus && current.opener?.isConnected) current.opener.focus({ preventScroll: true });
  }, []);

  // Keyed by the opening: a new right-click mounts a fresh menu (placed and focused anew).
  if (!open) return null;
  return (
    <PanelBoundary name="node-menu">
      <PanelSuspense>
        <NodeMenu key={`${open.id}@${open.anchor.x},${open.anchor.y}`} id={open.id} anchor={open.anchor} onClose={close} />
      </PanelSuspense>
    </PanelBoundary>
  );
}
