// What a reader sees of the graph, measured from the live cy instance: for each visible node, the
// on-screen label size (font size × zoom, unless min-zoomed-font-size or a zero text opacity hides
// it), whether its centre is inside the canvas with the canvas on top there, and which label boxes
// overlap. Shared by the legibility test and the layout-tuning script.
import type { Page } from 'playwright-core';

export interface NodeReading {
  id: string;
  label: string;
  /** On-screen font size in px; 0 when the label is not drawn. */
  px: number;
  inside: boolean;
  /** What document.elementFromPoint finds at the node's centre, when it is not the canvas. */
  coveredBy: string | null;
}

export interface Reading {
  zoom: number;
  nodes: NodeReading[];
  overlaps: Array<[string, string]>;
}

/**
 * Waits for the first view's settled fit: the panels around the canvas are in, the fonts are
 * loaded, and the last fit was made for the canvas as it is now. Cytoscape notices a new container
 * size only after a 100 ms debounce, so `cy.width()` can still report the old size: the canvas's
 * own box is compared too, or the positions would be read before the refit.
 */
export async function waitForSettledFit(page: Page, timeout = 30_000): Promise<void> {
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.waitForFunction(
    () => {
      const cy = window.kavosh?.cy;
      if (!cy || document.body.dataset.graphReady !== 'true' || !document.querySelector('.timeline')) return false;
      const container = cy.container()!;
      const size = `${Math.round(cy.width())}x${Math.round(cy.height())}`;
      return size === `${container.clientWidth}x${container.clientHeight}` && document.body.dataset.graphFit === size;
    },
    undefined,
    { timeout },
  );
}

export function readGraph(page: Page): Promise<Reading> {
  return page.evaluate(() => {
    const cy = window.kavosh!.cy!;
    const container = cy.container()!;
    const rect = container.getBoundingClientRect();
    const zoom = cy.zoom();
    const nodes: Array<{ id: string; label: string; px: number; inside: boolean; coveredBy: string | null }> = [];
    const boxes: Array<{ id: string; x1: number; y1: number; x2: number; y2: number }> = [];
    cy.nodes()
      .filter((n) => n.visible())
      .forEach((n) => {
        const label = String(n.style('label') ?? '');
        const font = parseFloat(n.style('font-size'));
        const minZoomed = parseFloat(n.style('min-zoomed-font-size')) || 0;
        const textOpacity = parseFloat(n.style('text-opacity'));
        const opacity = parseFloat(n.style('opacity'));
        const size = font * zoom;
        const drawn = label !== '' && size >= minZoomed && textOpacity > 0.5 && opacity > 0.5;
        const p = n.renderedPosition();
        const inside = p.x >= 0 && p.y >= 0 && p.x <= rect.width && p.y <= rect.height;
        let coveredBy: string | null = null;
        if (inside) {
          const hit = document.elementFromPoint(rect.left + p.x, rect.top + p.y);
          if (!hit || !container.contains(hit)) coveredBy = hit ? `${hit.tagName.toLowerCase()}.${String(hit.className)}` : 'nothing';
        }
        nodes.push({ id: n.id(), label, px: drawn ? size : 0, inside, coveredBy });
        if (drawn) {
          const b = n.renderedBoundingBox({ includeLabels: true, includeNodes: false, includeOverlays: false });
          boxes.push({ id: n.id(), x1: b.x1, y1: b.y1, x2: b.x2, y2: b.y2 });
        }
      });
    const overlaps: Array<[string, string]> = [];
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!;
        const b = boxes[j]!;
        if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) overlaps.push([a.id, b.id]);
      }
    return { zoom, nodes, overlaps };
  });
}

/** One line of the table. */
export function summarise(view: string, r: Reading): string {
  const illegible = r.nodes.filter((n) => n.px < 10).length;
  const outside = r.nodes.filter((n) => !n.inside).length;
  const covered = r.nodes.filter((n) => n.coveredBy !== null).length;
  return `| ${view} | ${r.nodes.length} | ${illegible} | ${outside} | ${covered} | ${r.overlaps.length} | zoom ${r.zoom.toFixed(2)}`;
}
