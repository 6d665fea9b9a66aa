import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OverlaySet } from './overlaySet';

describe('OverlaySet', () => {
  it('answers like a Set patched in place, through any series of patches', () => {
    const id = fc.integer({ min: 0, max: 60 }).map((i) => `n${i}`);
    const patch = fc.record({ on: fc.array(id, { maxLength: 8 }), off: fc.array(id, { maxLength: 8 }) });
    fc.assert(
      fc.property(fc.array(id, { maxLength: 50 }), fc.array(patch, { maxLength: 8 }), (start, patches) => {
        const want = new Set(start);
        let got: ReadonlySet<string> = new Set(start);
        for (const { on, off } of patches) {
          for (const x of off) want.delete(x);
          for (const x of on) want.add(x);
          got = OverlaySet.patch(got, on, off);
          expect(got.size).toBe(want.size);
          expect([...got].sort()).toEqual([...want].sort());
          for (let i = 0; i <= 60; i++) expect(got.has(`n${i}`)).toBe(want.has(`n${i}`));
          const seen: string[] = [];
          got.forEach((x) => seen.push(x));
          expect(seen.sort()).toEqual([...want].sort());
        }
      }),
      { numRuns: 300 },
    );
  });

  it('leaves the set it was made from as it was, and copies nothing while the change is small', () => {
    const base = new Set(Array.from({ length: 100 }, (_, i) => `n${i}`));
    const a = OverlaySet.patch(base, ['x'], ['n1']);
    const b = OverlaySet.patch(a, ['n1'], ['n2']);
    expect(base.size).toBe(100);
    expect(a.has('n1')).toBe(false);
    expect(b.has('n1')).toBe(true);
    expect(b.has('n2')).toBe(false);
    expect(b).toBeInstanceOf(OverlaySet);
    // A change of more than a quarter of the base makes a plain set again.
    const big = OverlaySet.patch(b, Array.from({ length: 30 }, (_, i) => `m${i}`), []);
    expect(big).toBeInstanceOf(Set);
    expect(big.size).toBe(130);
  });
});
