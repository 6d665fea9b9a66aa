// The overview's lines skip the steps that cannot land in the image: the same pixels as stepping
// along the whole line, for any line (zoomed in, most of a long edge lies outside the canvas).
import fc from 'fast-check';
import { line } from './overviewPixels';

/** The line as every step of it would draw it, each pixel checked (the definition). */
function everyStep(px: Uint32Array, w: number, h: number, x1: number, y1: number, x2: number, y2: number, colour: number, alpha: number) {
  const steps = Math.ceil(Math.max(Math.abs(x2 - x1), Math.abs(y2 - y1)));
  if ((x1 < 0 && x2 < 0) || (y1 < 0 && y2 < 0) || (x1 >= w && x2 >= w) || (y1 >= h && y2 >= h)) return;
  if (steps === 0 || steps > 20000) return;
  const sx = (x2 - x1) / steps;
  const sy = (y2 - y1) / steps;
  for (let s = 0; s <= steps; s++) {
    const qx = (x1 + s * sx) | 0;
    const qy = (y1 + s * sy) | 0;
    if (qx < 0 || qy < 0 || qx >= w || qy >= h) continue;
    const k = qy * w + qx;
    const d = px[k] as number;
    const mix = (shift: number) => ((((d >> shift) & 0xff) * (255 - alpha) + ((colour >> shift) & 0xff) * alpha) >> 8) << shift;
    px[k] = (0xff000000 | mix(16) | mix(8) | mix(0)) >>> 0;
  }
}

describe('overview lines', () => {
  it('draw exactly the pixels of the whole line, clipped', () => {
    const coord = fc.double({ min: -3000, max: 3000, noNaN: true });
    fc.assert(
      fc.property(coord, coord, coord, coord, fc.integer({ min: 1, max: 255 }), (x1, y1, x2, y2, alpha) => {
        const w = 37;
        const h = 23;
        const clipped = new Uint32Array(w * h).fill(0xff808080);
        const reference = clipped.slice();
        line(clipped, w, h, x1, y1, x2, y2, 0xff2040f0, alpha);
        everyStep(reference, w, h, x1, y1, x2, y2, 0xff2040f0, alpha);
        expect(clipped).toEqual(reference);
      }),
      { numRuns: 3000 },
    );
  });

  it('still draws a line that crosses the image from far outside', () => {
    const px = new Uint32Array(10 * 10).fill(0);
    line(px, 10, 10, -5000, 5, 5000, 5, 0xffffffff, 255);
    expect([...px.slice(50, 60)].every((p) => p !== 0)).toBe(true);
  });
});
