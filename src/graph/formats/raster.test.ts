import { CANVAS_LIMITS, rasterPlan, SMALL_CANVAS_LIMITS } from './raster';

describe('rasterPlan', () => {
  it('keeps the requested scale when the image fits', () => {
    expect(rasterPlan(800, 600, 2)).toEqual({ scale: 2, width: 1600, height: 1200, reduced: false });
  });

  it('scales a large graph down to the canvas area and says so', () => {
    const plan = rasterPlan(20_000, 20_000, 2);
    expect(plan?.reduced).toBe(true);
    expect((plan?.width ?? 0) * (plan?.height ?? 0)).toBeLessThanOrEqual(CANVAS_LIMITS.area);
    expect(plan?.width).toBeGreaterThan(16_000);
  });

  it('keeps a very wide drawing (one huge label) within the side limit', () => {
    const plan = rasterPlan(100_000, 3_000, 1);
    expect(plan?.reduced).toBe(true);
    expect(plan?.width).toBe(CANVAS_LIMITS.side);
    expect(plan?.height).toBe(Math.floor(3_000 * (CANVAS_LIMITS.side / 100_000)));
  });

  it('fits the smaller limits too', () => {
    const plan = rasterPlan(20_000, 10_000, 1, SMALL_CANVAS_LIMITS);
    expect((plan?.width ?? 0) * (plan?.height ?? 0)).toBeLessThanOrEqual(SMALL_CANVAS_LIMITS.area);
    expect(plan?.width).toBeLessThanOrEqual(SMALL_CANVAS_LIMITS.side);
  });

  it('refuses what cannot be drawn at one pixel a side', () => {
    expect(rasterPlan(1e12, 10, 1)).toBeNull();
    expect(rasterPlan(5_000_000, 40, 1)).toBeNull(); // 32 767 × 0.26 px
    expect(rasterPlan(Number.POSITIVE_INFINITY, 10, 1)).toBeNull();
    expect(rasterPlan(10, 10, 0)).toBeNull();
  });
});
