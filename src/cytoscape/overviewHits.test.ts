// The overview's hit-test candidates (overviewHits.ts): the grid finds exactly the nodes a
// brute-force search over every position finds, also after nodes moved; the edge search likewise.
import fc from 'fast-check';
import { distanceSqToSegment, edgesNear, NodeGrid } from './overviewHits';

// Denormals dropped: a squared distance of 4e-323 underflows to 0 (seed 423271580), a float artefact, not a bug.
const tiny = (v: number) => (Math.abs(v) < 1e-100 ? 0 : v);
const coord = fc.double({ min: -5000, max: 5000, noNaN: true }).map(tiny);
const points = fc.array(fc.tuple(coord, coord), { minLength: 1, maxLength: 300 });
const reach = fc.double({ min: 0, max: 800, noNaN: true }).map(tiny);

function arrays(list: Array<[number, number]>) {
  return { xs: Float32Array.from(list.map((p) => p[0])), ys: Float32Array.from(list.map((p) => p[1])) };
}

function bruteNodes(xs: Float32Array, ys: Float32Array, x: number, y: number, r: number): number[] {
  const found: number[] = [];
  for (let i = 0; i < xs.length; i++) if (Math.abs((xs[i] as number) - x) <= r && Math.abs((ys[i] as number) - y) <= r) found.push(i);
  return found;
}

describe('the node grid', () => {
  it('finds exactly the nodes a brute-force search finds', () => {
    fc.assert(
      fc.property(points, fc.array(fc.tuple(coord, coord, reach), { minLength: 1, maxLength: 20 }), fc.integer({ min: 1, max: 500 }), (list, queries, cell) => {
        const { xs, ys } = arrays(list);
        const grid = new NodeGrid(xs, ys, xs.length, cell);
        for (const [x, y, r] of queries) expect(grid.near(x, y, r)).toEqual(bruteNodes(xs, ys, x, y, r));
      }),
    );
  });

  it('still finds moved nodes, where they are now, until it is built again', () => {
    fc.assert(
      fc.property(points, fc.array(fc.tuple(fc.nat(), coord, coord), { maxLength: 400 }), fc.tuple(coord, coord, reach), (list, moves, [x, y, r]) => {
        const { xs, ys } = arrays(list);
        const grid = new NodeGrid(xs, ys, xs.length);
        grid.near(0, 0, 1); // built
        for (const [k, mx, my] of moves) {
          const i = k % xs.length;
          xs[i] = mx;
          ys[i] = my;
          grid.moved(i);
        }
        expect(grid.near(x, y, r)).toEqual(bruteNodes(xs, ys, x, y, r));
        grid.invalidate();
        expect(grid.near(x, y, r)).toEqual(bruteNodes(xs, ys, x, y, r));
      }),
    );
  });

  it('finds a lone node and nothing far from it', () => {
    const grid = new NodeGrid(Float32Array.of(10), Float32Array.of(20), 1);
    expect(grid.near(12, 18, 3)).toEqual([0]);
    expect(grid.near(14, 20, 3)).toEqual([]);
  });
});

describe('the edges near a point', () => {
  it('are the edges whose segment a brute-force distance puts within reach', () => {
    const edges = fc.array(fc.tuple(fc.integer({ min: -1, max: 299 }), fc.integer({ min: -1, max: 299 })), { maxLength: 200 });
    fc.assert(
      fc.property(points, edges, coord, coord, reach, (list, pairs, x, y, r) => {
        const { xs, ys } = arrays(list);
        const n = xs.length;
        const src = Int32Array.from(pairs.map((p) => (p[0] < 0 ? -1 : p[0] % n)));
        const tgt = Int32Array.from(pairs.map((p) => (p[1] < 0 ? -1 : p[1] % n)));
        const expected: number[] = [];
        for (let e = 0; e < src.length; e++) {
          const s = src[e] as number;
          const t = tgt[e] as number;
          if (s < 0 || t < 0) continue;
          // Brute force: the nearest of many points along the segment, and its ends.
          let best = Infinity;
          for (let k = 0; k <= 2000; k++) {
            const px = (xs[s] as number) + ((xs[t] as number) - (xs[s] as number)) * (k / 2000);
            const py = (ys[s] as number) + ((ys[t] as number) - (ys[s] as number)) * (k / 2000);
            best = Math.min(best, Math.hypot(px - x, py - y));
          }
          // Sampling overestimates the distance by at most half a step: skip the borderline cases.
          const step = Math.hypot((xs[t] as number) - (xs[s] as number), (ys[t] as number) - (ys[s] as number)) / 2000;
          if (Math.abs(best - r) <= step) continue;
          if (best <= r) expected.push(e);
        }
        const found = edgesNear(xs, ys, src, tgt, x, y, r).filter((e) => {
          const s = src[e] as number;
          const t = tgt[e] as number;
          const step = Math.hypot((xs[t] as number) - (xs[s] as number), (ys[t] as number) - (ys[s] as number)) / 2000;
          return Math.abs(Math.sqrt(distanceSqToSegment(x, y, xs[s] as number, ys[s] as number, xs[t] as number, ys[t] as number)) - r) > step;
        });
        expect(found).toEqual(expected);
      }),
      { numRuns: 60 },
    );
  });
});
