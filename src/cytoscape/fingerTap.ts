// Which node a finger meant. For a touch, Cytoscape (3.35, findNearestElements) takes the topmost
// node within 8 screen pixels of the point, so in a crowded view — the article fitted to a phone
// is drawn at zoom 0.4 — a tap squarely on one node could select the neighbour drawn above it,
// whose padded reach covers the point. The node whose own body holds the point wins; if several
// do, the one whose centre is nearest. Nothing holds it (a tap in the padding): Cytoscape's pick.
import type { Core, EventObject, NodeSingular } from 'cytoscape';

interface Point {
  x: number;
  y: number;
}

/** Whether the point (model coordinates) lies on the node's body: its ellipse, else its box. */
export function bodyHolds(node: NodeSingular, at: Point): boolean {
  const p = node.position();
  const rx = node.outerWidth() / 2;
  const ry = node.outerHeight() / 2;
  if (rx <= 0 || ry <= 0) return false;
  const dx = (at.x - p.x) / rx;
  const dy = (at.y - p.y) / ry;
  if (node.style('shape') === 'ellipse') return dx * dx + dy * dy <= 1;
  return Math.abs(dx) <= 1 && Math.abs(dy) <= 1;
}

/**
 * The node a tap at `at` (model coordinates) meant, given Cytoscape's pick `hit`. Only nodes near
 * the point are looked at (their positions, no style): a body reaches at most `reach` model units
 * from its centre, by default three times the largest side of the hit node.
 */
export function nodeUnderFinger(cy: Core, hit: NodeSingular, at: Point, reach = 3 * Math.max(hit.outerWidth(), hit.outerHeight())): NodeSingular {
  if (bodyHolds(hit, at)) return hit;
  let best = hit;
  let bestDistance = Infinity;
  cy.nodes().forEach((node) => {
    const p = node.position();
    const dx = at.x - p.x;
    const dy = at.y - p.y;
    if (Math.abs(dx) > reach || Math.abs(dy) > reach || node.same(hit) || !node.visible() || !bodyHolds(node, at)) return;
    const distance = dx * dx + dy * dy;
    if (distance < bestDistance) {
      bestDistance = distance;
      best = node;
    }
  });
  return best;
}

/** Whether a Cytoscape event came from a finger. */
export function isTouch(e: EventObject): boolean {
  const original = e.originalEvent as Event | undefined;
  return original !== undefined && (original.type.startsWith('touch') || (original as PointerEvent).pointerType === 'touch');
}
