import cytoscape, { type Collection, type Core, type ElementDefinition } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { addElements } from './bulkAdd';

const defs = (): ElementDefinition[] => [
  { group: 'nodes', data: { id: 'a' }, position: { x: 1, y: 2 }, classes: 'entity person' },
  { group: 'nodes', data: { id: 'b' } },
  { group: 'nodes', data: { id: 'constructor' } },
  { group: 'edges', data: { id: 'a-b', source: 'a', target: 'b' } },
  { group: 'edges', data: { id: 'b-a', source: 'b', target: 'a' } },
  { group: 'edges', data: { id: 'a-c', source: 'a', target: 'constructor' } },
  { group: 'edges', data: { id: 'loop', source: 'b', target: 'b' } },
];

/** What a renderer's listener sees: the ids it was told about per event type, and how many calls. */
function listen(cy: Core, events: string) {
  const seen: Record<string, { calls: number; ids: Set<string> }> = {};
  cy.on(events, (e) => {
    const entry = (seen[e.type] ??= { calls: 0, ids: new Set() });
    entry.calls++;
    (e.target as Collection).forEach((ele) => {
      entry.ids.add(ele.id());
    });
  });
  return seen;
}

const proto = () => Object.getPrototypeOf(cytoscape({ headless: true }).collection()) as Record<string, unknown>;

describe('addElements (the first fill of a new instance)', () => {
  it('adds what cy.add adds, and the core listeners hear of every element once per event type', () => {
    const quiet = cytoscape({ headless: true, styleEnabled: true, style: [{ selector: '.person', style: { 'background-color': '#ff0000' } }] });
    const seen = listen(quiet, 'add bounds style');
    const before = { emit: proto().emit, parallelEdges: proto().parallelEdges, same: proto().same };
    const added = addElements(quiet, defs());

    const plain = cytoscape({ headless: true, styleEnabled: true, style: [{ selector: '.person', style: { 'background-color': '#ff0000' } }] });
    const perElement = listen(plain, 'add bounds style');
    plain.batch(() => plain.add(defs()));

    expect(added).toHaveLength(7);
    expect(quiet.elements().jsons()).toEqual(plain.elements().jsons());
    expect(quiet.getElementById('a').style('background-color')).toBe('rgb(255,0,0)');
    // The same elements reach the listeners, in one call per event instead of one per element.
    for (const type of ['add', 'bounds', 'style']) {
      expect([...(seen[type]?.ids ?? [])].sort(), type).toEqual([...(perElement[type]?.ids ?? [])].sort());
      expect(seen[type]?.ids.size, type).toBe(7);
    }
    expect(seen.bounds?.calls).toBeLessThan(perElement.bounds?.calls ?? 0);
    // The prototype is as it was, and traversals afterwards are right (no stale cache).
    expect(proto().emit).toBe(before.emit);
    expect(proto().parallelEdges).toBe(before.parallelEdges);
    expect(proto().same).toBe(before.same);
    expect(quiet.getElementById('a-b').parallelEdges().map((e) => e.id()).sort()).toEqual(['a-b', 'b-a']);
    expect(quiet.getElementById('a').connectedEdges()).toHaveLength(3);
    // A loop is held once by its node, as cy.add holds it.
    expect(quiet.getElementById('b').connectedEdges().map((e) => e.id()).sort()).toEqual(['a-b', 'b-a', 'loop']);
    expect((Reflect.get(quiet.getElementById('b'), '_private') as { edges: unknown[] }).edges).toHaveLength(3);
    // Elements added later still emit per element.
    let later = 0;
    quiet.on('add', () => later++);
    quiet.add([{ data: { id: 'd' } }, { data: { id: 'e' } }]);
    expect(later).toBe(2);
  });

  it('a listener with a selector still hears every element itself', () => {
    const cy = cytoscape({ headless: true, styleEnabled: true });
    const nodes: string[] = [];
    cy.on('add', 'node', (e) => {
      nodes.push((e.target as { id(): string }).id());
    });
    addElements(cy, defs());
    expect(nodes.sort()).toEqual(['a', 'b', 'constructor']);
  });

  it('an instance holding elements gets plain cy.add', () => {
    const cy = cytoscape({ headless: true, styleEnabled: true, elements: [{ data: { id: 'x' } }] });
    let calls = 0;
    cy.on('add', () => calls++);
    addElements(cy, defs());
    expect(calls).toBe(7);
    expect(cy.elements()).toHaveLength(8);
  });
});
