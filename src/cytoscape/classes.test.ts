import cytoscape, { type Core } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { applyFocus } from './classes';

/**
 * Two hubs, each with its own spokes, and a bridge between them: focusing one hub, then the
 * other, changes the classes of the two neighbourhoods only.
 */
function graph(): Core {
  const elements: cytoscape.ElementDefinition[] = [{ data: { id: 'h1' } }, { data: { id: 'h2' } }];
  for (let i = 0; i < 10; i++) {
    elements.push({ data: { id: `a${i}` } }, { data: { id: `h1-a${i}`, source: 'h1', target: `a${i}` } });
    elements.push({ data: { id: `b${i}` } }, { data: { id: `h2-b${i}`, source: 'h2', target: `b${i}` } });
  }
  elements.push({ data: { id: 'bridge', source: 'h1', target: 'h2' } });
  return cytoscape({ headless: true, styleEnabled: true, elements, style: [{ selector: '.faded', style: { opacity: 0.2 } }] });
}

/** The ids of the elements Cytoscape restyles (its 'style' event) while `fn` runs. */
function restyled(cy: Core, fn: () => void): string[] {
  const ids: string[] = [];
  const on = (e: cytoscape.EventObject) => ids.push((e.target as { id(): string }).id());
  cy.on('style', on);
  fn();
  cy.off('style', on);
  return [...new Set(ids)].sort();
}

const ids = (cy: Core, selector: string) => cy.elements(selector).map((e) => e.id()).sort();
const sorted = (list: string[]) => [...list].sort();

describe('applyFocus', () => {
  it('highlights the closed neighbourhood and fades the rest', () => {
    const cy = graph();
    applyFocus(cy, 'h1');
    const hood = ['h1', 'h2', 'bridge', ...Array.from({ length: 10 }, (_, i) => [`a${i}`, `h1-a${i}`]).flat()];
    expect(ids(cy, '.highlighted')).toEqual(sorted(hood));
    expect(ids(cy, '.faded')).toEqual(sorted(cy.elements().map((e) => e.id()).filter((id) => !hood.includes(id))));
    // An edge's neighbourhood: itself and its ends.
    applyFocus(cy, 'bridge');
    expect(ids(cy, '.highlighted')).toEqual(['bridge', 'h1', 'h2']);
    expect(ids(cy, '.faded')).toHaveLength(cy.elements().length - 3);
    applyFocus(cy, null);
    expect(ids(cy, '.highlighted, .faded')).toEqual([]);
  });

  it('restyles only the elements whose classes change', () => {
    const cy = graph();
    applyFocus(cy, 'h1');
    const classesOf = () => new Map(cy.elements().map((e) => [e.id(), e.classes().join(' ')]));
    const before = classesOf();
    const touched = restyled(cy, () => applyFocus(cy, 'h2'));
    const after = classesOf();
    const changed = [...after.keys()].filter((id) => after.get(id) !== before.get(id)).sort();
    // h1's spokes lose the highlight, h2's gain it; the hubs and the bridge stay highlighted.
    expect(changed).toHaveLength(40);
    expect(touched).toEqual(changed);
    // The same focus again: nothing to restyle.
    expect(restyled(cy, () => applyFocus(cy, 'h2'))).toEqual([]);
  });

  it('on a large graph, outlines only and restyles only what changed', () => {
    const cy = graph();
    const first = applyFocus(cy, 'h1', false);
    expect(ids(cy, '.faded')).toEqual([]);
    expect(ids(cy, '.highlighted')).toHaveLength(23);
    const touched = restyled(cy, () => applyFocus(cy, 'bridge', false, first));
    expect(ids(cy, '.highlighted')).toEqual(['bridge', 'h1', 'h2']);
    // h1's spokes and their edges lost the outline; the bridge and both hubs kept theirs.
    expect(touched).toHaveLength(20);
  });
});
