// The kept frame of the overview (overviewFrame.ts): where it goes on the screen when the viewport
// has moved, which part of it is drawn, and when a frame must be drawn in full instead.
import fc from 'fast-check';
import { blitRects, keptSize, keptToScreen, marginFor, planFrame, sameView, sliceFor, STILL_MS, STILL_SLICE_MS, type KeptFrame, type View } from './overviewFrame';

const screen = { width: 1400, height: 900 };
const view = (zoom: number, ox: number, oy: number, size = screen): View => ({ zoom, ox, oy, ...size });
const keptAt = (v: View): KeptFrame => ({ view: v, ...marginFor(v.width, v.height) });

describe('the kept frame on the screen', () => {
  it('puts every model point where the new viewport draws it', () => {
    const zoom = fc.double({ min: 0.005, max: 2, noNaN: true });
    const offset = fc.double({ min: -5000, max: 5000, noNaN: true });
    fc.assert(
      fc.property(zoom, offset, offset, zoom, offset, offset, fc.double({ min: -1e5, max: 1e5, noNaN: true }), fc.double({ min: -1e5, max: 1e5, noNaN: true }), (kz, kx, ky, nz, nx, ny, x, y) => {
        const kept = keptAt(view(kz, kx, ky));
        const now = view(nz, nx, ny);
        const t = keptToScreen(kept, now);
        // The kept pixel of (x, y), then that pixel moved and scaled onto the screen.
        const px = x * kz + kx + kept.mx;
        const py = y * kz + ky + kept.my;
        const tolerance = 1e-6 * (1 + Math.abs(x * nz) + Math.abs(nx) + Math.abs(y * nz) + Math.abs(ny));
        expect(Math.abs(px * t.scale + t.dx - (x * nz + nx))).toBeLessThan(tolerance);
        expect(Math.abs(py * t.scale + t.dy - (y * nz + ny))).toBeLessThan(tolerance);
      }),
    );
  });

  it('draws the kept frame at the same viewport as a copy of its middle, covering the screen', () => {
    const v = view(0.05, 300.5, -20.25);
    const kept = keptAt(v);
    const size = keptSize(v.width, v.height);
    expect(size).toEqual({ width: 1400 + 2 * kept.mx, height: 900 + 2 * kept.my });
    const t = keptToScreen(kept, v);
    expect(t).toEqual({ scale: 1, dx: -kept.mx, dy: -kept.my });
    expect(blitRects(size.width, size.height, v, t)).toEqual({ sx: kept.mx, sy: kept.my, sw: 1400, sh: 900, dx: 0, dy: 0, dw: 1400, dh: 900, covers: true });
  });

  it('covers the screen for a pan within the margin, not past it, and draws nothing once it is off screen', () => {
    const v = view(0.05, 0, 0);
    const kept = keptAt(v);
    const { width, height } = keptSize(v.width, v.height);
    const within = blitRects(width, height, v, keptToScreen(kept, view(0.05, kept.mx, -kept.my)));
    expect(within?.covers).toBe(true);
    const past = blitRects(width, height, v, keptToScreen(kept, view(0.05, kept.mx + 1, 0)));
    expect(past?.covers).toBe(false);
    expect(past?.dx).toBe(1); // the first screen column is the background
    expect(blitRects(width, height, v, keptToScreen(kept, view(0.05, width + 10, 0)))).toBeNull();
  });

  it('draws only the part of the kept frame that lands on the screen, zoomed in or out', () => {
    const v = view(0.05, 0, 0);
    const kept = keptAt(v);
    const { width, height } = keptSize(v.width, v.height);
    const scale = fc.double({ min: 0.1, max: 20, noNaN: true });
    const offset = fc.double({ min: -3000, max: 3000, noNaN: true });
    fc.assert(
      fc.property(scale, offset, offset, (s, nx, ny) => {
        const t = keptToScreen(kept, view(0.05 * s, nx, ny));
        const b = blitRects(width, height, v, t);
        if (!b) return;
        // Within the kept canvas and within the screen, and the same mapping as the whole frame.
        expect(b.sx).toBeGreaterThanOrEqual(0);
        expect(b.sy).toBeGreaterThanOrEqual(0);
        expect(b.sx + b.sw).toBeLessThanOrEqual(width + 1e-6);
        expect(b.sy + b.sh).toBeLessThanOrEqual(height + 1e-6);
        expect(b.dx).toBeGreaterThanOrEqual(-1e-6);
        expect(b.dy).toBeGreaterThanOrEqual(-1e-6);
        expect(b.dx + b.dw).toBeLessThanOrEqual(v.width + 1e-6);
        expect(b.dy + b.dh).toBeLessThanOrEqual(v.height + 1e-6);
        expect(b.dx).toBeCloseTo(t.dx + b.sx * t.scale, 6);
        expect(b.dw / b.sw).toBeCloseTo(t.scale, 9);
      }),
    );
    // Zoomed in four times about the middle: a quarter of the screen's size of it fills the screen.
    const now = view(0.2, -3 * 700 - 0, -3 * 450);
    const b = blitRects(width, height, now, keptToScreen(kept, now));
    expect(b?.covers).toBe(true);
    expect(b?.sw).toBeCloseTo(350, 6);
    expect(b?.sh).toBeCloseTo(225, 6);
    expect(b?.sx).toBeCloseTo(kept.mx + 525, 6);
  });
});

describe('what the next frame does', () => {
  const v = view(0.04, 120, 80);
  it('draws in full with no kept frame, when the picture changed, or when the canvas was resized', () => {
    expect(planFrame(null, v, false)).toBe('full');
    expect(planFrame(keptAt(v), v, true)).toBe('full');
    expect(planFrame(keptAt(v), view(0.05, 0, 0), true)).toBe('full');
    expect(planFrame(keptAt(v), view(0.04, 120, 80, { width: 1401, height: 900 }), false)).toBe('full');
  });

  it('shows the kept frame as it is at the same viewport, and moves it when only the viewport moved', () => {
    expect(planFrame(keptAt(v), { ...v }, false)).toBe('present');
    expect(planFrame(keptAt(v), view(0.04, 126, 83), false)).toBe('blit');
    expect(planFrame(keptAt(v), view(0.0412, 120, 80), false)).toBe('blit');
  });

  it('counts views as the same only when every point lands on the same pixel', () => {
    expect(sameView(v, view(0.04, 120 + 1e-9, 80))).toBe(true);
    expect(sameView(v, view(0.04, 120.01, 80))).toBe(false);
    expect(sameView(v, view(0.04 * (1 + 1e-4), 120, 80))).toBe(false);
  });
});

describe('the slices of the exact frame', () => {
  it('are small while the viewport moves and grow once it has been still a moment', () => {
    expect(sliceFor(0, 8)).toBe(8);
    expect(sliceFor(STILL_MS - 1, 8)).toBe(8);
    expect(sliceFor(STILL_MS, 8)).toBe(STILL_SLICE_MS);
    expect(sliceFor(10 * STILL_MS, 8)).toBe(STILL_SLICE_MS);
    expect(sliceFor(10 * STILL_MS, 60)).toBe(60);
  });

  it('stay one step per frame when asked for (the end-to-end tests)', () => {
    expect(sliceFor(0, 0)).toBe(0);
    expect(sliceFor(10 * STILL_MS, 0)).toBe(0);
  });
});
