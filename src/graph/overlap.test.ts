import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compact, extent, overlappingPairs, removeOverlaps, stretchToAspect, type LabelBox } from './overlap';

const box = (id: string, x: number, y: number, w = 40, h = 20): LabelBox => ({ id, x, y, left: -w / 2, top: -h / 2, right: w / 2, bottom: h / 2 });

describe('removeOverlaps', () => {
  it('separates boxes piled on one point', () => {
    const pile = [box('a', 0, 0), box('b', 1, 0), box('c', 0, 1), box('d', 2, 2)];
    expect(overlappingPairs(pile)).toHaveLength(6);
    expect(overlappingPairs(removeOverlaps(pile))).toEqual([]);
  });

  it('leaves boxes that do not overlap where they are', () => {
    const apart = [box('a', 0, 0), box('b', 100, 0), box('c', 0, 100)];
    expect(removeOverlaps(apart)).toEqual(apart);
  });

  it('ends with no overlaps for random small layouts', () => {
    const arb = fc.array(fc.record({ x: fc.integer({ min: 0, max: 200 }), y: fc.integer({ min: 0, max: 200 }), w: fc.integer({ min: 10, max: 120 }), h: fc.integer({ min: 8, max: 40 }) }), { minLength: 2, maxLength: 40 });
    fc.assert(
      fc.property(arb, (items) => {
        const boxes = items.map((b, i) => box(String(i), b.x, b.y, b.w, b.h));
        expect(overlappingPairs(removeOverlaps(boxes, 2, 2000))).toEqual([]);
      }),
      { numRuns: 50 },
    );
  });
});

describe('stretchToAspect', () => {
  it('widens a tall drawing to the aspect asked for, without squeezing', () => {
    const tall = [box('a', 0, 0), box('b', 0, 300), box('c', 50, 150)];
    const [x1, y1, x2, y2] = extent(stretchToAspect(tall, 1.5));
    expect((x2 - x1) / (y2 - y1)).toBeCloseTo(1.5, 1);
    expect(y2 - y1).toBeCloseTo(320, 5);
  });
});

describe('compact', () => {
  it('shrinks a sparse drawing and leaves no overlaps', () => {
    const sparse = Array.from({ length: 20 }, (_, i) => box(String(i), (i % 5) * 200, Math.floor(i / 5) * 150));
    const before = extent(sparse);
    const after = extent(compact(sparse));
    expect((after[2] - after[0]) * (after[3] - after[1])).toBeLessThan((before[2] - before[0]) * (before[3] - before[1]) * 0.6);
    expect(overlappingPairs(compact(sparse))).toEqual([]);
  });
});
