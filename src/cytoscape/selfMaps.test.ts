import cytoscape, { type ElementDefinition } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { addElements } from './bulkAdd';
import { SelfMap, shareSelfMaps } from './selfMaps';

const defs = (): ElementDefinition[] => [
  { group: 'nodes', data: { id: 'a' } },
  { group: 'nodes', data: { id: 'b' } },
  { group: 'edges', data: { id: 'a-b', source: 'a', target: 'b' } },
];
const mapOf = (ele: unknown) => (Reflect.get(ele as object, '_private') as { map: unknown }).map;

describe('SelfMap (an element’s map of itself)', () => {
  it('replaces the one-entry Map of every element of the first fill', () => {
    const cy = cytoscape({ headless: true });
    addElements(cy, defs());
    // Without it each element holds a Map of one entry (~100 bytes each with the entry).
    for (const ele of cy.elements().toArray()) expect(mapOf(ele)).toBeInstanceOf(SelfMap);
  });

  it('answers what Cytoscape asks an element by id as the Map did', () => {
    const cy = cytoscape({ headless: true });
    addElements(cy, defs());
    const a = cy.getElementById('a');
    // Cytoscape's own (undocumented) by-id methods of a collection, which read its map.
    type ById = { hasElementWithId(id: string): boolean; indexOf(ele: unknown): number; indexOfId(id: string): number };
    const byId = (ele: unknown) => ele as ById;
    const edge = cy.getElementById('a-b');
    expect(byId(a).hasElementWithId('a')).toBe(true);
    expect(byId(a).hasElementWithId('b')).toBe(false);
    expect(a.getElementById('a')).toBe(a);
    expect(a.getElementById('b').length).toBe(0);
    expect(byId(a).indexOf(a)).toBe(0);
    expect(byId(edge).indexOfId('a-b')).toBe(0);
    // Collections built from elements, traversals and removal still work.
    expect(a.union(cy.getElementById('b')).length).toBe(2);
    expect(a.connectedEdges().map((e) => e.id())).toEqual(['a-b']);
    expect(cy.elements().filter((e) => e.same(a)).length).toBe(1);
    expect(a.same(cy.$('#a'))).toBe(true);
    a.remove();
    expect(cy.getElementById('a').length).toBe(0);
    a.restore();
    expect(cy.getElementById('a')).toBe(a);
    expect(mapOf(a)).toBeInstanceOf(Map); // restore gives it a Map again: nothing stale
  });

  it('turns into a real Map, the element’s own again, when written or iterated', () => {
    const cy = cytoscape({ headless: true });
    cy.add(defs());
    const a = cy.getElementById('a');
    expect(shareSelfMaps(cy.elements())).toBe(3);
    const self = mapOf(a) as SelfMap & Map<string, unknown>;
    expect([...self.keys()]).toEqual(['a']);
    expect(mapOf(a)).toBeInstanceOf(Map);
    expect(shareSelfMaps(cy.elements())).toBe(1); // only a's Map again: the others are SelfMaps already
  });
});
