import { describe, expect, it } from 'vitest';
import { buildGraphModel } from '../graph/model';
import { generateCorpus, validateCorpus } from '../graph/synth';
import { MAX_COORDINATE, knownPositions, parsePositions, provideCachedPositions, rememberPositions, structureKey } from './positions';

function model(seed: number) {
  const c = generateCorpus({ elements: 300, seed });
  const r = validateCorpus(c);
  if (!r.ok) throw new Error('invalid');
  return { model: buildGraphModel(r.dataset), layout: c.layout };
}

describe('cached positions', () => {
  it('accepts layout.json and refuses anything else', () => {
    expect(parsePositions({ version: 1, positions: { a: [1, 2] } })).toEqual(new Map([['a', [1, 2]]]));
    expect(parsePositions({ version: 2, positions: {} })).toBeNull();
    expect(parsePositions({ version: 1, positions: { a: [1] } })).toBeNull();
    expect(parsePositions({ version: 1, positions: { a: ['x', 2] } })).toBeNull();
    // Finite but absurd: the view would fit to nothing visible.
    expect(parsePositions({ version: 1, positions: { a: [1e308, -1e308] } })).toBeNull();
    expect(parsePositions({ version: 1, positions: { a: [MAX_COORDINATE, -MAX_COORDINATE] } })).not.toBeNull();
    // Ids that are Object.prototype names are plain keys of the Map.
    const odd = parsePositions(JSON.parse('{"version": 1, "positions": {"constructor": [1, 2], "__proto__": [3, 4]}}'));
    expect(odd?.get('constructor')).toEqual([1, 2]);
    expect(odd?.get('__proto__')).toEqual([3, 4]);
    expect(odd?.get('toString')).toBeUndefined();
  });

  it('keys layouts by graph structure and layout name', () => {
    const a = model(1).model;
    expect(structureKey(a, 'fcose')).toBe(structureKey(model(1).model, 'fcose'));
    expect(structureKey(a, 'fcose')).not.toBe(structureKey(a, 'grid'));
    expect(structureKey(a, 'fcose')).not.toBe(structureKey(model(2).model, 'fcose'));
  });

  it('serves a dataset layout for the default layout only, and remembered ones by key', () => {
    const { model: m, layout } = model(5);
    const positions = parsePositions(layout)!;
    provideCachedPositions(m.dataset, positions);
    expect(knownPositions(m, 'fcose', structureKey(m, 'fcose'))).toBe(positions);
    expect(knownPositions(m, 'grid', structureKey(m, 'grid'))).toBeNull();
    rememberPositions(structureKey(m, 'grid'), positions);
    expect(knownPositions(m, 'grid', structureKey(m, 'grid'))).toEqual(positions);
    // Positions that miss a node are not used.
    const partial = new Map(positions);
    partial.delete(m.nodes[0]!.id);
    rememberPositions(structureKey(m, 'concentric'), partial);
    expect(knownPositions(m, 'concentric', structureKey(m, 'concentric'))).toBeNull();
  });
});
