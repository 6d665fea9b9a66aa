import cytoscape, { type Core, type NodeSingular } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { bodyHolds, nodeUnderFinger } from './fingerTap';

/**
 * A small round node `small` with two neighbours overlapping its padded reach: `big` (a 40-unit
 * square drawn above it, 26 units away) and `far` (an ellipse further off); `hidden` sits right on
 * the point but is not displayed.
 */
function crowd(): Core {
  return cytoscape({
    headless: true,
    styleEnabled: true,
    layout: { name: 'preset' },
    elements: [
      { data: { id: 'small' }, position: { x: 0, y: 0 } },
      { data: { id: 'big' }, position: { x: 0, y: 26 } },
      { data: { id: 'far' }, position: { x: 60, y: 0 } },
      { data: { id: 'hidden' }, position: { x: 1, y: 1 } },
    ],
    style: [
      { selector: 'node', style: { width: 16, height: 16, shape: 'ellipse' } },
      { selector: '#big', style: { width: 40, height: 40, shape: 'round-rectangle' } },
      { selector: '#far', style: { width: 30, height: 30 } },
      { selector: '#hidden', style: { display: 'none' } },
    ],
  });
}

const node = (cy: Core, id: string) => cy.getElementById(id) as NodeSingular;

describe('the node a finger meant', () => {
  it('prefers the node whose body holds the point over Cytoscape’s topmost pick', () => {
    const cy = crowd();
    // Cytoscape picked `big` (topmost, its padding reaches the point); the point is on `small`.
    expect(nodeUnderFinger(cy, node(cy, 'big'), { x: 2, y: 3 }).id()).toBe('small');
    // On `big`'s own body, `big` stays.
    expect(nodeUnderFinger(cy, node(cy, 'big'), { x: 0, y: 20 }).id()).toBe('big');
  });

  it('keeps Cytoscape’s pick when no body holds the point, and skips hidden nodes', () => {
    const cy = crowd();
    // Between the nodes, in the padding only.
    expect(nodeUnderFinger(cy, node(cy, 'small'), { x: 12, y: 0 }).id()).toBe('small');
    // `hidden` is right under the point but not displayed: `small` wins.
    expect(nodeUnderFinger(cy, node(cy, 'far'), { x: 1, y: 1 }).id()).toBe('small');
  });

  it('reads an ellipse as an ellipse and other shapes as their box', () => {
    const cy = crowd();
    // The corner of `small`'s box is off its ellipse; the corner of `big`'s box is on it.
    expect(bodyHolds(node(cy, 'small'), { x: 7, y: 7 })).toBe(false);
    expect(bodyHolds(node(cy, 'small'), { x: 5, y: 5 })).toBe(true);
    expect(bodyHolds(node(cy, 'big'), { x: 19, y: 45 })).toBe(true);
    expect(bodyHolds(node(cy, 'big'), { x: 21, y: 26 })).toBe(false);
  });
});
