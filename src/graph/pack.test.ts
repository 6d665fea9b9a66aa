import { packComponents, type Point } from './pack';

const box = (ids: string[], p: ReadonlyMap<string, Point>) => {
  const xs = ids.map((id) => p.get(id)![0]);
  const ys = ids.map((id) => p.get(id)![1]);
  return { x1: Math.min(...xs), x2: Math.max(...xs), y1: Math.min(...ys), y2: Math.max(...ys) };
};

describe('packComponents', () => {
  const positions = new Map<string, Point>(Object.entries({ a: [0, 0], b: [100, 0], c: [50, 200], far1: [5000, 3000], far2: [5100, 3000], lone: [-4000, -4000] }));
  const edges: Array<[string, string]> = [['a', 'b'], ['b', 'c'], ['far1', 'far2']];
  const packed = packComponents(positions, edges, 50);

  it('keeps the largest component in place', () => {
    for (const id of ['a', 'b', 'c']) expect(packed.get(id)).toEqual(positions.get(id));
  });

  it('moves the others next to it, keeping their own shape', () => {
    const main = box(['a', 'b', 'c'], packed);
    const pair = box(['far1', 'far2'], packed);
    expect(pair.x1).toBe(main.x2 + 50);
    expect(pair.y1).toBe(main.y1);
    expect(packed.get('far2')![0] - packed.get('far1')![0]).toBe(100);
    const lone = packed.get('lone')!;
    expect(lone[0]).toBeGreaterThan(main.x2);
    expect(lone[1]).toBeLessThanOrEqual(main.y2 + 50);
    const all = box([...packed.keys()], packed);
    expect(all.x2 - all.x1).toBeLessThan(400);
  });

  it('leaves a connected graph untouched', () => {
    const one = new Map<string, Point>([['a', [0, 0]], ['b', [10, 10]]]);
    expect(packComponents(one, [['a', 'b']])).toBe(one);
  });
});
